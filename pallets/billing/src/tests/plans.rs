//! `offer_plan` and `accept_plan`: an invoice due instalment by instalment.

use super::*;
use crate::{Error, Instalment, Instalments, InvoiceStatus, Invoices};
use frame_support::assert_noop;

/// Invoice 0 of 10,000, issued on April 2nd (due 14 days later).
fn invoiced() -> InvoiceId {
	march_usage(flat(1_000), 10_000);
	issue()
}

fn schedule(parts: &[(u64, u128)]) -> Instalments {
	Instalments::truncate_from(
		parts.iter().map(|&(due, amount)| Instalment { due, amount }).collect(),
	)
}

/// Three instalments: 3,000 by May 1st, 3,000 by June 1st, 4,000 by July 1st.
fn three() -> Instalments {
	schedule(&[(MAY, 3_000), (MAY + 31 * DAY, 3_000), (MAY + 61 * DAY, 4_000)])
}

fn due(invoice: InvoiceId) -> u64 {
	Invoices::<Test>::get(invoice).expect("issued").due
}

#[test]
fn an_accepted_plan_makes_the_invoice_due_instalment_by_instalment() {
	run(|| {
		let invoice = invoiced();
		assert_ok!(Billing::offer_plan(RuntimeOrigin::signed(PROVIDER), invoice, three()));
		assert!(events().contains(&Event::PlanOffered { invoice, instalments: 3, total: 10_000 }));
		// Offered only: the invoice's own due date still holds.
		assert_eq!(due(invoice), APRIL + DAY + 14 * DAY);
		assert_ok!(Billing::accept_plan(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		assert!(events().contains(&Event::PlanAccepted { invoice, next_due: MAY }));
		// Past the invoice's due date but before the first instalment's: not overdue.
		set_now(APRIL + 20 * DAY);
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Open));
		// The first instalment paid: the second is due next.
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 3_000));
		assert_eq!(due(invoice), MAY + 31 * DAY);
		// An instalment missed: overdue, until it is paid.
		set_now(MAY + 32 * DAY);
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Overdue));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 3_500));
		assert_eq!(due(invoice), MAY + 61 * DAY);
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::PartiallyPaid));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 3_500));
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Paid));
	});
}

#[test]
fn an_offer_can_be_replaced_until_accepted_and_goes_stale_when_a_payment_comes_first() {
	run(|| {
		let invoice = invoiced();
		let offer = |plan| Billing::offer_plan(RuntimeOrigin::signed(PROVIDER), invoice, plan);
		assert_ok!(offer(three()));
		assert_ok!(offer(schedule(&[(MAY, 10_000)])));
		assert_eq!(Billing::plan(invoice).map(|p| p.instalments.len()), Some(1));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 1_000));
		assert_noop!(
			Billing::accept_plan(RuntimeOrigin::signed(SUBSCRIBER), invoice),
			Error::<Test>::PlanMismatch
		);
		assert_ok!(offer(schedule(&[(MAY, 9_000)])));
		assert_ok!(Billing::accept_plan(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		assert_noop!(offer(schedule(&[(MAY, 9_000)])), Error::<Test>::PlanInForce);
	});
}

#[test]
fn plans_are_refused_by_name() {
	run(|| {
		let invoice = invoiced();
		let offer =
			|who, invoice, plan| Billing::offer_plan(RuntimeOrigin::signed(who), invoice, plan);
		let accept = |who| Billing::accept_plan(RuntimeOrigin::signed(who), invoice);
		assert_noop!(offer(PROVIDER, 9, three()), Error::<Test>::UnknownInvoice);
		assert_noop!(offer(OTHER_PROVIDER, invoice, three()), Error::<Test>::NotInvoiceProvider);
		assert_noop!(offer(PROVIDER, invoice, schedule(&[])), Error::<Test>::InvalidSchedule);
		assert_noop!(
			offer(PROVIDER, invoice, schedule(&[(MAY, 5_000), (MAY, 5_000)])),
			Error::<Test>::InvalidSchedule
		);
		assert_noop!(
			offer(PROVIDER, invoice, schedule(&[(APRIL, 10_000)])),
			Error::<Test>::InvalidSchedule
		);
		assert_noop!(
			offer(PROVIDER, invoice, schedule(&[(MAY, 0), (MAY + DAY, 10_000)])),
			Error::<Test>::InvalidSchedule
		);
		assert_noop!(
			offer(PROVIDER, invoice, schedule(&[(MAY, 9_999)])),
			Error::<Test>::PlanMismatch
		);
		assert_noop!(
			offer(PROVIDER, invoice, schedule(&[(MAY, u128::MAX), (MAY + DAY, 1)])),
			Error::<Test>::Overflow
		);
		assert_noop!(accept(SUBSCRIBER), Error::<Test>::NoPlan);
		assert_ok!(offer(PROVIDER, invoice, three()));
		assert_noop!(accept(FRIEND), Error::<Test>::NotSubscriber);
		assert_ok!(accept(SUBSCRIBER));
		assert_noop!(accept(SUBSCRIBER), Error::<Test>::PlanInForce);
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		assert_noop!(offer(PROVIDER, invoice, three()), Error::<Test>::AlreadyPaid);
	});
}
