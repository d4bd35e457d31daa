//! The polkadot.js API — what polkadot.js apps and most JavaScript integrations use — connects
//! to a `--dev` node, reads its metadata, and sends a balance transfer that gets finalized.
//!
//! Needs Node.js and `npm ci --prefix tests/polkadot-js` (done by `scripts/test.sh`).

use std::{path::PathBuf, process::Command};

use meterchain_e2e::node::Node;
use meterchain_runtime::UNIT;
use serde_json::Value;

#[test]
fn polkadot_js_connects_and_transfers_on_the_dev_chain() {
	let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("polkadot-js");
	assert!(
		dir.join("node_modules/@polkadot/api").exists(),
		"polkadot.js is not installed: run `npm ci --prefix tests/polkadot-js` (scripts/test.sh does)"
	);
	let node = Node::start("polkadot-js", &["--dev"]);

	let out = Command::new("node")
		.arg(dir.join("transfer.mjs"))
		.arg(format!("ws://127.0.0.1:{}", node.rpc_port))
		.output()
		.expect("Node.js runs (scripts/setup.sh installs it)");
	let stdout = String::from_utf8_lossy(&out.stdout);
	assert!(
		out.status.success(),
		"polkadot.js check failed:\n{stdout}\n{}",
		String::from_utf8_lossy(&out.stderr)
	);

	let result: Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
	assert_eq!(result["specName"], "meterchain");
	assert_eq!(result["token"], "MTR");
	assert_eq!(result["received"], (7 * UNIT).to_string());
	assert!(result["finalizedIn"].as_str().is_some_and(|h| h.starts_with("0x")));
}
