//! The client library against a real `--dev` node, as a portal, a provider's back office and a
//! device would use it: the registry and agreement lifecycle, off-line dual signing (and
//! forged signatures refused by name), event subscriptions, and storage proofs of an agreement
//! verified against a finalized header (and tampered proofs refused).

use std::time::Duration;

use futures::StreamExt;
use meterchain_client::{
	agreements::{sign_action, signing_payload, terms_hash, TermsDocument},
	api::{
		AgreementStatus, AgreementsEvent, DeviceKind, DeviceStatus, ProviderStatus, RuntimeEvent,
		ServiceKind, SignedAction, TagStatus, Terms,
	},
	events::is_agreement_concluded,
	governance::Authority,
	keys::Account,
	proofs::{decode_agreement, dev_voters, local_voters},
	registry::{parse_device_key, DeviceSpec},
	verify::VerifyError,
	Client, Error, Wait,
};
use meterchain_e2e::{node::Node, parties::tariff};

/// Starts a dev node and connects once block 1 exists (from then on the chain stores the
/// genesis hash that off-line signatures commit to).
async fn dev_node(name: &str) -> (Node, Client) {
	let node = Node::start(name, &["--dev"]);
	let client = node.client().await;
	(node, client)
}

fn dev(name: &str) -> Account {
	Account::dev(name).expect("dev account")
}

fn meter(provider_seed: &str) -> DeviceSpec {
	DeviceSpec {
		kind: DeviceKind::Meter,
		service: ServiceKind::Electricity,
		key: parse_device_key(&format!("sr25519://{provider_seed}")).expect("key"),
		reporting_interval_secs: 900,
		group: None,
	}
}

/// Terms for electricity through `devices` at a new flat tariff of `provider`.
async fn terms(
	client: &Client,
	provider: &Account,
	subscriber: &Account,
	devices: Vec<u64>,
	now: u64,
) -> Terms {
	let tariff = tariff(client, provider, ServiceKind::Electricity).await;
	TermsDocument {
		notice_period: 3_600_000,
		document_hash: format!("0x{}", "ab".repeat(32)),
		deadline: now + 3_600_000,
		..TermsDocument::postpaid(
			&provider.account_id(),
			&subscriber.account_id(),
			"electricity",
			tariff,
			devices,
			now,
			now,
		)
	}
	.to_terms()
	.expect("valid terms")
}

fn refused(result: Result<impl std::fmt::Debug, Error>, pallet: &str, error: &str) {
	match result {
		Err(e) => assert_eq!(e.chain_error(), Some((pallet, error)), "{e}"),
		Ok(v) => panic!("expected {pallet}::{error}, got success {v:?}"),
	}
}

async fn chain_now(client: &Client, device: u64) -> u64 {
	client.device_status(device).await.expect("reads").expect("device exists").now
}

#[tokio::test(flavor = "multi_thread")]
async fn the_registry_and_an_agreement_go_through_their_whole_lifecycle() {
	let (_node, client) = dev_node("client-lifecycle").await;
	let (alice, dave, eve, ferdie) = (dev("alice"), dev("dave"), dev("eve"), dev("ferdie"));

	// Governance (sudo on the dev chain) registers Dave as a provider.
	let token_key = parse_device_key("sr25519://DaveTopup").unwrap();
	client
		.governance(Authority::Sudo)
		.register_provider(
			&alice,
			&dave.account_id(),
			"Dave Water",
			&[ServiceKind::Water, ServiceKind::Electricity],
			token_key.clone(),
		)
		.await
		.expect("registered");
	let info = client.provider(&dave.account_id()).await.unwrap().expect("a provider");
	assert_eq!(info.name.0, b"Dave Water");
	assert_eq!(info.status, ProviderStatus::Active);
	// A second registration is refused inside sudo, and reported by name.
	refused(
		client
			.governance(Authority::Sudo)
			.register_provider(
				&alice,
				&dave.account_id(),
				"Again",
				&[ServiceKind::Water],
				token_key,
			)
			.await,
		"Registry",
		"AlreadyRegistered",
	);
	// Someone who is not governance cannot register providers.
	assert!(matches!(
		client
			.governance(Authority::Sudo)
			.register_provider(
				&eve,
				&eve.account_id(),
				"Eve",
				&[ServiceKind::Gas],
				parse_device_key("sr25519://E").unwrap()
			)
			.await,
		Err(Error::Refused { .. } | Error::Dispatch(_))
	));

	// Dave builds his network: a group, a meter in it, a gateway.
	let (group, _) = client.create_group(&dave, "Block A", None).await.expect("group");
	let mut spec = meter("DaveMeter1");
	spec.group = Some(group);
	let (device, _) = client.commission_device(&dave, spec).await.expect("commissioned");
	let record = client.device(device).await.unwrap().expect("device");
	assert_eq!((record.group, record.status.clone()), (Some(group), DeviceStatus::Active));
	assert_eq!(client.group(group).await.unwrap().expect("group").devices, 1);
	client.authorize_gateway(&dave, &ferdie.account_id()).await.expect("gateway");
	assert!(client.is_gateway(&dave.account_id(), &ferdie.account_id()).await.unwrap());
	// Only the device's provider may suspend it.
	refused(client.suspend_device(&eve, device).await, "Registry", "NotProvider");

	// Eve registers as a subscriber, with a tag.
	client.register_subscriber(&eve, [7u8; 32].into(), None).await.expect("subscriber");
	client.register_tag(&eve, "eve-card-1", None).await.expect("tag");
	assert_eq!(client.subscriber_tags(&eve.account_id()).await.unwrap(), vec!["EVE-CARD-1"]);

	// On-chain conclusion: Eve proposes, Dave accepts the same terms hash.
	let now = chain_now(&client, device).await;
	let proposed = terms(&client, &dave, &eve, vec![device], now).await;
	let (hash, _) = client.propose(&eve, &proposed).await.expect("proposed");
	assert_eq!(hash, terms_hash(&proposed));
	assert!(client.proposal(hash).await.unwrap().is_some());
	refused(client.accept(&eve, hash).await, "Agreements", "WrongParty");
	let (id, _) = client.accept(&dave, hash).await.expect("concluded");
	let agreement = client.agreement(id).await.unwrap().expect("agreement");
	assert_eq!((agreement.version, agreement.status.clone()), (1, AgreementStatus::Active));
	assert_eq!(client.agreements_of(&eve.account_id()).await.unwrap(), vec![id]);
	// While it is open, Eve cannot deregister.
	refused(client.deregister_subscriber(&eve).await, "Registry", "HasActiveAgreement");

	// Amendment, on chain: the monthly cycle becomes quarterly.
	let mut amended = proposed.clone();
	amended.cycle = meterchain_client::api::BillingCycle::Quarterly;
	amended.nonce += 1;
	client.propose_amendment(&dave, id, &amended).await.expect("amendment proposed");
	client.approve_amendment(&eve, id, terms_hash(&amended)).await.expect("amended");
	let agreement = client.agreement(id).await.unwrap().expect("agreement");
	assert_eq!(agreement.version, 2);
	assert_eq!(agreement.history.0, vec![hash]);

	// Mutual termination: Eve proposes, Dave approves; then Eve may leave.
	client.propose_termination(&eve, id).await.expect("termination proposed");
	client.approve_termination(&dave, id).await.expect("terminated");
	let agreement = client.agreement(id).await.unwrap().expect("agreement");
	assert!(matches!(agreement.status, AgreementStatus::Ended { .. }), "{:?}", agreement.status);
	client.deregister_subscriber(&eve).await.expect("deregistered");
	assert!(client.subscriber(&eve.account_id()).await.unwrap().is_none());

	// Dave retires the meter and the gateway.
	client.decommission_device(&dave, device).await.expect("decommissioned");
	client.revoke_gateway(&dave, &ferdie.account_id()).await.expect("revoked");
	assert!(!client.is_gateway(&dave.account_id(), &ferdie.account_id()).await.unwrap());
	// Suspending Dave is governance's.
	client
		.governance(Authority::Sudo)
		.suspend_provider(&alice, &dave.account_id())
		.await
		.expect("suspended");
	let info = client.provider(&dave.account_id()).await.unwrap().expect("provider");
	assert_eq!(info.status, ProviderStatus::Suspended);
}

#[tokio::test(flavor = "multi_thread")]
async fn terms_signed_off_line_conclude_and_forged_or_foreign_signatures_are_refused() {
	let (_node, client) = dev_node("client-signed").await;
	let (alice, bob, charlie, ferdie) = (dev("alice"), dev("bob"), dev("charlie"), dev("ferdie"));
	client.register_subscriber(&charlie, [1u8; 32].into(), None).await.expect("subscriber");
	let (device, _) = client.commission_device(&bob, meter("BobMeterSigned")).await.expect("meter");

	// A portal subscribes to finalized events before the agreement is concluded.
	let events = client.finalized_events(is_agreement_concluded).await.expect("subscribes");
	let mut events = Box::pin(events);

	let now = chain_now(&client, device).await;
	let terms = terms(&client, &bob, &charlie, vec![device], now).await;
	let genesis = client.genesis_hash();
	let action = SignedAction::Conclude(terms.clone());
	// The payload built locally is exactly the one the chain expects.
	assert_eq!(
		client.chain_signing_payload(&action).await.unwrap(),
		signing_payload(&genesis, &action)
	);

	let by_subscriber = sign_action(&charlie, &genesis, &action);
	let by_provider = sign_action(&bob, &genesis, &action);

	// Forged: Ferdie signs in the provider's place.
	let forged = sign_action(&ferdie, &genesis, &action);
	refused(
		client.conclude_signed(&alice, &terms, by_subscriber, forged).await,
		"Agreements",
		"BadProviderSignature",
	);
	// Foreign: signatures for another chain (genesis hash).
	let other_chain = [9u8; 32].into();
	refused(
		client
			.conclude_signed(
				&alice,
				&terms,
				sign_action(&charlie, &other_chain, &action),
				by_provider,
			)
			.await,
		"Agreements",
		"BadSubscriberSignature",
	);
	// Altered terms after signing.
	let mut altered = terms.clone();
	altered.notice_period += 1;
	refused(
		client.conclude_signed(&alice, &altered, by_subscriber, by_provider).await,
		"Agreements",
		"BadSubscriberSignature",
	);

	// The genuine signatures conclude it, submitted by a third party.
	let (id, _) = client
		.conclude_signed(&alice, &terms, by_subscriber, by_provider)
		.await
		.expect("concluded");
	// A replay of the same signed terms is refused.
	refused(
		client.conclude_signed(&alice, &terms, by_subscriber, by_provider).await,
		"Agreements",
		"AlreadyConcluded",
	);

	// Off-line termination, signed for the version in force and good for an hour; the
	// deadline is part of what was signed.
	let now_ms = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as u64;
	let deadline = now_ms + 3_600_000;
	let end = SignedAction::Terminate { agreement: id, version: 1, deadline };
	let (by_subscriber, by_provider) =
		(sign_action(&charlie, &genesis, &end), sign_action(&bob, &genesis, &end));
	refused(
		client.terminate_signed(&alice, id, deadline + 1, by_subscriber, by_provider).await,
		"Agreements",
		"BadSubscriberSignature",
	);
	client
		.terminate_signed(&alice, id, deadline, by_subscriber, by_provider)
		.await
		.expect("terminated");

	// The subscription saw the conclusion, in a finalized block.
	let concluded = tokio::time::timeout(Duration::from_secs(120), async {
		while let Some(event) = events.next().await {
			let event = event.expect("an event");
			if let RuntimeEvent::Agreements(AgreementsEvent::Concluded { id: seen, .. }) =
				event.event
			{
				return seen;
			}
		}
		panic!("the event stream ended");
	})
	.await
	.expect("the Concluded event arrives");
	assert_eq!(concluded, id);

	// An id tag of the subscriber is Invalid at a meter (it is not a charger).
	client.register_tag(&charlie, "CHARLIE-1", None).await.expect("tag");
	assert_eq!(client.tag_authorization("charlie-1", device).await.unwrap(), TagStatus::Invalid);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_storage_proof_of_an_agreement_verifies_and_tampering_is_detected() {
	let (_node, client) = dev_node("client-proof").await;
	let (alice, bob, dave) = (dev("alice"), dev("bob"), dev("dave"));
	client.register_subscriber(&dave, [2u8; 32].into(), None).await.expect("subscriber");
	let (device, _) = client.commission_device(&bob, meter("BobMeterProof")).await.expect("meter");
	let now = chain_now(&client, device).await;
	let terms = terms(&client, &bob, &dave, vec![device], now).await;
	let genesis = client.genesis_hash();
	let action = SignedAction::Conclude(terms.clone());
	let finalizing = client.with_wait(Wait::Finalized);
	let (id, receipt) = finalizing
		.conclude_signed(
			&alice,
			&terms,
			sign_action(&dave, &genesis, &action),
			sign_action(&bob, &genesis, &action),
		)
		.await
		.expect("concluded");
	assert!(receipt.finalized);

	// The proof: a finalized header, its GRANDPA proof, and the read proof of the agreement.
	let key = client.agreement_key(id).await.expect("key");
	let bundle = client.prove_storage(&key).await.expect("a proof");
	let read = bundle.verify(&dev_voters()).expect("verifies");
	let record = decode_agreement(&read.value.expect("the agreement is stored")).expect("decodes");
	assert_eq!(record.terms_hash, terms_hash(&terms));
	assert_eq!(record.terms.devices.0, vec![device]);

	// A tampered read proof (one byte of one node changed) is refused.
	let mut tampered = bundle.clone();
	let node = tampered.read_proof.iter_mut().max_by_key(|n| n.len()).expect("nodes");
	let flip = if node.ends_with('0') { '1' } else { '0' };
	node.pop();
	node.push(flip);
	assert!(matches!(
		tampered.verify(&dev_voters()),
		Err(Error::Proof(VerifyError::IncompleteProof))
	));

	// A header with another state root no longer links to the justified block.
	let mut tampered = bundle.clone();
	let mut header = hex::decode(tampered.header.trim_start_matches("0x")).unwrap();
	header[40] ^= 1; // inside the state root (after the parent hash and the compact number)
	tampered.header = format!("0x{}", hex::encode(header));
	assert!(matches!(tampered.verify(&dev_voters()), Err(Error::Proof(VerifyError::BrokenChain))));

	// Another voter set (the local testnet's) does not accept the dev chain's justification.
	assert!(matches!(
		bundle.verify(&local_voters()),
		Err(Error::Proof(VerifyError::NotEnoughVotes { .. }))
	));

	// The voter set the node reports is the dev chain's.
	assert_eq!(client.voters_from_node().await.unwrap(), dev_voters());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_examples_run_against_a_dev_node() {
	let (node, _client) = dev_node("client-examples").await;
	let url = node.ws_url();
	let run = |name: &str, args: &[&str]| {
		let bin = meterchain_e2e::node::sibling_binary(&format!("examples/{name}"));
		let output = std::process::Command::new(bin).args(args).output().expect("runs");
		let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
		assert!(
			output.status.success(),
			"{name} failed: {stdout}{}",
			String::from_utf8_lossy(&output.stderr)
		);
		stdout
	};
	let out = run("register_and_agree", &[&url]);
	assert!(out.contains("agreement 0 concluded"), "{out}");
	let out = run("verify_proof", &["0", &url]);
	assert!(out.contains("agreement 0 (version 1"), "{out}");
}
