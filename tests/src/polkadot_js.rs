//! The polkadot.js tools in `tests/polkadot-js` (installed by `npm ci --prefix tests/polkadot-js`,
//! which `scripts/test.sh` runs), called through Node.js.

use std::{
	path::PathBuf,
	process::{Command, Output},
};

use sp_core::sr25519;

use crate::chain::{hex, unhex};

/// `tests/polkadot-js`; panics with the fix if polkadot.js is not installed there.
pub fn dir() -> PathBuf {
	let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("polkadot-js");
	assert!(
		dir.join("node_modules/@polkadot/api").exists(),
		"polkadot.js is not installed: run `npm ci --prefix tests/polkadot-js` (scripts/test.sh does)"
	);
	dir
}

/// Runs `node <script> <args>` in [`dir`] and returns its stdout; panics with its output if it
/// fails.
pub fn run(script: &str, args: &[&str]) -> String {
	let Output { status, stdout, stderr } = Command::new("node")
		.arg(dir().join(script))
		.args(args)
		.output()
		.expect("Node.js runs (scripts/setup.sh installs it)");
	let stdout = String::from_utf8_lossy(&stdout).into_owned();
	assert!(
		status.success(),
		"node {script} failed:\n{stdout}\n{}",
		String::from_utf8_lossy(&stderr)
	);
	stdout
}

/// The signature a polkadot.js wallet's `signRaw` makes of `bytes` with the sr25519 key of
/// secret URI `uri` (it signs `<Bytes>` ++ bytes ++ `</Bytes>`).
pub fn sign_raw(uri: &str, bytes: &[u8]) -> sr25519::Signature {
	let out = run("sign-raw.mjs", &[uri, &hex(bytes)]);
	let raw = unhex(&serde_json::Value::String(out.trim().to_owned()));
	sr25519::Signature::from_raw(raw.try_into().expect("a 64-byte signature"))
}
