//! A `--dev` node produces and finalizes blocks, serves metrics, and includes and finalizes a
//! signed balance transfer submitted over JSON-RPC.

use std::time::Duration;

use codec::Decode;
use meterchain_e2e::{chain, node::Node, rpc, wait_for};
use meterchain_runtime::{
	opaque::{Block, Header},
	BalancesCall, RuntimeCall, RuntimeEvent, UNIT,
};
use sc_consensus_grandpa::{FinalityProof, GrandpaJustification};
use serde_json::json;
use sp_consensus_grandpa::AuthorityList;
use sp_core::{sr25519, Pair};

#[test]
fn dev_chain_finalizes_blocks_and_a_signed_transfer() {
	let node = Node::start("dev", &["--dev"]);
	let rpc = &node.rpc;

	let version = rpc.must("state_getRuntimeVersion", json!([]));
	assert_eq!(version["specName"], "meterchain");

	wait_for("block 3 to be finalized", Duration::from_secs(120), || {
		(chain::finalized(rpc).1 >= 3).then_some(())
	});

	// Prometheus metrics are on and report the chain's height.
	let metrics = rpc::http_get(node.prometheus_port, "/metrics").expect("metrics endpoint");
	let metrics = String::from_utf8_lossy(&metrics);
	assert!(metrics.contains("substrate_block_height"), "metrics lack the block height");

	// Alice sends 42 tokens to a fresh account.
	let alice = sr25519::Pair::from_string("//Alice", None).expect("dev seed");
	let fresh = sr25519::Pair::from_string("//meterchain-e2e-recipient", None).expect("seed");
	let (alice_id, fresh_id) = (chain::account_of(&alice), chain::account_of(&fresh));
	let amount = 42 * UNIT;
	let (before_hash, _) = chain::finalized(rpc);
	let alice_before = chain::account(rpc, &alice_id, Some(before_hash)).data.free;
	assert_eq!(chain::account(rpc, &fresh_id, Some(before_hash)).data.free, 0);

	let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
		dest: fresh_id.clone().into(),
		value: amount,
	});
	let (block_hash, events) = chain::submit_finalized(rpc, &alice, transfer);

	// Balances at the finalized block: the recipient got exactly the amount, Alice paid the
	// amount plus the fee the chain reports in its event.
	let fee = events
		.iter()
		.find_map(|record| match &record.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { who, actual_fee, .. },
			) if *who == alice_id => Some(*actual_fee),
			_ => None,
		})
		.expect("a TransactionFeePaid event for Alice");
	assert!(fee > 0 && fee < UNIT, "unexpected fee {fee}");
	assert!(events.iter().any(|r| matches!(&r.event,
		RuntimeEvent::Balances(pallet_balances::Event::Transfer { from, to, amount: a })
			if *from == alice_id && *to == fresh_id && *a == amount)));
	assert_eq!(chain::account(rpc, &fresh_id, Some(block_hash)).data.free, amount);
	let alice_after = chain::account(rpc, &alice_id, Some(block_hash)).data.free;
	assert_eq!(alice_before - alice_after, amount + fee);
	assert_eq!(chain::account(rpc, &alice_id, Some(block_hash)).nonce, 1);
}

#[test]
fn finality_proofs_verify_against_the_voter_set_and_tampering_is_detected() {
	let node = Node::start("proofs", &["--dev"]);
	let rpc = &node.rpc;
	wait_for("block 3 to be finalized", Duration::from_secs(120), || {
		(chain::finalized(rpc).1 >= 3).then_some(())
	});

	// The chain still runs its genesis GRANDPA set: the case upstream cannot prove.
	let proof = rpc.must("grandpa_proveFinality", json!([1]));
	let proof = FinalityProof::<Header>::decode(&mut &chain::unhex(&proof)[..]).expect("proof");
	let justification =
		GrandpaJustification::<Block>::decode(&proof.justification).expect("justification");
	let (target_number, target_hash) = justification.target();
	assert_eq!(target_hash, proof.block);
	assert!(target_number >= 1);

	// The headers link block 1 to the justified block.
	let mut parent = chain::block_hash(rpc, 1).expect("block 1");
	assert_eq!(proof.unknown_headers.len() as u32, target_number - 1);
	for header in &proof.unknown_headers {
		assert_eq!(header.parent_hash, parent);
		parent = header.hash();
	}
	assert_eq!(parent, proof.block);

	// The justification carries enough valid signatures of the current voter set.
	let voters = rpc.must("state_call", json!(["GrandpaApi_grandpa_authorities", "0x"]));
	let voters = AuthorityList::decode(&mut &chain::unhex(&voters)[..]).expect("authorities");
	assert_eq!(voters.len(), 1);
	justification.verify(0, &voters).expect("a valid justification");
	assert!(justification.verify(1, &voters).is_err(), "wrong set id accepted");

	let mut forged = proof.justification.clone();
	let last = forged.len() - 1;
	forged[last - 40] ^= 0x01; // inside the last precommit's signature
	let tampered = GrandpaJustification::<Block>::decode(&forged);
	assert!(tampered.map_or(true, |j| j.verify(0, &voters).is_err()), "tampering undetected");

	// Blocks not finalized yet have no proof.
	let future = chain::finalized(rpc).1 + 1_000;
	assert!(rpc.call("grandpa_proveFinality", json!([future])).is_err());

	let state = rpc.must("grandpa_roundState", json!([]));
	assert_eq!(state["setId"], 0);
	assert_eq!(state["best"]["totalWeight"], 1);
}
