//! Helpers for end-to-end tests against the real `meterchain-node` binary.
//!
//! - [`node::Node`] starts the binary on free loopback ports in a temporary directory and kills
//!   it when dropped — also when a test fails, in which case it prints the node's log.
//! - [`rpc::Rpc`] is a small blocking JSON-RPC-over-HTTP client. It is hand-written on purpose:
//!   pulling a JSON-RPC client crate into the workspace would change the feature set of the
//!   node's own `jsonrpsee` and force a rebuild of the node whenever tests run.
//! - [`chain`] reads state and builds signed transactions with the runtime's own types.
//! - [`cli`] runs the `meterchain` binary with `--json` and returns its exit code and output.
//! - [`parties`] dev accounts, and agreements concluded between them with off-line signatures.
//! - [`polkadot_js`] runs the polkadot.js scripts of `tests/polkadot-js` through Node.js.
//! - The client crate's tests (`tests/client.rs`, `tests/cli.rs`) drive nodes through
//!   `meterchain-client` and the `meterchain` binary, as integrators would.
//!
//! The node binary is found next to the test executable (`target/<profile>/meterchain-node`),
//! or at `$MCHAIN_NODE_BIN`. Build it first: `scripts/build.sh`.

pub mod chain;
pub mod cli;
pub mod node;
pub mod parties;
pub mod polkadot_js;
pub mod rpc;

use std::time::{Duration, Instant};

/// Polls `probe` every half second until it returns `Some`, or panics with `what` after
/// `timeout`.
pub fn wait_for<T>(what: &str, timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
	let deadline = Instant::now() + timeout;
	loop {
		if let Some(value) = probe() {
			return value;
		}
		assert!(Instant::now() < deadline, "timed out after {timeout:?} waiting for {what}");
		std::thread::sleep(Duration::from_millis(500));
	}
}
