//! The pallet's invariants, checked by `try-runtime` and after every unit test.

use crate::{CaseStatus, Cases, Config, NextCaseId, OpenCases, Pallet, ResponseTimes};
use alloc::collections::BTreeMap;
use frame_support::ensure;
use meterchain_primitives::AgreementId;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// - case ids are below the next id; an open case has no answer, an answered or rejected
	///   one has;
	/// - each agreement's count of open cases is the number of its cases that are open (and
	///   no zero count is stored);
	/// - each provider's response times count at least every case it received (disputes,
	///   reported by billing, count too, and a dispute pruned with its invoice's year still
	///   counts, so the record may count more than state holds, never fewer cases); it
	///   answered or let lapse no more than it received, answered on time no more than it
	///   answered, and took longest no longer than in total.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut open = BTreeMap::<AgreementId, u32>::new();
		let mut received = BTreeMap::<T::AccountId, u32>::new();
		for (id, case) in Cases::<T>::iter() {
			ensure!(id < NextCaseId::<T>::get(), "case id not yet assigned");
			match case.status {
				CaseStatus::Open => ensure!(case.answer.is_none(), "an open case has an answer"),
				CaseStatus::Answered | CaseStatus::Rejected => {
					ensure!(case.answer.is_some(), "an answered case has no answer")
				},
				_ => {},
			}
			if case.status == CaseStatus::Open {
				*open.entry(case.agreement).or_default() += 1;
			}
			*received.entry(case.provider).or_default() += 1;
		}
		for (agreement, count) in OpenCases::<T>::iter() {
			ensure!(count > 0, "a zero count of open cases is stored");
			ensure!(open.remove(&agreement) == Some(count), "open cases miscounted");
		}
		ensure!(open.is_empty(), "open cases not counted");
		for (provider, stats) in ResponseTimes::<T>::iter() {
			ensure!(
				received.remove(&provider).unwrap_or(0) <= stats.received,
				"response times do not count every case"
			);
			ensure!(
				stats.answered.saturating_add(stats.lapsed) <= stats.received,
				"answered or lapsed more than received"
			);
			ensure!(stats.on_time <= stats.answered, "on time more often than answered");
			ensure!(stats.longest_response <= stats.total_response, "longest beyond the total");
		}
		ensure!(received.is_empty(), "cases not in response times");
		Ok(())
	}
}
