//! `register_subscriber`, `update_subscriber` and `deregister_subscriber`.

use super::*;
use crate::{CiphertextOf, Envelope, Error, HoldReason, IdTags, SubscriberTags, Subscribers};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays, PostDispatchInfo},
	traits::fungible::{Inspect, InspectHold},
};
use sp_core::H256;

fn ciphertext(bytes: &[u8]) -> CiphertextOf<Test> {
	CiphertextOf::<Test>::try_from(bytes.to_vec()).unwrap()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::SubscriberDeposit.into(), &who)
}

#[test]
fn an_account_registers_as_a_subscriber_and_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let hash = H256::repeat_byte(3);
		assert_ok!(Registry::register_subscriber(RuntimeOrigin::signed(ALICE), hash, None));
		assert_eq!(
			last_event(),
			Event::SubscriberRegistered { subscriber: ALICE, deposit: DEPOSIT }
		);
		let subscriber = Subscribers::<Test>::get(ALICE).unwrap();
		assert_eq!(subscriber.data_hash, hash);
		assert_eq!(subscriber.envelope, None);
		assert_eq!(subscriber.deposit, DEPOSIT);
		assert_eq!(subscriber.registered_at, START);
		assert_eq!(held(ALICE), DEPOSIT);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT - DEPOSIT);
	});
}

#[test]
fn a_subscriber_can_address_its_data_encrypted_to_a_provider() {
	ExtBuilder::default().build_and_execute(|| {
		let sealed = ciphertext(&[0xab; MAX_ENVELOPE as usize]);
		assert_ok!(Registry::register_subscriber(
			RuntimeOrigin::signed(ALICE),
			H256::repeat_byte(3),
			Some((PROVIDER, sealed.clone())),
		));
		assert_eq!(
			Subscribers::<Test>::get(ALICE).unwrap().envelope,
			Some(Envelope { recipient: PROVIDER, ciphertext: sealed })
		);
	});
}

#[test]
fn a_subscriber_cannot_register_twice() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::register_subscriber(RuntimeOrigin::signed(ALICE), H256::zero(), None),
			Error::<Test>::AlreadyRegistered
		);
	});
}

#[test]
fn an_envelope_must_be_addressed_to_a_provider() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_subscriber(
				RuntimeOrigin::signed(ALICE),
				H256::zero(),
				Some((BOB, ciphertext(b"secret"))),
			),
			Error::<Test>::UnknownRecipient
		);
	});
}

#[test]
fn an_account_without_funds_cannot_register() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_subscriber(RuntimeOrigin::signed(PAUPER), H256::zero(), None),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn a_subscriber_replaces_its_data_hash_and_envelope() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		let hash = H256::repeat_byte(9);
		assert_ok!(Registry::update_subscriber(
			RuntimeOrigin::signed(ALICE),
			hash,
			Some((OTHER_PROVIDER, ciphertext(b"for the waterworks"))),
		));
		assert_eq!(last_event(), Event::SubscriberUpdated { subscriber: ALICE, data_hash: hash });
		let subscriber = Subscribers::<Test>::get(ALICE).unwrap();
		assert_eq!(subscriber.data_hash, hash);
		assert_eq!(subscriber.envelope.unwrap().recipient, OTHER_PROVIDER);
		assert_eq!(subscriber.deposit, DEPOSIT);

		assert_ok!(Registry::update_subscriber(RuntimeOrigin::signed(ALICE), hash, None));
		assert_eq!(Subscribers::<Test>::get(ALICE).unwrap().envelope, None);
	});
}

#[test]
fn only_a_subscriber_updates_subscriber_data() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::update_subscriber(RuntimeOrigin::signed(ALICE), H256::zero(), None),
			Error::<Test>::NotSubscriber
		);
	});
}

#[test]
fn an_updated_envelope_must_be_addressed_to_a_provider() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::update_subscriber(
				RuntimeOrigin::signed(ALICE),
				H256::zero(),
				Some((BOB, ciphertext(b"secret"))),
			),
			Error::<Test>::UnknownRecipient
		);
	});
}

#[test]
fn deregistering_releases_the_deposit_and_removes_the_tags() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		for t in [&b"card-1"[..], b"card-2"] {
			assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(t), None));
		}
		let result = Registry::deregister_subscriber(RuntimeOrigin::signed(ALICE));
		assert_ok!(result);
		assert_eq!(
			last_event(),
			Event::SubscriberDeregistered { subscriber: ALICE, deposit: DEPOSIT, tags: 2 }
		);
		assert!(!Subscribers::<Test>::contains_key(ALICE));
		assert!(!SubscriberTags::<Test>::contains_key(ALICE));
		assert!(!IdTags::<Test>::contains_key(tag(b"card-1")));
		assert!(!IdTags::<Test>::contains_key(tag(b"card-2")));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), ENDOWMENT);
		// The weight charged is that of the tags actually removed.
		let weight = <() as crate::WeightInfo>::deregister_subscriber(2);
		assert_eq!(
			result.unwrap(),
			PostDispatchInfo { actual_weight: Some(weight), pays_fee: Pays::Yes }
		);
		let call = crate::Call::<Test>::deregister_subscriber {};
		assert!(call.get_dispatch_info().call_weight.all_gte(weight));
	});
}

#[test]
fn only_a_subscriber_deregisters() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::deregister_subscriber(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotSubscriber
		);
	});
}

#[test]
fn a_subscriber_with_an_active_agreement_cannot_deregister() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		MockAgreements::set_active(ALICE, true);
		assert_noop!(
			Registry::deregister_subscriber(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::HasActiveAgreement
		);
		MockAgreements::set_active(ALICE, false);
		assert_ok!(Registry::deregister_subscriber(RuntimeOrigin::signed(ALICE)));
	});
}
