//! Billing under random steps: each input ([`model::Input`]) is a first agreement's terms and up
//! to 120 steps
//! (time jumps with and without invoicing, readings in order and late, amendments, ends, new
//! tenants, payments, top-ups), run through the assembled runtime (dev preset). After every
//! step the chain must agree with the model of `runtime/tests/runtime/model.rs` — readings'
//! outcomes, invoices line for line, prepaid closes, running periods, books, credit, money
//! supply — and every pallet's `try_state` invariants must hold. Any panic is a finding.
//!
//! `scripts/fuzz.sh` runs it (docs/RELIABILITY.md).

#![no_main]

#[path = "../../runtime/tests/runtime/genesis.rs"]
mod genesis;
#[path = "../../runtime/tests/runtime/model.rs"]
mod model;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: model::Input| {
	input.run();
});
