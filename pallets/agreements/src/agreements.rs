//! What other pallets ask this one ([`meterchain_primitives::Agreements`]), and the paged list
//! of a party's agreements.

use crate::{
	Agreements, BalanceOf, Config, DeviceAgreements, Pallet, PartyAgreements, SubscriberOpen,
	MAX_PAGE,
};
use alloc::vec::Vec;
use meterchain_primitives::{
	ActiveAgreement, AgreementId, Agreements as AgreementsApi, DeviceId, Moment, ServiceKind,
};

impl<T: Config> AgreementsApi for Pallet<T> {
	type AccountId = T::AccountId;
	type Balance = BalanceOf<T>;

	/// Found through the device's coverage list, which holds each agreement's window: only the
	/// agreement that applies is read.
	fn active_for_device(
		device: DeviceId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<T::AccountId, BalanceOf<T>>> {
		let coverage = DeviceAgreements::<T>::get(device)
			.into_iter()
			.find(|coverage| coverage.service == service && coverage.applies_at(at))?;
		Agreements::<T>::get(coverage.agreement).map(|record| record.to_active(coverage.agreement))
	}

	/// The earliest-concluded open agreement between them for `service` that applies at `at`.
	fn active_between(
		subscriber: &T::AccountId,
		provider: &T::AccountId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<T::AccountId, BalanceOf<T>>> {
		SubscriberOpen::<T>::get(subscriber).into_iter().find_map(|id| {
			Agreements::<T>::get(id)
				.filter(|record| {
					record.terms.provider == *provider && record.terms.service == service
				})
				.map(|record| record.to_active(id))
				.filter(|agreement| agreement.applies_at(at))
		})
	}

	fn agreement(id: AgreementId) -> Option<ActiveAgreement<T::AccountId, BalanceOf<T>>> {
		Agreements::<T>::get(id)
			.filter(|record| !record.is_ended())
			.map(|record| record.to_active(id))
	}

	fn concluded(id: AgreementId) -> Option<ActiveAgreement<T::AccountId, BalanceOf<T>>> {
		Agreements::<T>::get(id).map(|record| record.to_active(id))
	}

	fn has_active_agreement(who: &T::AccountId) -> bool {
		SubscriberOpen::<T>::contains_key(who)
	}

	fn devices(id: AgreementId) -> Vec<DeviceId> {
		Agreements::<T>::get(id)
			.filter(|record| !record.is_ended())
			.map(|record| record.terms.devices.into_inner())
			.unwrap_or_default()
	}
}

impl<T: Config> Pallet<T> {
	/// Up to `limit` (at most [`MAX_PAGE`]) agreement ids of `who`, in storage order, after
	/// `start_after`.
	pub(crate) fn party_agreements(
		who: &T::AccountId,
		start_after: Option<AgreementId>,
		limit: u32,
	) -> Vec<AgreementId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match start_after {
			Some(after) => PartyAgreements::<T>::iter_key_prefix_from(
				who,
				PartyAgreements::<T>::hashed_key_for(who, after),
			)
			.take(limit)
			.collect(),
			None => PartyAgreements::<T>::iter_key_prefix(who).take(limit).collect(),
		}
	}
}
