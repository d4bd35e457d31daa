//! The registry's tests, one file per group of calls. Every test runs in
//! [`ExtBuilder::build_and_execute`](crate::mock::ExtBuilder::build_and_execute), which checks
//! the storage invariants afterwards.

mod devices;
mod gateways;
mod groups;
mod providers;
mod registry;
mod subscribers;
mod tags;

use crate::{mock::*, Event, NameOf, Pallet, Services};
use frame_support::assert_ok;
use meterchain_primitives::{DeviceId, DeviceKey, DeviceKind, GroupId, IdTag, ServiceKind};

pub type Registry = Pallet<Test>;

/// The last event, which must be the registry's.
pub fn last_event() -> Event<Test> {
	match System::events().pop().map(|record| record.event) {
		Some(RuntimeEvent::Registry(event)) => event,
		other => panic!("the last event is not the registry's: {other:?}"),
	}
}

/// A name.
pub fn name(bytes: &[u8]) -> NameOf<Test> {
	NameOf::<Test>::try_from(bytes.to_vec()).unwrap()
}

/// A list of services.
pub fn services(list: &[ServiceKind]) -> Services {
	Services::try_from(list.to_vec()).unwrap()
}

/// An sr25519 device key made of byte `n`.
pub fn key(n: u8) -> DeviceKey {
	DeviceKey::Sr25519([n; 32])
}

/// An id tag.
/// An id tag in its stored (upper-case) form.
pub fn tag(bytes: &[u8]) -> IdTag {
	IdTag::try_from(bytes.to_ascii_uppercase()).unwrap()
}

/// An id tag exactly as given, e.g. lower-case as a charger may send it.
pub fn raw_tag(bytes: &[u8]) -> IdTag {
	IdTag::try_from(bytes.to_vec()).unwrap()
}

/// Registers `who` as a subscriber without an envelope.
pub fn subscribe(who: AccountId) {
	assert_ok!(Registry::register_subscriber(RuntimeOrigin::signed(who), [7; 32].into(), None));
}

/// Commissions a device of [`PROVIDER`] with key `key(n)` and the shortest interval.
pub fn commission(
	kind: DeviceKind,
	service: ServiceKind,
	n: u8,
	group: Option<GroupId>,
) -> DeviceId {
	assert_ok!(Registry::commission_device(
		RuntimeOrigin::signed(PROVIDER),
		kind,
		service,
		key(n),
		MIN_INTERVAL,
		group,
	));
	match last_event() {
		Event::DeviceCommissioned { id, .. } => id,
		other => panic!("unexpected event {other:?}"),
	}
}

/// An active charger of [`PROVIDER`] with key `key(n)`.
pub fn charger(n: u8) -> DeviceId {
	commission(DeviceKind::Charger, ServiceKind::EvCharging, n, None)
}

/// An active electricity meter of [`PROVIDER`] with key `key(n)`.
pub fn meter(n: u8) -> DeviceId {
	commission(DeviceKind::Meter, ServiceKind::Electricity, n, None)
}

/// A group of [`PROVIDER`] with an optional aggregator.
pub fn group(aggregator: Option<AccountId>) -> GroupId {
	assert_ok!(Registry::create_group(RuntimeOrigin::signed(PROVIDER), name(b"site"), aggregator));
	match last_event() {
		Event::GroupCreated { id, .. } => id,
		other => panic!("unexpected event {other:?}"),
	}
}

/// Suspends [`PROVIDER`].
pub fn suspend_provider() {
	assert_ok!(Registry::suspend_provider(RuntimeOrigin::root(), PROVIDER));
}
