//! Benchmarks (v2) of every call in its worst case: the longest body, and the paths that
//! touch the provider's response times and the agreement's count of open cases.

use crate::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use meterchain_primitives::{AgreementId, Moment, Reason, MAX_REASON_LEN};

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<T: Config> {
	/// An agreement between a provider and a subscriber; returns (agreement, subscriber,
	/// provider).
	fn agreement() -> (AgreementId, T::AccountId, T::AccountId);
	/// Sets the chain's time (ms).
	fn set_time(now: Moment);
}

/// When the benchmarked cases are opened: 2026-03-01 00:00 UTC.
const MARCH: Moment = 1_772_323_200_000;

/// The longest body a case or an answer carries.
fn longest_body() -> Reason {
	Reason::truncate_from(vec![7; MAX_REASON_LEN as usize])
}

/// A complaint about a new agreement, with the longest body: (case, subscriber, provider).
fn complaint<T: Config>() -> (CaseId, T::AccountId, T::AccountId) {
	T::BenchmarkHelper::set_time(MARCH);
	let (agreement, subscriber, provider) = T::BenchmarkHelper::agreement();
	let case = NextCaseId::<T>::get();
	Pallet::<T>::open_case(
		RawOrigin::Signed(subscriber.clone()).into(),
		agreement,
		CaseKind::Complaint,
		longest_body(),
	)
	.expect("opened");
	(case, subscriber, provider)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_case() {
		let (case, subscriber, provider) = complaint::<T>();
		// Not the provider's first case: its response times are read and written.
		let agreement = Cases::<T>::get(case).map(|c| c.agreement).expect("opened");

		#[extrinsic_call]
		_(RawOrigin::Signed(subscriber), agreement, CaseKind::Complaint, longest_body());

		assert_eq!(OpenCases::<T>::get(agreement), 2);
		assert_eq!(ResponseTimes::<T>::get(provider).received, 2);
	}

	#[benchmark]
	fn answer_case() {
		let (case, _, provider) = complaint::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), case, longest_body(), true);

		assert_eq!(Cases::<T>::get(case).map(|c| c.status), Some(CaseStatus::Rejected));
		assert_eq!(ResponseTimes::<T>::get(provider).answered, 1);
	}

	#[benchmark]
	fn escalate_case() {
		// Unanswered past its deadline, the dearer path: the provider's lapse is recorded.
		let (case, subscriber, provider) = complaint::<T>();
		T::BenchmarkHelper::set_time(MARCH + T::ResponsePeriod::get() + 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(subscriber), case);

		assert_eq!(Cases::<T>::get(case).map(|c| c.status), Some(CaseStatus::Escalated));
		assert_eq!(ResponseTimes::<T>::get(provider).lapsed, 1);
	}

	#[benchmark]
	fn rule_case() -> Result<(), BenchmarkError> {
		let (case, subscriber, _) = complaint::<T>();
		T::BenchmarkHelper::set_time(MARCH + T::ResponsePeriod::get() + 1);
		Pallet::<T>::escalate_case(RawOrigin::Signed(subscriber).into(), case).expect("escalated");
		let arbiter =
			T::ArbiterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(arbiter as T::RuntimeOrigin, case, true);

		assert_eq!(Cases::<T>::get(case).map(|c| c.status), Some(CaseStatus::Upheld));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}
