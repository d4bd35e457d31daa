//! From usage to invoices: accruing what metering hands over, closing a period into an invoice,
//! and opening the next period.
//!
//! ## Every unit of usage billed exactly once, on the period's own terms
//!
//! - **Periods carry their terms.** A period copies the agreement's tariff (with the version
//!   in force at the period's start), billing cycle and payment mode when it opens, and is
//!   billed on them however the agreement changes while it runs: an amendment applies from
//!   the next period that opens after it. A period that was prepaid is closed against credit,
//!   one that was postpaid is invoiced, so a change of payment mode neither bills usage twice
//!   nor lets it go unbilled.
//! - **A new billing cycle starts on a boundary both cycles share.** Every cycle's periods
//!   start on month boundaries, and a longer cycle's boundaries are a shorter one's. After an
//!   amendment to a new cycle, the next period is of the new cycle if one starts where the
//!   last period ended; otherwise the old cycle runs on until it does. Monthly to quarterly in
//!   February bills February and March monthly, then quarters from April; no period overlaps
//!   another, and every standing charge is a whole period's.
//! - **Periods follow each other without gaps.** The next period starts where the last one
//!   ended, even if usage arrived for a later one first (invoicing fell behind): the periods
//!   in between are billed too, with their standing charges.
//! - **Usage beyond the next period**, while the running one still waits for its invoice
//!   (invoicing fell two periods behind), is refused ([`UsageRefused::BillingBehind`]) until
//!   invoicing catches up, rather than billed in a period it does not belong to. A meter's
//!   registers count on, so its next reading covers the same interval.
//! - **Late usage** — for a period already closed — is added to the running period and billed
//!   on its invoice. After the agreement's last period closed (its final bill), late usage is
//!   refused ([`UsageRefused::AlreadyBilled`]): a final bill is final.
//! - **The books** ([`UsageLedger`]) count per agreement what closed periods billed, where
//!   billing stopped and whether it ended; written when a period closes, never per reading.
//!   `try_state` checks that periods never overlap and that none opens after a final bill;
//!   the model tests check that usage accepted = usage billed + usage running.

use crate::{
	calendar::{Period, DAY_MS},
	pricing, Accrual, Accruals, AgreementInvoices, AgreementOf, Config, Credit, Defect, Error,
	Estimate, Event, Invoice, InvoiceId, InvoiceStatus, Invoices, InvoicingError, NextInvoiceId,
	Pallet, PeriodTerms, PeriodUsage, TariffVersions, UsageLedger, UsageLedgers, WeightInfo,
	MAX_PAGE,
};
use alloc::vec::Vec;
use frame_support::{ensure, weights::Weight};
use meterchain_primitives::{
	AgreementId, Agreements, Moment, PaymentMode, Usage, UsageRefused, UsageSink,
};
use sp_runtime::DispatchResult;

/// Metering hands accepted usage to billing here.
impl<T: Config> UsageSink<T::AccountId> for Pallet<T> {
	fn record(usage: &Usage<T::AccountId>) -> Result<Weight, UsageRefused> {
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
	/// to a later one, opening it (or the agreement's first) if needed; refuses it after the
	/// agreement's final bill. Returns the weight used.
	pub(crate) fn accrue(usage: &Usage<T::AccountId>) -> Result<Weight, UsageRefused> {
		let (id, at) = (usage.agreement, usage.to);
		let (mut accrual, weight) = match Accruals::<T>::get(id) {
			Some(mut accrual) if at >= accrual.current.period.end && accrual.next.is_none() => {
				let terms = T::Agreements::concluded(id)
					.map_or(accrual.current.terms(0), |agreement| Self::terms_of(&agreement));
				accrual.next = Some(Self::period_after(&accrual.current, terms, at));
				(accrual, T::WeightInfo::record_open())
			},
			Some(accrual) => (accrual, T::WeightInfo::record_accrue()),
			None => {
				// No period runs: the agreement's first usage, or usage after its final bill
				// (an agreement that has a running period has had no final bill). Only this
				// path reads the books, so a reading of a running period does not.
				if UsageLedgers::<T>::get(id).is_some_and(|books| books.closed) {
					return Err(UsageRefused::AlreadyBilled);
				}
				// Metering only hands over usage of agreements it found in force.
				let Some(agreement) = T::Agreements::concluded(id) else {
					Self::internal_error(id, Defect::UsageOfUnknownAgreement);
					return Ok(T::WeightInfo::record_open());
				};
				let terms = Self::terms_of(&agreement);
				let current = Self::period_usage(Period::containing(at, terms.cycle), terms);
				(Accrual { current, next: None }, T::WeightInfo::record_open())
			},
		};
		// Late usage (before the running period) counts in it; usage after it in the next;
		// usage beyond the next waits until invoicing caught up.
		let slot = match accrual.next.as_mut() {
			Some(next) if at >= next.period.end => return Err(UsageRefused::BillingBehind),
			Some(next) if at >= accrual.current.period.end => next,
			_ => &mut accrual.current,
		};
		let before = slot.payment.is_prepaid().then(|| slot.clone());
		slot.add(at, usage.quantity, usage.peak, usage.session.is_some());
		let cost = before.map(|before| Self::marginal_cost(&before, slot));
		let payment = slot.payment;
		Accruals::<T>::insert(id, accrual);
		match (cost, payment) {
			(Some(cost), PaymentMode::Prepaid { low_credit_threshold }) => {
				let (subscriber, provider) = (&usage.subscriber, &usage.provider);
				Self::charge(id, subscriber, provider, cost, low_credit_threshold);
				Ok(T::WeightInfo::record_prepaid())
			},
			_ => Ok(weight),
		}
	}

	/// Reports a `defect`: an assumption about another pallet or the currency broke (a
	/// `defensive!` failure in tests and debug builds), and an `InternalError` event on chain.
	pub(crate) fn internal_error(agreement: AgreementId, defect: Defect) {
		frame_support::defensive!("billing: an internal error", defect);
		Self::deposit_event(Event::InternalError { agreement, defect });
	}

	/// The terms of `agreement` as a period copies them.
	fn terms_of(agreement: &AgreementOf<T>) -> PeriodTerms {
		PeriodTerms {
			tariff: agreement.tariff,
			notice: agreement.notice_period,
			cycle: agreement.cycle,
			payment: agreement.payment,
		}
	}

	/// No usage yet in `period`, billed on `terms`, priced by the version of the tariff in
	/// force at the period's start that was published at least the agreement's notice period
	/// before it.
	fn period_usage(period: Period, terms: PeriodTerms) -> PeriodUsage {
		match Self::version_in_force(terms.tariff, period.start, terms.notice) {
			Some((version, windows)) => PeriodUsage::open(period, terms, Some(version), windows),
			None => PeriodUsage::open(period, terms, None, Default::default()),
		}
	}

	/// The period after `ended` that contains `at` (at least `ended`'s end), billed on `terms`:
	/// of `terms`' cycle if such a period starts at or after `ended`'s end, else of `ended`'s
	/// cycle (a new cycle waits for a boundary both share, so no period overlaps another).
	pub(crate) fn period_after(ended: &PeriodUsage, terms: PeriodTerms, at: Moment) -> PeriodUsage {
		let end = ended.period.end;
		let at = at.max(end);
		let new = Period::containing(at, terms.cycle);
		let (period, cycle) = if new.start >= end {
			(new, terms.cycle)
		} else {
			(Period::containing(at, ended.cycle), ended.cycle)
		};
		Self::period_usage(period, PeriodTerms { cycle, ..terms })
	}

	/// Closes the running period of `id`'s `accrual`: invoices it, or closes it against prepaid
	/// credit (see [`Self::bill_period`]); on failure, says why in an event that carries the
	/// period's usage. Books the period either way. Returns the agreement as it is now, if
	/// known.
	pub(crate) fn close(id: AgreementId, accrual: &Accrual) -> Option<AgreementOf<T>> {
		let usage = &accrual.current;
		let agreement = T::Agreements::concluded(id);
		let outcome = match &agreement {
			Some(agreement) => Self::bill_period(id, usage, agreement).map(|_| ()),
			None => Err(InvoicingError::UnknownAgreement),
		};
		if let Err(reason) = outcome {
			Self::deposit_event(Event::InvoicingFailed {
				agreement: id,
				from: usage.period.start,
				to: usage.period.end,
				quantity: usage.quantity,
				reason,
			});
		}
		Self::book(id, usage, outcome.is_ok());
		agreement
	}

	/// Enters closed period `usage` of agreement `id` in its books: billed, or (`billed`
	/// false) closed without a bill, which `InvoicingFailed` told.
	fn book(id: AgreementId, usage: &PeriodUsage, billed: bool) {
		UsageLedgers::<T>::mutate(id, |ledger| {
			let ledger = ledger.get_or_insert_with(UsageLedger::default);
			if billed {
				ledger.billed = ledger.billed.saturating_add(usage.quantity);
			} else {
				ledger.unbilled = ledger.unbilled.saturating_add(usage.quantity);
			}
			ledger.periods = ledger.periods.saturating_add(1);
			ledger.billed_until = ledger.billed_until.max(usage.period.end);
		});
	}

	/// Computes and stores the invoice of period `accrual` of `agreement`, on the period's
	/// own terms, applying the agreement's credit first; a prepaid period gets no invoice but
	/// is charged its standing charge (see [`Self::close_prepaid`]).
	pub(crate) fn bill_period(
		id: AgreementId,
		accrual: &PeriodUsage,
		agreement: &AgreementOf<T>,
	) -> Result<Option<InvoiceId>, InvoicingError> {
		let tariff = accrual.tariff;
		let due_days = match accrual.payment {
			PaymentMode::Postpaid { due_days } => due_days,
			PaymentMode::Prepaid { low_credit_threshold } => {
				return Self::close_prepaid(id, accrual, agreement, low_credit_threshold)
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

	/// After `accrual`'s running period closed: the period after it runs next — the one
	/// usage already opened if it follows directly, else the one in between (billed for its
	/// standing charge, so no period is skipped) — on the agreement's terms as they are now,
	/// while the agreement is in force; else the agreement's billing is over: its remaining
	/// prepaid credit is released, its postpaid credit refunded, and its books closed.
	fn follow(id: AgreementId, accrual: Accrual, agreement: Option<AgreementOf<T>>) {
		let ended = accrual.current;
		let terms = agreement.as_ref().map_or(ended.terms(0), |a| Self::terms_of(a));
		let (current, next) = match accrual.next {
			Some(next) if next.period.start <= ended.period.end => (Some(next), None),
			Some(next) => {
				let between = Self::period_after(&ended, terms, ended.period.end);
				if between.period.end <= next.period.start {
					(Some(between), Some(next))
				} else {
					(Some(next), None)
				}
			},
			None if agreement.as_ref().is_some_and(|a| a.applies_at(ended.period.end)) => {
				(Some(Self::period_after(&ended, terms, ended.period.end)), None)
			},
			None => (None, None),
		};
		// After an agreement's last prepaid period — it ended, or an amendment made it
		// postpaid — nothing will consume the rest of its credit.
		if ended.payment.is_prepaid() && current.as_ref().is_none_or(|c| !c.payment.is_prepaid()) {
			Self::release_credit(id);
		}
		let Some(current) = current else {
			Accruals::<T>::remove(id);
			UsageLedgers::<T>::mutate(id, |ledger| {
				ledger.get_or_insert_with(UsageLedger::default).closed = true
			});
			if let Some(agreement) = agreement {
				Self::refund_credit(&agreement);
			}
			return;
		};
		Accruals::<T>::insert(id, Accrual { current, next });
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
		ensure!(!accrual.current.payment.is_prepaid(), Error::<T>::Prepaid);
		Self::bill_period(id, &accrual.current, &agreement).map_err(Error::<T>::from)?;
		Self::book(id, &accrual.current, true);
		Self::follow(id, accrual, Some(agreement));
		Ok(())
	}

	/// See the `estimate` view function.
	pub(crate) fn estimate_of(id: AgreementId) -> Option<Estimate> {
		let Accrual { current, .. } = Accruals::<T>::get(id)?;
		let agreement = T::Agreements::concluded(id)?;
		let prices = TariffVersions::<T>::get(current.tariff, current.version?)?;
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
