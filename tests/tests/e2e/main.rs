//! Meterchain's end-to-end tests: one test binary, a module per scenario. Every test starts the
//! real `meterchain-node` binary (its own node, or nodes, on ports the kernel gives it) and
//! drives it through JSON-RPC, the client library, the `meterchain` CLI or polkadot.js.
//!
//! They spend most of their time waiting for 6-second blocks, so they run concurrently:
//! `scripts/test.sh` runs them with cargo-nextest, a process per test, many at a time
//! (`.config/nextest.toml`). One binary instead of one per scenario links the runtime, the
//! client and subxt once. Node start-ups are throttled across processes (`node::START_SLOTS`).
//!
//! One scenario: `cargo nextest run --release -p meterchain-e2e -E 'test(/billing::/)'`
//! (through `scripts/env.sh`'s cargo settings), or `cargo test --release -p meterchain-e2e
//! billing::`.

mod agreements;
mod billing;
mod cases;
mod chain_specs;
mod cli;
mod client;
mod dev_chain;
mod governance;
mod harness;
mod load;
mod metering;
mod polkadot_js;
mod prepaid;
mod pruning;
mod readme;
mod recompute;
mod sync;
mod terms;
