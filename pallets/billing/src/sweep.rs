//! Automatic invoicing: after each UTC month boundary, `on_idle` visits every accrual with a
//! stored cursor and closes those whose period ended, within a weight budget per block.

use crate::{
	calendar::Period, Accruals, Config, Event, NextSweep, Pallet, SweepCursor, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{traits::Get, weights::WeightMeter, BoundedVec};
use meterchain_primitives::BillingCycle;
use sp_runtime::Weight;

/// The longest raw storage key of an accrual: the map's 32-byte prefix, the 8-byte twox64
/// hash and the 8-byte agreement id.
pub const MAX_CURSOR_LEN: u32 = 48;

impl<T: Config> Pallet<T> {
	/// One block's share of automatic invoicing, within `limit`. Returns the weight used.
	pub(crate) fn sweep(limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		if meter.try_consume(T::WeightInfo::sweep_base()).is_err() {
			return Weight::zero();
		}
		let now = Self::now();
		let cursor = match SweepCursor::<T>::get() {
			Some(cursor) => cursor.into_inner(),
			None if now >= NextSweep::<T>::get() => {
				// Every billing cycle's periods end on a UTC month boundary.
				let month = Period::containing(now, BillingCycle::Monthly);
				NextSweep::<T>::put(month.end);
				Self::deposit_event(Event::SweepStarted { boundary: month.start });
				Vec::new()
			},
			None => return meter.consumed(),
		};
		let mut accruals = if cursor.is_empty() {
			Accruals::<T>::iter()
		} else {
			Accruals::<T>::iter_from(cursor)
		};
		// Each visit is budgeted at the dearer case, closing a period (and reading the accrual
		// again, to close the next if it ended too), and charged what it took.
		let visit = Self::close_weight()
			.max(T::WeightInfo::sweep_visit())
			.saturating_add(T::DbWeight::get().reads(1));
		loop {
			if !meter.can_consume(visit) {
				let last = accruals.last_raw_key().to_vec();
				SweepCursor::<T>::put(BoundedVec::truncate_from(last));
				return meter.consumed();
			}
			let Some((id, mut accrual)) = accruals.next() else { break };
			// An accrual that fell behind closes period after period, while the budget lasts
			// (what is left waits for the next sweep).
			loop {
				// Closing a prepaid period is benchmarked in its dearest case, the agreement's
				// last prepaid period, whose remaining credit is released too.
				let close = if accrual.current.payment.is_prepaid() {
					T::WeightInfo::sweep_close_prepaid()
				} else {
					T::WeightInfo::sweep_close()
				};
				if !Self::close_if_ended(id, accrual, now) {
					meter.consume(T::WeightInfo::sweep_visit());
					break;
				}
				meter.consume(close.saturating_add(T::DbWeight::get().reads(1)));
				match Accruals::<T>::get(id) {
					Some(next) if next.current.period.end <= now && meter.can_consume(visit) => {
						accrual = next
					},
					_ => break,
				}
			}
		}
		SweepCursor::<T>::kill();
		Self::deposit_event(Event::SweepFinished);
		meter.consumed()
	}

	/// The dearer way of closing a period: invoicing it, or charging a prepaid one.
	pub(crate) fn close_weight() -> Weight {
		T::WeightInfo::sweep_close().max(T::WeightInfo::sweep_close_prepaid())
	}
}
