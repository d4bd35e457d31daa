//! Prepaid credit: `top_up`, charges per report at the marginal price, low and no credit,
//! supply status, the period's standing charge, and releasing the credit at the end.

use super::*;
use crate::{pricing, Error, PeriodUsage, PrepaidAccounts, Supply, TariffVersions};
use frame_support::{
	assert_noop,
	traits::{fungible::InspectHold, Hooks},
};

/// Prepaid agreement 0 at a new `tariff`, with a low-credit threshold of `threshold`, from
/// [`START`] on; time moved to March. Returns the tariff id.
fn prepaid_at(tariff: Tariff, threshold: u128) -> u32 {
	let id = create(tariff);
	add_agreement(prepaid(0, id, threshold));
	set_now(MARCH + DAY);
	id
}

fn top_up(amount: u128) {
	assert_ok!(Billing::top_up(RuntimeOrigin::signed(SUBSCRIBER), 0, amount));
}

fn held() -> u128 {
	Balances::balance_on_hold(&crate::HoldReason::Prepaid.into(), &SUBSCRIBER)
}

fn account() -> crate::PrepaidAccount<Test> {
	PrepaidAccounts::<Test>::get(0).expect("an account")
}

#[test]
fn a_top_up_holds_the_subscriber_s_funds_as_credit_and_turns_supply_on() {
	run(|| {
		prepaid_at(flat(1_000), 100);
		// No credit yet: the meter must not supply.
		assert_eq!(Billing::supply(METER), Some(Supply::Off));
		top_up(5_000);
		assert_eq!(held(), 5_000);
		assert_eq!(Balances::free_balance(SUBSCRIBER), ENDOWMENT - 5_000);
		let account = account();
		assert_eq!((account.balance, account.owed, account.supply), (5_000, 0, Supply::On));
		assert!(!account.low);
		assert_eq!(Billing::supply(METER), Some(Supply::On));
		assert!(events().contains(&Event::ToppedUp {
			agreement: 0,
			amount: 5_000,
			settled: 0,
			balance: 5_000
		}));
		assert!(events().contains(&Event::SupplyRestored { agreement: 0, balance: 5_000 }));
	});
}

#[test]
fn a_top_up_is_refused_by_name() {
	run(|| {
		let id = prepaid_at(flat(1_000), 100);
		add_agreement(agreement(1, id, START));
		let top_up =
			|who, agreement, amount| Billing::top_up(RuntimeOrigin::signed(who), agreement, amount);
		assert_noop!(top_up(SUBSCRIBER, 9, 1), Error::<Test>::UnknownAgreement);
		assert_noop!(top_up(SUBSCRIBER, 1, 1), Error::<Test>::NotPrepaid);
		assert_noop!(top_up(FRIEND, 0, 1), Error::<Test>::NotSubscriber);
		assert_noop!(top_up(SUBSCRIBER, 0, 0), Error::<Test>::ZeroAmount);
		assert_noop!(top_up(SUBSCRIBER, 0, ENDOWMENT + 1), Error::<Test>::InsufficientBalance);
		assert_noop!(
			Billing::top_up(RuntimeOrigin::none(), 0, 1),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn each_report_is_charged_at_the_marginal_price_and_paid_over_when_the_period_closes() {
	run(|| {
		// 1,000 Wh at 100 per kWh, the rest at 300; 10% tax.
		prepaid_at(Tariff { tax_bps: 1_000, ..tiered(1_000, 100, 300) }, 0);
		top_up(1_000_000);
		let provider_before = Balances::free_balance(PROVIDER);
		// 600 Wh in the first tier: 60, tax 6.
		record(0, MARCH + DAY, 600);
		assert_eq!(account().balance, 1_000_000 - 66);
		// 800 Wh more: 400 in the first tier (40) and 400 in the second (120), tax 16.
		record(0, MARCH + 2 * DAY, 800);
		assert_eq!(account().balance, 1_000_000 - 66 - 176);
		assert!(events().contains(&Event::CreditCharged {
			agreement: 0,
			amount: 176,
			balance: 1_000_000 - 242,
			owed: 0
		}));
		// Consumed, still held until the period closes: then one transfer pays the provider.
		assert_eq!((account().unsettled, held()), (242, 1_000_000));
		assert_eq!(Balances::free_balance(PROVIDER), provider_before);
		set_now(APRIL + DAY);
		<Billing as Hooks<u64>>::on_idle(1, frame_support::weights::Weight::MAX);
		assert!(events().contains(&Event::CreditSettled { agreement: 0, amount: 242 }));
		assert_eq!(Balances::free_balance(PROVIDER), provider_before + 242);
		assert_eq!((account().unsettled, held()), (0, 1_000_000 - 242));
	});
}

#[test]
fn a_period_s_charges_add_up_to_the_invoice_a_postpaid_agreement_would_get() {
	run(|| {
		let tariff = Tariff {
			standing_charge: 3_100,
			demand_charge: 700,
			tax_bps: 1_900,
			..tiered(2_000, 133, 377)
		};
		let id = prepaid_at(tariff.clone(), 0);
		top_up(10_000_000);
		let provider_before = Balances::free_balance(PROVIDER);
		// Many small, odd reports, so rounding would show; peaks rise now and then.
		let mut usage = None::<PeriodUsage>;
		for n in 0..40u64 {
			let at = MARCH + DAY + n * HOUR;
			let peak = Some((n as u32 % 7) * 1_000);
			assert!(Billing::record(&crate::mock::usage(0, at, 37 + n * 13, peak)).is_ok());
			usage = Accruals::<Test>::get(0).map(|a| a.current);
		}
		let usage = usage.expect("accrued");
		set_now(APRIL + DAY);
		<Billing as Hooks<u64>>::on_idle(1, frame_support::weights::Weight::MAX);

		let prices = TariffVersions::<Test>::get(id, 1).expect("version 1");
		let in_force = usage.period.overlap(START, None);
		let (_, total) = pricing::bill(&prices, &usage, in_force).expect("prices");
		assert!(events().contains(&Event::PrepaidPeriodClosed {
			agreement: 0,
			from: MARCH,
			to: APRIL,
			quantity: usage.quantity,
			total,
		}));
		assert_eq!(Balances::free_balance(PROVIDER), provider_before + total);
		assert_eq!(account().balance, 10_000_000 - total);
		// No invoice for a prepaid agreement; April runs on.
		assert_eq!(crate::Invoices::<Test>::iter().count(), 0);
		assert_eq!(period_start(0), Some(APRIL));
	});
}

#[test]
fn low_credit_is_told_once_and_no_credit_turns_supply_off_with_the_rest_owed() {
	run(|| {
		prepaid_at(flat(1_000), 500);
		top_up(1_000);
		record(0, MARCH + DAY, 600); // 400 left: below 500.
		assert_eq!(events().iter().filter(|e| matches!(e, Event::CreditRanLow { .. })).count(), 1);
		record(0, MARCH + DAY + HOUR, 100); // 300 left: still low, not told again.
		assert_eq!(events().iter().filter(|e| matches!(e, Event::CreditRanLow { .. })).count(), 1);
		assert_eq!(account().supply, Supply::On);
		record(0, MARCH + DAY + 2 * HOUR, 500); // costs 500, 300 covered: 200 owed.
		let account = account();
		assert_eq!((account.balance, account.owed, account.supply), (0, 200, Supply::Off));
		assert!(events().contains(&Event::CreditRanOut { agreement: 0, owed: 200 }));
		assert_eq!(Billing::supply(METER), Some(Supply::Off));
		// All 1,000 consumed, held until paid over.
		assert_eq!((account.unsettled, held()), (1_000, 1_000));
	});
}

#[test]
fn a_top_up_pays_what_is_owed_first_and_restores_supply_only_with_credit_left() {
	run(|| {
		prepaid_at(flat(1_000), 500);
		record(0, MARCH + DAY, 700); // no credit at all: 700 owed.
		assert_eq!((account().owed, account().supply), (700, Supply::Off));
		let provider_before = Balances::free_balance(PROVIDER);
		top_up(300); // all of it pays the debt.
		assert_eq!((account().balance, account().owed, account().supply), (0, 400, Supply::Off));
		top_up(1_000); // 400 pays the rest, 600 is credit.
		let account = account();
		assert_eq!((account.balance, account.owed, account.supply), (600, 0, Supply::On));
		assert!(!account.low);
		// A debt is paid over at once.
		assert_eq!(Balances::free_balance(PROVIDER), provider_before + 700);
		assert!(events().contains(&Event::ToppedUp {
			agreement: 0,
			amount: 1_000,
			settled: 400,
			balance: 600
		}));
		assert_eq!(held(), 600);
	});
}

#[test]
fn supply_is_on_under_a_postpaid_agreement_and_unknown_for_an_uncovered_device() {
	run(|| {
		let id = create(flat(1));
		add_agreement(agreement(0, id, START));
		cover(METER, 0);
		assert_eq!(Billing::supply(METER), Some(Supply::On));
		assert_eq!(Billing::supply(METER + 1), None);
	});
}

#[test]
fn when_a_prepaid_agreement_ends_its_last_period_is_closed_and_the_credit_released() {
	run(|| {
		let id = create(Tariff { standing_charge: 3_100, ..flat(1_000) });
		add_agreement(meterchain_primitives::ActiveAgreement {
			end: Some(APRIL),
			notice_period: 0,
			..prepaid(0, id, 0)
		});
		set_now(MARCH + DAY);
		top_up(10_000);
		record(0, MARCH + DAY, 2_000);
		set_now(APRIL + DAY);
		<Billing as Hooks<u64>>::on_idle(1, frame_support::weights::Weight::MAX);
		// 2,000 for the usage and the whole standing charge (in force all of March).
		assert!(events().contains(&Event::CreditReleased { agreement: 0, amount: 10_000 - 5_100 }));
		assert_eq!(held(), 0);
		assert_eq!(Balances::free_balance(SUBSCRIBER), ENDOWMENT - 5_100);
		assert!(PrepaidAccounts::<Test>::get(0).is_none());
		assert!(Accruals::<Test>::get(0).is_none());
	});
}

#[test]
fn credit_of_an_agreement_that_ended_before_any_usage_is_withdrawn_by_its_subscriber() {
	run(|| {
		let id = prepaid_at(flat(1_000), 0);
		top_up(7_000);
		// In force and prepaid: its periods will use the credit.
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::CreditInUse
		);
		// It ends (terminated) with no usage: no period will ever close to release it.
		add_agreement(meterchain_primitives::ActiveAgreement {
			end: Some(MARCH + 2 * DAY),
			notice_period: 0,
			..prepaid(0, id, 0)
		});
		set_now(MARCH + 3 * DAY);
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(FRIEND), 0),
			Error::<Test>::NotSubscriber
		);
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 9),
			Error::<Test>::UnknownAgreement
		);
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::none(), 0),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0));
		assert!(events().contains(&Event::CreditReleased { agreement: 0, amount: 7_000 }));
		assert_eq!((held(), Balances::free_balance(SUBSCRIBER)), (0, ENDOWMENT));
		assert!(PrepaidAccounts::<Test>::get(0).is_none());
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::NothingToWithdraw
		);
	});
}

#[test]
fn credit_is_not_withdrawn_while_a_prepaid_period_is_still_to_close() {
	run(|| {
		let id = prepaid_at(flat(1_000), 0);
		top_up(7_000);
		record(0, MARCH + DAY, 1_000);
		// Made postpaid in March: the running March period stays prepaid until it closes.
		add_agreement(agreement(0, id, START));
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::CreditInUse
		);
		// When it closes, its charges are paid over and the rest released, unasked.
		let provider_before = Balances::free_balance(PROVIDER);
		set_now(APRIL + DAY);
		<Billing as Hooks<u64>>::on_idle(1, frame_support::weights::Weight::MAX);
		assert!(events().contains(&Event::CreditReleased { agreement: 0, amount: 6_000 }));
		assert_eq!(Balances::free_balance(PROVIDER), provider_before + 1_000);
		assert_eq!(held(), 0);
		// April is accrued postpaid.
		assert!(Accruals::<Test>::get(0).is_some_and(|a| !a.current.payment.is_prepaid()));
		assert_noop!(
			Billing::withdraw_credit(RuntimeOrigin::signed(SUBSCRIBER), 0),
			Error::<Test>::NothingToWithdraw
		);
	});
}

#[test]
fn a_charger_is_told_whether_a_prepaid_agreement_has_credit() {
	use meterchain_primitives::CreditCheck;
	run(|| {
		prepaid_at(flat(1_000), 0);
		// Never topped up: supply off, no credit.
		assert!(!<Billing as CreditCheck<_>>::has_credit(&SUBSCRIBER, 0));
		top_up(1_000);
		assert!(<Billing as CreditCheck<_>>::has_credit(&SUBSCRIBER, 0));
		// Not someone else's agreement.
		assert!(!<Billing as CreditCheck<_>>::has_credit(&FRIEND, 0));
		// Used up.
		record(0, MARCH + DAY, 1_000);
		assert!(!<Billing as CreditCheck<_>>::has_credit(&SUBSCRIBER, 0));
	});
}
