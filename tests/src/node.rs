//! Starting and stopping real `meterchain-node` processes, many at a time.
//!
//! Tests run concurrently (cargo-nextest, one process per test), so starting a node must not
//! race with other tests' nodes:
//! - **Ports the node holds.** A node is started with `--rpc-port 0`, `--prometheus-port 0` and
//!   a p2p listen address on port 0: the kernel gives it free ports as it binds them, and the
//!   test reads the ports back from the node's log and `system_localListenAddresses`. (A port
//!   picked by the test and bound later by the node can be taken in between; and with
//!   `--rpc-port N` taken, the node silently serves RPC on a random port instead, so a test
//!   could end up talking to another test's node.)
//! - **Start-ups are throttled.** A starting node compiles the runtime's wasm and builds its
//!   genesis (CPU for a few seconds); at most [`START_SLOTS`] nodes of all test processes do that
//!   at once, through lock files in the temporary directory.
//! - **Nodes never outlive their test.** A node is killed when its [`Node`] is dropped (also
//!   when the test panics, after printing the node's log), and — through `setpriv
//!   --pdeathsig KILL` — by the kernel when the thread that started it ends, e.g. because the
//!   test process was killed. It stays in the test's process group, so killing the group (as
//!   nextest does on a timeout, or `.ci/run` at its end) kills it too.

use std::{
	fs::File,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use crate::rpc::Rpc;

/// How many nodes may be starting (before they serve RPC) at the same time, across all test
/// processes of this machine. `MCHAIN_E2E_START_SLOTS` overrides it.
pub const START_SLOTS: usize = 2;

/// A running `meterchain-node`, killed (and its temporary directory removed) when dropped.
pub struct Node {
	name: String,
	child: Child,
	dir: tempfile::TempDir,
	/// JSON-RPC port on 127.0.0.1 (HTTP and WebSocket).
	pub rpc_port: u16,
	/// Prometheus metrics port on 127.0.0.1.
	pub prometheus_port: u16,
	/// A client for the node's JSON-RPC.
	pub rpc: Rpc,
	/// The faked clock's offset file, for nodes started with [`Node::start_at`].
	clock: Option<PathBuf>,
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
		Self::start_with(name, args, None)
	}

	/// Starts a node like [`Node::start`] whose wall clock reads `start` (UTC, `YYYY-MM-DD
	/// hh:mm:ss`) and runs at normal speed from there, under libfaketime (Debian package
	/// `faketime`, installed by `scripts/setup.sh`). [`Node::set_clock`] moves it on later: how
	/// a test gets to the end of a billing period without waiting for it. Only wall-clock time
	/// is faked; timers (monotonic time) are not.
	pub fn start_at(name: &str, start: &str, args: &[&str]) -> Node {
		Self::start_with(name, args, Some(start))
	}

	/// Sets the faked clock of a node started with [`Node::start_at`] to `at` (ms since the
	/// Unix epoch), from where it runs on at normal speed. The node reads the new time within
	/// a second. Only forward: a chain's time never goes back.
	pub fn set_clock(&self, at: u64) {
		let file = self.clock.as_ref().expect("a node started with Node::start_at");
		write_clock(file, at);
	}

	/// The environment that gives another process (a shell running the CLI) the same faked
	/// clock as this node, started with [`Node::start_at`].
	pub fn clock_env(&self) -> Vec<(&'static str, std::ffi::OsString)> {
		faked_clock_env(self.clock.as_ref().expect("a node started with Node::start_at"))
	}

	fn start_with(name: &str, args: &[&str], clock_start: Option<&str>) -> Node {
		let dir = tempfile::Builder::new()
			.prefix(&format!("meterchain-e2e-{name}-"))
			.tempdir()
			.expect("temporary directory");
		// The kernel kills the node when the thread that started it ends (the test's thread,
		// or the whole test process when it is killed).
		let mut command = Command::new("setpriv");
		command.args(["--pdeathsig", "KILL", "--"]).arg(node_binary());
		let clock = clock_start.map(|start| {
			let file = dir.path().join("clock");
			write_clock(&file, utc_ms(start));
			command.envs(faked_clock_env(&file));
			file
		});
		let log = File::create(dir.path().join("node.log")).expect("log file");
		let slot = start_slot();
		let child = command
			.args(args)
			.arg("--base-path")
			.arg(dir.path().join("data"))
			.args(["--name", name])
			.args(["--rpc-port", "0", "--prometheus-port", "0"])
			.args(["--listen-addr", "/ip4/127.0.0.1/tcp/0"])
			.args(["--no-mdns", "--no-telemetry"])
			.stdin(Stdio::null())
			.stdout(log.try_clone().expect("log file"))
			.stderr(log)
			.spawn()
			.expect("meterchain-node starts under setpriv (util-linux)");
		let mut node = Node {
			name: name.into(),
			child,
			dir,
			rpc_port: 0,
			prometheus_port: 0,
			rpc: Rpc::new(0),
			clock,
		};
		node.rpc_port = node.port_from_log("Running JSON-RPC server: addr=");
		node.prometheus_port = node.port_from_log("Prometheus exporter started at ");
		node.rpc = Rpc::new(node.rpc_port);
		node.wait_for_rpc();
		drop(slot);
		node
	}

	/// Waits for the log line that starts with `prefix` followed by `127.0.0.1:<port>`, and
	/// returns the port; fails at once, with the log, if the node exits instead.
	fn port_from_log(&mut self, prefix: &str) -> u16 {
		let what = format!("{}'s log to say `{prefix}…`", self.name);
		crate::wait_for(&what, Duration::from_secs(120), || {
			self.fail_if_exited();
			let log = self.log();
			let rest = log.lines().find_map(|line| Some(line.split_once(prefix)?.1))?;
			let port = rest.strip_prefix("127.0.0.1:")?;
			let digits: String = port.chars().take_while(char::is_ascii_digit).collect();
			digits.parse().ok()
		})
	}

	/// How the node's process ended, if it has.
	pub fn exit_status(&mut self) -> Option<std::process::ExitStatus> {
		self.child.try_wait().ok().flatten()
	}

	/// Panics with the node's log if it has exited.
	fn fail_if_exited(&mut self) {
		if let Ok(Some(status)) = self.child.try_wait() {
			panic!("{} exited ({status}) before serving RPC:\n{}", self.name, self.log());
		}
	}

	/// Waits until the node answers JSON-RPC; fails at once, with its log, if it exits instead.
	fn wait_for_rpc(&mut self) {
		let what = format!("{}'s JSON-RPC", self.name);
		crate::wait_for(&what, Duration::from_secs(60), || {
			self.fail_if_exited();
			self.rpc.call("system_health", serde_json::json!([])).ok()
		});
	}

	/// The node's temporary directory, removed with it: room for a test's own files.
	pub fn dir(&self) -> &Path {
		self.dir.path()
	}

	/// The multiaddress other nodes use to connect to this one (its loopback TCP address).
	pub fn multiaddr(&self) -> String {
		let what = format!("{} to listen on a loopback TCP port", self.name);
		crate::wait_for(&what, Duration::from_secs(30), || {
			let addresses = self.rpc.must("system_localListenAddresses", serde_json::json!([]));
			let addresses = addresses.as_array()?.iter().filter_map(serde_json::Value::as_str);
			addresses.into_iter().find(|a| a.starts_with("/ip4/127.0.0.1/tcp/")).map(str::to_owned)
		})
	}

	/// The node's log so far.
	pub fn log(&self) -> String {
		std::fs::read_to_string(self.dir.path().join("node.log")).unwrap_or_default()
	}

	/// The node's WebSocket JSON-RPC endpoint.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
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

/// Takes one of the machine's start slots (a lock file held until dropped), waiting for one to
/// be free.
fn start_slot() -> File {
	let slots = std::env::var("MCHAIN_E2E_START_SLOTS")
		.ok()
		.and_then(|s| s.parse().ok())
		.unwrap_or(START_SLOTS)
		.max(1);
	let dir = std::env::temp_dir();
	let deadline = Instant::now() + Duration::from_secs(600);
	loop {
		for slot in 0..slots {
			let path = dir.join(format!("meterchain-e2e-start-{slot}.lock"));
			let file = File::options()
				.create(true)
				.truncate(false)
				.write(true)
				.open(&path)
				.expect("a start-slot lock file");
			if file.try_lock().is_ok() {
				return file;
			}
		}
		assert!(Instant::now() < deadline, "no node start slot came free in 10 minutes");
		std::thread::sleep(Duration::from_millis(100));
	}
}

/// What makes a process read the faked clock of `file` (libfaketime, UTC, real timers).
fn faked_clock_env(file: &Path) -> Vec<(&'static str, std::ffi::OsString)> {
	vec![
		("LD_PRELOAD", libfaketime().into_os_string()),
		("FAKETIME_TIMESTAMP_FILE", file.as_os_str().to_owned()),
		("FAKETIME_CACHE_DURATION", "1".into()),
		("FAKETIME_DONT_FAKE_MONOTONIC", "1".into()),
		("TZ", "UTC".into()),
	]
}

/// libfaketime's library, from Debian's `libfaketime` package.
fn libfaketime() -> PathBuf {
	let found = std::fs::read_dir("/usr/lib")
		.into_iter()
		.flatten()
		.flatten()
		.map(|entry| entry.path().join("faketime/libfaketime.so.1"))
		.chain([PathBuf::from("/usr/lib/faketime/libfaketime.so.1")])
		.find(|path| path.exists());
	found.expect("libfaketime is not installed: run scripts/setup.sh (Debian package faketime)")
}

/// Writes the faked clock's offset from the real clock, in whole seconds (libfaketime's unit),
/// so that it reads `at` (ms) now. libfaketime reads the file again within a second
/// (`FAKETIME_CACHE_DURATION`).
fn write_clock(file: &Path, at: u64) {
	let real = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.expect("after 1970")
		.as_millis() as i128;
	let offset = (i128::from(at) - real + 500).div_euclid(1000);
	// Written whole, then renamed: the node never reads half a file.
	let tmp = file.with_extension("tmp");
	std::fs::write(&tmp, format!("{offset:+}\n")).expect("the clock file");
	std::fs::rename(&tmp, file).expect("the clock file");
}

/// `YYYY-MM-DD hh:mm:ss` (UTC) in ms since the Unix epoch.
fn utc_ms(at: &str) -> u64 {
	let number = |range: std::ops::Range<usize>| -> u64 {
		at.get(range).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("not a date: {at}"))
	};
	let (year, month, day) = (number(0..4), number(5..7), number(8..10));
	let seconds = number(11..13) * 3600 + number(14..16) * 60 + number(17..19);
	meterchain_primitives::calendar::date(year, month as u32, day as u32) + seconds * 1000
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
