//! `meterchain-node`: the Meterchain validator and full node.
//!
//! Aura block production and GRANDPA finality over the runtime in `meterchain-runtime`,
//! ParityDB storage and JSON-RPC for integrators. Run `meterchain-node --help` for its options;
//! `--dev` starts a single-validator development chain.
#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod finality;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
