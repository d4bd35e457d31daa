//! `dispute`, `answer_dispute`, `escalate_dispute` and `rule_dispute`: credit notes, paused
//! dunning, escalation to the arbiter.

use super::*;
use crate::{Credit, DisputeStatus, Error, InvoiceStatus, Invoices, NoteIssuer, Reason};
use frame_support::assert_noop;
use sp_runtime::DispatchError;

/// Invoice 0 of 10,000 for March (10,000 Wh at 1,000 per kWh), issued on April 2nd.
fn invoiced() -> InvoiceId {
	march_usage(flat(1_000), 10_000);
	issue()
}

fn reason() -> Reason {
	Reason::truncate_from(vec![0xab; 32])
}

fn dispute(invoice: InvoiceId) {
	assert_ok!(Billing::dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice, reason(), 10_000));
}

fn status(invoice: InvoiceId) -> InvoiceStatus {
	Billing::invoice(invoice).expect("issued").status
}

#[test]
fn a_disputed_invoice_is_never_overdue_and_an_accepted_dispute_ends_in_a_credit_note() {
	run(|| {
		let invoice = invoiced();
		dispute(invoice);
		assert_eq!(status(invoice), InvoiceStatus::Disputed);
		assert!(events().contains(&Event::InvoiceDisputed {
			invoice,
			respond_by: APRIL + DAY + RESPONSE_PERIOD
		}));
		// Long past the due date: still disputed, not overdue (dunning pauses).
		set_now(APRIL + 40 * DAY);
		assert_eq!(status(invoice), InvoiceStatus::Disputed);

		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, Some(4_000)));
		let record = Billing::dispute_of(invoice).expect("disputed");
		assert_eq!(record.status, DisputeStatus::Accepted);
		assert_eq!(record.note.map(|n| (n.amount, n.by)), Some((4_000, NoteIssuer::Provider)));
		assert!(events().contains(&Event::CreditNoteIssued {
			invoice,
			amount: 4_000,
			to_credit: 0
		}));
		// 6,000 left to pay; dunning resumes (past its due date: overdue).
		let stored = Invoices::<Test>::get(invoice).expect("issued");
		assert_eq!((stored.outstanding(), stored.credited), (6_000, 4_000));
		assert_eq!(status(invoice), InvoiceStatus::Overdue);
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 6_000));
		assert_eq!(status(invoice), InvoiceStatus::Credited);
		assert_noop!(
			Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 1),
			Error::<Test>::AlreadyPaid
		);
	});
}

#[test]
fn a_credit_note_on_a_paid_invoice_becomes_credit_for_the_next_one() {
	run(|| {
		let invoice = invoiced();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		dispute(invoice);
		assert_eq!(status(invoice), InvoiceStatus::Disputed);
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, Some(2_500)));
		assert_eq!(Credit::<Test>::get(0), 2_500);
		assert!(events().contains(&Event::CreditNoteIssued {
			invoice,
			amount: 2_500,
			to_credit: 2_500
		}));
		assert_eq!(status(invoice), InvoiceStatus::Credited);
	});
}

#[test]
fn a_rejected_dispute_goes_to_the_arbiter_whose_ruling_is_final() {
	run(|| {
		let invoice = invoiced();
		dispute(invoice);
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, None));
		assert!(events().contains(&Event::DisputeRejected { invoice }));
		assert_eq!(status(invoice), InvoiceStatus::Open);
		assert_ok!(Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		assert_eq!(status(invoice), InvoiceStatus::Disputed);
		assert_noop!(
			Billing::rule_dispute(RuntimeOrigin::signed(PROVIDER), invoice, 1),
			DispatchError::BadOrigin
		);
		assert_ok!(Billing::rule_dispute(RuntimeOrigin::root(), invoice, 10_000));
		assert!(events().contains(&Event::DisputeRuled { invoice, credit: 10_000 }));
		let record = Billing::dispute_of(invoice).expect("disputed");
		assert_eq!(record.status, DisputeStatus::Ruled);
		assert_eq!(record.note.map(|n| n.by), Some(NoteIssuer::Arbiter));
		assert_eq!(status(invoice), InvoiceStatus::Credited);
		// Final: nothing more to rule, escalate or answer.
		assert_noop!(
			Billing::rule_dispute(RuntimeOrigin::root(), invoice, 0),
			Error::<Test>::NotEscalated
		);
		assert_noop!(
			Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice),
			Error::<Test>::CannotEscalate
		);
	});
}

#[test]
fn an_unanswered_dispute_can_be_escalated_after_its_deadline_and_ruled_without_credit() {
	run(|| {
		let invoice = invoiced();
		dispute(invoice);
		let escalate = || Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice);
		assert_noop!(escalate(), Error::<Test>::CannotEscalate);
		set_now(APRIL + DAY + RESPONSE_PERIOD + 1);
		assert_ok!(escalate());
		assert_ok!(Billing::rule_dispute(RuntimeOrigin::root(), invoice, 0));
		// The invoice stands, and is due again.
		assert_eq!(Billing::dispute_of(invoice).and_then(|d| d.note), None);
		assert_eq!(status(invoice), InvoiceStatus::Overdue);
	});
}

#[test]
fn disputes_are_refused_by_name() {
	run(|| {
		let invoice = invoiced();
		let open =
			|who, invoice| Billing::dispute(RuntimeOrigin::signed(who), invoice, reason(), 10_000);
		let answer =
			|who, credit| Billing::answer_dispute(RuntimeOrigin::signed(who), invoice, credit);
		assert_noop!(open(SUBSCRIBER, 9), Error::<Test>::UnknownInvoice);
		assert_noop!(open(FRIEND, invoice), Error::<Test>::NotSubscriber);
		assert_noop!(answer(PROVIDER, None), Error::<Test>::NoDispute);
		assert_noop!(
			Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice),
			Error::<Test>::NoDispute
		);
		assert_noop!(
			Billing::rule_dispute(RuntimeOrigin::root(), invoice, 0),
			Error::<Test>::NoDispute
		);
		dispute(invoice);
		assert_noop!(open(SUBSCRIBER, invoice), Error::<Test>::AlreadyDisputed);
		assert_noop!(answer(OTHER_PROVIDER, None), Error::<Test>::NotInvoiceProvider);
		assert_noop!(answer(PROVIDER, Some(0)), Error::<Test>::ZeroAmount);
		assert_noop!(answer(PROVIDER, Some(10_001)), Error::<Test>::CreditTooLarge);
		assert_noop!(
			Billing::escalate_dispute(RuntimeOrigin::signed(FRIEND), invoice),
			Error::<Test>::NotSubscriber
		);
		assert_ok!(answer(PROVIDER, None));
		assert_noop!(answer(PROVIDER, None), Error::<Test>::DisputeNotOpen);
		assert_ok!(Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		assert_noop!(
			Billing::rule_dispute(RuntimeOrigin::root(), invoice, 10_001),
			Error::<Test>::CreditTooLarge
		);
	});
}

#[test]
fn the_dispute_window_closes() {
	run(|| {
		let invoice = invoiced();
		set_now(APRIL + DAY + DISPUTE_WINDOW + 1);
		assert_noop!(
			Billing::dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice, reason(), 10_000),
			Error::<Test>::DisputeWindowClosed
		);
	});
}

/// Issue 23: a credit note for less than was claimed lets the subscriber escalate. Before, only
/// a rejection or silence did: a 1-unit credit note shut the arbiter out.
#[test]
fn an_answer_granting_less_than_the_claim_can_be_escalated() {
	run(|| {
		let invoice = invoiced();
		let open =
			|claim| Billing::dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice, reason(), claim);
		assert_noop!(open(0), Error::<Test>::ZeroAmount);
		assert_noop!(open(10_001), Error::<Test>::ClaimTooLarge);
		assert_ok!(open(4_000));
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, Some(1)));
		assert_ok!(Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		assert_eq!(Billing::dispute_of(invoice).map(|d| d.status), Some(DisputeStatus::Escalated));
	});
}

/// An answer that grants the whole claim is final: nothing is left to escalate.
#[test]
fn an_answer_granting_the_claim_cannot_be_escalated() {
	run(|| {
		let invoice = invoiced();
		assert_ok!(Billing::dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice, reason(), 4_000));
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, Some(4_000)));
		assert_noop!(
			Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice),
			Error::<Test>::CannotEscalate
		);
	});
}

#[test]
fn each_step_of_a_dispute_is_reported_to_the_providers_response_times() {
	run(|| {
		let invoice = invoiced();
		let opened = APRIL + DAY;
		dispute(invoice);
		assert_eq!(Cases::response_times(PROVIDER).waiting(), 1);
		set_now(opened + 3 * DAY);
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, None));
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.on_time), (1, 1, 1));
		assert_eq!(stats.total_response, 3 * DAY);
	});
}

#[test]
fn an_unanswered_dispute_escalated_is_reported_as_lapsed() {
	run(|| {
		let invoice = invoiced();
		dispute(invoice);
		set_now(APRIL + DAY + RESPONSE_PERIOD + 1);
		assert_ok!(Billing::escalate_dispute(RuntimeOrigin::signed(SUBSCRIBER), invoice));
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.lapsed), (1, 0, 1));
	});
}
