//! Weights for `pallet_agreements`.
//!
//! PLACEHOLDER numbers, written by hand (not measured): plausible values with the right storage
//! access counts, until this file is regenerated with the benchmark CLI, e.g.
//!
//! ```text
//! frame-omni-bencher v1 benchmark pallet \
//!     --runtime target/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm \
//!     --pallet pallet_agreements --extrinsic '*' --steps 50 --repeat 20 \
//!     --template .maintain/frame-weight-template.hbs \
//!     --output pallets/agreements/src/weights.rs
//! ```
//!
//! `d` is the number of devices the terms cover (at most `MaxDevices`).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_agreements`.
pub trait WeightInfo {
	fn propose(d: u32) -> Weight;
	fn accept(d: u32) -> Weight;
	fn reject() -> Weight;
	fn withdraw() -> Weight;
	fn remove_expired_proposal() -> Weight;
	fn conclude_signed(d: u32) -> Weight;
	fn propose_amendment(d: u32) -> Weight;
	fn approve_amendment(d: u32) -> Weight;
	fn cancel_amendment() -> Weight;
	fn amend_signed(d: u32) -> Weight;
	fn propose_termination() -> Weight;
	fn approve_termination(d: u32) -> Weight;
	fn terminate_signed(d: u32) -> Weight;
	fn give_notice(d: u32) -> Weight;
	fn close(d: u32) -> Weight;
	fn cancel_termination() -> Weight;
}

/// Weights for `pallet_agreements` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: Agreements::Proposals (r:1 w:1), Agreements::UsedTerms (r:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d)
	fn propose(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(60_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (w:1), Agreements::NextAgreementId (r:1 w:1), Agreements::PartyAgreements (w:2), Agreements::Agreements (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn accept(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(80_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn remove_expired_proposal() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1 w:1), System::BlockHash (r:1), Agreements::Proposals (r:1), Agreements::NextAgreementId (r:1 w:1), Agreements::PartyAgreements (w:2), Agreements::Agreements (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn conclude_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(180_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d)
	fn propose_amendment(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(60_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn approve_amendment(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(90_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingAmendments (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (w:1)
	fn cancel_amendment() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), System::BlockHash (r:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn amend_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(190_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingTerminations (r:1 w:1)
	fn propose_termination() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(30_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingTerminations (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn approve_termination(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(50_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), System::BlockHash (r:1), Agreements::PendingTerminations (w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn terminate_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(160_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn give_notice(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingTerminations (w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn close(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(50_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingTerminations (r:1 w:1)
	fn cancel_termination() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: Agreements::Proposals (r:1 w:1), Agreements::UsedTerms (r:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d)
	fn propose(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(60_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (w:1), Agreements::NextAgreementId (r:1 w:1), Agreements::PartyAgreements (w:2), Agreements::Agreements (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn accept(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(80_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Proposals (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn remove_expired_proposal() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Agreements::SubscriberOpen (r:1 w:1), System::BlockHash (r:1), Agreements::Proposals (r:1), Agreements::NextAgreementId (r:1 w:1), Agreements::PartyAgreements (w:2), Agreements::Agreements (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn conclude_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(180_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(7_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d)
	fn propose_amendment(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(60_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), Balances::Holds (r:1 w:1), System::Account (w:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn approve_amendment(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(90_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingAmendments (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (w:1)
	fn cancel_amendment() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::UsedTerms (r:1 w:1), Registry::Providers (r:1), Registry::Subscribers (r:1), System::BlockHash (r:1), Registry::Devices (r:d), Agreements::DeviceAgreements (r:d w:d)
	fn amend_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `12000`
		Weight::from_parts(190_000_000, 12000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingTerminations (r:1 w:1)
	fn propose_termination() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(30_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingTerminations (r:1 w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn approve_termination(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(50_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), System::BlockHash (r:1), Agreements::PendingTerminations (w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn terminate_signed(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(160_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn give_notice(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(40_000_000, 6000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1 w:1), Agreements::PendingTerminations (w:1), Agreements::PendingAmendments (r:1 w:1), Agreements::SubscriberOpen (r:1 w:1), Agreements::DeviceAgreements (r:d w:d)
	fn close(d: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9000`
		Weight::from_parts(50_000_000, 9000)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(4_000_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(d.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(d.into()))
	}
	/// Storage: Agreements::Agreements (r:1), Agreements::PendingTerminations (r:1 w:1)
	fn cancel_termination() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6000`
		Weight::from_parts(25_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
