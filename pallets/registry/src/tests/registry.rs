//! What other pallets and portals ask: the `Registry` trait, the view functions, and the
//! benchmarking helper.

use super::*;
use crate::{
	DeviceStatusReport, DeviceStatusViewFunction, IsGatewayViewFunction, ProviderInfoViewFunction,
	SubscriberTagsViewFunction, TagAuthorizationViewFunction,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_ok,
	view_functions::{DispatchViewFunction, ViewFunction},
};
use meterchain_primitives::{DeviceInfo, DeviceStatus, Registry as _, TagStatus};

const GATEWAY: AccountId = 30;
const AGGREGATOR: AccountId = 31;

#[test]
fn providers_are_active_and_offer_services_until_suspended() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(Registry::is_active_provider(&PROVIDER));
		assert!(!Registry::is_active_provider(&ALICE));
		assert!(Registry::offers_service(&PROVIDER, ServiceKind::EvCharging));
		assert!(!Registry::offers_service(&PROVIDER, ServiceKind::Water));
		assert!(!Registry::offers_service(&ALICE, ServiceKind::Water));
		assert_eq!(Registry::token_key(&PROVIDER), Some(token_key(PROVIDER)));
		assert_eq!(Registry::token_key(&ALICE), None);

		suspend_provider();
		assert!(!Registry::is_active_provider(&PROVIDER));
		assert!(!Registry::offers_service(&PROVIDER, ServiceKind::EvCharging));
		// The key stays known: whether tokens are honoured is a question of activity.
		assert_eq!(Registry::token_key(&PROVIDER), Some(token_key(PROVIDER)));
	});
}

#[test]
fn subscribers_are_known_while_registered() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!Registry::is_subscriber(&ALICE));
		subscribe(ALICE);
		assert!(Registry::is_subscriber(&ALICE));
		assert_ok!(Registry::deregister_subscriber(RuntimeOrigin::signed(ALICE)));
		assert!(!Registry::is_subscriber(&ALICE));
	});
}

#[test]
fn devices_are_reported_whatever_their_status() {
	ExtBuilder::default().build_and_execute(|| {
		let site = group(None);
		let id = commission(DeviceKind::Charger, ServiceKind::EvCharging, 1, Some(site));
		let info = DeviceInfo {
			provider: PROVIDER,
			kind: DeviceKind::Charger,
			service: ServiceKind::EvCharging,
			key: key(1),
			key_epoch: 0,
			status: DeviceStatus::Active,
			group: Some(site),
			reporting_interval_secs: MIN_INTERVAL,
		};
		assert_eq!(Registry::device(id), Some(info.clone()));
		assert!(Registry::is_device_active(id));
		assert_eq!(Registry::device_provider(id), Some(PROVIDER));
		assert_eq!(Registry::device_group(id), Some(site));

		assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(
			Registry::device(id),
			Some(DeviceInfo { status: DeviceStatus::Decommissioned, group: None, ..info })
		);
		assert!(!Registry::is_device_active(id));
		assert_eq!(Registry::device(id + 1), None);
		assert!(!Registry::is_device_active(id + 1));
	});
}

/// A meter of [`PROVIDER`] in a group with [`AGGREGATOR`], and [`GATEWAY`] authorized.
fn submission_setup() -> DeviceId {
	let site = group(Some(AGGREGATOR));
	assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
	commission(DeviceKind::Meter, ServiceKind::Electricity, 1, Some(site))
}

#[test]
fn the_provider_its_gateways_and_the_groups_aggregator_may_submit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submission_setup();
		assert!(Registry::may_submit_for(&PROVIDER, id));
		assert!(Registry::may_submit_for(&GATEWAY, id));
		assert!(Registry::may_submit_for(&AGGREGATOR, id));
		assert!(!Registry::may_submit_for(&ALICE, id));
		assert!(!Registry::may_submit_for(&OTHER_PROVIDER, id));
		assert!(!Registry::may_submit_for(&PROVIDER, id + 1));
	});
}

#[test]
fn device_access_answers_device_activity_and_submitter_in_one_query() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submission_setup();
		let access = Registry::device_access(id, Some(&GATEWAY)).expect("the device exists");
		assert_eq!(Some(access.info), Registry::device(id));
		assert!(access.active && access.may_submit);
		// The device itself always may; a stranger may not.
		assert!(Registry::device_access(id, None).is_some_and(|a| a.may_submit));
		assert!(
			Registry::device_access(id, Some(&ALICE)).is_some_and(|a| a.active && !a.may_submit)
		);
		assert_eq!(Registry::device_access(id + 1, None), None);
		// Suspended: inactive, and nobody may submit, not even the device.
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		let access = Registry::device_access(id, None).expect("still registered");
		assert!(!access.active && !access.may_submit);
	});
}

#[test]
fn another_providers_gateway_may_not_submit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = meter(1);
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(OTHER_PROVIDER), GATEWAY));
		assert!(!Registry::may_submit_for(&GATEWAY, id));
	});
}

#[test]
fn an_aggregator_may_not_submit_once_the_device_left_its_group() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submission_setup();
		assert_ok!(Registry::set_device_group(RuntimeOrigin::signed(PROVIDER), id, None));
		assert!(!Registry::may_submit_for(&AGGREGATOR, id));
		assert!(Registry::may_submit_for(&GATEWAY, id));
	});
}

#[test]
fn nobody_may_submit_for_an_inactive_device() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submission_setup();
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), id));
		for who in [PROVIDER, GATEWAY, AGGREGATOR] {
			assert!(!Registry::may_submit_for(&who, id));
		}
	});
}

#[test]
fn nobody_may_submit_for_a_suspended_providers_device() {
	ExtBuilder::default().build_and_execute(|| {
		let id = submission_setup();
		suspend_provider();
		for who in [PROVIDER, GATEWAY, AGGREGATOR] {
			assert!(!Registry::may_submit_for(&who, id));
		}
	});
}

#[test]
fn view_functions_answer_what_portals_read() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		MockAgreements::set_between(ALICE, PROVIDER, false, START, None);
		let site = group(None);
		let charger = commission(DeviceKind::Charger, ServiceKind::EvCharging, 1, Some(site));
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));

		assert_eq!(Registry::provider_info(PROVIDER).unwrap().token_key, token_key(PROVIDER));
		assert_eq!(Registry::provider_info(ALICE), None);
		assert_eq!(Registry::subscriber_info(ALICE).unwrap().deposit, DEPOSIT);
		assert_eq!(Registry::subscriber_tags(ALICE), vec![tag(b"card")]);
		assert!(Registry::subscriber_tags(BOB).is_empty());
		assert_eq!(Registry::tag_info(tag(b"card")).unwrap().owner, ALICE);
		assert_eq!(Registry::tag_authorization(tag(b"card"), charger), TagStatus::Accepted);
		assert_eq!(Registry::device_info(charger).unwrap().group, Some(site));
		assert_eq!(Registry::device_by_key([1; 32]), Some(charger));
		assert_eq!(Registry::device_status(charger).unwrap().now, START);
		assert_eq!(Registry::group_info(site).unwrap().devices, 1);
		assert!(Registry::is_gateway(PROVIDER, GATEWAY));
		assert!(!Registry::is_gateway(OTHER_PROVIDER, GATEWAY));

		// Through the generated view-function types, as a runtime API call would.
		assert_eq!(SubscriberTagsViewFunction::<Test>::new(ALICE).invoke(), vec![tag(b"card")]);
		assert_eq!(
			TagAuthorizationViewFunction::<Test>::new(tag(b"card"), charger).invoke(),
			TagStatus::Accepted
		);
		assert!(IsGatewayViewFunction::<Test>::new(PROVIDER, GATEWAY).invoke());
		assert!(ProviderInfoViewFunction::<Test>::new(PROVIDER).invoke().is_some());
		let query = DeviceStatusViewFunction::<Test>::new(charger);
		let mut output = Vec::new();
		assert_ok!(<Registry as DispatchViewFunction>::dispatch_view_function(
			&DeviceStatusViewFunction::<Test>::id(),
			&mut &query.encode()[..],
			&mut output,
		));
		assert_eq!(
			Option::<DeviceStatusReport>::decode(&mut &output[..]).unwrap(),
			Some(DeviceStatusReport {
				reporting_interval_secs: MIN_INTERVAL,
				status: DeviceStatus::Active,
				now: START,
				key_epoch: 0,
			})
		);
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn the_benchmarking_helper_makes_consistent_records() {
	use meterchain_primitives::RegistryBenchmarking;
	ExtBuilder::default().build_and_execute(|| {
		Registry::make_provider(&ALICE, ServiceKind::Gas);
		Registry::make_provider(&ALICE, ServiceKind::Heat);
		Registry::make_provider(&ALICE, ServiceKind::Heat);
		assert!(Registry::offers_service(&ALICE, ServiceKind::Gas));
		assert!(Registry::offers_service(&ALICE, ServiceKind::Heat));
		suspend_provider();
		Registry::make_provider(&PROVIDER, ServiceKind::Water);
		assert!(Registry::offers_service(&PROVIDER, ServiceKind::Water));

		Registry::make_subscriber(&BOB);
		assert!(Registry::is_subscriber(&BOB));

		let first = Registry::make_device(&ALICE, ServiceKind::Gas, 0);
		let second = Registry::make_device(&ALICE, ServiceKind::Gas, 0);
		assert_ne!(first, second);
		assert!(Registry::is_device_active(second));
		assert_ne!(Registry::device(first).unwrap().key, Registry::device(second).unwrap().key);
		assert!(Registry::may_submit_for(&ALICE, first));
	});
}

#[test]
fn the_invariant_checks_catch_inconsistent_storage() {
	ExtBuilder::default().build().execute_with(|| {
		let site = group(None);
		commission(DeviceKind::Meter, ServiceKind::Electricity, 1, Some(site));
		subscribe(ALICE);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		assert_ok!(Registry::do_try_state());

		crate::Groups::<Test>::mutate(site, |g| g.as_mut().unwrap().devices = 0);
		assert!(Registry::do_try_state().is_err());
		crate::Groups::<Test>::mutate(site, |g| g.as_mut().unwrap().devices = 1);

		crate::IdTags::<Test>::remove(tag(b"card"));
		assert!(Registry::do_try_state().is_err());
	});
}
