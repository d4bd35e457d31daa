//! From usage to invoices: accruing what metering hands over, closing a period into an invoice,
//! and opening the next period.

use crate::{
	calendar::{Period, DAY_MS},
	pricing, Accrual, Accruals, AgreementInvoices, AgreementOf, Config, Credit, Error, Estimate,
	Event, Invoice, InvoiceId, InvoiceStatus, Invoices, InvoicingError, NextInvoiceId, Pallet,
	PeriodUsage, TariffVersions, WeightInfo, MAX_PAGE,
};
use alloc::vec::Vec;
use frame_support::{ensure, weights::Weight};
use meterchain_primitives::{
	AgreementId, Agreements, BillingCycle, Moment, PaymentMode, TariffId, Usage, UsageSink,
};
use sp_runtime::DispatchResult;

/// Metering hands accepted usage to billing here.
impl<T: Config> UsageSink<T::AccountId> for Pallet<T> {
	fn record(usage: &Usage<T::AccountId>) -> Weight {
		Self::accrue(usage)
	}

	fn record_weight() -> Weight {
		T::WeightInfo::record_accrue()
			.max(T::WeightInfo::record_open())
			.max(T::WeightInfo::record_prepaid())
	}
}

impl<T: Config> Pallet<T> {
	/// Adds `usage` to its agreement's running period, or — if it lies after that period —
	/// to the next one, opening it (or the agreement's first) if needed. Returns the weight
	/// used.
	pub(crate) fn accrue(usage: &Usage<T::AccountId>) -> Weight {
		let at = usage.to;
		let (mut accrual, weight) = match Accruals::<T>::get(usage.agreement) {
			Some(mut accrual) if at >= accrual.current.period.end && accrual.next.is_none() => {
				accrual.next = Some(Self::period_usage(accrual.tariff, accrual.cycle, at));
				(accrual, T::WeightInfo::record_open())
			},
			Some(accrual) => (accrual, T::WeightInfo::record_accrue()),
			None => {
				// Metering only hands over usage of agreements it found in force.
				let Some(agreement) = T::Agreements::concluded(usage.agreement) else {
					return T::WeightInfo::record_open();
				};
				(Self::opened(&agreement, at), T::WeightInfo::record_open())
			},
		};
		// Late usage (before the running period) counts in it; usage after it in the next
		// (even more than one period later: invoicing has then fallen a whole period behind).
		let slot = match accrual.next.as_mut() {
			Some(next) if at >= accrual.current.period.end => next,
			_ => &mut accrual.current,
		};
		let before = accrual.payment.is_prepaid().then(|| slot.clone());
		slot.add(at, usage.quantity, usage.peak, usage.session.is_some());
		let cost = before.map(|before| Self::marginal_cost(accrual.tariff, &before, slot));
		let payment = accrual.payment;
		Accruals::<T>::insert(usage.agreement, accrual);
		match (cost, payment) {
			(Some(cost), PaymentMode::Prepaid { low_credit_threshold }) => {
				let (subscriber, provider) = (&usage.subscriber, &usage.provider);
				Self::charge(usage.agreement, subscriber, provider, cost, low_credit_threshold);
				T::WeightInfo::record_prepaid()
			},
			_ => weight,
		}
	}

	/// No usage yet in the period of `cycle` containing `at`, priced by the version of
	/// `tariff` in force at the period's start.
	fn period_usage(tariff: TariffId, cycle: BillingCycle, at: Moment) -> PeriodUsage {
		let period = Period::containing(at, cycle);
		match Self::version_in_force(tariff, period.start) {
			Some((version, windows)) => PeriodUsage::open(period, Some(version), windows),
			None => PeriodUsage::open(period, None, Default::default()),
		}
	}

	/// A fresh accrual of `agreement` whose running period contains `at`.
	pub(crate) fn opened(agreement: &AgreementOf<T>, at: Moment) -> Accrual {
		Accrual {
			tariff: agreement.tariff,
			cycle: agreement.cycle,
			payment: agreement.payment,
			current: Self::period_usage(agreement.tariff, agreement.cycle, at),
			next: None,
		}
	}

	/// Invoices a closed period (see [`Self::bill_period`]); on failure, says why in an event
	/// that carries the period's usage. Returns the agreement as it is now, if known.
	pub(crate) fn close(id: AgreementId, accrual: &Accrual) -> Option<AgreementOf<T>> {
		let (tariff, accrual) = (accrual.tariff, &accrual.current);
		let agreement = T::Agreements::concluded(id);
		let outcome = match &agreement {
			Some(agreement) => Self::bill_period(id, tariff, accrual, agreement).map(|_| ()),
			None => Err(InvoicingError::UnknownAgreement),
		};
		if let Err(reason) = outcome {
			Self::deposit_event(Event::InvoicingFailed {
				agreement: id,
				from: accrual.period.start,
				to: accrual.period.end,
				quantity: accrual.quantity,
				reason,
			});
		}
		agreement
	}

	/// Computes and stores the invoice of `accrual`'s period (priced by `tariff`) of
	/// `agreement`, applying the agreement's credit first; a prepaid agreement gets no invoice
	/// but is charged the period's standing charge (see [`Self::close_prepaid`]).
	pub(crate) fn bill_period(
		id: AgreementId,
		tariff: TariffId,
		accrual: &PeriodUsage,
		agreement: &AgreementOf<T>,
	) -> Result<Option<InvoiceId>, InvoicingError> {
		let due_days = match agreement.payment {
			PaymentMode::Postpaid { due_days } => due_days,
			PaymentMode::Prepaid { low_credit_threshold } => {
				return Self::close_prepaid(id, tariff, accrual, agreement, low_credit_threshold)
					.map(|()| None)
			},
		};
		let version = accrual.version.ok_or(InvoicingError::NoTariffInForce)?;
		let prices =
			TariffVersions::<T>::get(tariff, version).ok_or(InvoicingError::NoTariffInForce)?;
		let in_force = accrual.period.overlap(agreement.start, agreement.end);
		let (lines, total) =
			pricing::bill(&prices, accrual, in_force).map_err(|_| InvoicingError::Overflow)?;

		let number = NextInvoiceId::<T>::get();
		let next = number.checked_add(1).ok_or(InvoicingError::Overflow)?;
		let issued = Self::now();
		let credit = Credit::<T>::get(id);
		let credit_applied = credit.min(total);
		let mut invoice = Invoice::<T> {
			agreement: id,
			subscriber: agreement.subscriber.clone(),
			provider: agreement.provider.clone(),
			period: accrual.period,
			tariff,
			version,
			quantity: accrual.quantity,
			lines,
			total,
			paid: credit_applied,
			credit_applied,
			credited: 0,
			issued,
			due: issued.saturating_add(u64::from(due_days).saturating_mul(DAY_MS)),
			status: InvoiceStatus::Open,
			payments: 0,
			disputed: false,
			plan: false,
		};
		invoice.settle_status();
		NextInvoiceId::<T>::put(next);
		if credit_applied > 0 {
			Credit::<T>::insert(id, credit.saturating_sub(credit_applied));
		}
		Self::deposit_event(Event::InvoiceIssued {
			invoice: number,
			agreement: id,
			from: accrual.period.start,
			to: accrual.period.end,
			total,
			due: invoice.due,
		});
		if credit_applied > 0 {
			Self::deposit_event(Event::CreditApplied {
				invoice: number,
				agreement: id,
				amount: credit_applied,
			});
		}
		if invoice.status == InvoiceStatus::Paid {
			Self::deposit_event(Event::InvoicePaid { invoice: number });
		}
		Invoices::<T>::insert(number, invoice);
		AgreementInvoices::<T>::insert(id, number, ());
		Self::index_invoice(id, accrual.period.start, number);
		Ok(Some(number))
	}

	/// After `accrual`'s running period was invoiced: the next period's usage, if any, runs
	/// on; else the period after opens if `agreement` is in force when it starts; else the
	/// accrual goes.
	fn follow(id: AgreementId, accrual: Accrual, agreement: Option<AgreementOf<T>>) {
		let ended = accrual.current.period;
		let (tariff, cycle, payment) =
			agreement.as_ref().map_or((accrual.tariff, accrual.cycle, accrual.payment), |a| {
				(a.tariff, a.cycle, a.payment)
			});
		let current = match (accrual.next, agreement) {
			(Some(next), _) => Some(next),
			(None, Some(agreement)) if agreement.applies_at(ended.end) => {
				Some(Self::period_usage(tariff, cycle, ended.end))
			},
			(None, _) => None,
		};
		// After an agreement's last prepaid period — it ended, or an amendment made it
		// postpaid — nothing will consume the rest of its credit.
		if accrual.payment.is_prepaid() && (current.is_none() || !payment.is_prepaid()) {
			Self::release_credit(id);
		}
		let Some(current) = current else { return Accruals::<T>::remove(id) };
		Accruals::<T>::insert(id, Accrual { tariff, cycle, payment, current, next: None });
	}

	/// Closes `id`'s accrual if its running period ended by `now` and follows it with the
	/// next period. Returns whether it closed.
	pub(crate) fn close_if_ended(id: AgreementId, accrual: Accrual, now: Moment) -> bool {
		if accrual.current.period.end > now {
			return false;
		}
		let agreement = Self::close(id, &accrual);
		Self::follow(id, accrual, agreement);
		true
	}

	pub(crate) fn do_issue_invoice(id: AgreementId) -> DispatchResult {
		let accrual = Accruals::<T>::get(id).ok_or(Error::<T>::NothingToInvoice)?;
		ensure!(accrual.current.period.end <= Self::now(), Error::<T>::PeriodNotEnded);
		// The caller is told what stops the invoice (automatic invoicing says it in an event).
		let agreement = T::Agreements::concluded(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(!agreement.payment.is_prepaid(), Error::<T>::Prepaid);
		Self::bill_period(id, accrual.tariff, &accrual.current, &agreement)
			.map_err(Error::<T>::from)?;
		Self::follow(id, accrual, Some(agreement));
		Ok(())
	}

	/// See the `estimate` view function.
	pub(crate) fn estimate_of(id: AgreementId) -> Option<Estimate> {
		let Accrual { tariff, current, .. } = Accruals::<T>::get(id)?;
		let agreement = T::Agreements::concluded(id)?;
		let prices = TariffVersions::<T>::get(tariff, current.version?)?;
		let now = Self::now();
		let until = agreement.end.map_or(now, |end| end.min(now));
		let in_force = current.period.overlap(agreement.start, Some(until));
		let (lines, total) = pricing::bill(&prices, &current, in_force).ok()?;
		Some(Estimate { period: current.period, quantity: current.quantity, lines, total })
	}

	/// See the `invoices_of` view function.
	pub(crate) fn agreement_invoices(
		id: AgreementId,
		start_after: Option<InvoiceId>,
		limit: u32,
	) -> Vec<InvoiceId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match start_after {
			Some(after) => AgreementInvoices::<T>::iter_key_prefix_from(
				id,
				AgreementInvoices::<T>::hashed_key_for(id, after),
			)
			.take(limit)
			.collect(),
			None => AgreementInvoices::<T>::iter_key_prefix(id).take(limit).collect(),
		}
	}
}
