//! `register_provider`, `suspend_provider`, `resume_provider`, `update_provider` and the
//! genesis config.

use super::*;
use crate::{Error, ProviderStatus, Providers};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

const NEW: AccountId = 20;

#[test]
fn genesis_registers_the_configured_providers() {
	ExtBuilder::default().build_and_execute(|| {
		let provider = Providers::<Test>::get(PROVIDER).unwrap();
		assert_eq!(provider.name, name(b"Grid & Charge"));
		assert_eq!(
			provider.services,
			services(&[ServiceKind::Electricity, ServiceKind::EvCharging])
		);
		assert_eq!(provider.token_key, token_key(PROVIDER));
		assert_eq!(provider.status, ProviderStatus::Active);
		assert!(Providers::<Test>::contains_key(OTHER_PROVIDER));
	});
}

#[test]
fn a_chain_can_start_without_providers() {
	ExtBuilder::default().without_providers().build_and_execute(|| {
		assert_eq!(Providers::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_genesis_config_listing_a_provider_twice_or_with_bad_services_does_not_parse() {
	let parse = |providers: serde_json::Value| {
		serde_json::from_value::<crate::GenesisConfig<Test>>(
			serde_json::json!({ "providers": providers }),
		)
		.map_err(|e| e.to_string())
	};
	let gas = vec![ServiceKind::Gas];
	let ok = parse(serde_json::json!([[NEW, b"one", gas, key(1)], [NEW + 1, b"two", gas, key(2)]]))
		.expect("two providers parse");
	assert_eq!(ok.providers.len(), 2);
	let twice = parse(serde_json::json!([[NEW, b"one", gas, key(1)], [NEW, b"two", gas, key(2)]]));
	assert!(twice.is_err_and(|e| e.contains("a provider is listed twice")));
	let none = parse(serde_json::json!([[NEW, b"one", Vec::<ServiceKind>::new(), key(1)]]));
	assert!(none.is_err_and(|e| e.contains("a provider offers no service")));
	let repeated =
		parse(serde_json::json!([[NEW, b"one", [ServiceKind::Gas, ServiceKind::Gas], key(1)]]));
	assert!(repeated.is_err_and(|e| e.contains("a provider names a service twice")));
}

#[test]
fn a_genesis_config_with_a_name_too_long_or_too_many_services_does_not_parse() {
	let parse = |name: Vec<u8>, services: Vec<ServiceKind>| {
		let json = serde_json::json!({ "providers": [[NEW, name, services, key(1)]] });
		serde_json::from_value::<crate::GenesisConfig<Test>>(json)
	};
	assert!(parse(vec![b'x'; MAX_NAME as usize], vec![ServiceKind::Gas]).is_ok());
	assert!(parse(vec![b'x'; MAX_NAME as usize + 1], vec![ServiceKind::Gas]).is_err());
	let all = ServiceKind::ALL.to_vec();
	assert!(parse(b"all".to_vec(), all.clone()).is_ok());
	assert!(parse(b"too many".to_vec(), [all.clone(), all].concat()).is_err());
}

#[test]
fn governance_registers_a_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let offered = services(&[ServiceKind::Water, ServiceKind::Heat]);
		assert_ok!(Registry::register_provider(
			RuntimeOrigin::root(),
			NEW,
			name(b"Heat & Water"),
			offered.clone(),
			key(9),
		));
		assert_eq!(
			last_event(),
			Event::ProviderRegistered { provider: NEW, services: offered.clone() }
		);
		let provider = Providers::<Test>::get(NEW).unwrap();
		assert_eq!(provider.services, offered);
		assert_eq!(provider.token_key, key(9));
		assert_eq!(provider.status, ProviderStatus::Active);
		assert_eq!(provider.registered_at, START);
	});
}

#[test]
fn only_governance_registers_providers() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_provider(
				RuntimeOrigin::signed(ALICE),
				ALICE,
				name(b"me"),
				services(&[ServiceKind::Gas]),
				key(9),
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_provider_cannot_be_registered_twice() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_provider(
				RuntimeOrigin::root(),
				PROVIDER,
				name(b"again"),
				services(&[ServiceKind::Gas]),
				key(9),
			),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn a_provider_must_offer_a_service() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_provider(
				RuntimeOrigin::root(),
				NEW,
				name(b"nothing"),
				services(&[]),
				key(9),
			),
			Error::<Test>::NoServices
		);
	});
}

#[test]
fn a_provider_cannot_list_a_service_twice() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_provider(
				RuntimeOrigin::root(),
				NEW,
				name(b"gas gas"),
				services(&[ServiceKind::Gas, ServiceKind::Water, ServiceKind::Gas]),
				key(9),
			),
			Error::<Test>::DuplicateService
		);
	});
}

#[test]
fn governance_suspends_and_resumes_a_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::suspend_provider(RuntimeOrigin::root(), PROVIDER));
		assert_eq!(last_event(), Event::ProviderSuspended { provider: PROVIDER });
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().status, ProviderStatus::Suspended);

		assert_ok!(Registry::resume_provider(RuntimeOrigin::root(), PROVIDER));
		assert_eq!(last_event(), Event::ProviderResumed { provider: PROVIDER });
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().status, ProviderStatus::Active);
	});
}

#[test]
fn only_governance_suspends_and_resumes_providers() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::suspend_provider(RuntimeOrigin::signed(PROVIDER), PROVIDER),
			DispatchError::BadOrigin
		);
		suspend_provider();
		assert_noop!(
			Registry::resume_provider(RuntimeOrigin::signed(PROVIDER), PROVIDER),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn suspending_or_resuming_an_unknown_provider_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::suspend_provider(RuntimeOrigin::root(), NEW),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Registry::resume_provider(RuntimeOrigin::root(), NEW),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn a_suspended_provider_cannot_be_suspended_again() {
	ExtBuilder::default().build_and_execute(|| {
		suspend_provider();
		assert_noop!(
			Registry::suspend_provider(RuntimeOrigin::root(), PROVIDER),
			Error::<Test>::AlreadySuspended
		);
	});
}

#[test]
fn an_active_provider_cannot_be_resumed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::resume_provider(RuntimeOrigin::root(), PROVIDER),
			Error::<Test>::NotSuspended
		);
	});
}

#[test]
fn a_provider_updates_its_name_services_and_token_key() {
	ExtBuilder::default().build_and_execute(|| {
		let offered = services(&[ServiceKind::EvCharging]);
		assert_ok!(Registry::update_provider(
			RuntimeOrigin::signed(PROVIDER),
			name(b"Charge only"),
			offered.clone(),
			key(5),
		));
		assert_eq!(
			last_event(),
			Event::ProviderUpdated {
				provider: PROVIDER,
				services: offered.clone(),
				token_key: key(5)
			}
		);
		let provider = Providers::<Test>::get(PROVIDER).unwrap();
		assert_eq!(provider.name, name(b"Charge only"));
		assert_eq!(provider.services, offered);
		assert_eq!(provider.token_key, key(5));
		assert_eq!(provider.registered_at, START);
	});
}

#[test]
fn only_a_provider_updates_provider_details() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::update_provider(
				RuntimeOrigin::signed(ALICE),
				name(b"me"),
				services(&[ServiceKind::Gas]),
				key(5),
			),
			Error::<Test>::NotProvider
		);
	});
}

#[test]
fn a_suspended_provider_cannot_update_its_details() {
	ExtBuilder::default().build_and_execute(|| {
		suspend_provider();
		assert_noop!(
			Registry::update_provider(
				RuntimeOrigin::signed(PROVIDER),
				name(b"me"),
				services(&[ServiceKind::Gas]),
				key(5),
			),
			Error::<Test>::ProviderInactive
		);
	});
}

#[test]
fn an_update_must_keep_a_service_and_list_each_once() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::update_provider(
				RuntimeOrigin::signed(PROVIDER),
				name(b"me"),
				services(&[]),
				key(5),
			),
			Error::<Test>::NoServices
		);
		assert_noop!(
			Registry::update_provider(
				RuntimeOrigin::signed(PROVIDER),
				name(b"me"),
				services(&[ServiceKind::Heat, ServiceKind::Heat]),
				key(5),
			),
			Error::<Test>::DuplicateService
		);
	});
}
