//! The registry's storage invariants, checked by `try_state` and after every test.

use crate::{
	Config, DeviceByKey, Devices, Gateways, Groups, HoldReason, IdTags, NextDeviceId, NextGroupId,
	Pallet, Providers, SubscriberTags, Subscribers,
};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use meterchain_primitives::{DeviceKind, DeviceStatus, GroupId, ServiceKind};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the registry's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_providers()?;
		Self::check_subscribers_and_tags()?;
		Self::check_devices_and_groups()?;
		Self::check_gateways()
	}

	/// Every provider offers at least one service, none twice.
	fn check_providers() -> Result<(), TryRuntimeError> {
		for (_, provider) in Providers::<T>::iter() {
			ensure!(
				Self::ensure_valid_services(&provider.services).is_ok(),
				"a provider offers no service, or one twice"
			);
		}
		Ok(())
	}

	/// Every subscriber's deposit is on hold and its envelope is addressed to a provider;
	/// every tag list belongs to a subscriber, is not empty, and names tags that the
	/// subscriber owns; every tag is in its owner's list.
	fn check_subscribers_and_tags() -> Result<(), TryRuntimeError> {
		for (who, subscriber) in Subscribers::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::SubscriberDeposit.into(), &who)
					== subscriber.deposit,
				"a subscriber's deposit is not what is on hold"
			);
			if let Some(envelope) = &subscriber.envelope {
				ensure!(
					Providers::<T>::contains_key(&envelope.recipient),
					"an envelope is addressed to an unknown provider"
				);
			}
		}
		let mut listed = 0u64;
		for (who, tags) in SubscriberTags::<T>::iter() {
			ensure!(Subscribers::<T>::contains_key(&who), "a tag list of a non-subscriber");
			ensure!(!tags.is_empty(), "an empty tag list is stored");
			for (index, tag) in tags.iter().enumerate() {
				ensure!(!tags[..index].contains(tag), "a tag is listed twice");
				ensure!(
					IdTags::<T>::get(tag).is_some_and(|info| info.owner == who),
					"a listed tag is not owned by the subscriber listing it"
				);
			}
			listed = listed.saturating_add(tags.len() as u64);
		}
		ensure!(
			IdTags::<T>::iter().count() as u64 == listed,
			"a tag is missing from its owner's list"
		);
		Ok(())
	}

	/// Every device has a number below `NextDeviceId`, a registered provider, a consistent
	/// kind and its key in `DeviceByKey`; a decommissioned device is in no group; every group a device names exists and belongs to the device's
	/// provider, and counts exactly the devices naming it; every key names a device.
	fn check_devices_and_groups() -> Result<(), TryRuntimeError> {
		let next_device = NextDeviceId::<T>::get();
		let mut members = BTreeMap::<GroupId, u32>::new();
		for (id, device) in Devices::<T>::iter() {
			ensure!(id < next_device, "a device's id is not below NextDeviceId");
			ensure!(Providers::<T>::contains_key(&device.provider), "a device of no provider");
			ensure!(
				device.kind != DeviceKind::Charger || device.service == ServiceKind::EvCharging,
				"a charger for a service other than EV charging"
			);
			ensure!(
				DeviceByKey::<T>::get(device.key.as_bytes()) == Some(id),
				"a device's key does not map to it"
			);
			if let Some(group) = device.group {
				ensure!(
					device.status != DeviceStatus::Decommissioned,
					"a decommissioned device is in a group"
				);
				ensure!(
					Groups::<T>::get(group).is_some_and(|info| info.provider == device.provider),
					"a device is in a missing group or another provider's"
				);
				let count = members.entry(group).or_default();
				*count = count.saturating_add(1);
			}
		}
		for (_, id) in DeviceByKey::<T>::iter() {
			ensure!(Devices::<T>::contains_key(id), "a key maps to no device");
		}
		let next_group = NextGroupId::<T>::get();
		for (id, group) in Groups::<T>::iter() {
			ensure!(id < next_group, "a group's id is not below NextGroupId");
			ensure!(Providers::<T>::contains_key(&group.provider), "a group of no provider");
			ensure!(
				group.devices == members.get(&id).copied().unwrap_or_default(),
				"a group's device count is wrong"
			);
		}
		Ok(())
	}

	/// Every gateway belongs to a registered provider.
	fn check_gateways() -> Result<(), TryRuntimeError> {
		for (provider, _, _) in Gateways::<T>::iter() {
			ensure!(Providers::<T>::contains_key(&provider), "a gateway of no provider");
		}
		Ok(())
	}
}
