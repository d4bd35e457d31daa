//! Paying invoices: in parts, with a receipt per payment, and overpayment kept as credit.

use crate::{
	Config, Credit, Error, Event, InvoiceId, InvoiceStatus, Invoices, Money, Pallet, Receipt,
	Receipts,
};
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_pay(payer: T::AccountId, id: InvoiceId, amount: Money) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.status != InvoiceStatus::Paid, Error::<T>::AlreadyPaid);
		ensure!(invoice.payments < T::MaxPaymentsPerInvoice::get(), Error::<T>::TooManyPayments);
		let applied = amount.min(invoice.outstanding());
		let surplus = amount.saturating_sub(applied);
		let credit =
			Credit::<T>::get(invoice.agreement).checked_add(surplus).ok_or(Error::<T>::Overflow)?;
		T::Currency::transfer(&payer, &invoice.provider, amount, Preservation::Preserve)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		let receipt = invoice.payments;
		Receipts::<T>::insert(
			id,
			receipt,
			Receipt { payer: payer.clone(), amount, applied, at: Self::now() },
		);
		if surplus > 0 {
			Credit::<T>::insert(invoice.agreement, credit);
		}
		invoice.paid = invoice.paid.saturating_add(applied);
		invoice.payments = receipt.saturating_add(1);
		invoice.settle_status();
		let paid = invoice.status == InvoiceStatus::Paid;
		Invoices::<T>::insert(id, invoice);
		Self::deposit_event(Event::PaymentReceived {
			invoice: id,
			receipt,
			payer,
			amount,
			applied,
		});
		if paid {
			Self::deposit_event(Event::InvoicePaid { invoice: id });
		}
		Ok(())
	}
}
