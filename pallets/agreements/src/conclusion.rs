//! Concluding: recording terms both parties signed as an active agreement, on chain (after
//! [`accept`](crate::Pallet::accept)) or off chain (two signatures).

use crate::{
	AgreementRecord, AgreementStatus, Agreements, Config, Coverage, DeviceAgreements, Error,
	NextAgreementId, Pallet, PartyAgreements, Proposals, SignedAction, SubscriberOpen, TermsOf,
	UsedTerms,
};
use frame_support::pallet_prelude::DispatchResult;
use meterchain_primitives::{AgreementId, DeviceId};
use sp_core::H256;
use sp_runtime::{BoundedVec, DispatchError};

impl<T: Config> Pallet<T> {
	/// Concludes `terms` signed by both parties. A proposal of the same terms is settled.
	/// Returns the new agreement's id and the terms hash.
	pub(crate) fn do_conclude_signed(
		terms: &TermsOf<T>,
		subscriber_signature: &T::OffchainSignature,
		provider_signature: &T::OffchainSignature,
	) -> Result<(AgreementId, H256), DispatchError> {
		let terms_hash = Self::hash_of(terms);
		Self::check_conclusion(terms, terms_hash)?;
		Self::check_signatures(
			&SignedAction::Conclude(terms),
			&terms.subscriber,
			&terms.provider,
			subscriber_signature,
			provider_signature,
		)?;
		let id = Self::conclude(terms.clone(), terms_hash)?;
		if let Some(proposal) = Proposals::<T>::take(terms_hash) {
			Self::release_deposit(&proposal.proposer, proposal.deposit)?;
		}
		Ok((id, terms_hash))
	}

	/// Records `terms` (hash `terms_hash`), which passed the checks, as a new active agreement.
	/// Fails before writing anything, or not at all.
	pub(crate) fn conclude(
		terms: TermsOf<T>,
		terms_hash: H256,
	) -> Result<AgreementId, DispatchError> {
		let id = NextAgreementId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let record = AgreementRecord::<T> {
			terms,
			terms_hash,
			version: 1,
			history: BoundedVec::new(),
			status: AgreementStatus::Active,
			concluded_at: Self::now(),
		};
		SubscriberOpen::<T>::try_mutate(&record.terms.subscriber, |open| open.try_push(id))
			.map_err(|_| Error::<T>::TooManyOpenAgreements)?;
		Self::cover(&record.terms.devices, record.coverage(id))?;
		PartyAgreements::<T>::insert(&record.terms.provider, id, ());
		PartyAgreements::<T>::insert(&record.terms.subscriber, id, ());
		UsedTerms::<T>::insert(terms_hash, id);
		NextAgreementId::<T>::put(next);
		Agreements::<T>::insert(id, record);
		Ok(id)
	}

	/// Puts `coverage` in the list of each of `devices`, replacing its agreement's entry if
	/// there is one.
	pub(crate) fn cover(devices: &[DeviceId], coverage: Coverage) -> DispatchResult {
		for device in devices {
			DeviceAgreements::<T>::try_mutate(device, |list| {
				match list.iter_mut().find(|entry| entry.agreement == coverage.agreement) {
					Some(entry) => {
						*entry = coverage;
						Ok(())
					},
					None => {
						list.try_push(coverage).map_err(|_| Error::<T>::TooManyDeviceAgreements)
					},
				}
			})?;
		}
		Ok(())
	}

	/// Takes agreement `id` out of the lists of `devices`.
	pub(crate) fn uncover(devices: &[DeviceId], id: AgreementId) {
		for device in devices {
			DeviceAgreements::<T>::mutate_exists(device, |list| {
				if let Some(entries) = list {
					entries.retain(|entry| entry.agreement != id);
					if entries.is_empty() {
						*list = None;
					}
				}
			});
		}
	}
}
