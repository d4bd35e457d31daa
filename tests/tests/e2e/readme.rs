//! The README's walkthrough of the `meterchain` CLI, run as written, so that it cannot drift
//! from what the CLI does.
//!
//! The shell blocks of the README's section "The `meterchain` CLI and the client library" run
//! in order, in one `bash`, against a `--dev` node whose (faked) clock starts late on
//! 31 December 2026 — the shell reads the same faked clock, so `date` and the CLI agree with the
//! chain. Before the block that reads the month's invoice, the clock moves on to midnight and the
//! test waits until the chain invoiced December, as a reader waits for the month to end. Only
//! `MC=…` is changed (to the CLI built with this node), `METERCHAIN_URL` points at the node and
//! `METERCHAIN_IN_BLOCK` makes commands return at inclusion instead of finality.
//!
//! Every command must exit 0, or with the code its comment names (`(exit N)`). The load tools
//! (`simulate`, `bench`) are left out: they run for minutes and have tests of their own
//! (`load.rs`).

use std::{
	io::{BufRead, BufReader, Write},
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use meterchain_e2e::{
	cli::cli,
	node::{sibling_binary, Node},
};

/// 2027-01-01 00:00 UTC: the month boundary the clock is moved to before the invoice block.
const NEW_YEAR: u64 = 1_798_761_600_000;

/// The shell blocks of the README's CLI walkthrough, in order.
fn walkthrough() -> Vec<String> {
	let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
		.expect("README.md");
	let start = readme
		.find("## The `meterchain` CLI and the client library")
		.expect("the README's CLI section");
	let section = &readme[start..];
	let section = &section[..section[3..].find("\n## ").map_or(section.len(), |end| end + 3)];
	section
		.split("```sh\n")
		.skip(1)
		.filter_map(|rest| rest.split_once("```"))
		.map(|(b, _)| b.into())
		.collect()
}

/// The exit code a README line's comment announces (`(exit N …`), else 0.
fn expected_exit(line: &str) -> i32 {
	line.split_once("(exit ")
		.and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next())
		.and_then(|code| code.parse().ok())
		.unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_readme_walkthrough_runs_as_written() {
	let node = Node::start_at("readme", "2026-12-31 23:40:00", &["--dev"]);
	let dir = tempfile::tempdir().expect("a working directory");
	let binary = sibling_binary("meterchain");
	let mut shell = Command::new("bash")
		.args(["--norc", "--noprofile"])
		.current_dir(dir.path())
		.envs(node.clock_env())
		.env("METERCHAIN_URL", node.ws_url())
		// Commands return at inclusion, not finality: half the waiting, the same outcomes.
		.env("METERCHAIN_IN_BLOCK", "true")
		.stdin(Stdio::piped())
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()
		.expect("bash runs");
	let mut input = shell.stdin.take().expect("stdin");
	// What commands print on stderr (errors, in text mode) shows with their output.
	writeln!(input, "exec 2>&1").expect("bash reads");
	let mut output = BufReader::new(shell.stdout.take().expect("stdout")).lines();
	let stderr = shell.stderr.take().expect("stderr");
	let errors = std::thread::spawn(move || {
		BufReader::new(stderr).lines().map_while(Result::ok).collect::<Vec<_>>().join("\n")
	});

	let mut ran = 0;
	let mut printed = String::new();
	for block in walkthrough() {
		let mut lines =
			block.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
		let first = lines.clone().next().unwrap_or_default().to_owned();
		if first.starts_with("$MC invoice list 0") {
			// The month ends: the chain invoices December by itself in the next blocks; the
			// reader waits until the CLI (which reads finalized blocks) shows the invoice.
			node.set_clock(NEW_YEAR - 5_000);
			let deadline = Instant::now() + Duration::from_secs(120);
			while cli(&node, &["invoice", "show", "0"]).0 != 0 {
				assert!(Instant::now() < deadline, "December was not invoiced");
				tokio::time::sleep(Duration::from_secs(3)).await;
			}
		}
		for line in lines.by_ref() {
			if line.starts_with("$MC simulate") || line.starts_with("$MC bench") {
				continue;
			}
			let command = if line.starts_with("MC=") {
				format!("MC={}", binary.display())
			} else {
				line.into()
			};
			writeln!(input, "{command}\necho \"__exit $?\"").expect("bash reads");
			input.flush().expect("bash reads");
			let mut out = String::new();
			let code = loop {
				let Some(Ok(text)) = output.next() else {
					panic!("bash ended at {line:?}: {}", errors.join().unwrap_or_default())
				};
				if let Some(code) = text.strip_prefix("__exit ") {
					break code.parse::<i32>().expect("an exit code");
				}
				out.push_str(&text);
				out.push('\n');
			};
			assert_eq!(code, expected_exit(line), "{line}\nprinted: {out}");
			printed.push_str(&format!("$ {line}\n{out}"));
			ran += 1;
		}
	}
	drop(input);
	let _ = shell.wait();
	assert!(ran > 60, "only {ran} commands of the walkthrough ran");

	// What the comments promise, in human units.
	for promised in [
		"matches version 1 of tariff 0",
		"credit note 1 MTR",
		"credit 0.2 MTR, owed 0 MTR, supply on (low credit)",
		"the meter accepts it; it is the token recorded on chain",
	] {
		assert!(printed.contains(promised), "{promised:?} not printed:\n{printed}");
	}
}
