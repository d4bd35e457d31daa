//! Invariants of the pruning pallet's storage, checked by `try_state` after every block in
//! try-runtime and after every unit test.

use crate::{ChargeLists, Config, Cursor, Lifetimes, Pallet, PassCutoff, PrunedRecords, Summaries};
use alloc::collections::BTreeMap;
use frame_support::ensure;
use frame_support::traits::Get;
use meterchain_primitives::AgreementId;
use meterchain_primitives::PrunableLedgers;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// - Every summary replaced at least one record, and the summaries' counts add up to the
	///   records pruned in all (with those of the folded summaries): each summary's count is
	///   the records it replaced.
	/// - An agreement keeps at most `KeptYears` summaries; a lifetime summary folded some.
	/// - A charge list counts removed records only, so never more than were pruned.
	/// - Between passes, nothing closable before the last pass's cut-off, and settled before it,
	///   is left in any ledger: nothing settled older than the retention plus one pass interval
	///   remains (what was settled since waits for the next pass).
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut summed: u64 = 0;
		for (_, _, summary) in Summaries::<T>::iter() {
			ensure!(!summary.ledgers.is_empty(), "a year summary without ledgers");
			for ledger in &summary.ledgers {
				ensure!(ledger.records > 0, "a summary replaced no record");
				ensure!(ledger.ledger < T::Ledgers::COUNT, "a summary of an unknown ledger");
			}
			ensure!(
				summary
					.ledgers
					.iter()
					.enumerate()
					.all(|(i, a)| summary.ledgers[..i].iter().all(|b| b.ledger != a.ledger)),
				"a ledger summarized twice in one year",
			);
			summed = summed.saturating_add(summary.records());
		}
		let mut kept: BTreeMap<AgreementId, u32> = BTreeMap::new();
		for (agreement, _) in Summaries::<T>::iter_keys() {
			*kept.entry(agreement).or_default() += 1;
		}
		ensure!(
			kept.values().all(|years| *years <= T::KeptYears::get()),
			"an agreement keeps more year summaries than KeptYears"
		);
		for lifetime in Lifetimes::<T>::iter_values() {
			ensure!(lifetime.years > 0 && lifetime.records > 0, "an empty lifetime summary");
			summed = summed.saturating_add(lifetime.records);
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
					!T::Ledgers::closable_remains(before),
					"a year closed before the last pass's cut-off is still in state",
				);
			}
		}
		Ok(())
	}
}
