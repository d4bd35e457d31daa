//! Paying invoices in parts, receipts, and overpayment as credit.

use super::*;
use crate::{Credit, Error, InvoiceStatus, Invoices, Receipts};
use frame_support::assert_noop;

/// A March invoice of 10,000 for agreement 0; returns its id.
fn march_invoice() -> InvoiceId {
	march_usage(flat(1_000), 10_000);
	issue()
}

#[test]
fn an_invoice_is_paid_in_parts_with_a_receipt_each() {
	run(|| {
		let invoice = march_invoice();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 4_000));
		let partly = Invoices::<Test>::get(invoice).expect("issued");
		assert_eq!(
			(partly.paid, partly.outstanding(), partly.status),
			(4_000, 6_000, InvoiceStatus::PartiallyPaid)
		);
		// Someone else pays the rest.
		assert_ok!(Billing::pay(RuntimeOrigin::signed(FRIEND), invoice, 6_000));
		let paid = Invoices::<Test>::get(invoice).expect("issued");
		assert_eq!((paid.paid, paid.status, paid.payments), (10_000, InvoiceStatus::Paid, 2));
		assert_eq!(Balances::free_balance(PROVIDER), ENDOWMENT + 10_000);
		assert_eq!(Balances::free_balance(SUBSCRIBER), ENDOWMENT - 4_000);
		assert_eq!(Balances::free_balance(FRIEND), ENDOWMENT - 6_000);
		let receipts = Billing::receipts(invoice);
		assert_eq!(
			receipts.iter().map(|r| (r.payer, r.amount, r.applied)).collect::<Vec<_>>(),
			vec![(SUBSCRIBER, 4_000, 4_000), (FRIEND, 6_000, 6_000)]
		);
		let tail = events().into_iter().rev().take(2).collect::<Vec<_>>();
		assert_eq!(
			tail,
			vec![
				Event::InvoicePaid { invoice },
				Event::PaymentReceived {
					invoice,
					receipt: 1,
					payer: FRIEND,
					amount: 6_000,
					applied: 6_000
				},
			]
		);
	});
}

#[test]
fn an_overpayment_becomes_credit_used_first_by_the_next_invoice() {
	run(|| {
		let invoice = march_invoice();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 12_500));
		assert_eq!(Credit::<Test>::get(0), 2_500);
		assert_eq!(Receipts::<Test>::get(invoice, 0).map(|r| r.applied), Some(10_000));
		assert_eq!(Balances::free_balance(PROVIDER), ENDOWMENT + 12_500);
		// April: 1,000 of usage, paid from the credit at once.
		record(0, APRIL + 2 * DAY, 1_000);
		set_now(MAY);
		let april = issue();
		let april_invoice = Invoices::<Test>::get(april).expect("issued");
		assert_eq!(
			(april_invoice.total, april_invoice.credit_applied, april_invoice.status),
			(1_000, 1_000, InvoiceStatus::Paid)
		);
		assert_eq!(Credit::<Test>::get(0), 1_500);
		assert!(events().contains(&Event::CreditApplied {
			invoice: april,
			agreement: 0,
			amount: 1_000
		}));
		assert!(events().contains(&Event::InvoicePaid { invoice: april }));
	});
}

#[test]
fn an_unpaid_invoice_past_its_due_date_reads_as_overdue() {
	run(|| {
		let invoice = march_invoice();
		let due = Invoices::<Test>::get(invoice).expect("issued").due;
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Open));
		set_now(due + 1);
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Overdue));
		// Paying it in full after the due date settles it.
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		assert_eq!(Billing::invoice(invoice).map(|i| i.status), Some(InvoiceStatus::Paid));
	});
}

#[test]
fn paying_is_refused_by_name() {
	run(|| {
		let invoice = march_invoice();
		let pay = |who, invoice, amount| Billing::pay(RuntimeOrigin::signed(who), invoice, amount);
		assert_noop!(pay(SUBSCRIBER, invoice, 0), Error::<Test>::ZeroAmount);
		assert_noop!(pay(SUBSCRIBER, invoice + 1, 1), Error::<Test>::UnknownInvoice);
		assert_noop!(pay(SUBSCRIBER, invoice, ENDOWMENT), Error::<Test>::InsufficientBalance);
		assert_noop!(pay(99, invoice, 1), Error::<Test>::InsufficientBalance);
		for _ in 0..MAX_PAYMENTS - 1 {
			assert_ok!(pay(SUBSCRIBER, invoice, 1));
		}
		assert_ok!(pay(FRIEND, invoice, 1));
		assert_noop!(pay(SUBSCRIBER, invoice, 1), Error::<Test>::TooManyPayments);

		record(0, APRIL + DAY, 1_000);
		set_now(MAY);
		let april = issue();
		assert_ok!(pay(SUBSCRIBER, april, 1_000));
		assert_noop!(pay(SUBSCRIBER, april, 1), Error::<Test>::AlreadyPaid);
	});
}
