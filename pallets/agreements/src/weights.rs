//! Weights of `pallet_agreements`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `Intel(R) Xeon(R) Processor`, 2026-11-21.
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
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::SubscriberOpen` (r:1 w:0)
	/// Proof: `Agreements::SubscriberOpen` (`max_values`: None, `max_size`: Some(305), added: 2780, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose(d: u32, ) -> Weight {
		// Proof size: measured `1560 + d * (163 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 103_501_000 picoseconds.
		Weight::from_parts(126_361_281, 5885)
			.saturating_add(Weight::from_parts(7_865_884, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn accept(d: u32, ) -> Weight {
		// Proof size: measured `3954 + d * (171 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 111_130_000 picoseconds.
		Weight::from_parts(138_699_507, 5885)
			.saturating_add(Weight::from_parts(10_207_869, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 56_386_000 picoseconds.
		Weight::from_parts(68_218_000, 5885)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Agreements::Proposals` (r:1 w:1)
	/// Proof: `Agreements::Proposals` (`max_values`: None, `max_size`: Some(2420), added: 4895, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `2640`, estimated `5885` bytes.
		// Fastest run: 60_799_000 picoseconds.
		Weight::from_parts(72_216_000, 5885)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn remove_expired_proposal() -> Weight {
		// Proof size: measured `2677`, estimated `5885` bytes.
		// Fastest run: 68_513_000 picoseconds.
		Weight::from_parts(77_280_000, 5885)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:0 w:1)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PartyAgreements` (r:0 w:2)
	/// Proof: `Agreements::PartyAgreements` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn conclude_signed(d: u32, ) -> Weight {
		// Proof size: measured `4008 + d * (171 ±0)`, estimated `5885 + d * (2596 ±0)` bytes.
		// Fastest run: 369_817_000 picoseconds.
		Weight::from_parts(426_381_737, 5885)
			.saturating_add(Weight::from_parts(11_017_358, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
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
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:16 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn propose_amendment(d: u32, ) -> Weight {
		// Proof size: measured `5216 + d * (204 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 112_318_000 picoseconds.
		Weight::from_parts(133_081_510, 6931)
			.saturating_add(Weight::from_parts(8_778_698, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
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
	/// Storage: `Registry::Devices` (r:16 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:32 w:32)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_amendment(d: u32, ) -> Weight {
		// Proof size: measured `7872 + d * (196 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 171_747_000 picoseconds.
		Weight::from_parts(195_935_487, 42526)
			.saturating_add(Weight::from_parts(10_533_744, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(24_u64))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn cancel_amendment() -> Weight {
		// Proof size: measured `6196`, estimated `6931` bytes.
		// Fastest run: 71_472_000 picoseconds.
		Weight::from_parts(84_540_000, 6931)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn amend_signed(d: u32, ) -> Weight {
		// Proof size: measured `8075 + d * (181 ±0)`, estimated `42526 + d * (2596 ±0)` bytes.
		// Fastest run: 390_023_000 picoseconds.
		Weight::from_parts(465_239_689, 42526)
			.saturating_add(Weight::from_parts(14_376_378, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(25_u64))
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
		// Fastest run: 26_331_000 picoseconds.
		Weight::from_parts(35_711_000, 6931)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn approve_termination(d: u32, ) -> Weight {
		// Proof size: measured `6803 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 107_241_000 picoseconds.
		Weight::from_parts(127_525_606, 6931)
			.saturating_add(Weight::from_parts(4_707_923, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn terminate_signed(d: u32, ) -> Weight {
		// Proof size: measured `6820 + d * (56 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 298_920_000 picoseconds.
		Weight::from_parts(344_705_623, 6931)
			.saturating_add(Weight::from_parts(4_819_092, 0).saturating_mul(d.into()))
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
		// Fastest run: 29_994_000 picoseconds.
		Weight::from_parts(36_988_190, 6931)
			.saturating_add(Weight::from_parts(5_206_363, 0).saturating_mul(d.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::PendingTerminations` (r:0 w:1)
	/// Proof: `Agreements::PendingTerminations` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Component `d` ranges over `[0, 16]`.
	fn close(d: u32, ) -> Weight {
		// Proof size: measured `6837 + d * (64 ±0)`, estimated `6931 + d * (2596 ±0)` bytes.
		// Fastest run: 97_448_000 picoseconds.
		Weight::from_parts(108_760_889, 6931)
			.saturating_add(Weight::from_parts(4_597_104, 0).saturating_mul(d.into()))
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
		// Fastest run: 20_682_000 picoseconds.
		Weight::from_parts(25_974_000, 6931)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn propose(d: u32, ) -> Weight {
		Weight::from_parts(126_361_281, 5885)
			.saturating_add(Weight::from_parts(7_865_884, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn accept(d: u32, ) -> Weight {
		Weight::from_parts(138_699_507, 5885)
			.saturating_add(Weight::from_parts(10_207_869, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn reject() -> Weight {
		Weight::from_parts(68_218_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(72_216_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_expired_proposal() -> Weight {
		Weight::from_parts(77_280_000, 5885)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn conclude_signed(d: u32, ) -> Weight {
		Weight::from_parts(426_381_737, 5885)
			.saturating_add(Weight::from_parts(11_017_358, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_amendment(d: u32, ) -> Weight {
		Weight::from_parts(133_081_510, 6931)
			.saturating_add(Weight::from_parts(8_778_698, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn approve_amendment(d: u32, ) -> Weight {
		Weight::from_parts(195_935_487, 42526)
			.saturating_add(Weight::from_parts(10_533_744, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(24_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_amendment() -> Weight {
		Weight::from_parts(84_540_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn amend_signed(d: u32, ) -> Weight {
		Weight::from_parts(465_239_689, 42526)
			.saturating_add(Weight::from_parts(14_376_378, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(25_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(21_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn propose_termination() -> Weight {
		Weight::from_parts(35_711_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn approve_termination(d: u32, ) -> Weight {
		Weight::from_parts(127_525_606, 6931)
			.saturating_add(Weight::from_parts(4_707_923, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn terminate_signed(d: u32, ) -> Weight {
		Weight::from_parts(344_705_623, 6931)
			.saturating_add(Weight::from_parts(4_819_092, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn give_notice(d: u32, ) -> Weight {
		Weight::from_parts(36_988_190, 6931)
			.saturating_add(Weight::from_parts(5_206_363, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn close(d: u32, ) -> Weight {
		Weight::from_parts(108_760_889, 6931)
			.saturating_add(Weight::from_parts(4_597_104, 0).saturating_mul(d.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2596).saturating_mul(d.into()))
	}
	fn cancel_termination() -> Weight {
		Weight::from_parts(25_974_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
