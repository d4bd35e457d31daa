//! Benchmarks of pruning's own work, in its worst case; the ledger's side (finding and removing
//! a closed year) is the ledger's benchmark, added to these by the pass.
//!
//! - `run_base`: a block's pass bookkeeping: a pass started and ended.
//! - `start_pass`: governance bringing the next pass forward.
//! - `summarize(n)`: a closed year of `n` records, each in a group of its own whose charge list
//!   for the period already exists (a read and a write per record), of an agreement that keeps
//!   `KeptYears` summaries of every ledger already: the oldest is folded into its lifetime.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_support::BoundedVec;
use meterchain_primitives::Moment;
use meterchain_primitives::{merkle, PrunedRecord, MAX_LEDGERS};

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn run_base() {
		#[block]
		{
			Pallet::<T>::start(1_000_000);
			Pallet::<T>::end();
		}
		assert!(Cursor::<T>::get().is_none());
		assert!(PassCutoff::<T>::get().is_some());
	}

	#[benchmark]
	fn summarize(n: Linear<1, { T::MaxRecordsPerYear::get() }>) {
		let records: Vec<PrunedRecord> = (0..n)
			.map(|i| PrunedRecord {
				group: Some(i.into()),
				period: 0,
				quantity: 1_000,
				billed: 100,
				paid: 100,
				credited: 0,
				leaf: merkle::leaf(&i.to_le_bytes()),
			})
			.collect();
		for record in &records {
			let group = record.group.unwrap_or_default();
			ChargeLists::<T>::insert(
				group,
				0,
				ChargeList { records: 1, charge: 1, quantity: 1, anchor: Default::default() },
			);
		}

		let kept = T::KeptYears::get();
		let part = |ledger| LedgerSummary {
			ledger,
			records: 1,
			quantity: 1,
			billed: 1,
			paid: 1,
			credited: 0,
			root: Default::default(),
			anchor: Default::default(),
		};
		let full = YearSummary {
			ledgers: BoundedVec::truncate_from((0..MAX_LEDGERS as u8).map(part).collect()),
		};
		for year in (0..kept as u16).map(|k| 2000 + k) {
			Summaries::<T>::insert(1, year, full.clone());
		}
		PrunedRecords::<T>::put(u64::from(kept) * u64::from(MAX_LEDGERS));

		#[block]
		{
			Pallet::<T>::summarize(0, 1, 2024, &records);
		}

		assert_eq!(Summaries::<T>::get(1, 2024).map(|s| s.records()), Some(n.into()));
		assert!(Summaries::<T>::get(1, 2000).is_none(), "the oldest year folded");
		assert_eq!(Lifetimes::<T>::get(1).map(|l| l.years), Some(1));
	}

	#[benchmark]
	fn start_pass() -> Result<(), BenchmarkError> {
		let origin =
			T::PassOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		NextPass::<T>::put(Moment::MAX);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert!(NextPass::<T>::get() < Moment::MAX);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}
