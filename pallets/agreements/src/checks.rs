//! The checks that terms pass before they are concluded or applied as an amendment.

use crate::{
	earliest, AgreementRecord, AgreementStatus, Config, DeviceAgreements, Error, Pallet,
	SubscriberOpen, TermsOf, UsedTerms,
};
use codec::Encode;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use meterchain_primitives::{AgreementId, DeviceStatus, Moment, Registry, Tariffs};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// The hash of `terms`: `blake2_256(SCALE(terms))`.
	pub(crate) fn hash_of(terms: &TermsOf<T>) -> H256 {
		H256(sp_io::hashing::blake2_256(&terms.encode()))
	}

	/// The checks for concluding `terms` (hash `terms_hash`) as a new agreement.
	pub(crate) fn check_conclusion(terms: &TermsOf<T>, terms_hash: H256) -> DispatchResult {
		Self::check_terms(terms, terms_hash, None, terms.end)?;
		ensure!(
			SubscriberOpen::<T>::decode_len(&terms.subscriber).unwrap_or(0)
				< T::MaxOpenPerSubscriber::get() as usize,
			Error::<T>::TooManyOpenAgreements
		);
		Ok(())
	}

	/// The checks for amending agreement `id` (now `record`) to `terms` (hash `terms_hash`).
	pub(crate) fn check_amendment(
		id: AgreementId,
		record: &AgreementRecord<T>,
		terms: &TermsOf<T>,
		terms_hash: H256,
	) -> DispatchResult {
		ensure!(record.is_open_at(Self::now()), Error::<T>::AlreadyEnded);
		ensure!(
			terms.provider == record.terms.provider
				&& terms.subscriber == record.terms.subscriber
				&& terms.service == record.terms.service,
			Error::<T>::AmendmentChangesParties
		);
		ensure!((record.history.len() as u32) < T::MaxVersions::get(), Error::<T>::TooManyVersions);
		// A notice given on the agreement still stands under the new terms.
		let notice_end = match record.status {
			AgreementStatus::NoticeGiven { ends_at, .. } => Some(ends_at),
			_ => None,
		};
		Self::check_terms(terms, terms_hash, Some(id), earliest(terms.end, notice_end))
	}

	/// The checks every concluded or amended terms pass. `own` is the agreement being amended
	/// (its own coverage does not count); the terms will cover their devices until `end`.
	fn check_terms(
		terms: &TermsOf<T>,
		terms_hash: H256,
		own: Option<AgreementId>,
		end: Option<Moment>,
	) -> DispatchResult {
		ensure!(!UsedTerms::<T>::contains_key(terms_hash), Error::<T>::AlreadyConcluded);
		ensure!(Self::now() <= terms.deadline, Error::<T>::DeadlineExpired);
		ensure!(
			terms.deadline <= Self::now().saturating_add(T::MaxSigningWindow::get()),
			Error::<T>::DeadlineTooFar
		);
		ensure!(terms.provider != terms.subscriber, Error::<T>::SameParty);
		ensure!(terms.end.is_none_or(|end| end > terms.start), Error::<T>::InvalidPeriod);
		ensure!(terms.notice_period <= T::MaxNoticePeriod::get(), Error::<T>::NoticeTooLong);
		ensure!(
			T::Registry::offers_service(&terms.provider, terms.service),
			Error::<T>::ServiceNotOffered
		);
		ensure!(T::Registry::is_subscriber(&terms.subscriber), Error::<T>::NotSubscriber);
		let (owner, priced) = T::Tariffs::tariff(terms.tariff).ok_or(Error::<T>::UnknownTariff)?;
		ensure!(owner == terms.provider, Error::<T>::ForeignTariff);
		ensure!(priced == terms.service, Error::<T>::WrongTariffService);
		for (index, device) in terms.devices.iter().enumerate() {
			ensure!(!terms.devices[..index].contains(device), Error::<T>::DuplicateDevice);
			let info = T::Registry::device(*device).ok_or(Error::<T>::UnknownDevice)?;
			ensure!(info.provider == terms.provider, Error::<T>::ForeignDevice);
			ensure!(info.service == terms.service, Error::<T>::WrongService);
			ensure!(info.status != DeviceStatus::Decommissioned, Error::<T>::DeviceDecommissioned);
			let covered = DeviceAgreements::<T>::get(device);
			let mut already_covered = false;
			for coverage in &covered {
				if Some(coverage.agreement) == own {
					already_covered = true;
				} else {
					ensure!(
						coverage.service != terms.service || !coverage.overlaps(terms.start, end),
						Error::<T>::DeviceAlreadyCovered
					);
				}
			}
			ensure!(
				already_covered || covered.len() < T::MaxAgreementsPerDevice::get() as usize,
				Error::<T>::TooManyDeviceAgreements
			);
		}
		Ok(())
	}
}
