//! Governance on a network without sudo: the `staging` chain, run by three of its four
//! validators (Alice, Bob, Charlie: enough to finalize). Everything root or governance did on
//! the dev chain goes through council motions here, through the `meterchain` CLI: a provider is
//! registered, a validator removed, and a runtime upgrade authorized; a motion short of its
//! ayes cannot pass, and nobody can use sudo.

use std::time::Duration;

use meterchain_e2e::{
	chain, cli,
	node::{node_binary, Node},
	wait_for,
};
use serde_json::Value;

/// Runs a CLI command that waits for the best block, not for finality (`--in-block`): this test
/// is about who may do what, and with `--in-block` the CLI also reads state at the best block, so
/// each step sees the one before it. Finality itself is shown by the waits on the network.
fn cli(node: &Node, args: &[&str]) -> (i32, Value) {
	cli::cli(node, &[&["--in-block"][..], args].concat())
}

/// As [`cli`], for a command that must succeed.
fn ok(node: &Node, args: &[&str]) -> Value {
	let (code, value) = cli(node, args);
	assert_eq!(code, 0, "meterchain {args:?} failed: {value}");
	value
}

/// Runs a command that must succeed and returns the motion it proposed.
fn propose(node: &Node, args: &[&str]) -> String {
	let proposed = ok(node, args);
	assert_eq!(proposed["ayes_needed"], 3, "three of the four utilities: {proposed}");
	proposed["motion"].as_u64().expect("a motion number").to_string()
}

/// `members` vote aye on `motion`, then Dave closes it; returns what closing reported.
fn pass(node: &Node, motion: &str, members: &[&str]) -> Value {
	for member in members {
		ok(node, &["--as", member, "council", "vote", motion, "--aye"]);
	}
	ok(node, &["--as", "dave", "council", "close", motion])
}

#[test]
fn the_council_governs_a_network_without_sudo() {
	// A live chain's validator needs its network key given (or generated beforehand).
	let staging = |name: &str, key: &str, boot: Option<&str>| {
		let flag = format!("--{name}");
		let node_key = format!("{:0>64}", key);
		let mut args = vec!["--chain", "staging", "--validator", &flag, "--node-key", &node_key];
		if let Some(boot) = boot {
			args.extend(["--bootnodes", boot]);
		}
		Node::start(name, &args)
	};
	let alice = staging("alice", "1", None);
	let boot = alice.multiaddr();
	let _bob = staging("bob", "2", Some(&boot));
	let _charlie = staging("charlie", "3", Some(&boot));
	wait_for("three of four validators to finalize block 1", Duration::from_secs(180), || {
		(chain::finalized(&alice.rpc).1 >= 1).then_some(())
	});

	let members = ok(&alice, &["council", "members"]);
	assert_eq!(members["members"].as_array().map(Vec::len), Some(4), "{members}");

	// No sudo key: governance through sudo is refused.
	let register_eve = [
		"provider",
		"register",
		"eve",
		"--name",
		"Eve Water",
		"--services",
		"water",
		"--token-key",
		"sr25519://EveTopup",
	];
	let (code, refused) = cli(&alice, &[&["--as", "alice"][..], &register_eve].concat());
	assert_eq!(code, 1, "{refused}");
	assert_eq!(refused["chain_error"], "RequireSudo", "{refused}");

	// A motion registers Eve as a provider once three members voted for it.
	let motion = propose(&alice, &[&["--as", "alice", "--motion"][..], &register_eve].concat());
	let (code, missing) = cli(&alice, &["provider", "show", "eve"]);
	assert_eq!(code, 4, "not registered before the vote: {missing}");
	ok(&alice, &["--as", "alice", "council", "vote", &motion, "--aye"]);
	ok(&alice, &["--as", "bob", "council", "vote", &motion, "--aye"]);
	// Two ayes of three needed: the motion cannot pass yet.
	let (code, early) = cli(&alice, &["--as", "dave", "council", "close", &motion]);
	assert_eq!((code, early["chain_error"].as_str()), (1, Some("TooEarly")), "{early}");
	let listed = ok(&alice, &["council", "motions"]);
	assert_eq!(listed["motions"][0]["ayes"].as_array().map(Vec::len), Some(2), "{listed}");
	let closed = pass(&alice, &motion, &["charlie"]);
	assert_eq!(closed["executed"], true, "{closed}");
	let provider = ok(&alice, &["provider", "show", "eve"]);
	assert_eq!(provider["name"], "Eve Water");
	assert_eq!(ok(&alice, &["council", "motions"])["motions"], serde_json::json!([]));

	// A motion removes Dave (whose node is down) from the validator set.
	let listed = ok(&alice, &["validator", "list"]);
	assert_eq!(listed["validators"].as_array().map(Vec::len), Some(4), "{listed}");
	let motion = propose(&alice, &["--as", "bob", "--motion", "validator", "remove", "dave"]);
	let closed = pass(&alice, &motion, &["alice", "bob", "charlie"]);
	assert_eq!(closed["executed"], true, "{closed}");
	let listed = ok(&alice, &["validator", "list"]);
	let set: Vec<&str> =
		listed["validators"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
	assert_eq!(set.len(), 3, "{listed}");
	// The current session keeps its validators until the set changes at a rotation.
	assert_eq!(listed["session_validators"].as_array().map(Vec::len), Some(4), "{listed}");

	// A runtime upgrade needs root: a two-thirds motion authorizes the code's hash, and then
	// anyone may apply exactly that code. The same runtime again is refused by the chain's
	// version check, a different blob by the authorization.
	let wasm = node_binary()
		.parent()
		.expect("the build directory")
		.join("wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm");
	let wasm = wasm.to_str().expect("a UTF-8 path");
	let motion = propose(&alice, &["--as", "charlie", "--motion", "upgrade", "authorize", wasm]);
	let closed = pass(&alice, &motion, &["alice", "bob", "charlie"]);
	assert_eq!(closed["executed"], true, "{closed}");
	let other = alice.dir().join("other.wasm");
	let mut bytes = std::fs::read(wasm).expect("the runtime's wasm");
	bytes.push(0);
	std::fs::write(&other, bytes).expect("a copy");
	let (code, unauthorized) =
		cli(&alice, &["--as", "ferdie", "upgrade", "apply", other.to_str().unwrap()]);
	assert_eq!(code, 1, "{unauthorized}");
	assert_eq!(unauthorized["chain_error"], "Unauthorized", "{unauthorized}");
	let (code, same) = cli(&alice, &["--as", "ferdie", "upgrade", "apply", wasm]);
	assert_eq!(code, 1, "{same}");
	assert_eq!(same["chain_error"], "SpecVersionNeedsToIncrease", "{same}");

	// What the motions did becomes final: read at the finalized block (no `--in-block`).
	let best = chain::block_number(&alice.rpc, None);
	wait_for("the network to finalize the motions", Duration::from_secs(120), || {
		(chain::finalized(&alice.rpc).1 >= best).then_some(())
	});
	assert_eq!(cli::ok(&alice, &["provider", "show", "eve"])["name"], "Eve Water");
	let listed = cli::ok(&alice, &["validator", "list"]);
	assert_eq!(listed["validators"].as_array().map(Vec::len), Some(3), "{listed}");
}
