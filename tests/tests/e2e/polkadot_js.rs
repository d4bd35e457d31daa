//! The polkadot.js API — what polkadot.js apps and most JavaScript integrations use — connects
//! to a `--dev` node, reads its metadata, and sends a balance transfer that gets finalized.
//!
//! Needs Node.js and `npm ci --prefix tests/polkadot-js` (done by `scripts/test.sh`).

use meterchain_e2e::{node::Node, polkadot_js};
use meterchain_runtime::UNIT;
use serde_json::Value;

#[test]
fn polkadot_js_connects_and_transfers_on_the_dev_chain() {
	let node = Node::start("polkadot-js", &["--dev"]);
	let out = polkadot_js::run("transfer.mjs", &[&format!("ws://127.0.0.1:{}", node.rpc_port)]);

	let result: Value = serde_json::from_str(out.trim()).expect("one JSON line");
	assert_eq!(result["specName"], "meterchain");
	assert_eq!(result["token"], "MTR");
	assert_eq!(result["received"], (7 * UNIT).to_string());
	assert!(result["finalizedIn"].as_str().is_some_and(|h| h.starts_with("0x")));
}
