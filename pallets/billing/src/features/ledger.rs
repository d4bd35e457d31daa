//! Billing's side of ledger pruning: its invoices and top-up tokens, a closed year at a time.
//!
//! Each invoice is indexed at issue under its agreement and the calendar year (UTC) of its
//! period ([`YearRecords`]), with the group the agreement's devices belong to; each top-up
//! token under its agreement and the year it was bought. An agreement-year is **closed** once
//! it ended at least the retention ago (the pruning pallet passes the cut-off), all its
//! invoices are settled (paid or credited, with no dispute open), none of its periods is still
//! running, and every token bought in it expired by the cut-off (a meter refuses it since: it
//! is used or void). Closing removes each invoice with everything stored about it — its
//! receipts, its instalment plan, its dispute — and each token, and hands the pruning pallet
//! one [`PrunedRecord`] per invoice, in invoice-number order, then one per token, in the order
//! bought. Their leaves commit the [`ArchivedInvoice`] and the [`ArchivedToken`].
//!
//! An archive reproduces a leaf from what it read before pruning: the SCALE encoding of an
//! [`ArchivedInvoice`] is the concatenation of the invoice's number and the stored values of
//! the invoice, its receipts (as a vector), its plan and its dispute (as options); that of an
//! [`ArchivedToken`] the device, the token's number and the stored purchase.
//!
//! A token's record carries no money in its summary's totals: a top-up is credit bought, not a
//! payment towards an invoice (prepaid periods are paid from that credit on their invoices).

use crate::{
	calendar::{year_end, year_of},
	Accruals, AgreementInvoices, Config, Credit, Dispute, DisputeStatus, Disputes, Error, Invoice,
	InvoiceId, InvoiceStatus, Invoices, Pallet, Plan, Plans, PrepaidAccounts, Receipt, Receipts,
	TokenPurchase, Tokens, UsageLedgers, WeightInfo, YearRecords,
};
use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	ensure, pallet_prelude::ConstU32, traits::Get, BoundedVec, CloneNoBound, DebugNoBound,
	EqNoBound, PartialEqNoBound,
};
use meterchain_primitives::{
	merkle, AgreementHoldings, AgreementId, Agreements, DeviceId, GroupId, LedgerCursor, Moment,
	PrunableLedger, PrunedRecord, Registry, ResponseLog, Visit, Year,
};
use scale_info::TypeInfo;
use sp_runtime::{DispatchResult, Weight};

/// The most invoices an agreement-year indexes: one per monthly period, with room for an
/// amendment that changes the cycle within the year.
pub const MAX_INVOICES_PER_YEAR: u32 = 16;

/// The most top-up tokens an agreement may buy in a calendar year: more than two a week.
pub const MAX_TOKENS_PER_YEAR: u32 = 128;

/// The invoices and top-up tokens of one agreement in one calendar year.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct YearIndex {
	/// The group of the agreement's devices when the year's first record was indexed.
	pub group: Option<GroupId>,
	/// Its invoices, in issue order.
	pub invoices: BoundedVec<InvoiceId, ConstU32<MAX_INVOICES_PER_YEAR>>,
	/// Its top-up tokens (device and number), in the order bought.
	pub tokens: BoundedVec<(DeviceId, u32), ConstU32<MAX_TOKENS_PER_YEAR>>,
}

impl YearIndex {
	/// How many records it indexes.
	pub fn len(&self) -> u32 {
		(self.invoices.len().saturating_add(self.tokens.len())) as u32
	}

	/// Whether it indexes nothing.
	pub fn is_empty(&self) -> bool {
		self.invoices.is_empty() && self.tokens.is_empty()
	}
}

/// A top-up token as it leaves state: what a pruned token's Merkle leaf commits.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct ArchivedToken {
	/// The device it was bought for.
	pub device: DeviceId,
	/// Its number for that device.
	pub number: u32,
	/// The purchase, as stored.
	pub purchase: TokenPurchase,
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
		YearRecords::<T>::mutate(agreement, year_of(start), |index| {
			let index = index.get_or_insert_with(|| Self::new_index(agreement));
			if index.invoices.try_push(id).is_err() {
				frame_support::defensive!("more invoices in a year than periods");
			}
		});
	}

	/// Errors: `TooManyTokens` if `agreement` bought [`MAX_TOKENS_PER_YEAR`] tokens in the year
	/// of `at` already.
	pub(crate) fn ensure_token_room(agreement: AgreementId, at: Moment) -> DispatchResult {
		let full = YearRecords::<T>::get(agreement, year_of(at))
			.is_some_and(|index| index.tokens.len() as u32 >= MAX_TOKENS_PER_YEAR);
		ensure!(!full, Error::<T>::TooManyTokens);
		Ok(())
	}

	/// Indexes token `number` of `device`, bought for `agreement` at `at` (after
	/// [`Self::ensure_token_room`]).
	pub(crate) fn index_token(agreement: AgreementId, at: Moment, device: DeviceId, number: u32) {
		YearRecords::<T>::mutate(agreement, year_of(at), |index| {
			let index = index.get_or_insert_with(|| Self::new_index(agreement));
			if index.tokens.try_push((device, number)).is_err() {
				frame_support::defensive!("a token bought beyond the year's room");
			}
		});
	}

	fn new_index(agreement: AgreementId) -> YearIndex {
		YearIndex { group: Self::group_of(agreement), ..Default::default() }
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
	/// ended before it, every invoice of it is settled, no period of it is still running (an
	/// agreement whose invoicing fell that far behind keeps the year open), and every token
	/// bought in it expired before it.
	fn closable(agreement: AgreementId, year: Year, index: &YearIndex, before: Moment) -> bool {
		year_end(year) <= before
			&& Accruals::<T>::get(agreement)
				.is_none_or(|accrual| year_of(accrual.current.period.start) > year)
			&& index
				.invoices
				.iter()
				.all(|id| Invoices::<T>::get(id).is_some_and(|invoice| Self::settled(&invoice)))
			&& index.tokens.iter().all(|&(device, number)| {
				Tokens::<T>::get(device, number).is_none_or(|token| token.expires <= before)
			})
	}

	/// Whether every invoice of `index` was settled by `before`, as far as state tells (tokens
	/// expire by time, which [`Self::closable`] checks): a year settled since could not have
	/// been closed by a pass that ran before.
	fn settled_by(index: &YearIndex, before: Moment) -> bool {
		index.invoices.iter().all(|&id| {
			Invoices::<T>::get(id)
				.and_then(|invoice| Self::settled_at(id, &invoice))
				.is_some_and(|at| at <= before)
		})
	}

	/// When invoice `id` was settled: its issue (credit applied then), its last receipt, its
	/// dispute's answer or credit note, whichever came last. `None` if state does not tell (an
	/// arbiter's ruling without a credit note records no time).
	fn settled_at(id: InvoiceId, invoice: &Invoice<T>) -> Option<Moment> {
		let last_receipt = invoice.payments.checked_sub(1).and_then(|n| Receipts::<T>::get(id, n));
		let paid = last_receipt.map_or(invoice.issued, |receipt| receipt.at.max(invoice.issued));
		let Some(dispute) = Disputes::<T>::get(id) else { return Some(paid) };
		let resolved = match (&dispute.note, dispute.status) {
			(Some(note), _) => Some(note.issued.max(dispute.answered.unwrap_or_default())),
			(None, DisputeStatus::Ruled) => None,
			(None, _) => dispute.answered,
		};
		resolved.map(|at| at.max(paid))
	}

	/// Removes token `number` of `device`; returns it as the pruning pallet records it.
	fn take_token(device: DeviceId, number: u32) -> Option<PrunedRecord> {
		let purchase = Tokens::<T>::take(device, number)?;
		let period = purchase.purchased;
		let archived = ArchivedToken { device, number, purchase };
		Some(PrunedRecord {
			group: None,
			period,
			quantity: 0,
			billed: 0,
			paid: 0,
			credited: 0,
			leaf: merkle::leaf(&archived.encode()),
		})
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
			YearRecords::<T>::iter()
		} else {
			YearRecords::<T>::iter_from(cursor.to_vec())
		};
		let Some((agreement, year, index)) = years.next() else {
			return (Visit::End, T::WeightInfo::prune_keep_year(0));
		};
		let next = LedgerCursor::truncate_from(years.last_raw_key().to_vec());
		let (count, tokens) = (index.invoices.len() as u32, index.tokens.len() as u32);
		// Most years in state are not over a retention ago: those cost the index alone.
		if year_end(year) > before {
			return (Visit::Kept { next }, T::WeightInfo::prune_keep_year(0));
		}
		if !Self::closable(agreement, year, &index, before) {
			return (Visit::Kept { next }, T::WeightInfo::prune_keep_year(index.len()));
		}
		YearRecords::<T>::remove(agreement, year);
		let mut receipts = 0u32;
		let mut records: Vec<PrunedRecord> = index
			.invoices
			.iter()
			.filter_map(|&id| {
				let (record, taken) = Self::take_invoice(agreement, id, index.group)?;
				receipts = receipts.saturating_add(taken);
				Some(record)
			})
			.collect();
		records.extend(index.tokens.iter().filter_map(|&(d, n)| Self::take_token(d, n)));
		let weight = T::WeightInfo::prune_close_year(count, receipts, tokens);
		(Visit::Closed { agreement, year, records, next }, weight)
	}

	fn close_weight() -> Weight {
		let receipts = MAX_INVOICES_PER_YEAR.saturating_mul(T::MaxPaymentsPerInvoice::get());
		T::WeightInfo::prune_close_year(MAX_INVOICES_PER_YEAR, receipts, MAX_TOKENS_PER_YEAR)
			.max(T::WeightInfo::prune_keep_year(MAX_INVOICES_PER_YEAR + MAX_TOKENS_PER_YEAR))
	}

	fn closable_remains(before: Moment) -> bool {
		YearRecords::<T>::iter().any(|(agreement, year, index)| {
			Self::closable(agreement, year, &index, before) && Self::settled_by(&index, before)
		})
	}
}

/// An agreement's record must stay while billing still holds anything of it: a running period,
/// credit, a prepaid account, an open case, or invoices and tokens not pruned yet.
impl<T: Config> AgreementHoldings for Pallet<T> {
	fn holds(agreement: AgreementId) -> bool {
		Accruals::<T>::contains_key(agreement)
			|| Credit::<T>::get(agreement) > 0
			|| PrepaidAccounts::<T>::contains_key(agreement)
			|| T::ResponseLog::open_cases(agreement) > 0
			|| AgreementInvoices::<T>::iter_key_prefix(agreement).next().is_some()
			|| YearRecords::<T>::iter_key_prefix(agreement).next().is_some()
	}

	/// The agreement can no longer be referred to: its books go.
	fn released(agreement: AgreementId) {
		UsageLedgers::<T>::remove(agreement);
	}
}
