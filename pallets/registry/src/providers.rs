//! Providers: registered, suspended and resumed by governance; they update their own details.

use crate::{Config, Error, NameOf, Pallet, ProviderInfo, ProviderStatus, Providers, Services};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use meterchain_primitives::DeviceKey;
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

	/// Registers a provider from the genesis config. Its name and services are bounded by
	/// their types; what is left to refuse is an entry the registry itself refuses (a provider
	/// listed twice), and that panics: `BuildGenesisConfig::build` cannot return an error, it
	/// runs only when a chain's first state is built (never in a block), and skipping the
	/// entry would start a chain different from its spec.
	pub(crate) fn genesis_provider(
		who: &T::AccountId,
		name: NameOf<T>,
		services: Services,
		token_key: DeviceKey,
	) {
		if let Err(error) = Self::do_register_provider(who, name, services, token_key) {
			panic!("invalid genesis provider: {error:?}");
		}
	}
}
