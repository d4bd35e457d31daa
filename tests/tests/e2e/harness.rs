//! What the end-to-end tests rely on from their own harness (`meterchain_e2e::node`), checked
//! with the real node: a node never outlives the test that started it, even when the test
//! cannot stop it (its process killed, so nothing of it runs any more).

use std::{os::unix::process::ExitStatusExt, time::Duration};

use meterchain_e2e::{node::Node, wait_for};

/// The thread that started a node ends without stopping it — as every thread does when a test
/// process is killed — and the kernel kills the node (`setpriv --pdeathsig KILL`).
#[test]
fn a_node_dies_with_the_thread_that_started_it() {
	let mut node =
		std::thread::spawn(|| Node::start("orphan", &["--dev"])).join().expect("started");
	let status =
		wait_for("the kernel to kill the node", Duration::from_secs(30), || node.exit_status());
	assert_eq!(status.signal(), Some(9), "killed by SIGKILL: {status}");
}
