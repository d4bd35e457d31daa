//! The pass: `on_idle` walks each ledger's agreement-years with that ledger's cursor, one ledger
//! after the other, asking it to close each one that is settled and past the retention, within
//! a weight budget per block.

use crate::{Config, Cursor, Event, NextPass, Pallet, PassCutoff, WeightInfo};
use frame_support::weights::WeightMeter;
use meterchain_primitives::{LedgerCursor, Moment, PrunableLedgers, Visit};
use sp_runtime::{traits::Get, Weight};

impl<T: Config> Pallet<T> {
	/// The worst case of one step: a visit that closes a full year, and its summary.
	pub(crate) fn step_weight() -> Weight {
		T::Ledgers::close_weight()
			.saturating_add(T::WeightInfo::summarize(T::MaxRecordsPerYear::get()))
	}

	/// One block's share of the pass, within `limit`. Returns the weight used.
	pub(crate) fn run(limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		if meter.try_consume(T::WeightInfo::run_base()).is_err() {
			return Weight::zero();
		}
		let (mut ledger, mut from, before) = match (Cursor::<T>::get(), PassCutoff::<T>::get()) {
			(Some((ledger, from)), Some(before)) => (ledger, from, before),
			_ => {
				let now = Self::now();
				if now < NextPass::<T>::get() || !meter.can_consume(Self::step_weight()) {
					return meter.consumed();
				}
				(0, LedgerCursor::new(), Self::start(now))
			},
		};
		// Each step is budgeted at its worst case and charged what the ledger says it took.
		while meter.can_consume(Self::step_weight()) {
			let (visit, used) = T::Ledgers::close_next(ledger, &from, before);
			meter.consume(used.min(T::Ledgers::close_weight()));
			match visit {
				Visit::Closed { agreement, year, records, next } => {
					let n = u32::try_from(records.len()).unwrap_or(u32::MAX);
					Self::summarize(ledger, agreement, year, &records);
					meter.consume(T::WeightInfo::summarize(n));
					from = next;
				},
				Visit::Kept { next } | Visit::Dropped { next } => from = next,
				Visit::End if ledger.saturating_add(1) < T::Ledgers::COUNT => {
					ledger = ledger.saturating_add(1);
					from = LedgerCursor::new();
				},
				Visit::End => return Self::finish(meter),
			}
		}
		Cursor::<T>::put((ledger, from));
		meter.consumed()
	}

	/// Starts a pass at `now`: it prunes the years closed before `now` less the retention,
	/// which it returns.
	pub(crate) fn start(now: Moment) -> Moment {
		let before = now.saturating_sub(T::Retention::get());
		PassCutoff::<T>::put(before);
		Cursor::<T>::put((0, LedgerCursor::new()));
		Self::deposit_event(Event::PassStarted { before });
		before
	}

	/// Ends the pass and schedules the next one.
	pub(crate) fn end() {
		Cursor::<T>::kill();
		let next = Self::now().saturating_add(T::PassInterval::get());
		NextPass::<T>::put(next);
		Self::deposit_event(Event::PassFinished { next });
	}

	fn finish(mut meter: WeightMeter) -> Weight {
		Self::end();
		meter.consume(T::WeightInfo::run_base());
		meter.consumed()
	}
}
