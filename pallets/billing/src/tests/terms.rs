//! Usage billed exactly once, on each period's own terms (issue 23): amendments that change
//! the payment mode, the billing cycle or the tariff while a period runs; periods that fell
//! behind; late usage after the final bill; and the credit left at the end. Each test failed
//! on the code before the fix, as its comment says.

use super::*;
use crate::{Credit, Error, Invoices, UsageLedgers};
use frame_support::{
	assert_noop,
	traits::{fungible::Mutate, Hooks},
	weights::Weight,
};
use meterchain_primitives::{Agreements, BillingCycle, PaymentMode, UsageRefused};

const JUNE: u64 = MAY + 31 * DAY;
const JULY: u64 = JUNE + 30 * DAY;

/// A flat 1,000 per kWh with a standing charge of 3,000 per period.
fn with_standing() -> Tariff {
	Tariff { standing_charge: 3_000, ..flat(1_000) }
}

/// The periods and totals of agreement 0's invoices, in issue order.
fn invoices() -> Vec<(u64, u64, u128)> {
	let mut all: Vec<_> = Invoices::<Test>::iter().collect();
	all.sort_by_key(|(id, _)| *id);
	all.into_iter().map(|(_, i)| (i.period.start, i.period.end, i.total)).collect()
}

fn sweep() {
	<Billing as Hooks<u64>>::on_idle(1, Weight::MAX);
}

fn amend(change: impl FnOnce(&mut meterchain_primitives::ActiveAgreement<AccountId, u128>)) {
	let mut terms = MockAgreements::concluded(0).expect("agreement 0");
	change(&mut terms);
	terms.version += 1;
	add_agreement(terms);
}

/// Before: the period was closed as the live agreement said (postpaid) and invoiced, so the
/// usage already taken from credit was billed a second time.
#[test]
fn a_prepaid_period_made_postpaid_mid_way_is_not_invoiced_again() {
	run(|| {
		let tariff = create(flat(1_000));
		add_agreement(prepaid(0, tariff, 0));
		set_now(MARCH + DAY);
		assert_ok!(Billing::top_up(RuntimeOrigin::signed(SUBSCRIBER), 0, 10_000));
		record(0, MARCH + DAY, 2_000);
		amend(|a| a.payment = PaymentMode::Postpaid { due_days: 14 });
		set_now(APRIL + HOUR);
		sweep();
		assert!(invoices().is_empty(), "March was paid from credit");
		assert!(events().contains(&Event::PrepaidPeriodClosed {
			agreement: 0,
			from: MARCH,
			to: APRIL,
			quantity: 2_000,
			total: 2_000
		}));
		// The rest of the credit goes back; April runs postpaid.
		assert!(events().contains(&Event::CreditReleased { agreement: 0, amount: 8_000 }));
		let april = Accruals::<Test>::get(0).expect("April runs").current;
		assert_eq!(
			(april.period.start, april.payment),
			(APRIL, PaymentMode::Postpaid { due_days: 14 })
		);
	});
}

/// Before: the period was closed as prepaid (no invoice) although nothing had been charged
/// for its usage, which so went unbilled.
#[test]
fn a_postpaid_period_made_prepaid_mid_way_is_still_invoiced() {
	run(|| {
		march_usage(flat(1_000), 2_000);
		set_now(MARCH + 20 * DAY);
		amend(|a| a.payment = PaymentMode::Prepaid { low_credit_threshold: 0 });
		set_now(APRIL + HOUR);
		sweep();
		assert_eq!(invoices(), vec![(MARCH, APRIL, 2_000)]);
		assert!(Accruals::<Test>::get(0).is_some_and(|a| a.current.payment.is_prepaid()));
	});
}

/// Before: after April, the next period was the quarter containing May 1st (April to July),
/// billing April's standing charge and days a second time.
#[test]
fn a_new_cycle_starts_on_the_first_boundary_both_cycles_share() {
	run(|| {
		let tariff = create(with_standing());
		add_agreement(agreement(0, tariff, APRIL));
		set_now(APRIL + DAY);
		record(0, APRIL + DAY, 1_000);
		amend(|a| a.cycle = BillingCycle::Quarterly);
		for month_end in [MAY, JUNE, JULY] {
			set_now(month_end + HOUR);
			issue();
		}
		assert_eq!(
			invoices(),
			vec![(APRIL, MAY, 4_000), (MAY, JUNE, 3_000), (JUNE, JULY, 3_000)],
			"May and June run monthly until the quarters line up in July"
		);
		let quarter = Accruals::<Test>::get(0).expect("running").current;
		assert_eq!(
			(quarter.period.start, quarter.period.end, quarter.cycle),
			(JULY, JULY + 92 * DAY, BillingCycle::Quarterly)
		);
	});
}

/// Before: April's period, opened by early usage under tariff A, was invoiced under tariff B
/// (the amendment's) with A's version number.
#[test]
fn a_period_opened_before_a_tariff_change_is_billed_at_its_own_tariff() {
	run(|| {
		let (a, b) = (create(flat(1_000)), create(flat(2_000)));
		add_agreement(agreement(0, a, MARCH));
		set_now(APRIL + DAY);
		record(0, MARCH + DAY, 1_000);
		record(0, APRIL + DAY, 1_000);
		amend(|agreement| agreement.tariff = b);
		set_now(MAY + HOUR);
		issue();
		issue();
		let tariffs: Vec<_> =
			Invoices::<Test>::iter().map(|(_, i)| (i.period.start, i.tariff)).collect();
		assert!(tariffs.contains(&(APRIL, a)), "{tariffs:?}");
		assert_eq!(invoices(), vec![(MARCH, APRIL, 1_000), (APRIL, MAY, 1_000)]);
		assert_eq!(Accruals::<Test>::get(0).map(|acc| acc.current.tariff), Some(b));
	});
}

/// Before: once usage of May arrived while March was running, April was never billed: its
/// standing charge was lost.
#[test]
fn periods_that_fell_behind_are_billed_one_after_the_other() {
	run(|| {
		let tariff = create(with_standing());
		add_agreement(agreement(0, tariff, MARCH));
		set_now(MAY + DAY);
		record(0, MARCH + DAY, 1_000);
		record(0, MAY + DAY, 2_000);
		set_now(JUNE + HOUR);
		sweep();
		assert_eq!(
			invoices(),
			vec![(MARCH, APRIL, 4_000), (APRIL, MAY, 3_000), (MAY, JUNE, 5_000)]
		);
	});
}

/// Before: a reading of the agreement's last period arriving after its final invoice opened
/// a new period, and a second invoice with a second standing charge.
#[test]
fn late_usage_after_the_final_bill_is_refused() {
	run(|| {
		let tariff = create(with_standing());
		add_agreement(agreement(0, tariff, MARCH));
		amend(|a| a.end = Some(MARCH + 20 * DAY));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 1_000);
		set_now(APRIL + HOUR);
		issue();
		assert!(Accruals::<Test>::get(0).is_none());
		assert!(UsageLedgers::<Test>::get(0).is_some_and(|l| l.closed));
		assert_eq!(
			Billing::record(&usage(0, MARCH + 10 * DAY, 500, None)),
			Err(UsageRefused::AlreadyBilled)
		);
		assert!(Accruals::<Test>::get(0).is_none(), "nothing reopened");
		sweep();
		assert_eq!(invoices().len(), 1);
	});
}

/// Credit left after a final postpaid invoice goes back to the subscriber. Before: it stayed
/// on the agreement for ever, and kept its record from being pruned.
#[test]
fn credit_left_at_the_end_is_refunded() {
	run(|| {
		let tariff = create(flat(1_000));
		add_agreement(agreement(0, tariff, MARCH));
		amend(|a| a.end = Some(APRIL + 10 * DAY));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 2_000);
		set_now(APRIL + DAY);
		record(0, APRIL + DAY, 1_000);
		let march = issue();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), march, 12_000));
		assert_eq!(Credit::<Test>::get(0), 10_000);
		let before = Balances::free_balance(SUBSCRIBER);
		set_now(MAY + HOUR);
		issue();
		assert!(events().contains(&Event::CreditRefunded { agreement: 0, amount: 9_000 }));
		assert_eq!(Credit::<Test>::get(0), 0);
		assert_eq!(Balances::free_balance(SUBSCRIBER), before + 9_000);
	});
}

/// A provider that cannot pay the refund at once leaves it on record; the subscriber claims
/// it later.
#[test]
fn a_refund_the_provider_cannot_pay_yet_is_claimed_later() {
	run(|| {
		let tariff = create(flat(1_000));
		add_agreement(agreement(0, tariff, MARCH));
		amend(|a| a.end = Some(MARCH + 20 * DAY));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 2_000);
		set_now(APRIL + HOUR);
		// Paid in advance (an overpayment of an earlier bill, say), then the final invoice.
		Credit::<Test>::insert(0, 5_000);
		Balances::set_balance(&PROVIDER, 1);
		issue();
		assert!(events().contains(&Event::CreditRefundPending { agreement: 0, amount: 3_000 }));
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::RefundUnaffordable
		);
		Balances::set_balance(&PROVIDER, ENDOWMENT);
		assert_ok!(Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0));
		assert!(events().contains(&Event::CreditRefunded { agreement: 0, amount: 3_000 }));
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::NothingToWithdraw
		);
	});
}

/// A price change reaches an agreement no sooner than its notice period after it was
/// published. Before, a provider could raise the price of a running agreement from the next
/// period on, leaving the subscriber no time to leave.
#[test]
fn a_new_price_waits_for_the_agreements_notice_period() {
	run(|| {
		let tariff = create(flat(1_000));
		add_agreement(agreement(0, tariff, MARCH));
		amend(|a| a.notice_period = 30 * DAY);
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 1_000);
		// Published on March 20th for April 1st: 12 days' notice, not 30.
		set_now(MARCH + 19 * DAY);
		assert_ok!(Billing::publish_version(
			RuntimeOrigin::signed(PROVIDER),
			tariff,
			flat(2_000),
			APRIL
		));
		set_now(APRIL + DAY);
		record(0, APRIL + DAY, 1_000);
		set_now(MAY + DAY);
		// Invoicing two periods behind: May's usage waits.
		assert_eq!(
			Billing::record(&usage(0, MAY + DAY, 1_000, None)),
			Err(UsageRefused::BillingBehind)
		);
		issue();
		record(0, MAY + DAY, 1_000);
		set_now(JUNE + HOUR);
		issue();
		issue();
		assert_eq!(
			invoices(),
			vec![(MARCH, APRIL, 1_000), (APRIL, MAY, 1_000), (MAY, JUNE, 2_000)],
			"April keeps the old price; May, more than 30 days after the announcement, the new"
		);
	});
}
