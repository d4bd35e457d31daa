//! `conclude_signed`: concluding with both parties' off-chain signatures, and the signing
//! payload.

use super::*;
use crate::{
	AgreementStatus, Coverage, DeviceAgreements, Error, NextAgreementId, PartyAgreements,
	SubscriberOpen, UsedTerms,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};

#[test]
fn concluding_signed_terms_creates_an_active_agreement() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) =
			signatures(&SignedAction::Conclude(terms()));

		assert_ok!(Agreements::conclude_signed(
			origin(stranger()),
			terms(),
			subscriber_signature,
			provider_signature
		));

		let terms_hash = hash(&terms());
		assert_eq!(
			last_event(),
			Event::Concluded { id: 0, terms_hash, provider: provider(), subscriber: subscriber() }
		);
		let record = Agreements::agreement(0).unwrap();
		assert_eq!(record.terms, terms());
		assert_eq!(record.terms_hash, terms_hash);
		assert_eq!((record.version, record.history.len()), (1, 0));
		assert_eq!(record.status, AgreementStatus::Active);
		assert_eq!(record.concluded_at, START);
		assert_eq!(UsedTerms::<Test>::get(terms_hash), Some(0));
		assert_eq!(NextAgreementId::<Test>::get(), 1);
		assert!(PartyAgreements::<Test>::contains_key(provider(), 0));
		assert!(PartyAgreements::<Test>::contains_key(subscriber(), 0));
		assert_eq!(SubscriberOpen::<Test>::get(subscriber()).into_inner(), vec![0]);
		assert_eq!(
			DeviceAgreements::<Test>::get(METER).into_inner(),
			vec![Coverage {
				agreement: 0,
				service: ServiceKind::Electricity,
				start: START,
				end: None
			}]
		);
	});
}

#[test]
fn both_sr25519_and_ed25519_keys_sign() {
	ExtBuilder::default().build_and_execute(|| {
		// The provider signs with sr25519 and the subscriber with ed25519 in `terms()`; here
		// the other way round.
		let terms = Terms {
			provider: other_provider(),
			subscriber: other_subscriber(),
			service: ServiceKind::Water,
			tariff: WATER_TARIFF,
			..terms_with(0, &[WATER_METER], START, None)
		};
		conclude_between(terms, &other_subscriber_key(), &other_provider_key());
		assert_eq!(Agreements::agreement(0).unwrap().terms.provider, other_provider());
	});
}

#[test]
fn bytes_wrapped_signatures_are_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		// What polkadot.js `signRaw` signs: `<Bytes>` ++ payload ++ `</Bytes>`.
		let action = SignedAction::Conclude(terms());
		assert_ok!(Agreements::conclude_signed(
			origin(stranger()),
			terms(),
			sign_wrapped(&subscriber_key(), &action),
			sign_wrapped(&provider_key(), &action),
		));

		// One wrapped and one raw signature.
		let terms = terms_with(1, &[], START, None);
		let action = SignedAction::Conclude(terms.clone());
		assert_ok!(Agreements::conclude_signed(
			origin(stranger()),
			terms,
			sign(&subscriber_key(), &action),
			sign_wrapped(&provider_key(), &action),
		));
		assert_eq!(NextAgreementId::<Test>::get(), 2);
	});
}

#[test]
fn the_signing_payload_is_the_domain_tag_the_genesis_hash_and_the_scale_encoded_action() {
	ExtBuilder::default().build_and_execute(|| {
		let action = SignedAction::Conclude(terms());
		let mut expected = b"meterchain/agreements/v1".to_vec();
		expected.extend_from_slice(GENESIS.as_bytes());
		expected.extend_from_slice(&action.encode());
		assert_eq!(Agreements::signing_payload(action.clone()), expected);
		// `Conclude` is the action's first variant: its encoding is 0 then the terms'.
		assert_eq!(action.encode(), [vec![0u8], terms().encode()].concat());
	});
}

#[test]
fn the_terms_hash_is_the_blake2_256_of_the_scale_encoded_terms() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(hash(&terms()), H256(sp_io::hashing::blake2_256(&terms().encode())));
		assert_ne!(hash(&terms()), hash(&terms_with(1, &[METER], START, None)));
	});
}

#[test]
fn an_agreement_without_devices_is_allowed() {
	ExtBuilder::default().build_and_execute(|| {
		let terms = Terms {
			service: ServiceKind::EvCharging,
			tariff: EV_TARIFF,
			payment: PaymentMode::Prepaid { low_credit_threshold: 50 },
			..terms_with(0, &[], START, None)
		};
		conclude(terms);
		assert!(Agreements::agreement(0).unwrap().terms.devices.is_empty());
	});
}

#[test]
fn back_to_back_agreements_on_a_device_are_allowed() {
	ExtBuilder::default().build_and_execute(|| {
		conclude(terms_with(0, &[METER], START, Some(START + 10 * DAY)));
		conclude_for_other_subscriber(1, &[METER], START + 10 * DAY, None);
		assert_eq!(DeviceAgreements::<Test>::get(METER).len(), 2);
	});
}

#[test]
fn overlapping_coverage_of_a_device_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		conclude(terms_with(0, &[METER], START, Some(START + 10 * DAY)));
		// Starting one millisecond before the first ends overlaps it.
		let terms = other_subscriber_terms(1, &[METER_2, METER], START + 10 * DAY - 1, None);
		let action = SignedAction::Conclude(terms.clone());
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms,
				sign(&other_subscriber_key(), &action),
				sign(&provider_key(), &action),
			),
			Error::<Test>::DeviceAlreadyCovered
		);
	});
}

#[test]
fn concluding_signed_terms_settles_their_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Agreements::propose(origin(subscriber()), terms()));
		assert_eq!(held(&subscriber()), DEPOSIT);

		conclude(terms());

		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::proposal(hash(&terms())), None);
		assert_noop!(
			Agreements::accept(origin(provider()), hash(&terms())),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn concluding_terms_that_fail_a_check_is_refused() {
	for (setup, error) in conclusion_failures() {
		ExtBuilder::default().build_and_execute(|| {
			let terms = setup();
			let (subscriber_signature, provider_signature) =
				signatures(&SignedAction::Conclude(terms.clone()));
			assert_noop!(
				Agreements::conclude_signed(
					origin(stranger()),
					terms,
					subscriber_signature,
					provider_signature
				),
				error
			);
		});
	}
}

#[test]
fn a_replayed_pair_of_signatures_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) =
			signatures(&SignedAction::Conclude(terms()));
		assert_ok!(Agreements::conclude_signed(
			origin(stranger()),
			terms(),
			subscriber_signature.clone(),
			provider_signature.clone(),
		));
		// Even once the first agreement has ended.
		assert_ok!(Agreements::propose_termination(origin(provider()), 0));
		assert_ok!(Agreements::approve_termination(origin(subscriber()), 0));
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::AlreadyConcluded
		);
	});
}

#[test]
fn signatures_past_the_deadline_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) =
			signatures(&SignedAction::Conclude(terms()));
		set_now(terms().deadline + 1);
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::DeadlineExpired
		);
	});
}

#[test]
fn a_forged_subscriber_signature_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let action = SignedAction::Conclude(terms());
		let provider_signature = sign(&provider_key(), &action);
		for forged in [
			sign(&stranger_key(), &action),
			// The provider's signature in the subscriber's place.
			provider_signature.clone(),
			// The subscriber's signature of other terms.
			sign(&subscriber_key(), &SignedAction::Conclude(terms_with(1, &[METER], START, None))),
		] {
			assert_noop!(
				Agreements::conclude_signed(
					origin(stranger()),
					terms(),
					forged,
					provider_signature.clone()
				),
				Error::<Test>::BadSubscriberSignature
			);
		}
	});
}

#[test]
fn a_forged_provider_signature_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let action = SignedAction::Conclude(terms());
		let subscriber_signature = sign(&subscriber_key(), &action);
		for forged in [
			sign(&stranger_key(), &action),
			subscriber_signature.clone(),
			sign(&other_provider_key(), &action),
		] {
			assert_noop!(
				Agreements::conclude_signed(
					origin(stranger()),
					terms(),
					subscriber_signature.clone(),
					forged
				),
				Error::<Test>::BadProviderSignature
			);
		}
	});
}

#[test]
fn tampered_terms_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) =
			signatures(&SignedAction::Conclude(terms()));
		let tampered = Terms { tariff: 8, ..terms() };
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				tampered,
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
	});
}

#[test]
fn signatures_over_another_payload_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let action = SignedAction::Conclude(terms());
		let mut payload = b"meterchain/agreements/v1".to_vec();
		payload.extend_from_slice(H256::repeat_byte(0x43).as_bytes());
		payload.extend_from_slice(&action.encode());
		let subscriber_signature = subscriber_key().sign(&payload);
		let provider_signature = provider_key().sign(&payload);
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);

		// Without the domain tag, or signed over the bare terms, they are refused too.
		for payload in [[GENESIS.as_bytes(), &action.encode()].concat(), terms().encode()] {
			assert_noop!(
				Agreements::conclude_signed(
					origin(stranger()),
					terms(),
					subscriber_key().sign(&payload),
					provider_key().sign(&payload)
				),
				Error::<Test>::BadSubscriberSignature
			);
		}
	});
}

#[test]
fn signatures_made_on_another_chain_are_refused() {
	// Both parties sign on the chain with genesis hash `GENESIS`...
	let signed =
		ExtBuilder::default().build().execute_with(|| signatures(&SignedAction::Conclude(terms())));
	// ...and someone submits their signatures to a chain with another genesis hash.
	ExtBuilder::default().genesis_hash(H256::repeat_byte(0x43)).build_and_execute(|| {
		let (subscriber_signature, provider_signature) = signed.clone();
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
	});
	// On the chain they were made for, they conclude.
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) = signed;
		assert_ok!(Agreements::conclude_signed(
			origin(stranger()),
			terms(),
			subscriber_signature,
			provider_signature
		));
	});
}

#[test]
fn signatures_of_another_action_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let action = SignedAction::Amend { agreement: 0, version: 1, terms: terms() };
		let (subscriber_signature, provider_signature) = signatures(&action);
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
	});
}

#[test]
fn concluding_when_the_ids_are_used_up_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		NextAgreementId::<Test>::put(AgreementId::MAX);
		let (subscriber_signature, provider_signature) =
			signatures(&SignedAction::Conclude(terms()));
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::IdsExhausted
		);
		NextAgreementId::<Test>::put(0);
	});
}
