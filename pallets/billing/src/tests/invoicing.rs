//! Accruing usage, and invoices computed from it.

use super::*;
use crate::{
	Accruals, AgreementInvoices, Band, Charge, Energy, Error, InvoiceStatus, Invoices,
	InvoicingError, Line, Window,
};
use frame_support::assert_noop;
use meterchain_primitives::PaymentMode;

fn lines(invoice: InvoiceId) -> Vec<(Charge, u128, u128)> {
	Invoices::<Test>::get(invoice)
		.expect("issued")
		.lines
		.iter()
		.map(|Line { charge, quantity, amount, .. }| (*charge, *quantity, *amount))
		.collect()
}

#[test]
fn usage_accrues_per_agreement_and_period_in_one_record() {
	run(|| {
		let id = create(flat(300));
		add_agreement(agreement(0, id, MARCH));
		add_agreement(agreement(1, id, MARCH));
		set_now(MARCH + DAY);
		assert!(Billing::record(&usage(0, MARCH + HOUR, 500, Some(2_000))).is_ok());
		assert!(Billing::record(&usage(0, MARCH + 2 * HOUR, 700, Some(1_500))).is_ok());
		assert!(Billing::record(&usage(1, MARCH + 2 * HOUR, 5, None)).is_ok());
		let accrual = Accruals::<Test>::get(0).expect("accruing").current;
		assert_eq!((accrual.period.start, accrual.period.end), (MARCH, APRIL));
		assert_eq!(
			(accrual.quantity, accrual.peak, accrual.reports, accrual.version),
			(1_200, 2_000, 2, Some(1))
		);
		assert_eq!(Accruals::<Test>::get(1).map(|a| a.current.quantity), Some(5));
		assert_eq!(Accruals::<Test>::iter().count(), 2);
	});
}

#[test]
fn recording_is_charged_its_common_case_and_at_most_its_worst() {
	run(|| {
		let id = create(flat(300));
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + DAY);
		let opening = Billing::record(&usage(0, MARCH + HOUR, 1, None)).expect("recorded");
		let accruing = Billing::record(&usage(0, MARCH + 2 * HOUR, 1, None)).expect("recorded");
		assert!(accruing.all_lt(opening));
		assert!(opening.all_lte(<Billing as UsageSink<_>>::record_weight()));
	});
}

#[test]
fn a_flat_invoice_bills_usage_standing_demand_and_tax() {
	run(|| {
		let tariff =
			Tariff { standing_charge: 3_100, demand_charge: 1_000, tax_bps: 1_000, ..flat(300) };
		let id = create(tariff);
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + DAY);
		assert!(Billing::record(&usage(0, MARCH + DAY, 12_345, Some(4_500))).is_ok());
		set_now(APRIL);
		let invoice = issue();
		// 12,345 Wh at 300 per kWh = 3,703.5 → 3,704; a whole period's standing charge; 4.5 kW
		// at 1,000 = 4,500; tax 10% of 11,304 = 1,130.4 → 1,130.
		assert_eq!(
			lines(invoice),
			vec![
				(Charge::Usage, 12_345, 3_704),
				(Charge::Standing, u128::from(APRIL - MARCH), 3_100),
				(Charge::Demand, 4_500, 4_500),
				(Charge::Tax, 11_304, 1_130),
			]
		);
		let invoice = Invoices::<Test>::get(invoice).expect("issued");
		assert_eq!((invoice.total, invoice.paid, invoice.status), (12_434, 0, InvoiceStatus::Open));
		assert_eq!(
			(invoice.subscriber, invoice.provider, invoice.period.start),
			(SUBSCRIBER, PROVIDER, MARCH)
		);
		assert_eq!(invoice.due, APRIL + 14 * DAY);
		assert!(AgreementInvoices::<Test>::contains_key(0, 0));
		// The next period is open, empty.
		assert_eq!(
			Accruals::<Test>::get(0).map(|a| (a.current.period.start, a.current.quantity)),
			Some((APRIL, 0))
		);
	});
}

#[test]
fn tiers_split_the_period_s_usage() {
	run(|| {
		march_usage(tiered(10_000, 200, 400), 25_000);
		let invoice = issue();
		assert_eq!(
			lines(invoice),
			vec![(Charge::Tier(0), 10_000, 2_000), (Charge::Tier(1), 15_000, 6_000)]
		);
	});
}

#[test]
fn time_of_use_sorts_each_report_into_its_band() {
	run(|| {
		// Weekday nights 00:00–06:00 at 100, Saturdays all day at 50, else 300.
		let bands = vec![
			Band {
				window: Window { days: 0b001_1111, from_minute: 0, to_minute: 360 },
				price: 100,
			},
			Band {
				window: Window { days: 0b010_0000, from_minute: 0, to_minute: 1_440 },
				price: 50,
			},
		];
		let id = create(Tariff {
			energy: Energy::TimeOfUse { base: 300, bands: bands.try_into().expect("fits") },
			..flat(0)
		});
		add_agreement(agreement(0, id, MARCH));
		// 2026-03-02 is a Monday, 2026-03-07 a Saturday.
		let monday = MARCH + DAY;
		set_now(MARCH + 7 * DAY);
		record(0, monday + 3 * HOUR, 1_000); // night
		record(0, monday + 12 * HOUR, 2_000); // day
		record(0, MARCH + 6 * DAY + 12 * HOUR, 4_000); // Saturday
		set_now(APRIL);
		let invoice = issue();
		assert_eq!(
			lines(invoice),
			vec![
				(Charge::Band(0), 1_000, 100),
				(Charge::Band(1), 4_000, 200),
				(Charge::OffBand, 2_000, 600)
			]
		);
	});
}

#[test]
fn the_standing_charge_follows_the_part_of_the_period_in_force() {
	run(|| {
		let id = create(Tariff { standing_charge: 3_100, ..flat(0) });
		// From March 11th: 21 of March's 31 days.
		add_agreement(agreement(0, id, MARCH + 10 * DAY));
		set_now(MARCH + 11 * DAY);
		record(0, MARCH + 11 * DAY, 1);
		set_now(APRIL);
		let invoice = issue();
		assert_eq!(
			lines(invoice),
			vec![(Charge::Usage, 1, 0), (Charge::Standing, u128::from(21 * DAY), 2_100)]
		);
	});
}

#[test]
fn sessions_are_billed_per_session() {
	run(|| {
		let id = create(Tariff { session_fee: 250, ..flat(0) });
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + DAY);
		for n in 0..3 {
			assert!(Billing::record(&meterchain_primitives::Usage {
				session: Some(n),
				..usage(0, MARCH + DAY, 10, Some(11_000))
			})
			.is_ok());
		}
		set_now(APRIL);
		assert_eq!(lines(issue()), vec![(Charge::Usage, 30, 0), (Charge::Sessions, 3, 750)]);
	});
}

#[test]
fn a_report_after_the_period_waits_in_the_next_one_and_late_usage_counts_now() {
	run(|| {
		march_usage(flat(1_000), 4_000);
		// April's first report opens April beside March; it closes nothing.
		record(0, APRIL + HOUR, 1_000);
		let accrual = Accruals::<Test>::get(0).expect("accruing");
		assert_eq!((accrual.current.period.start, accrual.current.quantity), (MARCH, 4_000));
		assert_eq!(
			accrual.next.as_ref().map(|n| (n.period.start, n.quantity)),
			Some((APRIL, 1_000))
		);
		assert_eq!(Invoices::<Test>::iter().count(), 0);
		// A late report from March still counts in March, which is not invoiced yet.
		record(0, MARCH + 30 * DAY, 500);
		let march = issue();
		assert_eq!(
			Invoices::<Test>::get(march).map(|i| (i.period.start, i.total)),
			Some((MARCH, 4_500))
		);
		// April runs on with its usage; a late March report now counts in April.
		record(0, MARCH + 30 * DAY, 250);
		let accrual = Accruals::<Test>::get(0).expect("accruing");
		assert_eq!(
			(accrual.current.period.start, accrual.current.quantity, accrual.next),
			(APRIL, 1_250, None)
		);
		assert_eq!(Invoices::<Test>::iter().count(), 1, "March was invoiced once");
	});
}

/// Before (issue 23), May's usage was added to April's period, priced and invoiced as April's.
#[test]
fn usage_two_periods_ahead_waits_until_invoicing_caught_up() {
	run(|| {
		march_usage(flat(1_000), 4_000);
		record(0, APRIL + HOUR, 1);
		set_now(MAY + DAY);
		assert_eq!(
			Billing::record(&usage(0, MAY + HOUR, 2, None)),
			Err(meterchain_primitives::UsageRefused::BillingBehind)
		);
		issue();
		record(0, MAY + HOUR, 2);
		let accrual = Accruals::<Test>::get(0).expect("accruing");
		assert_eq!((accrual.current.period.start, accrual.current.quantity), (APRIL, 1));
		assert_eq!(accrual.next.map(|n| (n.period.start, n.quantity)), Some((MAY, 2)));
	});
}

#[test]
fn an_ended_agreement_gets_its_last_invoice_and_no_next_period() {
	run(|| {
		let id = create(Tariff { standing_charge: 3_100, ..flat(1_000) });
		add_agreement(meterchain_primitives::ActiveAgreement {
			end: Some(MARCH + 21 * DAY),
			notice_period: 0,
			..agreement(0, id, MARCH)
		});
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 2_000);
		set_now(APRIL);
		let invoice = issue();
		assert_eq!(
			lines(invoice),
			vec![(Charge::Usage, 2_000, 2_000), (Charge::Standing, u128::from(21 * DAY), 2_100)]
		);
		assert_eq!(Accruals::<Test>::get(0), None);
		assert_noop!(
			Billing::issue_invoice(RuntimeOrigin::signed(FRIEND), 0),
			Error::<Test>::NothingToInvoice
		);
	});
}

#[test]
fn issuing_an_invoice_is_refused_by_name() {
	run(|| {
		let issue = |agreement| Billing::issue_invoice(RuntimeOrigin::signed(FRIEND), agreement);
		assert_noop!(issue(0), Error::<Test>::NothingToInvoice);
		let id = create(flat(1));
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 1);
		assert_noop!(issue(0), Error::<Test>::PeriodNotEnded);

		// A prepaid agreement is not invoiced.
		add_agreement(meterchain_primitives::ActiveAgreement {
			payment: PaymentMode::Prepaid { low_credit_threshold: 10 },
			..agreement(1, id, MARCH)
		});
		record(1, MARCH + DAY, 1);
		// An agreement whose tariff does not exist.
		add_agreement(agreement(2, id + 7, MARCH));
		record(2, MARCH + DAY, 1);
		set_now(APRIL);
		assert_noop!(issue(1), Error::<Test>::Prepaid);
		assert_noop!(issue(2), Error::<Test>::NoTariffInForce);
	});
}

#[test]
fn a_period_that_cannot_be_priced_is_closed_with_its_usage_in_an_event() {
	run(|| {
		add_agreement(agreement(0, 42, MARCH));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 900);
		set_now(APRIL + DAY);
		// Automatic invoicing closes March, which cannot be priced: its usage is in an event.
		<Billing as frame_support::traits::Hooks<u64>>::on_idle(
			1,
			frame_support::weights::Weight::MAX,
		);
		assert!(events().contains(&Event::InvoicingFailed {
			agreement: 0,
			from: MARCH,
			to: APRIL,
			quantity: 900,
			reason: InvoicingError::NoTariffInForce,
		}));
		assert_eq!(Invoices::<Test>::iter().count(), 0);
		assert_eq!(period_start(0), Some(APRIL));
	});
}

#[test]
fn the_estimate_is_the_running_period_s_bill_so_far() {
	run(|| {
		let id = create(Tariff { standing_charge: 3_100, ..flat(1_000) });
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + 10 * DAY);
		record(0, MARCH + 10 * DAY, 5_000);
		let estimate = Billing::estimate(0).expect("accruing");
		assert_eq!((estimate.quantity, estimate.total), (5_000, 5_000 + 1_000));
		assert_eq!(Billing::estimate(1), None);
	});
}

/// Metering only hands over usage of agreements in force: usage of one the agreements pallet
/// does not know is an internal error, reported (a `defensive!` failure in debug builds, an
/// `InternalError` event on chain), never silently dropped.
#[test]
#[should_panic(expected = "Defensive failure has been triggered!")]
fn usage_of_an_unknown_agreement_is_reported_as_an_internal_error() {
	new_test_ext().execute_with(|| {
		set_now(MARCH + DAY);
		let _ = Billing::record(&usage(9, MARCH + DAY, 1_000, None));
	});
}
