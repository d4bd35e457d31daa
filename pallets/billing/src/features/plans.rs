//! Instalment plans: offered by the invoice's provider (`offer_plan`), accepted by its
//! subscriber (`accept_plan`); the invoice is then due instalment by instalment.

use crate::{Config, Error, Event, Instalments, Invoice, InvoiceId, Invoices, Pallet, Plan, Plans};
use frame_support::ensure;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Under an accepted plan, moves the invoice's due date to the first instalment not yet
	/// covered by what was paid or credited.
	pub(crate) fn follow_plan(id: InvoiceId, invoice: &mut Invoice<T>) {
		if !invoice.plan {
			return;
		}
		if let Some(due) = Plans::<T>::get(id)
			.and_then(|plan| plan.next_due(invoice.paid.saturating_add(invoice.credited)))
		{
			invoice.due = due;
		}
	}

	pub(crate) fn do_offer_plan(
		who: T::AccountId,
		id: InvoiceId,
		instalments: Instalments,
	) -> DispatchResult {
		let invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.provider == who, Error::<T>::NotInvoiceProvider);
		ensure!(invoice.outstanding() > 0, Error::<T>::AlreadyPaid);
		ensure!(!invoice.plan, Error::<T>::PlanInForce);
		let now = Self::now();
		let increasing = instalments.windows(2).all(|pair| pair[0].due < pair[1].due);
		let first = instalments.first().map(|i| i.due);
		ensure!(
			increasing
				&& first.is_some_and(|due| due > now)
				&& instalments.iter().all(|i| i.amount > 0),
			Error::<T>::InvalidSchedule
		);
		let sum = instalments
			.iter()
			.try_fold(0u128, |sum, i| sum.checked_add(i.amount))
			.ok_or(Error::<T>::Overflow)?;
		ensure!(sum == invoice.outstanding(), Error::<T>::PlanMismatch);
		let count = instalments.len() as u32;
		let base = invoice.paid.saturating_add(invoice.credited);
		Plans::<T>::insert(id, Plan { instalments, base, accepted: false });
		Self::deposit_event(Event::PlanOffered { invoice: id, instalments: count, total: sum });
		Ok(())
	}

	pub(crate) fn do_accept_plan(who: T::AccountId, id: InvoiceId) -> DispatchResult {
		let mut invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.subscriber == who, Error::<T>::NotSubscriber);
		let mut plan = Plans::<T>::get(id).ok_or(Error::<T>::NoPlan)?;
		ensure!(!plan.accepted, Error::<T>::PlanInForce);
		// A payment or credit note since the offer changed what is owed: the offer is stale.
		ensure!(
			plan.base == invoice.paid.saturating_add(invoice.credited),
			Error::<T>::PlanMismatch
		);
		plan.accepted = true;
		invoice.plan = true;
		if let Some(due) = plan.next_due(plan.base) {
			invoice.due = due;
		}
		Plans::<T>::insert(id, plan);
		let due = invoice.due;
		Invoices::<T>::insert(id, invoice);
		Self::deposit_event(Event::PlanAccepted { invoice: id, next_due: due });
		Ok(())
	}
}
