//! Weights of `pallet_consortium`: PROVISIONAL, NOT MEASURED. Conservative estimates (30 µs for
//! adding or removing a validator, with one read and two writes; 10 µs of overhead for `enact`,
//! on top of the enacted call's own weight) until `scripts/benchmark.sh pallet_consortium`
//! replaces this file with the benchmark CLI's output. The calls are rare governance calls.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_consortium`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn enact() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_100)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_100)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn enact() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}

// For tests.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_100)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(30_000_000, 1_100)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn enact() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}
