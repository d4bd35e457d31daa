//! Paying invoices: in parts, with a receipt per payment, and overpayment kept as credit
//! (`pay`); credit refunded after the final bill.

use crate::{
	AgreementOf, Config, Credit, Error, Event, InvoiceId, Invoices, Money, Pallet, Receipt,
	Receipts,
};
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// After `agreement`'s final bill: pays its remaining credit (overpayments and credit
	/// notes no invoice will use) back from the provider to the subscriber. If the provider
	/// cannot pay it now, the credit stays on record (`CreditRefundPending`) and the subscriber
	/// claims it later with `withdraw_credit`.
	pub(crate) fn refund_credit(agreement: &AgreementOf<T>) {
		let amount = Credit::<T>::get(agreement.id);
		if amount == 0 {
			return;
		}
		let agreement_id = agreement.id;
		match Self::pay_refund(agreement, amount) {
			Ok(()) => {},
			Err(_) => {
				Self::deposit_event(Event::CreditRefundPending { agreement: agreement_id, amount })
			},
		}
	}

	/// Moves `amount` of `agreement`'s credit from the provider to the subscriber.
	pub(crate) fn pay_refund(agreement: &AgreementOf<T>, amount: Money) -> DispatchResult {
		T::Currency::transfer(
			&agreement.provider,
			&agreement.subscriber,
			amount,
			Preservation::Preserve,
		)
		.map_err(|_| Error::<T>::RefundUnaffordable)?;
		Credit::<T>::remove(agreement.id);
		Self::deposit_event(Event::CreditRefunded { agreement: agreement.id, amount });
		Ok(())
	}

	pub(crate) fn do_pay(payer: T::AccountId, id: InvoiceId, amount: Money) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let mut invoice = Invoices::<T>::get(id).ok_or(Error::<T>::UnknownInvoice)?;
		ensure!(invoice.outstanding() > 0, Error::<T>::AlreadyPaid);
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
		Self::follow_plan(id, &mut invoice);
		invoice.settle_status();
		let paid = invoice.outstanding() == 0;
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
