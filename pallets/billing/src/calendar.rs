//! UTC calendar arithmetic on chain time (milliseconds since the Unix epoch).
//!
//! Billing periods are calendar periods in UTC (the design's rule): a monthly period runs
//! from 00:00 on the 1st of a month to 00:00 on the 1st of the next, a quarterly one from
//! January, April, July or October, a half-yearly one from January or July, a yearly one from
//! January. Time-of-use bands are UTC times of day on UTC weekdays. The conversions use the
//! proleptic Gregorian calendar of [`meterchain_primitives::calendar`], in integers only, and
//! are total: every `u64` moment maps to a period whose end saturates at
//! `u64::MAX` rather than overflowing.

use meterchain_primitives::calendar::{civil_from_days, moment_of};
pub use meterchain_primitives::calendar::{year_end, year_of, DAY_MS};
use meterchain_primitives::{BillingCycle, Moment};
/// Milliseconds in a minute.
pub const MINUTE_MS: u64 = 60_000;
/// Minutes in a day.
pub const MINUTES_PER_DAY: u16 = 1_440;

/// A billing period: `[start, end)` in chain time.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
)]
pub struct Period {
	/// First moment of the period.
	pub start: Moment,
	/// First moment after it.
	pub end: Moment,
}

impl Period {
	/// Whether `at` lies in the period.
	pub fn contains(&self, at: Moment) -> bool {
		self.start <= at && at < self.end
	}

	/// The period of `cycle` that contains `at`.
	pub fn containing(at: Moment, cycle: BillingCycle) -> Period {
		let (year, month, _) = civil_from_days(at / DAY_MS);
		let months = u32::from(cycle.months());
		// Periods start in the months 1, 1 + months, 1 + 2 months, ...
		let first = (month - 1) / months * months + 1;
		let start = moment_of(year, first);
		let (next_year, next_month) = if first + months > 12 {
			(year + 1, first + months - 12)
		} else {
			(year, first + months)
		};
		Period { start, end: moment_of(next_year, next_month) }
	}

	/// The period of `cycle` that follows this one.
	pub fn next(&self, cycle: BillingCycle) -> Period {
		Period::containing(self.end, cycle)
	}

	/// Length in milliseconds.
	pub fn len(&self) -> u64 {
		self.end.saturating_sub(self.start)
	}

	/// Whether the period is empty (only at the end of time).
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// The part of the period that `[from, until)` overlaps, in milliseconds.
	pub fn overlap(&self, from: Moment, until: Option<Moment>) -> u64 {
		let start = self.start.max(from);
		let end = until.map_or(self.end, |until| self.end.min(until));
		end.saturating_sub(start)
	}
}

/// The UTC weekday of `at`: 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
pub fn weekday(at: Moment) -> u8 {
	((at / DAY_MS + 3) % 7) as u8
}

/// The UTC minute of the day of `at`, 0–1439.
pub fn minute_of_day(at: Moment) -> u16 {
	((at % DAY_MS) / MINUTE_MS) as u16
}

#[cfg(test)]
mod tests {
	use super::*;
	use meterchain_primitives::calendar::date;
	use BillingCycle::*;

	/// 2026-03-15 12:00 UTC.
	const MID_MARCH_2026: Moment = 1_773_576_000_000;

	#[test]
	fn periods_are_calendar_periods_in_utc() {
		let month = Period::containing(MID_MARCH_2026, Monthly);
		assert_eq!(month, Period { start: date(2026, 3, 1), end: date(2026, 4, 1) });
		assert_eq!(
			Period::containing(MID_MARCH_2026, Quarterly),
			Period { start: date(2026, 1, 1), end: date(2026, 4, 1) }
		);
		assert_eq!(
			Period::containing(date(2026, 12, 31), HalfYearly),
			Period { start: date(2026, 7, 1), end: date(2027, 1, 1) }
		);
		assert_eq!(
			Period::containing(MID_MARCH_2026, Yearly),
			Period { start: date(2026, 1, 1), end: date(2027, 1, 1) }
		);
		// February of a leap year, and the last millisecond of a period.
		let feb = Period::containing(date(2028, 2, 29), Monthly);
		assert_eq!(feb.len(), 29 * DAY_MS);
		assert!(feb.contains(feb.end - 1) && !feb.contains(feb.end));
		assert_eq!(Period::containing(feb.end - 1, Monthly), feb);
	}

	#[test]
	fn periods_follow_each_other_without_gaps() {
		for cycle in [Monthly, Quarterly, HalfYearly, Yearly] {
			let mut period = Period::containing(0, cycle);
			for _ in 0..30 {
				let next = period.next(cycle);
				assert_eq!(next.start, period.end, "{cycle:?}");
				assert!(!next.is_empty());
				period = next;
			}
		}
	}

	#[test]
	fn overlap_is_the_covered_part() {
		let month = Period::containing(MID_MARCH_2026, Monthly);
		assert_eq!(month.overlap(0, None), month.len());
		assert_eq!(month.overlap(MID_MARCH_2026, None), month.end - MID_MARCH_2026);
		assert_eq!(month.overlap(0, Some(MID_MARCH_2026)), MID_MARCH_2026 - month.start);
		assert_eq!(month.overlap(month.end, None), 0);
	}

	#[test]
	fn weekdays_and_minutes_are_utc() {
		assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
		assert_eq!(weekday(date(2026, 12, 7)), 0, "2026-12-07 is a Monday");
		assert_eq!(weekday(date(2026, 12, 6)), 6, "2026-12-06 is a Sunday");
		assert_eq!(minute_of_day(MID_MARCH_2026), 720);
		assert_eq!(minute_of_day(date(2026, 1, 1) - 1), 1_439);
	}
}
