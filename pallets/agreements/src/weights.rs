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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose(d: u32, ) -> Weight {
		// Proof size: measured `1700 + d * (165 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 147_115_000 picoseconds.
		Weight::from_parts(171_705_857, 5885)
			.saturating_add(Weight::from_parts(13_240_494, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn accept(d: u32, ) -> Weight {
		// Proof size: measured `4094 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 163_695_000 picoseconds.
		Weight::from_parts(243_923_871, 5885)
			.saturating_add(Weight::from_parts(21_853_184, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 81_602_000 picoseconds.
		Weight::from_parts(114_413_000, 5885)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 79_068_000 picoseconds.
		Weight::from_parts(89_507_000, 5885)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn remove_expired_proposal() -> Weight {
		// Proof size: measured `2677`, estimated `5885` bytes.
		// Fastest run: 83_024_000 picoseconds.
		Weight::from_parts(95_569_000, 5885)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn conclude_signed(d: u32, ) -> Weight {
		// Proof size: measured `4148 + d * (173 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 432_927_000 picoseconds.
		Weight::from_parts(466_593_405, 5885)
			.saturating_add(Weight::from_parts(13_864_485, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose_amendment(d: u32, ) -> Weight {
		// Proof size: measured `5395 + d * (196 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 153_907_000 picoseconds.
		Weight::from_parts(165_200_712, 6931)
			.saturating_add(Weight::from_parts(11_263_968, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_amendment(d: u32, ) -> Weight {
		// Proof size: measured `8099 + d * (186 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 237_563_000 picoseconds.
		Weight::from_parts(263_980_411, 42526)
			.saturating_add(Weight::from_parts(15_565_659, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn cancel_amendment() -> Weight {
		// Proof size: measured `6196`, estimated `6931` bytes.
		// Fastest run: 93_434_000 picoseconds.
		Weight::from_parts(100_607_000, 6931)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn amend_signed(d: u32, ) -> Weight {
		// Proof size: measured `8281 + d * (181 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 492_388_000 picoseconds.
		Weight::from_parts(514_098_894, 42526)
			.saturating_add(Weight::from_parts(20_812_253, 0).saturating_mul(d.into()))
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
		// Fastest run: 43_221_000 picoseconds.
		Weight::from_parts(54_471_000, 6931)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_termination(d: u32, ) -> Weight {
		// Proof size: measured `6803 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 142_636_000 picoseconds.
		Weight::from_parts(210_294_172, 6931)
			.saturating_add(Weight::from_parts(3_480_496, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn terminate_signed(d: u32, ) -> Weight {
		// Proof size: measured `6820 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 345_124_000 picoseconds.
		Weight::from_parts(333_956_714, 6931)
			.saturating_add(Weight::from_parts(17_632_737, 0).saturating_mul(d.into()))
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
		// Fastest run: 52_258_000 picoseconds.
		Weight::from_parts(82_248_990, 6931)
			.saturating_add(Weight::from_parts(8_902_963, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn close(d: u32, ) -> Weight {
		// Proof size: measured `6837 + d * (64 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 127_007_000 picoseconds.
		Weight::from_parts(193_028_478, 6931)
			.saturating_add(Weight::from_parts(4_259_707, 0).saturating_mul(d.into()))
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
		// Fastest run: 29_424_000 picoseconds.
		Weight::from_parts(39_043_000, 6931)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn prune_close_agreement(v: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(v.into())))
	}
	fn prune_keep() -> Weight {
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
	}
	fn prune_drop_proposal() -> Weight {
		Weight::from_parts(95_000_000, 5885)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn propose(d: u32, ) -> Weight {
		Weight::from_parts(171_705_857, 5885)
			.saturating_add(Weight::from_parts(13_240_494, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn accept(d: u32, ) -> Weight {
		Weight::from_parts(243_923_871, 5885)
			.saturating_add(Weight::from_parts(21_853_184, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(114_413_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(89_507_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_expired_proposal() -> Weight {
		Weight::from_parts(95_569_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn conclude_signed(d: u32, ) -> Weight {
		Weight::from_parts(466_593_405, 5885)
			.saturating_add(Weight::from_parts(13_864_485, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_amendment(d: u32, ) -> Weight {
		Weight::from_parts(165_200_712, 6931)
			.saturating_add(Weight::from_parts(11_263_968, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn approve_amendment(d: u32, ) -> Weight {
		Weight::from_parts(263_980_411, 42526)
			.saturating_add(Weight::from_parts(15_565_659, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_amendment() -> Weight {
		Weight::from_parts(100_607_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn amend_signed(d: u32, ) -> Weight {
		Weight::from_parts(514_098_894, 42526)
			.saturating_add(Weight::from_parts(20_812_253, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(26_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_termination() -> Weight {
		Weight::from_parts(54_471_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn approve_termination(d: u32, ) -> Weight {
		Weight::from_parts(210_294_172, 6931)
			.saturating_add(Weight::from_parts(3_480_496, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn terminate_signed(d: u32, ) -> Weight {
		Weight::from_parts(333_956_714, 6931)
			.saturating_add(Weight::from_parts(17_632_737, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn give_notice(d: u32, ) -> Weight {
		Weight::from_parts(82_248_990, 6931)
			.saturating_add(Weight::from_parts(8_902_963, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn close(d: u32, ) -> Weight {
		Weight::from_parts(193_028_478, 6931)
			.saturating_add(Weight::from_parts(4_259_707, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_termination() -> Weight {
		Weight::from_parts(39_043_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn prune_close_agreement(v: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6000)
			.saturating_add(Weight::from_parts(1_000_000, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(v.into())))
	}
	fn prune_keep() -> Weight {
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
	}
	fn prune_drop_proposal() -> Weight {
		Weight::from_parts(95_000_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
}
