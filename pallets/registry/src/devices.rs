//! Devices (meters and chargers): commissioned by their provider with their own key, suspended,
//! resumed, decommissioned, re-keyed and moved between groups; and the status report a device
//! reads (seed 000's `idTagInfo`).

use crate::{
	Config, DeviceByKey, DeviceRecord, DeviceStatusReport, Devices, Error, Groups, NextDeviceId,
	Pallet,
};
use frame_support::{defensive, ensure, pallet_prelude::DispatchResult, traits::Get};
use meterchain_primitives::{DeviceId, DeviceKey, DeviceKind, DeviceStatus, GroupId, ServiceKind};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Commissions a device of active provider `provider` and returns its id.
	pub(crate) fn do_commission_device(
		provider: &T::AccountId,
		kind: DeviceKind,
		service: ServiceKind,
		key: DeviceKey,
		reporting_interval_secs: u32,
		group: Option<GroupId>,
	) -> Result<DeviceId, DispatchError> {
		let info = Self::ensure_active_provider(provider)?;
		ensure!(info.offers(service), Error::<T>::ServiceNotOffered);
		ensure!(
			kind != DeviceKind::Charger || service == ServiceKind::EvCharging,
			Error::<T>::ChargerNotEvCharging
		);
		ensure!(
			(T::MinReportingInterval::get()..=T::MaxReportingInterval::get())
				.contains(&reporting_interval_secs),
			Error::<T>::IntervalOutOfRange
		);
		ensure!(!DeviceByKey::<T>::contains_key(key.as_bytes()), Error::<T>::KeyInUse);
		if let Some(group) = group {
			Self::join_group(provider, group)?;
		}
		let id = NextDeviceId::<T>::get();
		NextDeviceId::<T>::put(id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?);
		DeviceByKey::<T>::insert(key.as_bytes(), id);
		Devices::<T>::insert(
			id,
			DeviceRecord {
				provider: provider.clone(),
				kind,
				service,
				key,
				key_epoch: 0,
				status: DeviceStatus::Active,
				group,
				reporting_interval_secs,
				commissioned_at: Self::now(),
			},
		);
		Ok(id)
	}

	/// Suspends `provider`'s active device `id`.
	pub(crate) fn do_suspend_device(provider: &T::AccountId, id: DeviceId) -> DispatchResult {
		let mut device = Self::ensure_own_live_device(provider, id)?;
		ensure!(device.status == DeviceStatus::Active, Error::<T>::AlreadySuspended);
		device.status = DeviceStatus::Suspended;
		Devices::<T>::insert(id, device);
		Ok(())
	}

	/// Resumes `provider`'s suspended device `id`.
	pub(crate) fn do_resume_device(provider: &T::AccountId, id: DeviceId) -> DispatchResult {
		let mut device = Self::ensure_own_live_device(provider, id)?;
		ensure!(device.status == DeviceStatus::Suspended, Error::<T>::NotSuspended);
		device.status = DeviceStatus::Active;
		Devices::<T>::insert(id, device);
		Ok(())
	}

	/// Decommissions `provider`'s device `id`; it leaves its group.
	pub(crate) fn do_decommission_device(provider: &T::AccountId, id: DeviceId) -> DispatchResult {
		let mut device = Self::ensure_own_live_device(provider, id)?;
		if let Some(group) = device.group.take() {
			Self::leave_group(group);
		}
		device.status = DeviceStatus::Decommissioned;
		Devices::<T>::insert(id, device);
		Ok(())
	}

	/// Gives `provider`'s device `id` key `new_key`. Returns the old key and the new epoch.
	pub(crate) fn do_rotate_device_key(
		provider: &T::AccountId,
		id: DeviceId,
		new_key: DeviceKey,
	) -> Result<(DeviceKey, u32), DispatchError> {
		let mut device = Self::ensure_own_live_device(provider, id)?;
		ensure!(!DeviceByKey::<T>::contains_key(new_key.as_bytes()), Error::<T>::KeyInUse);
		let old_key = device.key;
		device.key_epoch = device.key_epoch.checked_add(1).ok_or(Error::<T>::KeyEpochOverflow)?;
		device.key = new_key;
		let key_epoch = device.key_epoch;
		// The old key keeps its entry: keys are never reused.
		DeviceByKey::<T>::insert(new_key.as_bytes(), id);
		Devices::<T>::insert(id, device);
		Ok((old_key, key_epoch))
	}

	/// Moves `provider`'s device `id` into `group` (or out of any). Returns the group it left.
	pub(crate) fn do_set_device_group(
		provider: &T::AccountId,
		id: DeviceId,
		group: Option<GroupId>,
	) -> Result<Option<GroupId>, DispatchError> {
		let mut device = Self::ensure_own_live_device(provider, id)?;
		if let Some(new) = group {
			Self::join_group(provider, new)?;
		}
		let old = device.group;
		if let Some(old) = old {
			Self::leave_group(old);
		}
		device.group = group;
		Devices::<T>::insert(id, device);
		Ok(old)
	}

	/// Device `id`'s `idTagInfo` (seed 000): interval, status, current time, key epoch.
	pub fn device_status_report(id: DeviceId) -> Option<DeviceStatusReport> {
		Devices::<T>::get(id).map(|device| DeviceStatusReport {
			reporting_interval_secs: device.reporting_interval_secs,
			status: device.status,
			now: Self::now(),
			key_epoch: device.key_epoch,
		})
	}

	/// Device `id`, if `provider` is active and owns it and it is not decommissioned.
	fn ensure_own_live_device(
		provider: &T::AccountId,
		id: DeviceId,
	) -> Result<DeviceRecord<T>, DispatchError> {
		Self::ensure_active_provider(provider)?;
		let device = Devices::<T>::get(id).ok_or(Error::<T>::UnknownDevice)?;
		ensure!(device.provider == *provider, Error::<T>::NotOwner);
		ensure!(device.status != DeviceStatus::Decommissioned, Error::<T>::Decommissioned);
		Ok(device)
	}

	/// Counts one more device in `provider`'s group `group`.
	fn join_group(provider: &T::AccountId, group: GroupId) -> DispatchResult {
		Groups::<T>::try_mutate(group, |info| {
			let info = info.as_mut().ok_or(Error::<T>::UnknownGroup)?;
			ensure!(info.provider == *provider, Error::<T>::NotOwner);
			info.devices = info.devices.saturating_add(1);
			Ok(())
		})
	}

	/// Counts one device less in group `group`.
	fn leave_group(group: GroupId) {
		Groups::<T>::mutate(group, |info| match info {
			Some(info) => info.devices = info.devices.saturating_sub(1),
			// Groups with devices are not removed, so a device's group exists.
			None => {
				defensive!("a device names a group that does not exist");
			},
		});
	}
}
