//! The agreements pallet as a ledger pruning walks: ended agreements, and expired proposals.
//!
//! An **ended agreement** ([`AgreementStatus::Ended`]) leaves state once it ended before the
//! pruning pallet's cut-off (at least the retention ago), no other pallet still holds anything
//! of it ([`Config::Holdings`]: billing's invoices, accrual, credit, cases…), and every
//! signature over any of its versions is worthless: each version's signing deadline lay at most
//! [`Config::MaxSigningWindow`] after it took effect, which was before the end, so once the end
//! is that long past the terms' hashes need not be remembered ([`UsedTerms`]) to stop a
//! replay. It goes with its party index entries and those hashes, and comes back to the
//! pruning pallet as one record of the year it ended, whose leaf commits the
//! [`ArchivedAgreement`]: the id and the stored record, so an archive that read the record
//! before can prove it.
//!
//! An **expired proposal** (past its deadline, never accepted) is not history: it never took
//! effect. It is dropped without a summary and its deposit goes back to its proposer, as
//! [`remove_expired_proposal`](crate::Pallet::remove_expired_proposal) would do.
//!
//! The walk's cursor is a phase byte (0: agreements, 1: proposals) and the raw storage key of
//! the last item visited in that phase.

use crate::{
	AgreementRecord, AgreementStatus, Agreements, Config, Event, Pallet, PartyAgreements,
	PendingAmendments, PendingTerminations, Proposals, UsedTerms, WeightInfo,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use frame_support::{traits::Get, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use meterchain_primitives::{
	calendar::year_of, merkle, AgreementHoldings, AgreementId, LedgerCursor, Moment,
	PrunableLedger, PrunedRecord, Visit,
};
use scale_info::TypeInfo;
use sp_runtime::Weight;

/// The phase of the walk over ended agreements.
const AGREEMENTS: u8 = 0;
/// The phase of the walk over proposals.
const PROPOSALS: u8 = 1;

/// An ended agreement as it leaves state: what its Merkle leaf commits.
#[derive(Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct ArchivedAgreement<T: Config> {
	/// Its id.
	pub id: AgreementId,
	/// The record, as stored.
	pub record: AgreementRecord<T>,
}

impl<T: Config> Pallet<T> {
	/// When `record` ended, if it did for good.
	fn ended_at(record: &AgreementRecord<T>) -> Option<Moment> {
		match record.status {
			AgreementStatus::Ended { at } => Some(at),
			_ => None,
		}
	}

	/// Whether ended agreement `id` may leave state before `before` (see the module's doc).
	fn prunable(id: AgreementId, record: &AgreementRecord<T>, before: Moment) -> bool {
		Self::ended_at(record).is_some_and(|at| {
			at <= before
				&& at.saturating_add(T::MaxSigningWindow::get()) < Self::now()
				&& !T::Holdings::holds(id)
				&& !PendingAmendments::<T>::contains_key(id)
				&& !PendingTerminations::<T>::contains_key(id)
		})
	}

	/// Removes ended agreement `id` with its index entries and the hashes of its versions;
	/// returns it as the pruning pallet records it.
	fn take_agreement(id: AgreementId, record: AgreementRecord<T>, at: Moment) -> PrunedRecord {
		Agreements::<T>::remove(id);
		T::Holdings::released(id);
		PartyAgreements::<T>::remove(&record.terms.provider, id);
		PartyAgreements::<T>::remove(&record.terms.subscriber, id);
		UsedTerms::<T>::remove(record.terms_hash);
		record.history.iter().for_each(UsedTerms::<T>::remove);
		let archived = ArchivedAgreement::<T> { id, record };
		PrunedRecord {
			group: None,
			period: at,
			quantity: 0,
			billed: 0,
			paid: 0,
			credited: 0,
			leaf: merkle::leaf(&archived.encode()),
		}
	}

	/// The next ended agreement after raw key `from` (the first if empty).
	fn visit_agreement(from: &[u8], before: Moment) -> (Visit, Weight) {
		let mut all = if from.is_empty() {
			Agreements::<T>::iter()
		} else {
			Agreements::<T>::iter_from(from.to_vec())
		};
		let Some((id, record)) = all.next() else {
			let next = LedgerCursor::truncate_from(alloc::vec![PROPOSALS]);
			return (Visit::Kept { next }, T::WeightInfo::prune_keep());
		};
		let next = Self::cursor(AGREEMENTS, all.last_raw_key());
		let versions = record.history.len() as u32;
		match Self::ended_at(&record) {
			Some(at) if Self::prunable(id, &record, before) => {
				let year = year_of(at);
				let records = alloc::vec![Self::take_agreement(id, record, at)];
				let weight = T::WeightInfo::prune_close_agreement(versions);
				(Visit::Closed { agreement: id, year, records, next }, weight)
			},
			_ => (Visit::Kept { next }, T::WeightInfo::prune_keep()),
		}
	}

	/// The next proposal after raw key `from` (the first if empty): dropped if it expired.
	fn visit_proposal(from: &[u8]) -> (Visit, Weight) {
		let mut all = if from.is_empty() {
			Proposals::<T>::iter()
		} else {
			Proposals::<T>::iter_from(from.to_vec())
		};
		let Some((terms_hash, proposal)) = all.next() else {
			return (Visit::End, T::WeightInfo::prune_keep());
		};
		let next = Self::cursor(PROPOSALS, all.last_raw_key());
		if Self::now() <= proposal.terms.deadline {
			return (Visit::Kept { next }, T::WeightInfo::prune_keep());
		}
		// Best effort, as when anyone removes it: the proposal goes even if less is held.
		let _ = Self::remove_proposal(terms_hash, &proposal);
		Self::deposit_event(Event::ProposalExpired { terms_hash, proposer: proposal.proposer });
		(Visit::Dropped { next }, T::WeightInfo::prune_drop_proposal())
	}

	fn cursor(phase: u8, key: &[u8]) -> LedgerCursor {
		let mut bytes = Vec::with_capacity(key.len().saturating_add(1));
		bytes.push(phase);
		bytes.extend_from_slice(key);
		LedgerCursor::truncate_from(bytes)
	}
}

impl<T: Config> PrunableLedger for Pallet<T> {
	fn close_next(cursor: &[u8], before: Moment) -> (Visit, Weight) {
		match cursor.split_first() {
			None => Self::visit_agreement(&[], before),
			Some((&AGREEMENTS, from)) => Self::visit_agreement(from, before),
			Some((_, from)) => Self::visit_proposal(from),
		}
	}

	fn close_weight() -> Weight {
		T::WeightInfo::prune_close_agreement(T::MaxVersions::get())
			.max(T::WeightInfo::prune_drop_proposal())
			.max(T::WeightInfo::prune_keep())
	}

	/// Whether a proposal that expired before `before` is still in state. Ended agreements are
	/// not reported: whether billing's hold on one ended before `before`, or only since the
	/// last pass, state does not tell (credit withdrawn, a case closed), so an agreement still
	/// here is no proof that a pass missed it.
	fn closable_remains(before: Moment) -> bool {
		Proposals::<T>::iter_values().any(|proposal| proposal.terms.deadline < before)
	}
}
