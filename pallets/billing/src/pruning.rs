//! Billing's side of ledger pruning: its invoices, a closed year at a time.
//!
//! Each invoice is indexed at issue under its agreement and the calendar year (UTC) of its
//! period ([`YearInvoices`]), with the group the agreement's devices belong to. An
//! agreement-year is **closed** once it ended at least the retention ago (the pruning pallet
//! passes the cut-off), all its invoices are settled (paid or credited, with no dispute open)
//! and none of its periods is still running. Closing removes each invoice with everything stored about it — its receipts, its
//! instalment plan, its dispute — and hands the pruning pallet one [`PrunedRecord`] per invoice,
//! in invoice-number order, whose leaf commits the [`ArchivedInvoice`].
//!
//! An archive reproduces a leaf from what it read before pruning: the SCALE encoding of an
//! [`ArchivedInvoice`] is the concatenation of the invoice's number and the stored values of
//! the invoice, its receipts (as a vector), its plan and its dispute (as options).

use crate::{
	calendar::{year_end, year_of},
	Accruals, AgreementInvoices, Config, Dispute, Disputes, Invoice, InvoiceId, InvoiceStatus,
	Invoices, Pallet, Plan, Plans, Receipt, Receipts, WeightInfo, YearInvoices,
};
use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use meterchain_primitives::{
	merkle, AgreementId, Agreements, GroupId, LedgerCursor, Moment, PrunableLedger, PrunedRecord,
	Registry, Visit, Year,
};
use scale_info::TypeInfo;
use sp_runtime::Weight;

/// The most invoices an agreement-year indexes: one per monthly period, with room for an
/// amendment that changes the cycle within the year.
pub const MAX_INVOICES_PER_YEAR: u32 = 16;

/// The invoices of one agreement in one calendar year.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct YearIndex {
	/// The group of the agreement's devices when its first invoice of the year was issued.
	pub group: Option<GroupId>,
	/// Its invoices, in issue order.
	pub invoices: BoundedVec<InvoiceId, ConstU32<MAX_INVOICES_PER_YEAR>>,
}

/// An invoice as it leaves state: what a pruned invoice's Merkle leaf commits.
#[derive(Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct ArchivedInvoice<T: Config> {
	/// Its number.
	pub id: InvoiceId,
	/// The invoice.
	pub invoice: Invoice<T>,
	/// Its receipts, in order.
	pub receipts: Vec<Receipt<T>>,
	/// Its instalment plan, if one was offered.
	pub plan: Option<Plan>,
	/// Its dispute, if there was one.
	pub dispute: Option<Dispute>,
}

impl<T: Config> Pallet<T> {
	/// Indexes invoice `id` of `agreement` for the period starting at `start`. An index that is
	/// full leaves the invoice out of pruning (it stays in state), which cannot happen with at
	/// most twelve periods a year.
	pub(crate) fn index_invoice(agreement: AgreementId, start: Moment, id: InvoiceId) {
		YearInvoices::<T>::mutate(agreement, year_of(start), |index| {
			let index = index.get_or_insert_with(|| YearIndex {
				group: Self::group_of(agreement),
				invoices: BoundedVec::new(),
			});
			if index.invoices.try_push(id).is_err() {
				frame_support::defensive!("more invoices in a year than periods");
			}
		});
	}

	/// The group of `agreement`'s first device, if it has one.
	fn group_of(agreement: AgreementId) -> Option<GroupId> {
		let device = T::Agreements::devices(agreement).into_iter().next()?;
		T::Registry::device(device)?.group
	}

	/// Whether `invoice` will not change any more: paid or credited, no dispute open.
	fn settled(invoice: &Invoice<T>) -> bool {
		!invoice.disputed && matches!(invoice.status, InvoiceStatus::Paid | InvoiceStatus::Credited)
	}

	/// Whether `agreement`'s `year`, with `index`, may be closed before `before`: the year
	/// ended before it, every invoice of it is settled, and no period of it is still running
	/// (an agreement whose invoicing fell that far behind keeps the year open).
	fn closable(agreement: AgreementId, year: Year, index: &YearIndex, before: Moment) -> bool {
		year_end(year) <= before
			&& Accruals::<T>::get(agreement)
				.is_none_or(|accrual| year_of(accrual.current.period.start) > year)
			&& index
				.invoices
				.iter()
				.all(|id| Invoices::<T>::get(id).is_some_and(|invoice| Self::settled(&invoice)))
	}

	/// Removes invoice `id` of `agreement` with its receipts, plan and dispute; returns it as
	/// the pruning pallet records it, and how many receipts it had.
	fn take_invoice(
		agreement: AgreementId,
		id: InvoiceId,
		group: Option<GroupId>,
	) -> Option<(PrunedRecord, u32)> {
		let invoice = Invoices::<T>::take(id)?;
		let receipts = (0..invoice.payments).filter_map(|n| Receipts::<T>::take(id, n)).collect();
		AgreementInvoices::<T>::remove(agreement, id);
		let archived = ArchivedInvoice::<T> {
			id,
			receipts,
			plan: Plans::<T>::take(id),
			dispute: Disputes::<T>::take(id),
			invoice,
		};
		let invoice = &archived.invoice;
		let record = PrunedRecord {
			group,
			period: invoice.period.start,
			quantity: invoice.quantity,
			billed: invoice.total,
			paid: invoice.paid,
			credited: invoice.credited,
			leaf: merkle::leaf(&archived.encode()),
		};
		Some((record, invoice.payments))
	}
}

impl<T: Config> PrunableLedger for Pallet<T> {
	fn close_next(cursor: &[u8], before: Moment) -> (Visit, Weight) {
		let mut years = if cursor.is_empty() {
			YearInvoices::<T>::iter()
		} else {
			YearInvoices::<T>::iter_from(cursor.to_vec())
		};
		let Some((agreement, year, index)) = years.next() else {
			return (Visit::End, T::WeightInfo::prune_keep_year(0));
		};
		let next = LedgerCursor::truncate_from(years.last_raw_key().to_vec());
		let count = index.invoices.len() as u32;
		// Most years in state are not over a retention ago: those cost the index alone.
		if year_end(year) > before {
			return (Visit::Kept { next }, T::WeightInfo::prune_keep_year(0));
		}
		if !Self::closable(agreement, year, &index, before) {
			return (Visit::Kept { next }, T::WeightInfo::prune_keep_year(count));
		}
		YearInvoices::<T>::remove(agreement, year);
		let mut receipts = 0u32;
		let records = index
			.invoices
			.iter()
			.filter_map(|&id| {
				let (record, taken) = Self::take_invoice(agreement, id, index.group)?;
				receipts = receipts.saturating_add(taken);
				Some(record)
			})
			.collect();
		let weight = T::WeightInfo::prune_close_year(count, receipts);
		(Visit::Closed { agreement, year, records, next }, weight)
	}

	fn close_weight() -> Weight {
		let receipts = MAX_INVOICES_PER_YEAR.saturating_mul(T::MaxPaymentsPerInvoice::get());
		T::WeightInfo::prune_close_year(MAX_INVOICES_PER_YEAR, receipts)
	}

	fn closable_remains(before: Moment) -> bool {
		YearInvoices::<T>::iter()
			.any(|(agreement, year, index)| Self::closable(agreement, year, &index, before))
	}
}
