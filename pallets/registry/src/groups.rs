//! Groups of devices (seed 000's charger groups, seed 003's buildings) and their aggregators.

use crate::{Config, Error, GroupInfo, Groups, NameOf, NextGroupId, Pallet};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use meterchain_primitives::GroupId;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Creates a group of active provider `provider` and returns its id.
	pub(crate) fn do_create_group(
		provider: &T::AccountId,
		name: NameOf<T>,
		aggregator: Option<T::AccountId>,
	) -> Result<GroupId, DispatchError> {
		Self::ensure_active_provider(provider)?;
		let id = NextGroupId::<T>::get();
		NextGroupId::<T>::put(id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?);
		Groups::<T>::insert(
			id,
			GroupInfo { provider: provider.clone(), name, aggregator, devices: 0 },
		);
		Ok(id)
	}

	/// Sets the aggregator of `provider`'s group `id`.
	pub(crate) fn do_set_group_aggregator(
		provider: &T::AccountId,
		id: GroupId,
		aggregator: Option<T::AccountId>,
	) -> DispatchResult {
		let mut group = Self::ensure_own_group(provider, id)?;
		group.aggregator = aggregator;
		Groups::<T>::insert(id, group);
		Ok(())
	}

	/// Removes `provider`'s empty group `id`.
	pub(crate) fn do_remove_group(provider: &T::AccountId, id: GroupId) -> DispatchResult {
		let group = Self::ensure_own_group(provider, id)?;
		ensure!(group.devices == 0, Error::<T>::GroupNotEmpty);
		Groups::<T>::remove(id);
		Ok(())
	}

	/// Group `id`, if `provider` is active and owns it.
	fn ensure_own_group(
		provider: &T::AccountId,
		id: GroupId,
	) -> Result<GroupInfo<T>, DispatchError> {
		Self::ensure_active_provider(provider)?;
		let group = Groups::<T>::get(id).ok_or(Error::<T>::UnknownGroup)?;
		ensure!(group.provider == *provider, Error::<T>::NotOwner);
		Ok(group)
	}
}
