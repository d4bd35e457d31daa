//! Gateways: accounts a provider authorizes to submit data for its devices.

use crate::{Config, Error, Gateways, Pallet};
use frame_support::{ensure, pallet_prelude::DispatchResult};

impl<T: Config> Pallet<T> {
	/// Authorizes `gateway` for active provider `provider`.
	pub(crate) fn do_authorize_gateway(
		provider: &T::AccountId,
		gateway: &T::AccountId,
	) -> DispatchResult {
		Self::ensure_active_provider(provider)?;
		ensure!(!Gateways::<T>::contains_key(provider, gateway), Error::<T>::AlreadyGateway);
		Gateways::<T>::insert(provider, gateway, Self::now());
		Ok(())
	}

	/// Revokes active provider `provider`'s `gateway`.
	pub(crate) fn do_revoke_gateway(
		provider: &T::AccountId,
		gateway: &T::AccountId,
	) -> DispatchResult {
		Self::ensure_active_provider(provider)?;
		ensure!(Gateways::<T>::contains_key(provider, gateway), Error::<T>::NotGateway);
		Gateways::<T>::remove(provider, gateway);
		Ok(())
	}
}
