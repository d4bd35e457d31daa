//! Amendments: new terms become the agreement's next version once both parties agreed, on
//! chain (propose, approve) or off chain (two signatures). Earlier versions' hashes are kept.

use crate::{
	AgreementRecord, Agreements, Config, Error, Event, Pallet, PendingAmendments, Proposal,
	SignedAction, TermsOf, UsedTerms,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use meterchain_primitives::AgreementId;
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// `who`, a party, proposes `terms` as the next version of agreement `id`, holding the
	/// deposit. Returns the terms hash and the deposit.
	pub(crate) fn do_propose_amendment(
		who: &T::AccountId,
		id: AgreementId,
		terms: TermsOf<T>,
	) -> Result<(H256, crate::BalanceOf<T>), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(record.terms.is_party(who), Error::<T>::NotParty);
		ensure!(!PendingAmendments::<T>::contains_key(id), Error::<T>::AmendmentPending);
		let terms_hash = Self::hash_of(&terms);
		Self::check_amendment(id, &record, &terms, terms_hash)?;
		let deposit = Self::hold_deposit(who)?;
		PendingAmendments::<T>::insert(id, Proposal { terms, proposer: who.clone(), deposit });
		Ok((terms_hash, deposit))
	}

	/// `who`, the party that did not propose it, approves the pending amendment of agreement
	/// `id`, whose hash must be `terms_hash`. Returns the new version and how many devices the
	/// new terms cover.
	pub(crate) fn do_approve_amendment(
		who: &T::AccountId,
		id: AgreementId,
		terms_hash: H256,
	) -> Result<(u32, u32), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let pending = PendingAmendments::<T>::get(id).ok_or(Error::<T>::NoAmendment)?;
		ensure!(Self::hash_of(&pending.terms) == terms_hash, Error::<T>::TermsMismatch);
		ensure!(record.terms.other_party(&pending.proposer) == Some(who), Error::<T>::WrongParty);
		Self::check_amendment(id, &record, &pending.terms, terms_hash)?;
		let devices = pending.terms.devices.len() as u32;
		let version = Self::apply_amendment(id, record, pending.terms, terms_hash)?;
		PendingAmendments::<T>::remove(id);
		Self::release_deposit(&pending.proposer, pending.deposit)?;
		Ok((version, devices))
	}

	/// `who`, a party, cancels the pending amendment of agreement `id`. Returns its hash.
	pub(crate) fn do_cancel_amendment(
		who: &T::AccountId,
		id: AgreementId,
	) -> Result<H256, DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(record.terms.is_party(who), Error::<T>::NotParty);
		let pending = PendingAmendments::<T>::take(id).ok_or(Error::<T>::NoAmendment)?;
		Self::release_deposit(&pending.proposer, pending.deposit)?;
		Ok(Self::hash_of(&pending.terms))
	}

	/// Amends agreement `id` to `terms` signed by both parties for the next version. A pending
	/// amendment is cancelled. Returns the new version and the terms hash.
	pub(crate) fn do_amend_signed(
		id: AgreementId,
		terms: TermsOf<T>,
		subscriber_signature: &T::OffchainSignature,
		provider_signature: &T::OffchainSignature,
	) -> Result<(u32, H256), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let terms_hash = Self::hash_of(&terms);
		Self::check_amendment(id, &record, &terms, terms_hash)?;
		let version = record.version.checked_add(1).ok_or(Error::<T>::TooManyVersions)?;
		Self::check_signatures(
			&SignedAction::Amend { agreement: id, version, terms: &terms },
			&record.terms.subscriber,
			&record.terms.provider,
			subscriber_signature,
			provider_signature,
		)?;
		let version = Self::apply_amendment(id, record, terms, terms_hash)?;
		Self::cancel_pending_amendment(id)?;
		Ok((version, terms_hash))
	}

	/// Makes `terms` (hash `terms_hash`), which passed the checks, the next version of
	/// agreement `id` (now `record`): the old hash joins the history and the devices' coverage
	/// follows the new terms. Returns the new version. Fails before writing anything, or not at
	/// all (the checks passed).
	pub(crate) fn apply_amendment(
		id: AgreementId,
		mut record: AgreementRecord<T>,
		terms: TermsOf<T>,
		terms_hash: H256,
	) -> Result<u32, DispatchError> {
		record.history.try_push(record.terms_hash).map_err(|_| Error::<T>::TooManyVersions)?;
		record.version = record.version.checked_add(1).ok_or(Error::<T>::TooManyVersions)?;
		let old = core::mem::replace(&mut record.terms, terms);
		record.terms_hash = terms_hash;
		let dropped: Vec<_> =
			old.devices.into_iter().filter(|d| !record.terms.devices.contains(d)).collect();
		Self::uncover(&dropped, id);
		Self::cover(&record.terms.devices, record.coverage(id))?;
		UsedTerms::<T>::insert(terms_hash, id);
		let version = record.version;
		Agreements::<T>::insert(id, record);
		Ok(version)
	}

	/// Cancels the pending amendment of agreement `id`, if any, releasing its deposit.
	pub(crate) fn cancel_pending_amendment(id: AgreementId) -> DispatchResult {
		if let Some(pending) = PendingAmendments::<T>::take(id) {
			Self::release_deposit(&pending.proposer, pending.deposit)?;
			let terms_hash = Self::hash_of(&pending.terms);
			Self::deposit_event(Event::AmendmentCancelled { id, terms_hash });
		}
		Ok(())
	}
}
