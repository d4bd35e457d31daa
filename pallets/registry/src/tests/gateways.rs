//! `authorize_gateway` and `revoke_gateway`.

use super::*;
use crate::{Error, Gateways};
use frame_support::{assert_noop, assert_ok};

const GATEWAY: AccountId = 30;

#[test]
fn a_provider_authorizes_and_revokes_a_gateway() {
	ExtBuilder::default().build_and_execute(|| {
		set_now(START + 9);
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert_eq!(last_event(), Event::GatewayAuthorized { provider: PROVIDER, gateway: GATEWAY });
		assert_eq!(Gateways::<Test>::get(PROVIDER, GATEWAY), Some(START + 9));
		assert!(!Gateways::<Test>::contains_key(OTHER_PROVIDER, GATEWAY));

		assert_ok!(Registry::revoke_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert_eq!(last_event(), Event::GatewayRevoked { provider: PROVIDER, gateway: GATEWAY });
		assert!(!Gateways::<Test>::contains_key(PROVIDER, GATEWAY));
	});
}

#[test]
fn one_account_can_be_the_gateway_of_several_providers() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(OTHER_PROVIDER), GATEWAY));
		assert_ok!(Registry::revoke_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert!(Gateways::<Test>::contains_key(OTHER_PROVIDER, GATEWAY));
	});
}

#[test]
fn only_an_active_provider_authorizes_gateways() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::authorize_gateway(RuntimeOrigin::signed(ALICE), GATEWAY),
			Error::<Test>::NotProvider
		);
		suspend_provider();
		assert_noop!(
			Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY),
			Error::<Test>::ProviderInactive
		);
	});
}

#[test]
fn a_gateway_cannot_be_authorized_twice() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert_noop!(
			Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY),
			Error::<Test>::AlreadyGateway
		);
	});
}

#[test]
fn only_an_active_provider_revokes_gateways() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY));
		assert_noop!(
			Registry::revoke_gateway(RuntimeOrigin::signed(ALICE), GATEWAY),
			Error::<Test>::NotProvider
		);
		suspend_provider();
		assert_noop!(
			Registry::revoke_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY),
			Error::<Test>::ProviderInactive
		);
	});
}

#[test]
fn revoking_an_account_that_is_not_a_gateway_fails() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Registry::authorize_gateway(RuntimeOrigin::signed(OTHER_PROVIDER), GATEWAY));
		assert_noop!(
			Registry::revoke_gateway(RuntimeOrigin::signed(PROVIDER), GATEWAY),
			Error::<Test>::NotGateway
		);
	});
}
