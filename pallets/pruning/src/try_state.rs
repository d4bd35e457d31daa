//! Invariants of the pruning pallet's storage, checked by `try_state` after every block in
//! try-runtime and after every unit test.

use crate::{ChargeLists, Config, Cursor, Pallet, PassCutoff, PrunedRecords, Summaries};
use frame_support::ensure;
use meterchain_primitives::PrunableLedger;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// - Every summary replaced at least one record, and the summaries' counts add up to the
	///   records pruned in all: each summary's count is the records it replaced.
	/// - A charge list counts removed records only, so never more than were pruned.
	/// - Between passes, nothing closable before the last pass's cut-off is left in the ledger:
	///   nothing settled older than the retention plus one pass interval remains.
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut summed: u64 = 0;
		for (_, _, summary) in Summaries::<T>::iter() {
			ensure!(summary.records > 0, "a summary replaced no record");
			summed = summed.saturating_add(summary.records.into());
		}
		ensure!(
			summed == PrunedRecords::<T>::get(),
			"summaries do not add up to the records pruned"
		);
		let listed = ChargeLists::<T>::iter_values()
			.fold(0u64, |sum, list| sum.saturating_add(list.records.into()));
		ensure!(listed <= summed, "charge lists count more records than were pruned");
		if Cursor::<T>::get().is_none() {
			if let Some(before) = PassCutoff::<T>::get() {
				ensure!(
					!T::Ledger::closable_remains(before),
					"a year closed before the last pass's cut-off is still in state",
				);
			}
		}
		Ok(())
	}
}
