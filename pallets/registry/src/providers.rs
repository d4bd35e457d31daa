//! Providers: registered, suspended and resumed by governance; they update their own details.

use crate::{Config, Error, NameOf, Pallet, ProviderInfo, ProviderStatus, Providers, Services};
use alloc::vec::Vec;
use frame_support::{defensive, ensure, pallet_prelude::DispatchResult};
use meterchain_primitives::DeviceKey;
use serde::{de::Error as _, Deserialize, Deserializer};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Registers `who` as an active provider.
	pub(crate) fn do_register_provider(
		who: &T::AccountId,
		name: NameOf<T>,
		services: Services,
		token_key: DeviceKey,
	) -> DispatchResult {
		ensure!(!Providers::<T>::contains_key(who), Error::<T>::AlreadyRegistered);
		Self::ensure_valid_services(&services)?;
		Providers::<T>::insert(
			who,
			ProviderInfo {
				name,
				services,
				token_key,
				status: ProviderStatus::Active,
				registered_at: Self::now(),
			},
		);
		Ok(())
	}

	/// Sets provider `who`'s status to `status`, which it must not have yet.
	pub(crate) fn do_set_provider_status(
		who: &T::AccountId,
		status: ProviderStatus,
	) -> DispatchResult {
		Providers::<T>::try_mutate(who, |provider| {
			let provider = provider.as_mut().ok_or(Error::<T>::NotProvider)?;
			if provider.status == status {
				return Err(match status {
					ProviderStatus::Suspended => Error::<T>::AlreadySuspended,
					ProviderStatus::Active => Error::<T>::NotSuspended,
				}
				.into());
			}
			provider.status = status;
			Ok(())
		})
	}

	/// Replaces active provider `who`'s name, services and token key.
	pub(crate) fn do_update_provider(
		who: &T::AccountId,
		name: NameOf<T>,
		services: Services,
		token_key: DeviceKey,
	) -> DispatchResult {
		let mut provider = Self::ensure_active_provider(who)?;
		Self::ensure_valid_services(&services)?;
		provider.name = name;
		provider.services = services;
		provider.token_key = token_key;
		Providers::<T>::insert(who, provider);
		Ok(())
	}

	/// Provider `who`, if it is registered and active.
	pub(crate) fn ensure_active_provider(
		who: &T::AccountId,
	) -> Result<ProviderInfo<T>, DispatchError> {
		let provider = Providers::<T>::get(who).ok_or(Error::<T>::NotProvider)?;
		ensure!(provider.is_active(), Error::<T>::ProviderInactive);
		Ok(provider)
	}

	/// Whether `services` is not empty and names no service twice.
	pub(crate) fn ensure_valid_services(services: &Services) -> DispatchResult {
		ensure!(!services.is_empty(), Error::<T>::NoServices);
		for (index, service) in services.iter().enumerate() {
			ensure!(!services[..index].contains(service), Error::<T>::DuplicateService);
		}
		Ok(())
	}

	/// Registers a provider from the genesis config. What the registry would refuse — a
	/// provider listed twice, no services, a service named twice — is refused when the
	/// config is read ([`distinct_providers`]), before any genesis is built, so this cannot
	/// fail for a config that was read; one built in code and wrong is skipped, loudly.
	pub(crate) fn genesis_provider(
		who: &T::AccountId,
		name: NameOf<T>,
		services: Services,
		token_key: DeviceKey,
	) {
		if let Err(error) = Self::do_register_provider(who, name, services, token_key) {
			defensive!("a genesis provider the config's reading lets through", error);
		}
	}
}

/// A provider in the genesis config: account, name, services, token key.
pub type GenesisProvider<T> =
	(<T as frame_system::Config>::AccountId, NameOf<T>, Services, DeviceKey);

/// Reads the genesis config's providers, refusing what registering them would refuse: a
/// provider listed twice, one with no services, or one naming a service twice. The name's
/// length and the number of services are bounded by their types already.
pub fn distinct_providers<'de, T: Config, D: Deserializer<'de>>(
	deserializer: D,
) -> Result<Vec<GenesisProvider<T>>, D::Error> {
	let providers = Vec::<GenesisProvider<T>>::deserialize(deserializer)?;
	for (index, (who, _, services, _)) in providers.iter().enumerate() {
		if providers[..index].iter().any(|(other, ..)| other == who) {
			return Err(D::Error::custom("a provider is listed twice"));
		}
		if services.is_empty() {
			return Err(D::Error::custom("a provider offers no service"));
		}
		if services.iter().enumerate().any(|(at, service)| services[..at].contains(service)) {
			return Err(D::Error::custom("a provider names a service twice"));
		}
	}
	Ok(providers)
}
