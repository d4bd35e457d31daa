//! Weights of `pallet_pruning`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-04.
//! Steps 50, repeats 20, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_pruning --extrinsic * --wasm-execution compiled --steps 50 --repeat 20 --heap-pages 4096 --template scripts/weights.hbs --output pallets/pruning/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_pruning`.
pub trait WeightInfo {
	fn run_base() -> Weight;
	fn summarize(n: u32, ) -> Weight;
	fn start_pass() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::PassCutoff` (r:0 w:1)
	/// Proof: `Pruning::PassCutoff` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::Cursor` (r:0 w:1)
	/// Proof: `Pruning::Cursor` (`max_values`: Some(1), `max_size`: Some(131), added: 626, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::NextPass` (r:0 w:1)
	/// Proof: `Pruning::NextPass` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn run_base() -> Weight {
		// Proof size: measured `6`, estimated `1493` bytes.
		// Fastest run: 20_148_000 picoseconds.
		Weight::from_parts(34_985_000, 1493)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `System::ParentHash` (r:1 w:0)
	/// Proof: `System::ParentHash` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::Summaries` (r:12 w:2)
	/// Proof: `Pruning::Summaries` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::Lifetimes` (r:1 w:1)
	/// Proof: `Pruning::Lifetimes` (`max_values`: None, `max_size`: Some(124), added: 2599, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::PrunedRecords` (r:1 w:1)
	/// Proof: `Pruning::PrunedRecords` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::ChargeLists` (r:144 w:144)
	/// Proof: `Pruning::ChargeLists` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 144]`.
	fn summarize(n: u32, ) -> Weight {
		// Proof size: measured `1147 + n * (69 ±0)`, estimated `37398 + n * (2575 ±0)` bytes.
		// Fastest run: 83_776_000 picoseconds.
		Weight::from_parts(131_846_250, 37398)
			.saturating_add(Weight::from_parts(13_134_329, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(n.into()))
	}
	/// Storage: `Pruning::Cursor` (r:1 w:0)
	/// Proof: `Pruning::Cursor` (`max_values`: Some(1), `max_size`: Some(131), added: 626, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Pruning::NextPass` (r:0 w:1)
	/// Proof: `Pruning::NextPass` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn start_pass() -> Weight {
		// Proof size: measured `43`, estimated `1616` bytes.
		// Fastest run: 23_514_000 picoseconds.
		Weight::from_parts(36_649_000, 1616)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn run_base() -> Weight {
		Weight::from_parts(34_985_000, 1493)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn summarize(n: u32, ) -> Weight {
		Weight::from_parts(131_846_250, 37398)
			.saturating_add(Weight::from_parts(13_134_329, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(15_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(n.into()))
	}
	fn start_pass() -> Weight {
		Weight::from_parts(36_649_000, 1616)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
