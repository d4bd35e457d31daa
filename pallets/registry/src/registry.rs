//! What other pallets ask the registry: [`Registry`], and, for their benchmarks,
//! [`RegistryBenchmarking`](meterchain_primitives::RegistryBenchmarking).

use crate::{Config, Devices, Gateways, Groups, Pallet, Providers, Subscribers};
use meterchain_primitives::{
	DeviceAccess, DeviceId, DeviceInfo, DeviceKey, DeviceStatus, IdTag, Moment, Registry,
	ServiceKind, TagStatus,
};

impl<T: Config> Registry for Pallet<T> {
	type AccountId = T::AccountId;

	fn is_active_provider(who: &T::AccountId) -> bool {
		Providers::<T>::get(who).is_some_and(|provider| provider.is_active())
	}

	fn offers_service(provider: &T::AccountId, service: ServiceKind) -> bool {
		Providers::<T>::get(provider).is_some_and(|info| info.is_active() && info.offers(service))
	}

	fn is_subscriber(who: &T::AccountId) -> bool {
		Subscribers::<T>::contains_key(who)
	}

	fn device(id: DeviceId) -> Option<DeviceInfo<T::AccountId>> {
		Devices::<T>::get(id).map(|device| device.info())
	}

	/// The device must be active and its provider too; then its provider, the provider's
	/// gateways and the aggregator of its group may submit for it.
	fn may_submit_for(who: &T::AccountId, device: DeviceId) -> bool {
		Self::device_access(device, Some(who)).is_some_and(|access| access.may_submit)
	}

	fn device_access(
		id: DeviceId,
		who: Option<&T::AccountId>,
	) -> Option<DeviceAccess<T::AccountId>> {
		let info = Devices::<T>::get(id)?.info();
		let active =
			info.status == DeviceStatus::Active && Self::is_active_provider(&info.provider);
		let may_submit = active
			&& who.is_none_or(|who| {
				*who == info.provider
					|| Gateways::<T>::contains_key(&info.provider, who)
					|| info
						.group
						.and_then(Groups::<T>::get)
						.is_some_and(|group| group.aggregator.as_ref() == Some(who))
			});
		Some(DeviceAccess { info, active, may_submit })
	}

	/// The key of any registered provider, suspended or not: a suspended provider's tokens
	/// are refused because it is not active, not because its key is unknown.
	fn token_key(provider: &T::AccountId) -> Option<DeviceKey> {
		Providers::<T>::get(provider).map(|info| info.token_key)
	}

	fn tag_owner(tag: &IdTag, charger: DeviceId, at: Moment) -> Result<T::AccountId, TagStatus> {
		Self::tag_standing(tag, charger, at).map(|(owner, _)| owner)
	}

	fn is_device_active(id: DeviceId) -> bool {
		Devices::<T>::get(id).is_some_and(|device| device.status == DeviceStatus::Active)
	}
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use crate::{
		Config, DeviceByKey, DeviceRecord, Devices, NextDeviceId, Pallet, ProviderInfo,
		ProviderStatus, Providers, SubscriberInfo, Subscribers,
	};
	use codec::Encode;
	use frame_support::traits::Get;
	use meterchain_primitives::{
		DeviceId, DeviceKey, DeviceKind, DeviceStatus, RegistryBenchmarking, ServiceKind,
	};
	use sp_runtime::traits::Zero;

	/// Direct storage writes, no deposit, no checks beyond keeping the invariants.
	impl<T: Config> RegistryBenchmarking<T::AccountId> for Pallet<T> {
		fn make_provider(who: &T::AccountId, service: ServiceKind) {
			let mut provider = Providers::<T>::get(who).unwrap_or_else(|| ProviderInfo {
				name: Default::default(),
				services: Default::default(),
				token_key: DeviceKey::Sr25519(sp_io::hashing::blake2_256(&who.encode())),
				status: ProviderStatus::Active,
				registered_at: Pallet::<T>::now(),
			});
			if !provider.offers(service) {
				// Cannot fail: a provider offers each service at most once, and the bound is
				// the number of services.
				let _ = provider.services.try_push(service);
			}
			provider.status = ProviderStatus::Active;
			Providers::<T>::insert(who, provider);
		}

		fn make_subscriber(who: &T::AccountId) {
			if !Subscribers::<T>::contains_key(who) {
				Subscribers::<T>::insert(
					who,
					SubscriberInfo {
						data_hash: Default::default(),
						envelope: None,
						deposit: Zero::zero(),
						registered_at: Pallet::<T>::now(),
					},
				);
			}
		}

		fn make_device(provider: &T::AccountId, service: ServiceKind, seed: u32) -> DeviceId {
			let id = NextDeviceId::<T>::get();
			let key = DeviceKey::Sr25519(sp_io::hashing::blake2_256(
				&(b"meterchain/bench-device", seed, id).encode(),
			));
			Self::make_keyed_device(provider, DeviceKind::Meter, service, key)
		}

		fn make_keyed_device(
			provider: &T::AccountId,
			kind: DeviceKind,
			service: ServiceKind,
			key: DeviceKey,
		) -> DeviceId {
			let id = NextDeviceId::<T>::get();
			NextDeviceId::<T>::put(id.saturating_add(1));
			DeviceByKey::<T>::insert(key.as_bytes(), id);
			let interval =
				900u32.max(T::MinReportingInterval::get()).min(T::MaxReportingInterval::get());
			Devices::<T>::insert(
				id,
				DeviceRecord {
					provider: provider.clone(),
					kind,
					service,
					key,
					key_epoch: 0,
					status: DeviceStatus::Active,
					group: None,
					reporting_interval_secs: interval,
					commissioned_at: Pallet::<T>::now(),
				},
			);
			id
		}
	}
}
