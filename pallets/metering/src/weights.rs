//! Weights of `pallet_metering`. PROVISIONAL: not yet measured on the reference machine —
//! `scripts/benchmark.sh pallet_metering` replaces this file with measured values.

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

/// Weights for the runtime, with its database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_batch_readings(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(Weight::from_parts(110_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_batch_sessions(n: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(Weight::from_parts(120_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	fn submit_own_reading() -> Weight {
		Weight::from_parts(130_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn submit_own_session() -> Weight {
		Weight::from_parts(140_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// For tests: the same shape with the in-memory database weights.
impl WeightInfo for () {
	fn submit_batch_readings(n: u32, ) -> Weight {
		Weight::from_parts(110_000_000, 3_600).saturating_mul(n.into())
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(n.into())))
	}
	fn submit_batch_sessions(n: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 3_600).saturating_mul(n.into())
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(n.into())))
	}
	fn submit_own_reading() -> Weight {
		Weight::from_parts(130_000_000, 3_600)
	}
	fn submit_own_session() -> Weight {
		Weight::from_parts(140_000_000, 3_600)
	}
}
