//! The committed chain specs in `chain-specs/` are what the runtime produces. When this fails,
//! regenerate them with `scripts/chain-specs.sh` and commit the result.

use std::{path::PathBuf, process::Command};

use meterchain_e2e::node::node_binary;
use serde_json::Value;

fn committed(file: &str) -> Value {
	let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../chain-specs").join(file);
	let text = std::fs::read_to_string(&path)
		.unwrap_or_else(|e| panic!("{}: {e}; run scripts/chain-specs.sh", path.display()));
	serde_json::from_str(&text).expect("committed spec is JSON")
}

fn exported(args: &[&str]) -> Value {
	let out = Command::new(node_binary()).args(args).output().expect("node runs");
	assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
	serde_json::from_slice(&out.stdout).expect("exported spec is JSON")
}

fn assert_same(file: &str, fresh: Value) {
	let committed = committed(file);
	if committed != fresh {
		let differing: Vec<String> = match (&committed, &fresh) {
			(Value::Object(a), Value::Object(b)) => {
				a.keys().chain(b.keys()).filter(|k| a.get(*k) != b.get(*k)).cloned().collect()
			},
			_ => vec!["<root>".into()],
		};
		panic!(
			"chain-specs/{file} is out of date (fields {differing:?} differ). Regenerate it \
			 with scripts/chain-specs.sh. If only the runtime code differs and you changed no \
			 runtime code, build with the scripts (they make the wasm build path-independent) \
			 and the rustc version pinned by rust-toolchain.toml."
		);
	}
}

#[test]
fn committed_local_spec_matches_the_runtime() {
	assert_same("local.json", exported(&["export-chain-spec", "--chain", "local"]));
}

#[test]
fn committed_raw_local_spec_matches_the_runtime() {
	assert_same("local-raw.json", exported(&["export-chain-spec", "--chain", "local", "--raw"]));
}

#[test]
fn build_spec_still_works_for_testnet_tools() {
	let plain = exported(&["build-spec", "--chain", "local", "--disable-default-bootnode"]);
	assert_eq!(plain["id"], "meterchain_local");
	// The validators' Aura and GRANDPA keys are their session keys (zombienet and other
	// testnet tools rewrite this list).
	let keys = &plain["genesis"]["runtimeGenesis"]["patch"]["session"]["keys"];
	assert_eq!(keys.as_array().map(Vec::len), Some(4));
	assert!(keys[0][2]["aura"].is_string() && keys[0][2]["grandpa"].is_string(), "{keys}");
}
