//! `meterchain-node benchmark ...` (only with `--features runtime-benchmarks`).
//!
//! `pallet` produces the weights of each pallet's calls, `overhead` the base weights of a block
//! and of an extrinsic (from the runtime's wasm and genesis preset, with `system.remark`
//! extrinsics it builds itself); `storage`, `block` and `machine` measure the database, whole
//! blocks and the hardware. `extrinsic` is not offered: it needs extrinsic builders for the
//! calls it times, which this node does not carry.

use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use meterchain_runtime::opaque::Block;
use sc_cli::SubstrateCli;
use sc_service::PartialComponents;

use crate::{cli::Cli, service};

/// Runs a benchmark subcommand.
pub fn run(cli: &Cli, cmd: &BenchmarkCmd) -> sc_cli::Result<()> {
	let runner = cli.create_runner(cmd)?;
	runner.sync_run(|config| match cmd {
		BenchmarkCmd::Pallet(cmd) => {
			cmd.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(config.chain_spec))
		},
		BenchmarkCmd::Block(cmd) => {
			let PartialComponents { client, .. } = service::new_partial(&config)?;
			cmd.run(client)
		},
		BenchmarkCmd::Storage(cmd) => {
			let PartialComponents { client, backend, .. } = service::new_partial(&config)?;
			let db = backend.expose_db();
			let storage = backend.expose_storage();
			cmd.run(config, client, db, storage, None)
		},
		BenchmarkCmd::Machine(cmd) => cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()),
		BenchmarkCmd::Overhead(cmd) => {
			cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
		},
		BenchmarkCmd::Extrinsic(_) => Err("`benchmark extrinsic` is not supported by \
		                                   meterchain-node; use `benchmark pallet`"
			.into()),
	})
}
