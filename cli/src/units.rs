//! Amounts and times as people type and read them: MTR with decimals and RFC 3339 dates in
//! text, unless `--raw` asks for the chain's own numbers (smallest units, milliseconds).
//! `--json` always prints the exact raw numbers.
//!
//! `--raw` changes how arguments are read too, so it is known before clap parses them: `main`
//! looks for it in the command line first ([`init`]).

use meterchain_client::units::{format_mtr, format_time, parse_mtr, parse_time};
use std::sync::OnceLock;

static RAW: OnceLock<bool> = OnceLock::new();

/// Notes whether the command line asks for raw numbers (`--raw`, anywhere before `--`).
pub fn init(args: &[String]) {
	let raw = args.iter().take_while(|a| *a != "--").any(|a| a == "--raw");
	let _ = RAW.set(raw);
}

fn raw() -> bool {
	RAW.get().copied().unwrap_or(false)
}

/// An amount argument: MTR with decimals (`1.5`, `0.30`), or smallest units with `--raw`.
pub fn amount(text: &str) -> Result<u128, String> {
	if raw() {
		text.trim().parse().map_err(|_| format!("{text:?} is not a whole number of smallest units"))
	} else {
		parse_mtr(text).map_err(|e| e.to_string())
	}
}

/// A moment argument: RFC 3339 / ISO 8601 (`2026-03-01T08:00:00Z`, `2026-03-01`), or ms since
/// the epoch with `--raw`.
pub fn moment(text: &str) -> Result<u64, String> {
	if raw() {
		text.trim().parse().map_err(|_| format!("{text:?} is not a number of milliseconds"))
	} else {
		parse_time(text).map_err(|e| e.to_string())
	}
}

/// An amount for people: `1.8 MTR`, or the raw number with `--raw`.
pub fn money(raw_amount: u128) -> String {
	if raw() {
		raw_amount.to_string()
	} else {
		format_mtr(raw_amount)
	}
}

/// A moment for people: `2026-03-01T00:00:00Z`, or ms with `--raw`.
pub fn time(ms: u64) -> String {
	if raw() {
		ms.to_string()
	} else {
		format_time(ms)
	}
}
