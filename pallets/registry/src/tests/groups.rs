//! `create_group`, `set_group_aggregator` and `remove_group`.

use super::*;
use crate::{Error, GroupInfo, Groups, NextGroupId};
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_provider_creates_groups_numbered_in_order() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::create_group(
			RuntimeOrigin::signed(PROVIDER),
			name(b"Block 7"),
			Some(ALICE)
		));
		assert_eq!(
			last_event(),
			Event::GroupCreated { id: 0, provider: PROVIDER, aggregator: Some(ALICE) }
		);
		assert_eq!(
			Groups::<Test>::get(0),
			Some(GroupInfo {
				provider: PROVIDER,
				name: name(b"Block 7"),
				aggregator: Some(ALICE),
				devices: 0,
			})
		);
		assert_eq!(group(None), 1);
		assert_eq!(NextGroupId::<Test>::get(), 2);
	});
}

#[test]
fn only_an_active_provider_creates_groups() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::create_group(RuntimeOrigin::signed(ALICE), name(b"g"), None),
			Error::<Test>::NotProvider
		);
		suspend_provider();
		assert_noop!(
			Registry::create_group(RuntimeOrigin::signed(PROVIDER), name(b"g"), None),
			Error::<Test>::ProviderInactive
		);
	});
}

#[test]
fn creating_a_group_fails_when_group_ids_run_out() {
	ExtBuilder::default().build_and_execute(|| {
		NextGroupId::<Test>::put(u64::MAX);
		assert_noop!(
			Registry::create_group(RuntimeOrigin::signed(PROVIDER), name(b"g"), None),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn a_provider_sets_and_clears_its_groups_aggregator() {
	ExtBuilder::default().build_and_execute(|| {
		let id = group(None);
		assert_ok!(Registry::set_group_aggregator(RuntimeOrigin::signed(PROVIDER), id, Some(BOB)));
		assert_eq!(last_event(), Event::GroupAggregatorSet { id, aggregator: Some(BOB) });
		assert_eq!(Groups::<Test>::get(id).unwrap().aggregator, Some(BOB));

		assert_ok!(Registry::set_group_aggregator(RuntimeOrigin::signed(PROVIDER), id, None));
		assert_eq!(last_event(), Event::GroupAggregatorSet { id, aggregator: None });
		assert_eq!(Groups::<Test>::get(id).unwrap().aggregator, None);
	});
}

/// The refusals every call about an existing group shares.
fn assert_group_call_refusals(call: impl Fn(RuntimeOrigin, GroupId) -> sp_runtime::DispatchResult) {
	let id = group(None);
	assert_noop!(call(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotProvider);
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), id + 1), Error::<Test>::UnknownGroup);
	assert_noop!(call(RuntimeOrigin::signed(OTHER_PROVIDER), id), Error::<Test>::NotOwner);
	suspend_provider();
	assert_noop!(call(RuntimeOrigin::signed(PROVIDER), id), Error::<Test>::ProviderInactive);
}

#[test]
fn setting_an_aggregator_is_refused_to_anyone_but_the_groups_active_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_group_call_refusals(|origin, id| {
			Registry::set_group_aggregator(origin, id, Some(BOB))
		});
	});
}

#[test]
fn a_provider_removes_an_empty_group() {
	ExtBuilder::default().build_and_execute(|| {
		let id = group(Some(ALICE));
		let device = commission(DeviceKind::Meter, ServiceKind::Electricity, 1, Some(id));
		assert_noop!(
			Registry::remove_group(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::GroupNotEmpty
		);
		assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), device));

		assert_ok!(Registry::remove_group(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(last_event(), Event::GroupRemoved { id });
		assert!(!Groups::<Test>::contains_key(id));
		// Ids are not reused.
		assert_eq!(group(None), id + 1);
	});
}

#[test]
fn removing_a_group_is_refused_to_anyone_but_its_active_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_group_call_refusals(Registry::remove_group);
	});
}
