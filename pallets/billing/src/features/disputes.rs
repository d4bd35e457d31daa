//! Disputes (seed 003's complaints about a bill): the subscriber disputes an invoice within
//! [`Config::DisputeWindow`] of its issue, with a reason that is a hash or a ciphertext;
//! and the amount it claims; dunning pauses; the provider accepts — issuing a credit note — or
//! rejects, by [`Config::ResponsePeriod`]; a dispute whose answer does not grant the claim
//! (rejected, or a credit note for less) or that went unanswered can be escalated to
//! [`Config::ArbiterOrigin`], whose ruling is final.
//!
//! A credit note takes its amount off the invoice. What the invoice no longer owes is
//! settled by it; if the subscriber had already paid more than the invoice now asks, the
//! surplus becomes credit on the agreement, used first by its next invoice — so a credit note
//! is never lost, like an overpayment.

use crate::{
	Config, Credit, CreditNote, Dispute, DisputeStatus, Disputes, Error, Event, Invoice, InvoiceId,
	Invoices, Money, NoteIssuer, Pallet, Reason,
};
use frame_support::{ensure, traits::Get};
use meterchain_primitives::ResponseLog as _;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_dispute(
		who: T::AccountId,
		id: InvoiceId,
		reason: Reason,
		claim: Money,
	) -> DispatchResult {
		let mut invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.subscriber == who, Error::<T>::NotSubscriber);
		ensure!(!Disputes::<T>::contains_key(id), Error::<T>::AlreadyDisputed);
		ensure!(claim > 0, Error::<T>::ZeroAmount);
		ensure!(claim <= invoice.total.saturating_sub(invoice.credited), Error::<T>::ClaimTooLarge);
		let now = Self::now();
		ensure!(
			now <= invoice.issued.saturating_add(T::DisputeWindow::get()),
			Error::<T>::DisputeWindowClosed
		);
		let respond_by = now.saturating_add(T::ResponsePeriod::get());
		T::ResponseLog::received(&invoice.provider);
		Disputes::<T>::insert(
			id,
			Dispute {
				reason,
				claim,
				opened: now,
				respond_by,
				answered: None,
				status: DisputeStatus::Open,
				note: None,
			},
		);
		invoice.disputed = true;
		invoice.settle_status();
		Invoices::<T>::insert(id, invoice);
		Self::deposit_event(Event::InvoiceDisputed { invoice: id, respond_by });
		Ok(())
	}

	pub(crate) fn do_answer_dispute(
		who: T::AccountId,
		id: InvoiceId,
		credit: Option<Money>,
	) -> DispatchResult {
		let invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.provider == who, Error::<T>::NotInvoiceProvider);
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::NoDispute)?;
		ensure!(dispute.status == DisputeStatus::Open, Error::<T>::DisputeNotOpen);
		let now = Self::now();
		dispute.answered = Some(now);
		let note = match credit {
			Some(amount) => {
				dispute.status = DisputeStatus::Accepted;
				Some((amount, NoteIssuer::Provider))
			},
			None => {
				dispute.status = DisputeStatus::Rejected;
				Self::deposit_event(Event::DisputeRejected { invoice: id });
				None
			},
		};
		T::ResponseLog::answered(&who, dispute.opened, dispute.respond_by, now);
		Self::close_dispute(id, invoice, dispute, note)
	}

	pub(crate) fn do_escalate_dispute(who: T::AccountId, id: InvoiceId) -> DispatchResult {
		let mut invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.subscriber == who, Error::<T>::NotSubscriber);
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::NoDispute)?;
		let unanswered = dispute.status == DisputeStatus::Open && Self::now() > dispute.respond_by;
		// An answer that grants less than was claimed — a rejection, or a smaller credit
		// note — leaves the subscriber the arbiter.
		let short = dispute.status == DisputeStatus::Accepted
			&& dispute.note.as_ref().is_none_or(|note| note.amount < dispute.claim);
		ensure!(
			dispute.status == DisputeStatus::Rejected || unanswered || short,
			Error::<T>::CannotEscalate
		);
		if unanswered {
			T::ResponseLog::lapsed(&invoice.provider);
		}
		dispute.status = DisputeStatus::Escalated;
		Disputes::<T>::insert(id, dispute);
		// Dunning pauses again while the arbiter considers it.
		invoice.disputed = true;
		invoice.settle_status();
		Invoices::<T>::insert(id, invoice);
		Self::deposit_event(Event::DisputeEscalated { invoice: id });
		Ok(())
	}

	pub(crate) fn do_rule_dispute(id: InvoiceId, credit: Money) -> DispatchResult {
		let invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::NoDispute)?;
		ensure!(dispute.status == DisputeStatus::Escalated, Error::<T>::NotEscalated);
		dispute.status = DisputeStatus::Ruled;
		Self::deposit_event(Event::DisputeRuled { invoice: id, credit });
		let note = (credit > 0).then_some((credit, NoteIssuer::Arbiter));
		Self::close_dispute(id, invoice, dispute, note)
	}

	/// Ends the dispute of invoice `id` (its status already set), issuing a credit note of
	/// `note`'s amount if given; dunning resumes.
	fn close_dispute(
		id: InvoiceId,
		mut invoice: Invoice<T>,
		mut dispute: Dispute,
		note: Option<(Money, NoteIssuer)>,
	) -> DispatchResult {
		if let Some((amount, by)) = note {
			ensure!(amount > 0, Error::<T>::ZeroAmount);
			let room = invoice.total.saturating_sub(invoice.credited);
			ensure!(amount <= room, Error::<T>::CreditTooLarge);
			// What had been paid beyond what the invoice now asks becomes credit.
			let asks = invoice.total.saturating_sub(invoice.credited.saturating_add(amount));
			let surplus = invoice.paid.saturating_sub(asks).min(amount);
			let credit = Credit::<T>::get(invoice.agreement)
				.checked_add(surplus)
				.ok_or(Error::<T>::Overflow)?;
			if surplus > 0 {
				Credit::<T>::insert(invoice.agreement, credit);
			}
			invoice.credited = invoice.credited.saturating_add(amount);
			dispute.note = Some(CreditNote { amount, issued: Self::now(), by });
			Self::deposit_event(Event::CreditNoteIssued {
				invoice: id,
				amount,
				to_credit: surplus,
			});
		}
		invoice.disputed = false;
		Self::follow_plan(id, &mut invoice);
		invoice.settle_status();
		Disputes::<T>::insert(id, dispute);
		Invoices::<T>::insert(id, invoice);
		Ok(())
	}
}
