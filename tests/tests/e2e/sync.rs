//! A full node (not a validator) syncs from a validator and reaches the same finalized chain.

use std::time::Duration;

use meterchain_e2e::{chain, node::Node, wait_for};
use serde_json::json;

#[test]
fn a_full_node_syncs_to_the_validators_finalized_hash() {
	let validator = Node::start("validator", &["--dev"]);
	wait_for("the validator to finalize block 2", Duration::from_secs(120), || {
		(chain::finalized(&validator.rpc).1 >= 2).then_some(())
	});

	let bootnode = validator.multiaddr();
	let full = Node::start("full", &["--chain", "dev", "--bootnodes", &bootnode]);
	let roles = full.rpc.must("system_nodeRoles", json!([]));
	assert_eq!(roles, json!(["Full"]));

	// Whatever the validator has finalized by now, the full node must reach and agree on.
	let (target_hash, target_number) = chain::finalized(&validator.rpc);
	wait_for("the full node to finalize the validator's block", Duration::from_secs(120), || {
		(chain::finalized(&full.rpc).1 >= target_number).then_some(())
	});
	assert_eq!(chain::block_hash(&full.rpc, target_number), Some(target_hash));
	let peers = full.rpc.must("system_health", json!([]))["peers"].as_u64();
	assert_eq!(peers, Some(1));
}
