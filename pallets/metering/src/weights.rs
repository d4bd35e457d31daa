//! Weights of `pallet_metering`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `Intel(R) Xeon(R) Processor`, 2026-12-01.
//! Steps 10, repeats 5, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_metering --extrinsic * --wasm-execution compiled --steps 10 --repeat 5 --heap-pages 4096 --template scripts/weights.hbs --output pallets/metering/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_metering`.
pub trait WeightInfo {
	fn submit_batch_readings(n: u32, ) -> Weight;
	fn submit_batch_sessions(n: u32, ) -> Weight;
	fn submit_own_reading() -> Weight;
	fn submit_own_session() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1000 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:0)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Metering::DeviceStates` (r:1000 w:1000)
	/// Proof: `Metering::DeviceStates` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:1000 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1000 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 1000]`.
	fn submit_batch_readings(n: u32, ) -> Weight {
		// Proof size: measured `751 + n * (487 ±0)`, estimated `3627 + n * (5941 ±0)` bytes.
		// Fastest run: 118_251_000 picoseconds.
		Weight::from_parts(122_142_000, 3627)
			.saturating_add(Weight::from_parts(105_281_093, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5941).saturating_mul(n.into()))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1000 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:0)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Metering::DeviceStates` (r:1000 w:1000)
	/// Proof: `Metering::DeviceStates` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:1000 w:0)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1000 w:0)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1000 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 1000]`.
	fn submit_batch_sessions(n: u32, ) -> Weight {
		// Proof size: measured `681 + n * (576 ±0)`, estimated `3627 + n * (5941 ±0)` bytes.
		// Fastest run: 144_838_000 picoseconds.
		Weight::from_parts(146_615_000, 3627)
			.saturating_add(Weight::from_parts(131_503_479, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5941).saturating_mul(n.into()))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Metering::DeviceStates` (r:1 w:1)
	/// Proof: `Metering::DeviceStates` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:1 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	fn submit_own_reading() -> Weight {
		// Proof size: measured `1051`, estimated `6931` bytes.
		// Fastest run: 88_702_000 picoseconds.
		Weight::from_parts(127_645_000, 6931)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Metering::DeviceStates` (r:1 w:1)
	/// Proof: `Metering::DeviceStates` (`max_values`: None, `max_size`: Some(126), added: 2601, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:1 w:0)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:0)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	fn submit_own_session() -> Weight {
		// Proof size: measured `1121`, estimated `6931` bytes.
		// Fastest run: 117_530_000 picoseconds.
		Weight::from_parts(144_565_000, 6931)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit_batch_readings(n: u32, ) -> Weight {
		Weight::from_parts(122_142_000, 3627)
			.saturating_add(Weight::from_parts(105_281_093, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5941).saturating_mul(n.into()))
	}
	fn submit_batch_sessions(n: u32, ) -> Weight {
		Weight::from_parts(146_615_000, 3627)
			.saturating_add(Weight::from_parts(131_503_479, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 5941).saturating_mul(n.into()))
	}
	fn submit_own_reading() -> Weight {
		Weight::from_parts(127_645_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn submit_own_session() -> Weight {
		Weight::from_parts(144_565_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
