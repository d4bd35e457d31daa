//! The `meterchain` CLI against a real `--dev` node, as an operator's script would use it
//! (`--json`, exit codes): register a provider, a subscriber and a meter, draft terms, sign
//! them off line with both parties' keys, see a forged signature refused, conclude, show the
//! agreement, and prove it from a finalized header (a tampered proof fails).

use std::{path::Path, process::Command, time::Duration};

use meterchain_e2e::{
	chain,
	cli::{cli, create_tariff, ok},
	node::{sibling_binary, Node},
	wait_for,
};
use serde_json::Value;

fn text(value: &Value) -> String {
	value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string())
}

#[test]
fn an_operator_concludes_and_proves_an_agreement_with_the_cli() {
	let node = Node::start("cli", &["--dev"]);
	wait_for("block 1 to be finalized", Duration::from_secs(120), || {
		(chain::finalized(&node.rpc).1 >= 1).then_some(())
	});
	let dir = tempfile::tempdir().expect("temp dir");
	let file = |name: &str| dir.path().join(name).display().to_string();

	let status = ok(&node, &["chain", "status"]);
	let genesis = text(&status["genesis"]);

	// Governance (Alice, the dev chain's sudo key) registers Dave as a provider.
	let fast = ["--in-block"];
	let registered = ok(
		&node,
		&[
			&fast[..],
			&[
				"--as",
				"alice",
				"provider",
				"register",
				"dave",
				"--name",
				"Dave Power",
				"--services",
				"electricity,ev_charging",
				"--token-key",
				"sr25519://DaveTopup",
			],
		]
		.concat(),
	);
	assert!(
		registered["events"]
			.as_array()
			.unwrap()
			.iter()
			.any(|e| e == "Registry::ProviderRegistered"),
		"{registered}"
	);
	let provider = ok(&node, &["--in-block", "provider", "show", "dave"]);
	assert_eq!(provider["name"], "Dave Power");
	assert_eq!(provider["services"], serde_json::json!(["electricity", "ev_charging"]));

	// Eve registers as a subscriber from a data file (only its hash goes on chain).
	std::fs::write(file("eve.txt"), "Eve Example, 2 Grid Road").unwrap();
	ok(
		&node,
		&["--in-block", "--as", "eve", "subscriber", "register", "--data-file", &file("eve.txt")],
	);
	let subscriber = ok(&node, &["--in-block", "subscriber", "show", "eve"]);
	assert_eq!(subscriber["deposit"], "1000000000000");

	// Dave commissions a meter and authorizes a gateway.
	let commissioned = ok(
		&node,
		&[
			"--in-block",
			"--as",
			"dave",
			"device",
			"commission",
			"--service",
			"electricity",
			"--key",
			"sr25519://DaveMeter1",
			"--interval",
			"900",
		],
	);
	let device = commissioned["device"].as_u64().expect("device id").to_string();
	ok(&node, &["--in-block", "--as", "dave", "gateway", "authorize", "ferdie"]);
	let check = ok(&node, &["--in-block", "gateway", "check", "ferdie", "--provider", "dave"]);
	assert_eq!(check["authorized"], true);

	// Dave publishes the tariff the terms name.
	let tariff = create_tariff(&node, "dave", "electricity", &["--price", "300"]).to_string();

	// Terms are drafted, then signed off line (no node: --genesis) by both parties.
	let terms = file("terms.json");
	let (code, _) = cli(
		&node,
		&[
			"agreement",
			"draft",
			"--provider",
			"dave",
			"--subscriber",
			"eve",
			"--service",
			"electricity",
			"--tariff",
			&tariff,
			"--devices",
			&device,
			"--out",
			&terms,
		],
	);
	assert_eq!(code, 0);
	let draft: Value = serde_json::from_str(&std::fs::read_to_string(&terms).unwrap()).unwrap();
	assert_eq!(draft["devices"], serde_json::json!([device.parse::<u64>().unwrap()]));
	let offline = |who: &str| {
		let output = Command::new(sibling_binary("meterchain"))
			.args([
				"--json",
				"--url",
				"ws://127.0.0.1:1",
				"--as",
				who,
				"agreement",
				"sign",
				"--terms",
				&terms,
				"--genesis",
				&genesis,
			])
			.output()
			.expect("runs");
		assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
		let value: Value = serde_json::from_slice(&output.stdout).unwrap();
		text(&value["signature"])
	};
	let (by_eve, by_dave, by_ferdie) = (offline("eve"), offline("dave"), offline("ferdie"));

	// A forged provider signature is refused by the chain, by name, with exit code 1.
	let (code, error) = cli(
		&node,
		&[
			"--in-block",
			"--as",
			"ferdie",
			"agreement",
			"submit-signed",
			&terms,
			"--subscriber-signature",
			&by_eve,
			"--provider-signature",
			&by_ferdie,
		],
	);
	assert_eq!(code, 1, "{error}");
	assert_eq!(error["chain_error"], "BadProviderSignature", "{error}");

	// The genuine pair concludes it (Ferdie submits and pays the fee), and it is final.
	let concluded = ok(
		&node,
		&[
			"--as",
			"ferdie",
			"agreement",
			"submit-signed",
			&terms,
			"--subscriber-signature",
			&by_eve,
			"--provider-signature",
			&by_dave,
		],
	);
	assert_eq!(concluded["finalized"], true);
	let id = concluded["agreement"].as_u64().expect("agreement id").to_string();
	let shown = ok(&node, &["agreement", "show", &id]);
	assert_eq!(shown["status"], "active");
	assert_eq!(shown["terms"]["subscriber"], draft["subscriber"]);
	let hash = ok(&node, &["agreement", "hash", &terms]);
	assert_eq!(hash["terms_hash"], shown["terms_hash"]);
	let listed = ok(&node, &["agreement", "list", "eve"]);
	assert_eq!(listed["agreements"], serde_json::json!([id.parse::<u64>().unwrap()]));

	// A storage proof of the agreement, verified off line against the dev voter set.
	let proof = file("proof.json");
	ok(&node, &["proof", "agreement", &id, "--out", &proof]);
	let verified = ok(&node, &["proof", "verify", &proof, "--voters", "dev"]);
	assert_eq!(verified["verified"], true);
	assert_eq!(verified["agreement"]["terms_hash"], shown["terms_hash"]);
	let finality = ok(&node, &["chain", "finality", "--voters", "dev"]);
	assert_eq!(finality["verified"], true);

	// Tampered proofs are refused with exit code 5.
	tamper(Path::new(&proof));
	let (code, error) = cli(&node, &["proof", "verify", &proof, "--voters", "dev"]);
	assert_eq!(code, 5, "{error}");

	// Bad input and missing things get their own exit codes.
	let (code, _) = cli(&node, &["device", "show", "999"]);
	assert_eq!(code, 4);
	let (code, _) = cli(&node, &["provider", "show", "not-an-account"]);
	assert_eq!(code, 2);
}

/// Changes one hex digit of the proof's largest trie node.
fn tamper(path: &Path) {
	let text = std::fs::read_to_string(path).expect("the proof file");
	let mut proof: Value = serde_json::from_str(&text).expect("a JSON proof");
	let nodes = proof["read_proof"].as_array_mut().expect("trie nodes");
	let node = nodes.iter_mut().max_by_key(|n| n.as_str().map_or(0, str::len)).expect("a node");
	let mut text = node.as_str().expect("hex").to_string();
	let last = text.pop().expect("a digit");
	text.push(if last == '0' { '1' } else { '0' });
	*node = Value::String(text);
	std::fs::write(path, proof.to_string()).expect("writes the proof");
}
