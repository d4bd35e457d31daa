//! Automatic invoicing: after each UTC month boundary, `on_idle` visits every accrual with a
//! stored cursor and closes those whose period ended, within a weight budget per block.

use crate::{
	calendar::Period, Accrual, Accruals, Config, Event, NextSweep, Pallet, SweepCursor, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{traits::Get, weights::WeightMeter, BoundedVec};
use meterchain_primitives::{AgreementId, BillingCycle, Moment};
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
		// Each visit is budgeted at the dearer case, closing a period (and reading the accrual
		// again, to close the next if it ended too), and charged what it took.
		let visit = Self::close_weight()
			.max(T::WeightInfo::sweep_visit())
			.saturating_add(T::DbWeight::get().reads(1));
		let mut accruals = if cursor.is_empty() {
			Accruals::<T>::iter()
		} else {
			Accruals::<T>::iter_from(cursor)
		};
		loop {
			if !meter.can_consume(visit) {
				let last = accruals.last_raw_key().to_vec();
				SweepCursor::<T>::put(BoundedVec::truncate_from(last));
				return meter.consumed();
			}
			// Where the next block resumes if this accrual is left behind: just before it.
			let before = accruals.last_raw_key().to_vec();
			let Some((id, accrual)) = accruals.next() else { break };
			if !Self::catch_up(id, accrual, now, &mut meter, visit) {
				SweepCursor::<T>::put(BoundedVec::truncate_from(before));
				return meter.consumed();
			}
		}
		SweepCursor::<T>::kill();
		Self::deposit_event(Event::SweepFinished);
		meter.consumed()
	}

	/// Closes `id`'s accrual's ended periods one after the other (an accrual that fell behind
	/// has several), within `meter`, each close budgeted at `visit`. Whether it is done: false
	/// if the budget ran out while a period of it still waits.
	fn catch_up(
		id: AgreementId,
		mut accrual: Accrual,
		now: Moment,
		meter: &mut WeightMeter,
		visit: Weight,
	) -> bool {
		loop {
			// Closing a prepaid period is benchmarked in its dearest case, the agreement's last
			// prepaid period, whose remaining credit is released too.
			let close = if accrual.current.payment.is_prepaid() {
				T::WeightInfo::sweep_close_prepaid()
			} else {
				T::WeightInfo::sweep_close()
			};
			if !Self::close_if_ended(id, accrual, now) {
				meter.consume(T::WeightInfo::sweep_visit());
				return true;
			}
			meter.consume(close.saturating_add(T::DbWeight::get().reads(1)));
			match Accruals::<T>::get(id) {
				Some(next) if next.current.period.end <= now => {
					if !meter.can_consume(visit) {
						return false;
					}
					accrual = next;
				},
				_ => return true,
			}
		}
	}

	/// The dearer way of closing a period: invoicing it, or charging a prepaid one.
	pub(crate) fn close_weight() -> Weight {
		T::WeightInfo::sweep_close().max(T::WeightInfo::sweep_close_prepaid())
	}
}
