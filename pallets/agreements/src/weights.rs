//! Weights of `pallet_agreements`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-04.
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1737 + d * (165 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 171_921_000 picoseconds.
		Weight::from_parts(267_471_267, 5885)
			.saturating_add(Weight::from_parts(14_551_395, 0).saturating_mul(d.into()))
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `4131 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 166_470_000 picoseconds.
		Weight::from_parts(218_708_951, 5885)
			.saturating_add(Weight::from_parts(20_858_477, 0).saturating_mul(d.into()))
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
		// Fastest run: 79_007_000 picoseconds.
		Weight::from_parts(92_312_000, 5885)
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
		// Fastest run: 78_707_000 picoseconds.
		Weight::from_parts(92_533_000, 5885)
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
		// Fastest run: 83_826_000 picoseconds.
		Weight::from_parts(95_599_000, 5885)
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `4185 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 446_072_000 picoseconds.
		Weight::from_parts(659_952_113, 5885)
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `5432 + d * (196 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 160_299_000 picoseconds.
		Weight::from_parts(191_388_136, 6931)
			.saturating_add(Weight::from_parts(10_656_805, 0).saturating_mul(d.into()))
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `8136 + d * (186 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 248_112_000 picoseconds.
		Weight::from_parts(307_535_328, 42526)
			.saturating_add(Weight::from_parts(17_481_114, 0).saturating_mul(d.into()))
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
		// Fastest run: 101_519_000 picoseconds.
		Weight::from_parts(146_564_000, 6931)
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
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
		// Proof size: measured `8318 + d * (181 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 554_423_000 picoseconds.
		Weight::from_parts(949_479_756, 42526)
			.saturating_add(Weight::from_parts(1_944_587, 0).saturating_mul(d.into()))
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
		// Fastest run: 44_092_000 picoseconds.
		Weight::from_parts(58_599_000, 6931)
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
		// Fastest run: 141_043_000 picoseconds.
		Weight::from_parts(200_142_991, 6931)
			.saturating_add(Weight::from_parts(5_374_295, 0).saturating_mul(d.into()))
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
		// Fastest run: 351_154_000 picoseconds.
		Weight::from_parts(444_021_840, 6931)
			.saturating_add(Weight::from_parts(6_401_567, 0).saturating_mul(d.into()))
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
		// Fastest run: 51_246_000 picoseconds.
		Weight::from_parts(91_434_803, 6931)
			.saturating_add(Weight::from_parts(5_850_916, 0).saturating_mul(d.into()))
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
		// Fastest run: 142_416_000 picoseconds.
		Weight::from_parts(271_013_326, 6931)
			.saturating_add(Weight::from_parts(1_109_982, 0).saturating_mul(d.into()))
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
		// Fastest run: 31_598_000 picoseconds.
		Weight::from_parts(46_377_000, 6931)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Agreements::Agreements` (r:2 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
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
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::UsedTerms` (r:0 w:33)
	/// Proof: `Agreements::UsedTerms` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[0, 32]`.
	fn prune_close_agreement(_v: u32, ) -> Weight {
		// Proof size: measured `3600`, estimated `12872` bytes.
		// Fastest run: 119_262_000 picoseconds.
		Weight::from_parts(183_025_363, 12872)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(36_u64))
	}
	/// Storage: `Agreements::Agreements` (r:2 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(227), added: 2702, mode: `MaxEncodedLen`)
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
		// Fastest run: 56_265_000 picoseconds.
		Weight::from_parts(66_744_000, 12872)
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
		// Fastest run: 80_129_000 picoseconds.
		Weight::from_parts(87_533_000, 10780)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn propose(d: u32, ) -> Weight {
		Weight::from_parts(267_471_267, 5885)
			.saturating_add(Weight::from_parts(14_551_395, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn accept(d: u32, ) -> Weight {
		Weight::from_parts(218_708_951, 5885)
			.saturating_add(Weight::from_parts(20_858_477, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(92_312_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(92_533_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_expired_proposal() -> Weight {
		Weight::from_parts(95_599_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn conclude_signed(d: u32, ) -> Weight {
		Weight::from_parts(659_952_113, 5885)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_amendment(d: u32, ) -> Weight {
		Weight::from_parts(191_388_136, 6931)
			.saturating_add(Weight::from_parts(10_656_805, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn approve_amendment(d: u32, ) -> Weight {
		Weight::from_parts(307_535_328, 42526)
			.saturating_add(Weight::from_parts(17_481_114, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_amendment() -> Weight {
		Weight::from_parts(146_564_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn amend_signed(d: u32, ) -> Weight {
		Weight::from_parts(949_479_756, 42526)
			.saturating_add(Weight::from_parts(1_944_587, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_termination() -> Weight {
		Weight::from_parts(58_599_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn approve_termination(d: u32, ) -> Weight {
		Weight::from_parts(200_142_991, 6931)
			.saturating_add(Weight::from_parts(5_374_295, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn terminate_signed(d: u32, ) -> Weight {
		Weight::from_parts(444_021_840, 6931)
			.saturating_add(Weight::from_parts(6_401_567, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn give_notice(d: u32, ) -> Weight {
		Weight::from_parts(91_434_803, 6931)
			.saturating_add(Weight::from_parts(5_850_916, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn close(d: u32, ) -> Weight {
		Weight::from_parts(271_013_326, 6931)
			.saturating_add(Weight::from_parts(1_109_982, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_termination() -> Weight {
		Weight::from_parts(46_377_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn prune_close_agreement(_v: u32, ) -> Weight {
		Weight::from_parts(183_025_363, 12872)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(36_u64))
	}
	fn prune_keep() -> Weight {
		Weight::from_parts(66_744_000, 12872)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
	}
	fn prune_drop_proposal() -> Weight {
		Weight::from_parts(87_533_000, 10780)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
