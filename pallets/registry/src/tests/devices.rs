//! `commission_device`, `suspend_device`, `resume_device`, `decommission_device`,
//! `rotate_device_key`, `set_device_group`, and the device status report.

use super::*;
use crate::{DeviceByKey, DeviceStatusReport, Devices, Error, Groups, NextDeviceId};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::DeviceStatus;

fn group_devices(id: GroupId) -> u32 {
	Groups::<Test>::get(id).unwrap().devices
}

/// A group of [`OTHER_PROVIDER`].
fn foreign_group() -> GroupId {
	assert_ok!(Registry::create_group(RuntimeOrigin::signed(OTHER_PROVIDER), name(b"w"), None));
	match last_event() {
		Event::GroupCreated { id, .. } => id,
		other => panic!("unexpected event {other:?}"),
	}
}

/// A meter of [`OTHER_PROVIDER`].
fn foreign_meter() -> DeviceId {
	assert_ok!(Registry::commission_device(
		RuntimeOrigin::signed(OTHER_PROVIDER),
		DeviceKind::Meter,
		ServiceKind::Water,
		key(200),
		MIN_INTERVAL,
		None,
	));
	NextDeviceId::<Test>::get() - 1
}

#[test]
fn a_provider_commissions_a_charger_in_a_group() {
	ExtBuilder::default().build_and_execute(|| {
		let site = group(None);
		set_now(START + 5);
		assert_ok!(Registry::commission_device(
			RuntimeOrigin::signed(PROVIDER),
			DeviceKind::Charger,
			ServiceKind::EvCharging,
			key(1),
			900,
			Some(site),
		));
		assert_eq!(
			last_event(),
			Event::DeviceCommissioned {
				id: 0,
				provider: PROVIDER,
				kind: DeviceKind::Charger,
				service: ServiceKind::EvCharging,
				key: key(1),
				reporting_interval_secs: 900,
				group: Some(site),
			}
		);
		let device = Devices::<Test>::get(0).unwrap();
		assert_eq!(device.provider, PROVIDER);
		assert_eq!(device.key_epoch, 0);
		assert_eq!(device.status, DeviceStatus::Active);
		assert_eq!(device.group, Some(site));
		assert_eq!(device.commissioned_at, START + 5);
		assert_eq!(DeviceByKey::<Test>::get([1; 32]), Some(0));
		assert_eq!(NextDeviceId::<Test>::get(), 1);
		assert_eq!(group_devices(site), 1);
	});
}

#[test]
fn devices_are_numbered_in_commissioning_order() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(meter(1), 0);
		assert_eq!(charger(2), 1);
		assert_eq!(commission(DeviceKind::Meter, ServiceKind::Electricity, 3, None), 2);
	});
}

#[test]
fn reporting_intervals_at_the_bounds_are_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		for (n, interval) in [(1, MIN_INTERVAL), (2, MAX_INTERVAL)] {
			assert_ok!(Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Meter,
				ServiceKind::Electricity,
				key(n),
				interval,
				None,
			));
		}
	});
}

#[test]
fn only_an_active_provider_commissions_devices() {
	ExtBuilder::default().build_and_execute(|| {
		let commission = |who| {
			Registry::commission_device(
				RuntimeOrigin::signed(who),
				DeviceKind::Meter,
				ServiceKind::Electricity,
				key(1),
				MIN_INTERVAL,
				None,
			)
		};
		assert_noop!(commission(ALICE), Error::<Test>::NotProvider);
		suspend_provider();
		assert_noop!(commission(PROVIDER), Error::<Test>::ProviderInactive);
	});
}

#[test]
fn a_device_must_measure_a_service_its_provider_offers() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Meter,
				ServiceKind::Water,
				key(1),
				MIN_INTERVAL,
				None,
			),
			Error::<Test>::ServiceNotOffered
		);
	});
}

#[test]
fn a_charger_must_be_for_ev_charging() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Charger,
				ServiceKind::Electricity,
				key(1),
				MIN_INTERVAL,
				None,
			),
			Error::<Test>::ChargerNotEvCharging
		);
	});
}

#[test]
fn a_reporting_interval_outside_the_bounds_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		for interval in [0, MIN_INTERVAL - 1, MAX_INTERVAL + 1] {
			assert_noop!(
				Registry::commission_device(
					RuntimeOrigin::signed(PROVIDER),
					DeviceKind::Meter,
					ServiceKind::Electricity,
					key(1),
					interval,
					None,
				),
				Error::<Test>::IntervalOutOfRange
			);
		}
	});
}

#[test]
fn a_key_is_never_registered_twice() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		let commission_with = |key| {
			Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Meter,
				ServiceKind::Electricity,
				key,
				MIN_INTERVAL,
				None,
			)
		};
		// The current key, under either scheme.
		assert_noop!(commission_with(key(1)), Error::<Test>::KeyInUse);
		assert_noop!(commission_with(DeviceKey::Ed25519([1; 32])), Error::<Test>::KeyInUse);
		// A key rotated away, and a decommissioned device's key, stay reserved.
		assert_ok!(Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(2)));
		assert_noop!(commission_with(key(1)), Error::<Test>::KeyInUse);
		assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_noop!(commission_with(key(2)), Error::<Test>::KeyInUse);
		assert_eq!(DeviceByKey::<Test>::get([1; 32]), Some(id));
		assert_eq!(DeviceByKey::<Test>::get([2; 32]), Some(id));
	});
}

#[test]
fn a_device_joins_only_an_existing_group_of_its_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let foreign = foreign_group();
		let commission_in = |group| {
			Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Meter,
				ServiceKind::Electricity,
				key(1),
				MIN_INTERVAL,
				Some(group),
			)
		};
		assert_noop!(commission_in(foreign + 1), Error::<Test>::UnknownGroup);
		assert_noop!(commission_in(foreign), Error::<Test>::NotOwner);
	});
}

#[test]
fn commissioning_fails_when_device_ids_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		NextDeviceId::<Test>::put(u64::MAX);
		assert_noop!(
			Registry::commission_device(
				RuntimeOrigin::signed(PROVIDER),
				DeviceKind::Meter,
				ServiceKind::Electricity,
				key(1),
				MIN_INTERVAL,
				None,
			),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn a_provider_suspends_and_resumes_its_device() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(last_event(), Event::DeviceSuspended { id });
		assert_eq!(Devices::<Test>::get(id).unwrap().status, DeviceStatus::Suspended);

		assert_ok!(Registry::resume_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(last_event(), Event::DeviceResumed { id });
		assert_eq!(Devices::<Test>::get(id).unwrap().status, DeviceStatus::Active);
	});
}

/// The refusals every call about an existing device shares: not a provider, a suspended
/// provider, an unknown device, another provider's device, a decommissioned device.
fn assert_device_call_refusals(
	call: impl Fn(RuntimeOrigin, DeviceId) -> sp_runtime::DispatchResult,
) {
	let id = meter(1);
	let foreign = foreign_meter();
	let retired = meter(2);
	assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), retired));

	assert_noop!(call(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotProvider);
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), 999), Error::<Test>::UnknownDevice);
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), foreign), Error::<Test>::NotOwner);
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), retired), Error::<Test>::Decommissioned);
	suspend_provider();
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), id), Error::<Test>::ProviderInactive);
}

#[test]
fn suspending_a_device_is_refused_to_anyone_but_its_active_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_device_call_refusals(Registry::suspend_device);
	});
}

#[test]
fn a_suspended_device_cannot_be_suspended_again() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_noop!(
			Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn resuming_a_device_is_refused_to_anyone_but_its_active_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_device_call_refusals(Registry::resume_device);
	});
}

#[test]
fn an_active_device_cannot_be_resumed() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		assert_noop!(
			Registry::resume_device(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::NotSuspended
		);
	});
}

#[test]
fn decommissioning_a_device_takes_it_out_of_its_group_for_good() {
	ExtBuilder::default().build_and_execute(|| {
		let site = group(None);
		let id = commission(DeviceKind::Charger, ServiceKind::EvCharging, 1, Some(site));
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));

		assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(last_event(), Event::DeviceDecommissioned { id });
		let device = Devices::<Test>::get(id).unwrap();
		assert_eq!(device.status, DeviceStatus::Decommissioned);
		assert_eq!(device.group, None);
		assert_eq!(group_devices(site), 0);
		// Nothing about it changes any more.
		assert_noop!(
			Registry::resume_device(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::Decommissioned
		);
	});
}

#[test]
fn decommissioning_is_refused_to_anyone_but_the_active_provider_of_a_live_device() {
	ExtBuilder::default().build_and_execute(|| {
		assert_device_call_refusals(Registry::decommission_device);
	});
}

#[test]
fn rotating_a_key_increments_the_key_epoch() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		assert_ok!(Registry::rotate_device_key(
			RuntimeOrigin::signed(PROVIDER),
			id,
			DeviceKey::Ed25519([2; 32])
		));
		assert_eq!(
			last_event(),
			Event::DeviceKeyRotated {
				id,
				old_key: key(1),
				new_key: DeviceKey::Ed25519([2; 32]),
				key_epoch: 1,
			}
		);
		let device = Devices::<Test>::get(id).unwrap();
		assert_eq!(device.key, DeviceKey::Ed25519([2; 32]));
		assert_eq!(device.key_epoch, 1);
		assert_eq!(DeviceByKey::<Test>::get([2; 32]), Some(id));
		// A suspended device can be re-keyed too.
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_ok!(Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(3)));
		assert_eq!(Devices::<Test>::get(id).unwrap().key_epoch, 2);
	});
}

#[test]
fn rotating_a_key_is_refused_to_anyone_but_the_active_provider_of_a_live_device() {
	ExtBuilder::default().build_and_execute(|| {
		assert_device_call_refusals(|origin, id| Registry::rotate_device_key(origin, id, key(100)));
	});
}

#[test]
fn a_device_cannot_rotate_to_a_key_in_use() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		meter(2);
		assert_noop!(
			Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(1)),
			Error::<Test>::KeyInUse
		);
		assert_noop!(
			Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(2)),
			Error::<Test>::KeyInUse
		);
	});
}

#[test]
fn the_key_epoch_cannot_overflow() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		Devices::<Test>::mutate(id, |device| device.as_mut().unwrap().key_epoch = u32::MAX);
		assert_noop!(
			Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(2)),
			Error::<Test>::KeyEpochOverflow
		);
	});
}

#[test]
fn a_device_moves_into_between_and_out_of_groups() {
	ExtBuilder::default().build_and_execute(|| {
		let (first, second) = (group(None), group(None));
		let id = meter(1);

		assert_ok!(Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, Some(first)));
		assert_eq!(last_event(), Event::DeviceGroupChanged { id, from: None, to: Some(first) });
		assert_eq!((group_devices(first), group_devices(second)), (1, 0));

		assert_ok!(Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, Some(second)));
		assert_eq!(
			last_event(),
			Event::DeviceGroupChanged { id, from: Some(first), to: Some(second) }
		);
		assert_eq!((group_devices(first), group_devices(second)), (0, 1));

		// Setting the same group again changes nothing.
		assert_ok!(Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, Some(second)));
		assert_eq!(group_devices(second), 1);

		assert_ok!(Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, None));
		assert_eq!(last_event(), Event::DeviceGroupChanged { id, from: Some(second), to: None });
		assert_eq!(group_devices(second), 0);
		assert_eq!(Devices::<Test>::get(id).unwrap().group, None);
	});
}

#[test]
fn moving_a_device_is_refused_to_anyone_but_the_active_provider_of_a_live_device() {
	ExtBuilder::default().build_and_execute(|| {
		assert_device_call_refusals(|origin, id| Registry::set_device_group(origin, id, None));
	});
}

#[test]
fn a_device_moves_only_into_an_existing_group_of_its_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		let foreign = foreign_group();
		assert_noop!(
			Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, Some(foreign + 1)),
			Error::<Test>::UnknownGroup
		);
		assert_noop!(
			Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, Some(foreign)),
			Error::<Test>::NotOwner
		);
	});
}

#[test]
fn the_status_report_gives_interval_status_time_and_key_epoch() {
	ExtBuilder::default().build_and_execute(|| {
		let id = charger(1);
		set_now(START + 42);
		let report = DeviceStatusReport {
			reporting_interval_secs: MIN_INTERVAL,
			status: DeviceStatus::Active,
			now: START + 42,
			key_epoch: 0,
		};
		assert_eq!(Registry::device_status_report(id), Some(report));
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_ok!(Registry::rotate_device_key(RuntimeOrigin::signed(PROVIDER), id, key(2)));
		assert_eq!(
			Registry::device_status_report(id),
			Some(DeviceStatusReport { status: DeviceStatus::Suspended, key_epoch: 1, ..report })
		);
		assert_eq!(Registry::device_status_report(id + 1), None);
	});
}
