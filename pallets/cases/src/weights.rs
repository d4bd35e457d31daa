//! Weights of `pallet_cases`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-05.
//! Steps 50, repeats 20, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_cases --extrinsic * --wasm-execution compiled --steps 50 --repeat 20 --heap-pages 4096 --template scripts/weights.hbs --output pallets/cases/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_cases`.
pub trait WeightInfo {
	fn open_case() -> Weight;
	fn answer_case() -> Weight;
	fn escalate_case() -> Weight;
	fn rule_case() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Cases::OpenCases` (r:1 w:1)
	/// Proof: `Cases::OpenCases` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Cases::NextCaseId` (r:1 w:1)
	/// Proof: `Cases::NextCaseId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cases::ResponseTimes` (r:1 w:1)
	/// Proof: `Cases::ResponseTimes` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Cases::Cases` (r:0 w:1)
	/// Proof: `Cases::Cases` (`max_values`: None, `max_size`: Some(1143), added: 3618, mode: `MaxEncodedLen`)
	fn open_case() -> Weight {
		// Proof size: measured `593`, estimated `6931` bytes.
		// Fastest run: 30_235_000 picoseconds.
		Weight::from_parts(32_408_000, 6931)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Cases::Cases` (r:1 w:1)
	/// Proof: `Cases::Cases` (`max_values`: None, `max_size`: Some(1143), added: 3618, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cases::ResponseTimes` (r:1 w:1)
	/// Proof: `Cases::ResponseTimes` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Cases::OpenCases` (r:1 w:1)
	/// Proof: `Cases::OpenCases` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn answer_case() -> Weight {
		// Proof size: measured `863`, estimated `4608` bytes.
		// Fastest run: 27_020_000 picoseconds.
		Weight::from_parts(29_314_000, 4608)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Cases::Cases` (r:1 w:1)
	/// Proof: `Cases::Cases` (`max_values`: None, `max_size`: Some(1143), added: 3618, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cases::ResponseTimes` (r:1 w:1)
	/// Proof: `Cases::ResponseTimes` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Cases::OpenCases` (r:1 w:1)
	/// Proof: `Cases::OpenCases` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn escalate_case() -> Weight {
		// Proof size: measured `863`, estimated `4608` bytes.
		// Fastest run: 26_479_000 picoseconds.
		Weight::from_parts(29_264_000, 4608)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Cases::Cases` (r:1 w:1)
	/// Proof: `Cases::Cases` (`max_values`: None, `max_size`: Some(1143), added: 3618, mode: `MaxEncodedLen`)
	fn rule_case() -> Weight {
		// Proof size: measured `717`, estimated `4608` bytes.
		// Fastest run: 15_803_000 picoseconds.
		Weight::from_parts(17_506_000, 4608)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn open_case() -> Weight {
		Weight::from_parts(32_408_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn answer_case() -> Weight {
		Weight::from_parts(29_314_000, 4608)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn escalate_case() -> Weight {
		Weight::from_parts(29_264_000, 4608)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn rule_case() -> Weight {
		Weight::from_parts(17_506_000, 4608)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
