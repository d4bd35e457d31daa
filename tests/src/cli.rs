//! Running the `meterchain` CLI against a node, as an operator's script would (`--json`).

use crate::node::{sibling_binary, Node};
use serde_json::Value;
use std::process::Command;

/// Runs `meterchain --url <node> --json --raw <args>` (exact numbers in and out, as a script
/// wants them); returns the exit code and the JSON printed.
pub fn cli(node: &Node, args: &[&str]) -> (i32, Value) {
	let output = Command::new(sibling_binary("meterchain"))
		.args(["--url", &node.ws_url(), "--json", "--raw"])
		.args(args)
		.output()
		.expect("meterchain runs");
	let stdout = String::from_utf8_lossy(&output.stdout);
	let value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| {
		panic!(
			"meterchain {args:?} printed no JSON: {stdout}\nstderr: {}",
			String::from_utf8_lossy(&output.stderr)
		)
	});
	(output.status.code().unwrap_or(-1), value)
}

/// Runs a command that must succeed.
pub fn ok(node: &Node, args: &[&str]) -> Value {
	let (code, value) = cli(node, args);
	assert_eq!(code, 0, "meterchain {args:?} failed: {value}");
	value
}

/// `provider` publishes a tariff for `service` through the CLI, priced by the component flags
/// `prices` (e.g. `["--price", "300"]`); returns its id.
pub fn create_tariff(node: &Node, provider: &str, service: &str, prices: &[&str]) -> u32 {
	let mut args = vec!["--as", provider, "--in-block", "tariff", "create", "--service", service];
	args.extend_from_slice(prices);
	let created = ok(node, &args);
	let id = created["tariff"].as_u64().expect("a tariff id");
	u32::try_from(id).expect("a tariff id fits u32")
}
