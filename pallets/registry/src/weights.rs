//! Weights of `pallet_registry`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `Intel(R) Xeon(R) Processor`, 2026-11-21.
//! Steps 50, repeats 20, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_registry --extrinsic * --wasm-execution compiled --steps 50 --repeat 20 --heap-pages 4096 --template scripts/weights.hbs --output pallets/registry/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_registry`.
pub trait WeightInfo {
	fn register_provider() -> Weight;
	fn suspend_provider() -> Weight;
	fn resume_provider() -> Weight;
	fn update_provider() -> Weight;
	fn register_subscriber() -> Weight;
	fn update_subscriber() -> Weight;
	fn deregister_subscriber(t: u32, ) -> Weight;
	fn register_tag() -> Weight;
	fn set_tag_blocked() -> Weight;
	fn remove_tag() -> Weight;
	fn commission_device() -> Weight;
	fn suspend_device() -> Weight;
	fn resume_device() -> Weight;
	fn decommission_device() -> Weight;
	fn rotate_device_key() -> Weight;
	fn set_device_group() -> Weight;
	fn create_group() -> Weight;
	fn set_group_aggregator() -> Weight;
	fn remove_group() -> Weight;
	fn authorize_gateway() -> Weight;
	fn revoke_gateway() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_provider() -> Weight {
		// Proof size: measured `116`, estimated `3627` bytes.
		// Fastest run: 16_571_000 picoseconds.
		Weight::from_parts(19_038_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn suspend_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 13_150_000 picoseconds.
		Weight::from_parts(14_891_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn resume_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 12_915_000 picoseconds.
		Weight::from_parts(14_879_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 15_046_000 picoseconds.
		Weight::from_parts(16_805_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:1)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_subscriber() -> Weight {
		// Proof size: measured `257`, estimated `4628` bytes.
		// Fastest run: 62_840_000 picoseconds.
		Weight::from_parts(66_620_000, 4628)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:1)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_subscriber() -> Weight {
		// Proof size: measured `1370`, estimated `4628` bytes.
		// Fastest run: 21_100_000 picoseconds.
		Weight::from_parts(23_377_000, 4628)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:1)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:0)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:0 w:8)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[0, 8]`.
	fn deregister_subscriber(t: u32, ) -> Weight {
		// Proof size: measured `1502 + t * (21 ±0)`, estimated `4628` bytes.
		// Fastest run: 55_068_000 picoseconds.
		Weight::from_parts(61_343_434, 4628)
			.saturating_add(Weight::from_parts(2_457_421, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn register_tag() -> Weight {
		// Proof size: measured `594`, estimated `4628` bytes.
		// Fastest run: 28_594_000 picoseconds.
		Weight::from_parts(32_256_000, 4628)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn set_tag_blocked() -> Weight {
		// Proof size: measured `178`, estimated `3544` bytes.
		// Fastest run: 13_577_000 picoseconds.
		Weight::from_parts(15_381_000, 3544)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn remove_tag() -> Weight {
		// Proof size: measured `628`, estimated `3682` bytes.
		// Fastest run: 23_293_000 picoseconds.
		Weight::from_parts(25_882_000, 3682)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::DeviceByKey` (r:1 w:1)
	/// Proof: `Registry::DeviceByKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	/// Storage: `Registry::NextDeviceId` (r:1 w:1)
	/// Proof: `Registry::NextDeviceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:0 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn commission_device() -> Weight {
		// Proof size: measured `442`, estimated `3627` bytes.
		// Fastest run: 27_528_000 picoseconds.
		Weight::from_parts(30_239_000, 3627)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn suspend_device() -> Weight {
		// Proof size: measured `463`, estimated `3627` bytes.
		// Fastest run: 18_976_000 picoseconds.
		Weight::from_parts(21_338_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn resume_device() -> Weight {
		// Proof size: measured `463`, estimated `3627` bytes.
		// Fastest run: 19_174_000 picoseconds.
		Weight::from_parts(21_162_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn decommission_device() -> Weight {
		// Proof size: measured `605`, estimated `3627` bytes.
		// Fastest run: 22_880_000 picoseconds.
		Weight::from_parts(25_479_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::DeviceByKey` (r:1 w:1)
	/// Proof: `Registry::DeviceByKey` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn rotate_device_key() -> Weight {
		// Proof size: measured `538`, estimated `3627` bytes.
		// Fastest run: 25_721_000 picoseconds.
		Weight::from_parts(28_357_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:2 w:2)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn set_device_group() -> Weight {
		// Proof size: measured `767`, estimated `6242` bytes.
		// Fastest run: 28_118_000 picoseconds.
		Weight::from_parts(31_276_000, 6242)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::NextGroupId` (r:1 w:1)
	/// Proof: `Registry::NextGroupId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:0 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn create_group() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 15_736_000 picoseconds.
		Weight::from_parts(17_484_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn set_group_aggregator() -> Weight {
		// Proof size: measured `436`, estimated `3627` bytes.
		// Fastest run: 18_106_000 picoseconds.
		Weight::from_parts(20_224_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn remove_group() -> Weight {
		// Proof size: measured `436`, estimated `3627` bytes.
		// Fastest run: 17_634_000 picoseconds.
		Weight::from_parts(20_508_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:1)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn authorize_gateway() -> Weight {
		// Proof size: measured `239`, estimated `3627` bytes.
		// Fastest run: 21_125_000 picoseconds.
		Weight::from_parts(25_575_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:1)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn revoke_gateway() -> Weight {
		// Proof size: measured `359`, estimated `3627` bytes.
		// Fastest run: 19_456_000 picoseconds.
		Weight::from_parts(21_497_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_provider() -> Weight {
		Weight::from_parts(19_038_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn suspend_provider() -> Weight {
		Weight::from_parts(14_891_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_provider() -> Weight {
		Weight::from_parts(14_879_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_provider() -> Weight {
		Weight::from_parts(16_805_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_subscriber() -> Weight {
		Weight::from_parts(66_620_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_subscriber() -> Weight {
		Weight::from_parts(23_377_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deregister_subscriber(t: u32, ) -> Weight {
		Weight::from_parts(61_343_434, 4628)
			.saturating_add(Weight::from_parts(2_457_421, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn register_tag() -> Weight {
		Weight::from_parts(32_256_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_tag_blocked() -> Weight {
		Weight::from_parts(15_381_000, 3544)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_tag() -> Weight {
		Weight::from_parts(25_882_000, 3682)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn commission_device() -> Weight {
		Weight::from_parts(30_239_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn suspend_device() -> Weight {
		Weight::from_parts(21_338_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_device() -> Weight {
		Weight::from_parts(21_162_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn decommission_device() -> Weight {
		Weight::from_parts(25_479_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn rotate_device_key() -> Weight {
		Weight::from_parts(28_357_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_device_group() -> Weight {
		Weight::from_parts(31_276_000, 6242)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn create_group() -> Weight {
		Weight::from_parts(17_484_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_group_aggregator() -> Weight {
		Weight::from_parts(20_224_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_group() -> Weight {
		Weight::from_parts(20_508_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn authorize_gateway() -> Weight {
		Weight::from_parts(25_575_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_gateway() -> Weight {
		Weight::from_parts(21_497_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
