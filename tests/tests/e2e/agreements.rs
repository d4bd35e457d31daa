//! On a `--dev` node: a subscriber registers, the genesis demo provider commissions a charger
//! and publishes an EV-charging tariff, both sign terms at that tariff off chain and a third
//! account submits them; the agreement is active, the subscriber's id tag is `NoCredit` at the
//! charger until the prepaid agreement is topped up and `Accepted` after, and replaying the
//! signed terms is refused. The provider signs with polkadot.js `signRaw`, as a wallet would.
//! Everything is read back through the pallets' view functions, as a portal would.

use std::time::Duration;

use codec::Encode;
use meterchain_e2e::{chain, node::Node, polkadot_js, wait_for};
use meterchain_primitives::{
	BillingCycle, DeviceKey, DeviceKind, PaymentMode, ServiceKind, TagStatus,
};
use meterchain_runtime::{
	genesis_config_presets::DEMO_PROVIDER_NAME, Runtime, RuntimeCall, RuntimeEvent, UNIT,
};
use pallet_agreements::SignedAction;
use sp_core::{sr25519, Pair, H256};
use sp_io::hashing::blake2_256;
use sp_runtime::{DispatchError, MultiSignature};

type AgreementTerms = pallet_agreements::TermsOf<Runtime>;

fn dev(name: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(&format!("//{name}"), None).expect("dev seed")
}

fn succeeded(events: &chain::Events) {
	assert_eq!(chain::dispatch_error(events), None, "the transaction failed");
}

#[test]
fn a_dual_signed_prepaid_agreement_on_the_dev_chain_authorizes_the_subscribers_tag_once_topped_up()
{
	let node = Node::start("agreements", &["--dev"]);
	let rpc = &node.rpc;
	// From block 1 on, the chain stores its genesis hash, which signatures commit to.
	wait_for("block 1 to be finalized", Duration::from_secs(120), || {
		(chain::finalized(rpc).1 >= 1).then_some(())
	});
	let (bob, charlie, dave) = (dev("Bob"), dev("Charlie"), dev("Dave"));
	let (bob_id, charlie_id) = (chain::account_of(&bob), chain::account_of(&charlie));

	// The genesis preset registered Bob as the demo provider.
	let (at, _) = chain::finalized(rpc);
	let provider = chain::view(
		rpc,
		at,
		pallet_registry::ProviderInfoViewFunction::<Runtime>::new(bob_id.clone()),
	)
	.expect("the demo provider");
	assert_eq!(provider.name.to_vec(), DEMO_PROVIDER_NAME);

	// Charlie registers as a subscriber: only a hash of its personal data goes on chain, and
	// the deposit is held.
	let data_hash = H256(blake2_256(b"Charlie Example, 1 Meter Lane"));
	let (at, events) = chain::submit_included(
		rpc,
		&charlie,
		RuntimeCall::Registry(pallet_registry::Call::register_subscriber {
			data_hash,
			envelope: None,
		}),
	);
	succeeded(&events);
	let subscriber = chain::view(
		rpc,
		at,
		pallet_registry::SubscriberInfoViewFunction::<Runtime>::new(charlie_id.clone()),
	)
	.expect("Charlie is a subscriber");
	assert_eq!(subscriber.data_hash, data_hash);
	let deposit = <Runtime as pallet_registry::Config>::SubscriberDeposit::get();
	assert_eq!(chain::account(rpc, &charlie_id, Some(at)).data.reserved, deposit);

	// Charlie registers an RFID card's id tag; Bob commissions a charger.
	let tag: meterchain_primitives::IdTag = b"04A1B2C3D4".to_vec().try_into().expect("short tag");
	let (_, events) = chain::submit_included(
		rpc,
		&charlie,
		RuntimeCall::Registry(pallet_registry::Call::register_tag {
			tag: tag.clone(),
			expires_at: None,
		}),
	);
	succeeded(&events);
	let charger_key = sr25519::Pair::from_string("//demo-charger-1", None).expect("seed");
	let (at, events) = chain::submit_included(
		rpc,
		&bob,
		RuntimeCall::Registry(pallet_registry::Call::commission_device {
			kind: DeviceKind::Charger,
			service: ServiceKind::EvCharging,
			key: DeviceKey::Sr25519(charger_key.public().0),
			reporting_interval_secs: 900,
			group: None,
		}),
	);
	succeeded(&events);
	let charger = events
		.iter()
		.find_map(|r| match &r.event {
			RuntimeEvent::Registry(pallet_registry::Event::DeviceCommissioned { id, .. }) => {
				Some(*id)
			},
			_ => None,
		})
		.expect("a DeviceCommissioned event");
	let authorize = |at| {
		chain::view(
			rpc,
			at,
			pallet_registry::TagAuthorizationViewFunction::<Runtime>::new(tag.clone(), charger),
		)
	};
	// Without an agreement with the charger's provider, the tag may not charge there.
	assert_eq!(authorize(at), TagStatus::Blocked);

	// Bob publishes the EV-charging tariff the terms name: 0.45 MTR per kWh.
	let ev_tariff = pallet_billing::Tariff {
		energy: pallet_billing::Energy::Flat { price: 45 * UNIT / 100 },
		standing_charge: 0,
		demand_charge: 0,
		session_fee: 0,
		tax_bps: 0,
	};
	let (_, events) = chain::submit_included(
		rpc,
		&bob,
		RuntimeCall::Billing(pallet_billing::Call::create_tariff {
			service: ServiceKind::EvCharging,
			tariff: ev_tariff,
		}),
	);
	succeeded(&events);
	let tariff = events
		.iter()
		.find_map(|r| match &r.event {
			RuntimeEvent::Billing(pallet_billing::Event::TariffCreated { id, .. }) => Some(*id),
			_ => None,
		})
		.expect("a TariffCreated event");

	// Both parties sign the same terms off chain: Charlie signs the raw payload with its key,
	// Bob with a polkadot.js wallet's `signRaw` (which signs <Bytes>payload</Bytes>).
	let now: u64 =
		chain::storage(rpc, &chain::value_key("Timestamp", "Now"), Some(at)).expect("chain time");
	let terms = AgreementTerms {
		provider: bob_id.clone(),
		subscriber: charlie_id.clone(),
		service: ServiceKind::EvCharging,
		tariff,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Prepaid { low_credit_threshold: 5 * UNIT },
		devices: Default::default(),
		start: now,
		end: None,
		notice_period: 30 * 24 * 60 * 60 * 1000,
		document_hash: H256(blake2_256(b"EV charging contract, 2026 edition")),
		encrypted_document: None,
		nonce: 1,
		deadline: now + 10 * 60 * 1000,
	};
	let action = SignedAction::Conclude(terms.clone());
	let payload = chain::view(
		rpc,
		at,
		pallet_agreements::SigningPayloadViewFunction::<Runtime>::new(action.clone()),
	);
	// The payload is what the docs say: domain tag, genesis hash, SCALE-encoded action.
	let genesis = chain::block_hash(rpc, 0).expect("genesis");
	let expected =
		[&b"meterchain/agreements/v1"[..], genesis.as_bytes(), &action.encode()[..]].concat();
	assert_eq!(payload, expected);
	let subscriber_signature = MultiSignature::from(charlie.sign(&payload));
	let provider_signature = MultiSignature::from(polkadot_js::sign_raw("//Bob", &payload));

	let conclude = RuntimeCall::Agreements(pallet_agreements::Call::conclude_signed {
		terms: terms.clone(),
		subscriber_signature,
		provider_signature,
	});
	let (at, events) = chain::submit_included(rpc, &dave, conclude.clone());
	succeeded(&events);
	let id = events
		.iter()
		.find_map(|r| match &r.event {
			RuntimeEvent::Agreements(pallet_agreements::Event::Concluded { id, .. }) => Some(*id),
			_ => None,
		})
		.expect("a Concluded event");

	// Portals find it by account and by id.
	let of_charlie = chain::view(
		rpc,
		at,
		pallet_agreements::AgreementsOfViewFunction::<Runtime>::new(charlie_id.clone(), None, 10),
	);
	assert_eq!(of_charlie, vec![id]);
	let record = chain::view(rpc, at, pallet_agreements::AgreementViewFunction::<Runtime>::new(id))
		.expect("the agreement");
	assert_eq!(record.terms, terms);
	assert_eq!(record.version, 1);

	// The agreement is prepaid and holds no credit yet: the tag is known, but a charger may not
	// start a session on it.
	assert_eq!(authorize(at), TagStatus::NoCredit);

	// Once Charlie tops up, the tag is accepted at Bob's charger.
	let top_up =
		RuntimeCall::Billing(pallet_billing::Call::top_up { agreement: id, amount: 20 * UNIT });
	let (at, events) = chain::submit_included(rpc, &charlie, top_up);
	succeeded(&events);
	assert_eq!(authorize(at), TagStatus::Accepted);

	// Submitting the same signed terms again is a replay, and is refused.
	let (_, events) = chain::submit_included(rpc, &dave, conclude);
	assert_eq!(
		chain::dispatch_error(&events),
		Some(DispatchError::from(pallet_agreements::Error::<Runtime>::AlreadyConcluded))
	);
}
