//! Weights of `pallet_agreements`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-05.
//! Steps 50, repeats 20, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_agreements --extrinsic * --wasm-execution compiled --steps 50 --repeat 20 --heap-pages 4096 --template scripts/weights.hbs --output pallets/agreements/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_agreements`.
pub trait WeightInfo {
	fn propose(d: u32, ) -> Weight;
	fn accept(d: u32, ) -> Weight;
	fn reject() -> Weight;
	fn withdraw() -> Weight;
	fn remove_expired_proposal() -> Weight;
	fn conclude_signed(d: u32, ) -> Weight;
	fn propose_amendment(d: u32, ) -> Weight;
	fn approve_amendment(d: u32, ) -> Weight;
	fn cancel_amendment() -> Weight;
	fn amend_signed(d: u32, ) -> Weight;
	fn propose_termination() -> Weight;
	fn approve_termination(d: u32, ) -> Weight;
	fn terminate_signed(d: u32, ) -> Weight;
	fn give_notice(d: u32, ) -> Weight;
	fn close(d: u32, ) -> Weight;
	fn cancel_termination() -> Weight;
	fn prune_close_agreement(v: u32, ) -> Weight;
	fn prune_keep() -> Weight;
	fn prune_drop_proposal() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:1 w:0)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:0)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose(d: u32, ) -> Weight {
		// Proof size: measured `1746 + d * (165 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 117_304_000 picoseconds.
		Weight::from_parts(128_270_556, 5885)
			.saturating_add(Weight::from_parts(7_554_392, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:1 w:1)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:1)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextAgreementId` (r:1 w:1)
	/// Proof: `Agreements::NextAgreementId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn accept(d: u32, ) -> Weight {
		// Proof size: measured `4140 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 126_337_000 picoseconds.
		Weight::from_parts(139_015_909, 5885)
			.saturating_add(Weight::from_parts(10_014_877, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 61_381_000 picoseconds.
		Weight::from_parts(65_357_000, 5885)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 61_191_000 picoseconds.
		Weight::from_parts(64_906_000, 5885)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn remove_expired_proposal() -> Weight {
		// Proof size: measured `2677`, estimated `5885` bytes.
		// Fastest run: 64_506_000 picoseconds.
		Weight::from_parts(67_861_000, 5885)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::UsedTerms` (r:1 w:1)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:1)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::NextAgreementId` (r:1 w:1)
	/// Proof: `Agreements::NextAgreementId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn conclude_signed(d: u32, ) -> Weight {
		// Proof size: measured `4194 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 338_051_000 picoseconds.
		Weight::from_parts(354_415_798, 5885)
			.saturating_add(Weight::from_parts(10_688_080, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:1 w:0)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose_amendment(d: u32, ) -> Weight {
		// Proof size: measured `5441 + d * (196 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 122_341_000 picoseconds.
		Weight::from_parts(131_920_511, 6931)
			.saturating_add(Weight::from_parts(8_496_832, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:1 w:1)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:32 w:32)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_amendment(d: u32, ) -> Weight {
		// Proof size: measured `8145 + d * (186 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 193_106_000 picoseconds.
		Weight::from_parts(200_899_349, 42526)
			.saturating_add(Weight::from_parts(10_990_902, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn cancel_amendment() -> Weight {
		// Proof size: measured `6196`, estimated `6931` bytes.
		// Fastest run: 74_460_000 picoseconds.
		Weight::from_parts(79_197_000, 6931)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:1 w:1)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Subscribers` (r:1 w:0)
	/// Proof: `Registry::Subscribers` (`max_values`: None, `max_size`: Some(1163), added: 3638, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:32 w:32)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn amend_signed(d: u32, ) -> Weight {
		// Proof size: measured `8327 + d * (181 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 409_858_000 picoseconds.
		Weight::from_parts(429_022_321, 42526)
			.saturating_add(Weight::from_parts(11_420_164, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(26_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(21_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:1 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn propose_termination() -> Weight {
		// Proof size: measured `3426`, estimated `6931` bytes.
		// Fastest run: 29_083_000 picoseconds.
		Weight::from_parts(33_510_000, 6931)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:1 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:1)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_termination(d: u32, ) -> Weight {
		// Proof size: measured `6803 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 108_751_000 picoseconds.
		Weight::from_parts(116_866_228, 6931)
			.saturating_add(Weight::from_parts(4_570_775, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:1)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn terminate_signed(d: u32, ) -> Weight {
		// Proof size: measured `6820 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 278_152_000 picoseconds.
		Weight::from_parts(292_661_889, 6931)
			.saturating_add(Weight::from_parts(4_897_090, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn give_notice(d: u32, ) -> Weight {
		// Proof size: measured `3444 + d * (48 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 33_970_000 picoseconds.
		Weight::from_parts(39_872_013, 6931)
			.saturating_add(Weight::from_parts(4_957_325, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:16)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:1)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:1)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn close(d: u32, ) -> Weight {
		// Proof size: measured `6837 + d * (64 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 101_651_000 picoseconds.
		Weight::from_parts(108_314_384, 6931)
			.saturating_add(Weight::from_parts(4_203_497, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:1 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn cancel_termination() -> Weight {
		// Proof size: measured `278`, estimated `6931` bytes.
		// Fastest run: 20_640_000 picoseconds.
		Weight::from_parts(24_396_000, 6931)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:0)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:0)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `Billing::OpenCases` (r:1 w:0)
	/// Proof: `Billing::OpenCases` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:1 w:0)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::YearRecords` (r:1 w:0)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:0)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:1 w:0)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:0 w:1)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(53), added: 2528, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:0 w:33)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[0, 32]`.
	fn prune_close_agreement(_v: u32, ) -> Weight {
		// Proof size: measured `3600`, estimated `12872` bytes.
		// Fastest run: 95_932_000 picoseconds.
		Weight::from_parts(100_391_789, 12872)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(37_u64))
	}
	/// Storage: `Agreements::Agreements` (r:2 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:0)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:0)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `Billing::OpenCases` (r:1 w:0)
	/// Proof: `Billing::OpenCases` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:1 w:0)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::YearRecords` (r:1 w:0)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingAmendments` (r:1 w:0)
	/// Proof: `Agreements::PendingAmendments` (`max_values`: None, `max_size`: Some(2404), added: 4879, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:1 w:0)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn prune_keep() -> Weight {
		// Proof size: measured `3638`, estimated `12872` bytes.
		// Fastest run: 42_052_000 picoseconds.
		Weight::from_parts(45_097_000, 12872)
			.saturating_add(T::DbWeight::get().reads(11_u64))
	}
	/// Storage: `Agreements::Proposals` (r:2 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn prune_drop_proposal() -> Weight {
		// Proof size: measured `2677`, estimated `10780` bytes.
		// Fastest run: 62_863_000 picoseconds.
		Weight::from_parts(66_478_000, 10780)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn propose(d: u32, ) -> Weight {
		Weight::from_parts(128_270_556, 5885)
			.saturating_add(Weight::from_parts(7_554_392, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn accept(d: u32, ) -> Weight {
		Weight::from_parts(139_015_909, 5885)
			.saturating_add(Weight::from_parts(10_014_877, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(65_357_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(64_906_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_expired_proposal() -> Weight {
		Weight::from_parts(67_861_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn conclude_signed(d: u32, ) -> Weight {
		Weight::from_parts(354_415_798, 5885)
			.saturating_add(Weight::from_parts(10_688_080, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_amendment(d: u32, ) -> Weight {
		Weight::from_parts(131_920_511, 6931)
			.saturating_add(Weight::from_parts(8_496_832, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn approve_amendment(d: u32, ) -> Weight {
		Weight::from_parts(200_899_349, 42526)
			.saturating_add(Weight::from_parts(10_990_902, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_amendment() -> Weight {
		Weight::from_parts(79_197_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn amend_signed(d: u32, ) -> Weight {
		Weight::from_parts(429_022_321, 42526)
			.saturating_add(Weight::from_parts(11_420_164, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_termination() -> Weight {
		Weight::from_parts(33_510_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn approve_termination(d: u32, ) -> Weight {
		Weight::from_parts(116_866_228, 6931)
			.saturating_add(Weight::from_parts(4_570_775, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn terminate_signed(d: u32, ) -> Weight {
		Weight::from_parts(292_661_889, 6931)
			.saturating_add(Weight::from_parts(4_897_090, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn give_notice(d: u32, ) -> Weight {
		Weight::from_parts(39_872_013, 6931)
			.saturating_add(Weight::from_parts(4_957_325, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn close(d: u32, ) -> Weight {
		Weight::from_parts(108_314_384, 6931)
			.saturating_add(Weight::from_parts(4_203_497, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_termination() -> Weight {
		Weight::from_parts(24_396_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn prune_close_agreement(_v: u32, ) -> Weight {
		Weight::from_parts(100_391_789, 12872)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(37_u64))
	}
	fn prune_keep() -> Weight {
		Weight::from_parts(45_097_000, 12872)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
	}
	fn prune_drop_proposal() -> Weight {
		Weight::from_parts(66_478_000, 10780)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
