//! Starting and stopping real `meterchain-node` processes.

use std::{
	fs::File,
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::Duration,
};

use crate::rpc::Rpc;

/// A running `meterchain-node`, killed (and its temporary directory removed) when dropped.
pub struct Node {
	name: String,
	child: Child,
	dir: tempfile::TempDir,
	/// JSON-RPC port on 127.0.0.1 (HTTP and WebSocket).
	pub rpc_port: u16,
	/// Peer-to-peer port on 127.0.0.1.
	pub p2p_port: u16,
	/// Prometheus metrics port on 127.0.0.1.
	pub prometheus_port: u16,
	/// A client for the node's JSON-RPC.
	pub rpc: Rpc,
}

/// The node binary under test: `$MCHAIN_NODE_BIN`, or `meterchain-node` in the cargo profile
/// directory that holds this test executable.
pub fn node_binary() -> PathBuf {
	if let Some(path) = std::env::var_os("MCHAIN_NODE_BIN") {
		return PathBuf::from(path);
	}
	let exe = std::env::current_exe().expect("test executable path");
	// target/<profile>/deps/<test-binary>  ->  target/<profile>/meterchain-node
	let profile_dir = exe.parent().and_then(Path::parent).expect("target/<profile> directory");
	let bin = profile_dir.join("meterchain-node");
	assert!(
		bin.exists(),
		"{} not found: build the node first (scripts/build.sh) or set MCHAIN_NODE_BIN",
		bin.display()
	);
	bin
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free loopback port")
}

impl Node {
	/// Connects the client library once block 1 is finalized (from then on the chain stores
	/// the genesis hash that off-line signatures commit to); transactions return once in a
	/// best block.
	pub async fn client(&self) -> meterchain_client::Client {
		let client = meterchain_client::Client::connect(&self.ws_url()).await.expect("connects");
		client.wait_finalized(1, Duration::from_secs(120)).await.expect("block 1 finalized");
		client.with_wait(meterchain_client::Wait::InBlock)
	}

	/// Starts a node named `name` with the extra arguments `args` (e.g. `["--dev"]`).
	///
	/// It listens on loopback only, with local-peer discovery off, so that nodes of tests that
	/// run at the same time never find each other.
	pub fn start(name: &str, args: &[&str]) -> Node {
		Self::start_with(name, args, Command::new(node_binary()))
	}

	/// Starts a node like [`Node::start`] whose clock starts at `start` (UTC, `YYYY-MM-DD
	/// hh:mm:ss`) and runs at normal speed from there, under libfaketime (Debian package
	/// `faketime`, installed by `scripts/setup.sh`): how a test gets to the end of a billing
	/// period without waiting for it. Only wall-clock time is faked; timers are not.
	pub fn start_at(name: &str, start: &str, args: &[&str]) -> Node {
		let mut command = Command::new("faketime");
		command
			.args(["-f", &format!("@{start}")])
			.arg(node_binary())
			.env("TZ", "UTC")
			.env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
		Self::start_with(name, args, command)
	}

	fn start_with(name: &str, args: &[&str], mut command: Command) -> Node {
		let dir = tempfile::Builder::new()
			.prefix(&format!("meterchain-e2e-{name}-"))
			.tempdir()
			.expect("temporary directory");
		let (rpc_port, p2p_port, prometheus_port) = (free_port(), free_port(), free_port());
		let log = File::create(dir.path().join("node.log")).expect("log file");
		let child = command
			.args(args)
			.arg("--base-path")
			.arg(dir.path().join("data"))
			.args(["--name", name])
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.args(["--prometheus-port", &prometheus_port.to_string()])
			.args(["--no-mdns", "--no-telemetry"])
			.stdin(Stdio::null())
			.stdout(log.try_clone().expect("log file"))
			.stderr(log)
			.spawn()
			.expect("meterchain-node starts (for a faked clock: is `faketime` installed?)");
		let mut node = Node {
			name: name.into(),
			child,
			dir,
			rpc_port,
			p2p_port,
			prometheus_port,
			rpc: Rpc::new(rpc_port),
		};
		node.wait_for_rpc();
		node
	}

	/// Waits until the node answers JSON-RPC; fails at once, with its log, if it exits instead.
	fn wait_for_rpc(&mut self) {
		let what = format!("{}'s JSON-RPC", self.name);
		crate::wait_for(&what, Duration::from_secs(60), || {
			if let Ok(Some(status)) = self.child.try_wait() {
				panic!("{} exited ({status}) before serving RPC:\n{}", self.name, self.log());
			}
			self.rpc.call("system_health", serde_json::json!([])).ok()
		});
	}

	/// The node's temporary directory, removed with it: room for a test's own files.
	pub fn dir(&self) -> &Path {
		self.dir.path()
	}

	/// The multiaddress other nodes use to connect to this one.
	pub fn multiaddr(&self) -> String {
		let peer_id = self.rpc.must("system_localPeerId", serde_json::json!([]));
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", self.p2p_port, peer_id.as_str().expect("peer id"))
	}

	/// The node's log so far.
	pub fn log(&self) -> String {
		std::fs::read_to_string(self.dir.path().join("node.log")).unwrap_or_default()
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		if std::thread::panicking() {
			let log = self.log();
			let tail: Vec<&str> = log.lines().rev().take(80).collect();
			eprintln!("---- last lines of {}'s log ----", self.name);
			for line in tail.into_iter().rev() {
				eprintln!("{line}");
			}
		}
	}
}

/// A binary built next to the node (same cargo profile directory): e.g. the `meterchain` CLI,
/// or `examples/register_and_agree`.
pub fn sibling_binary(name: &str) -> PathBuf {
	let node = node_binary();
	let bin = node.parent().expect("the node's directory").join(name);
	assert!(
		bin.exists(),
		"{} not found: build the workspace first (scripts/build.sh)",
		bin.display()
	);
	bin
}

impl Node {
	/// The node's WebSocket JSON-RPC endpoint.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}
}
