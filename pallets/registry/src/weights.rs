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
		// Fastest run: 16_756_000 picoseconds.
		Weight::from_parts(19_210_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn suspend_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 13_403_000 picoseconds.
		Weight::from_parts(15_253_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn resume_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 13_319_000 picoseconds.
		Weight::from_parts(15_113_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `233`, estimated `3627` bytes.
		// Fastest run: 15_195_000 picoseconds.
		Weight::from_parts(18_379_000, 3627)
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
		// Fastest run: 62_806_000 picoseconds.
		Weight::from_parts(69_799_000, 4628)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:1)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_subscriber() -> Weight {
		// Proof size: measured `1370`, estimated `4628` bytes.
		// Fastest run: 21_167_000 picoseconds.
		Weight::from_parts(23_612_000, 4628)
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
		// Fastest run: 55_157_000 picoseconds.
		Weight::from_parts(60_543_935, 4628)
			.saturating_add(Weight::from_parts(2_478_530, 0).saturating_mul(t.into()))
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
		// Proof size: measured `602`, estimated `4628` bytes.
		// Fastest run: 29_658_000 picoseconds.
		Weight::from_parts(32_903_000, 4628)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn set_tag_blocked() -> Weight {
		// Proof size: measured `178`, estimated `3544` bytes.
		// Fastest run: 13_676_000 picoseconds.
		Weight::from_parts(15_440_000, 3544)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn remove_tag() -> Weight {
		// Proof size: measured `595`, estimated `3682` bytes.
		// Fastest run: 23_370_000 picoseconds.
		Weight::from_parts(27_881_000, 3682)
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
		// Fastest run: 27_974_000 picoseconds.
		Weight::from_parts(34_320_000, 3627)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn suspend_device() -> Weight {
		// Proof size: measured `463`, estimated `3627` bytes.
		// Fastest run: 19_922_000 picoseconds.
		Weight::from_parts(25_141_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn resume_device() -> Weight {
		// Proof size: measured `463`, estimated `3627` bytes.
		// Fastest run: 19_878_000 picoseconds.
		Weight::from_parts(25_068_000, 3627)
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
		// Fastest run: 24_486_000 picoseconds.
		Weight::from_parts(30_433_000, 3627)
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
		// Fastest run: 27_558_000 picoseconds.
		Weight::from_parts(33_813_000, 3627)
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
		// Fastest run: 28_961_000 picoseconds.
		Weight::from_parts(36_448_000, 6242)
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
		// Fastest run: 16_618_000 picoseconds.
		Weight::from_parts(21_033_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn set_group_aggregator() -> Weight {
		// Proof size: measured `436`, estimated `3627` bytes.
		// Fastest run: 19_822_000 picoseconds.
		Weight::from_parts(24_511_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn remove_group() -> Weight {
		// Proof size: measured `436`, estimated `3627` bytes.
		// Fastest run: 19_232_000 picoseconds.
		Weight::from_parts(23_634_000, 3627)
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
		// Fastest run: 24_000_000 picoseconds.
		Weight::from_parts(27_379_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:1)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn revoke_gateway() -> Weight {
		// Proof size: measured `359`, estimated `3627` bytes.
		// Fastest run: 20_946_000 picoseconds.
		Weight::from_parts(25_656_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_provider() -> Weight {
		Weight::from_parts(19_210_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn suspend_provider() -> Weight {
		Weight::from_parts(15_253_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_provider() -> Weight {
		Weight::from_parts(15_113_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_provider() -> Weight {
		Weight::from_parts(18_379_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_subscriber() -> Weight {
		Weight::from_parts(69_799_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_subscriber() -> Weight {
		Weight::from_parts(23_612_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deregister_subscriber(t: u32, ) -> Weight {
		Weight::from_parts(60_543_935, 4628)
			.saturating_add(Weight::from_parts(2_478_530, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn register_tag() -> Weight {
		Weight::from_parts(32_903_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_tag_blocked() -> Weight {
		Weight::from_parts(15_440_000, 3544)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_tag() -> Weight {
		Weight::from_parts(27_881_000, 3682)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn commission_device() -> Weight {
		Weight::from_parts(34_320_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn suspend_device() -> Weight {
		Weight::from_parts(25_141_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_device() -> Weight {
		Weight::from_parts(25_068_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn decommission_device() -> Weight {
		Weight::from_parts(30_433_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn rotate_device_key() -> Weight {
		Weight::from_parts(33_813_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_device_group() -> Weight {
		Weight::from_parts(36_448_000, 6242)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn create_group() -> Weight {
		Weight::from_parts(21_033_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_group_aggregator() -> Weight {
		Weight::from_parts(24_511_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_group() -> Weight {
		Weight::from_parts(23_634_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn authorize_gateway() -> Weight {
		Weight::from_parts(27_379_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_gateway() -> Weight {
		Weight::from_parts(25_656_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
