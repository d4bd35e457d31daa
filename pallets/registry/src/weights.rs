//! Weights of `pallet_registry`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-05.
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
		// Proof size: measured `153`, estimated `3627` bytes.
		// Fastest run: 19_318_000 picoseconds.
		Weight::from_parts(20_921_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn suspend_provider() -> Weight {
		// Proof size: measured `270`, estimated `3627` bytes.
		// Fastest run: 14_461_000 picoseconds.
		Weight::from_parts(15_583_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn resume_provider() -> Weight {
		// Proof size: measured `270`, estimated `3627` bytes.
		// Fastest run: 14_501_000 picoseconds.
		Weight::from_parts(15_643_000, 3627)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:1)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_provider() -> Weight {
		// Proof size: measured `270`, estimated `3627` bytes.
		// Fastest run: 16_764_000 picoseconds.
		Weight::from_parts(18_037_000, 3627)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register_subscriber() -> Weight {
		// Proof size: measured `294`, estimated `4628` bytes.
		// Fastest run: 70_224_000 picoseconds.
		Weight::from_parts(73_679_000, 4628)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:1)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	fn update_subscriber() -> Weight {
		// Proof size: measured `1407`, estimated `4628` bytes.
		// Fastest run: 21_842_000 picoseconds.
		Weight::from_parts(23_665_000, 4628)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:0 w:8)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Component `t` ranges over `[0, 8]`.
	fn deregister_subscriber(t: u32, ) -> Weight {
		// Proof size: measured `1539 + t * (21 ±0)`, estimated `4628` bytes.
		// Fastest run: 60_740_000 picoseconds.
		Weight::from_parts(65_445_790, 4628)
			.saturating_add(Weight::from_parts(2_483_672, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn register_tag() -> Weight {
		// Proof size: measured `631`, estimated `4628` bytes.
		// Fastest run: 31_456_000 picoseconds.
		Weight::from_parts(33_971_000, 4628)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn set_tag_blocked() -> Weight {
		// Proof size: measured `229`, estimated `3560` bytes.
		// Fastest run: 19_569_000 picoseconds.
		Weight::from_parts(21_272_000, 3560)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::IdTags` (r:1 w:1)
	/// Proof: `Registry::IdTags` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Registry::SubscriberTags` (r:1 w:1)
	/// Proof: `Registry::SubscriberTags` (`max_values`: None, `max_size`: Some(217), added: 2692, mode: `MaxEncodedLen`)
	fn remove_tag() -> Weight {
		// Proof size: measured `673`, estimated `3682` bytes.
		// Fastest run: 24_876_000 picoseconds.
		Weight::from_parts(26_900_000, 3682)
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
		// Proof size: measured `479`, estimated `3627` bytes.
		// Fastest run: 30_695_000 picoseconds.
		Weight::from_parts(32_679_000, 3627)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn suspend_device() -> Weight {
		// Proof size: measured `500`, estimated `3627` bytes.
		// Fastest run: 20_430_000 picoseconds.
		Weight::from_parts(22_263_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:1)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	fn resume_device() -> Weight {
		// Proof size: measured `500`, estimated `3627` bytes.
		// Fastest run: 20_440_000 picoseconds.
		Weight::from_parts(22_133_000, 3627)
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
		// Proof size: measured `642`, estimated `3627` bytes.
		// Fastest run: 24_696_000 picoseconds.
		Weight::from_parts(26_399_000, 3627)
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
		// Proof size: measured `575`, estimated `3627` bytes.
		// Fastest run: 26_991_000 picoseconds.
		Weight::from_parts(28_803_000, 3627)
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
		// Proof size: measured `804`, estimated `6242` bytes.
		// Fastest run: 29_173_000 picoseconds.
		Weight::from_parts(31_236_000, 6242)
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
		// Proof size: measured `270`, estimated `3627` bytes.
		// Fastest run: 17_335_000 picoseconds.
		Weight::from_parts(18_718_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn set_group_aggregator() -> Weight {
		// Proof size: measured `473`, estimated `3627` bytes.
		// Fastest run: 19_619_000 picoseconds.
		Weight::from_parts(21_141_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Groups` (r:1 w:1)
	/// Proof: `Registry::Groups` (`max_values`: None, `max_size`: Some(151), added: 2626, mode: `MaxEncodedLen`)
	fn remove_group() -> Weight {
		// Proof size: measured `473`, estimated `3627` bytes.
		// Fastest run: 19_228_000 picoseconds.
		Weight::from_parts(20_630_000, 3627)
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
		// Proof size: measured `276`, estimated `3627` bytes.
		// Fastest run: 23_585_000 picoseconds.
		Weight::from_parts(25_187_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Gateways` (r:1 w:1)
	/// Proof: `Registry::Gateways` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	fn revoke_gateway() -> Weight {
		// Proof size: measured `396`, estimated `3627` bytes.
		// Fastest run: 20_841_000 picoseconds.
		Weight::from_parts(22_313_000, 3627)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_provider() -> Weight {
		Weight::from_parts(20_921_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn suspend_provider() -> Weight {
		Weight::from_parts(15_583_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_provider() -> Weight {
		Weight::from_parts(15_643_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn update_provider() -> Weight {
		Weight::from_parts(18_037_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_subscriber() -> Weight {
		Weight::from_parts(73_679_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_subscriber() -> Weight {
		Weight::from_parts(23_665_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deregister_subscriber(t: u32, ) -> Weight {
		Weight::from_parts(65_445_790, 4628)
			.saturating_add(Weight::from_parts(2_483_672, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn register_tag() -> Weight {
		Weight::from_parts(33_971_000, 4628)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_tag_blocked() -> Weight {
		Weight::from_parts(21_272_000, 3560)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_tag() -> Weight {
		Weight::from_parts(26_900_000, 3682)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn commission_device() -> Weight {
		Weight::from_parts(32_679_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn suspend_device() -> Weight {
		Weight::from_parts(22_263_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn resume_device() -> Weight {
		Weight::from_parts(22_133_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn decommission_device() -> Weight {
		Weight::from_parts(26_399_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn rotate_device_key() -> Weight {
		Weight::from_parts(28_803_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_device_group() -> Weight {
		Weight::from_parts(31_236_000, 6242)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn create_group() -> Weight {
		Weight::from_parts(18_718_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_group_aggregator() -> Weight {
		Weight::from_parts(21_141_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn remove_group() -> Weight {
		Weight::from_parts(20_630_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn authorize_gateway() -> Weight {
		Weight::from_parts(25_187_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_gateway() -> Weight {
		Weight::from_parts(22_313_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
