//! Benchmarks of the consortium's calls, each in its worst case: the set one short of full when
//! adding, full when removing (the account searched for last), and `enact` with the cheapest
//! call, so that only its own overhead is measured (the call's weight is added on top).

use super::*;
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

const SEED: u32 = 0;

/// A set of `n` validators.
fn fill<T: Config>(n: u32) -> Vec<T::AccountId> {
	let set: Vec<T::AccountId> = (0..n).map(|i| account("validator", i, SEED)).collect();
	Validators::<T>::put(BoundedVec::truncate_from(set.clone()));
	set
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		fill::<T>(T::MaxValidators::get() - 1);
		let who: T::AccountId = account("newcomer", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let set = fill::<T>(T::MaxValidators::get());
		let who = set.last().cloned().ok_or(BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn enact() -> Result<(), BenchmarkError> {
		let origin =
			T::EnactOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		frame_system::Pallet::<T>::assert_last_event(
			<T as frame_system::Config>::RuntimeEvent::from(Event::<T>::Enacted { result: Ok(()) }),
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}
