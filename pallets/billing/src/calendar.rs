//! UTC calendar arithmetic on chain time (milliseconds since the Unix epoch).
//!
//! Billing periods are calendar periods in UTC (`../shared/DESIGN.md`): a monthly period runs
//! from 00:00 on the 1st of a month to 00:00 on the 1st of the next, a quarterly one from
//! January, April, July or October, a half-yearly one from January or July, a yearly one from
//! January. Time-of-use bands are UTC times of day on UTC weekdays. The conversions use the
//! proleptic Gregorian calendar (Howard Hinnant's `days_from_civil` / `civil_from_days`), in
//! integers only, and are total: every `u64` moment maps to a period whose end saturates at
//! `u64::MAX` rather than overflowing.

use meterchain_primitives::{BillingCycle, Moment, Year};

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;
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

/// The calendar year (UTC) of `at`, saturating at `Year::MAX`.
pub fn year_of(at: Moment) -> Year {
	let (year, _, _) = civil_from_days(at / DAY_MS);
	Year::try_from(year).unwrap_or(Year::MAX)
}

/// When `year` ends: 00:00 UTC on the first of January after it.
pub fn year_end(year: Year) -> Moment {
	moment_of(u64::from(year).saturating_add(1), 1)
}

/// The start of the first day of `month` (1–12) in `year`, in chain time; saturates at
/// `u64::MAX` past the end of chain time and at 0 before the epoch.
fn moment_of(year: u64, month: u32) -> Moment {
	days_from_civil(year, month, 1).saturating_mul(DAY_MS)
}

/// Days since 1970-01-01 of a date (year ≥ 1970).
fn days_from_civil(year: u64, month: u32, day: u32) -> u64 {
	let y = if month <= 2 { year.saturating_sub(1) } else { year };
	let era = y / 400;
	let yoe = y - era * 400;
	let mp = (u64::from(month) + 9) % 12;
	let doy = (153 * mp + 2) / 5 + u64::from(day) - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	// 719_468 days lie between 0000-03-01 and 1970-01-01.
	era.saturating_mul(146_097).saturating_add(doe).saturating_sub(719_468)
}

/// The date (year, month 1–12, day 1–31) of a day counted from 1970-01-01.
fn civil_from_days(days: u64) -> (u64, u32, u32) {
	let z = days + 719_468;
	let era = z / 146_097;
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
	let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
	let year = yoe + era * 400 + u64::from(month <= 2);
	(year, month, day)
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
	use BillingCycle::*;

	/// 2026-03-15 12:00 UTC.
	const MID_MARCH_2026: Moment = 1_773_576_000_000;

	fn date(year: u64, month: u32, day: u32) -> Moment {
		days_from_civil(year, month, day) * DAY_MS
	}

	#[test]
	fn a_year_runs_from_new_year_to_new_year() {
		assert_eq!(year_of(MID_MARCH_2026), 2026);
		assert_eq!(year_end(2026), date(2027, 1, 1));
		assert_eq!(year_of(year_end(2026) - 1), 2026);
		assert_eq!(year_of(year_end(2026)), 2027);
		assert_eq!(year_of(0), 1970);
	}

	#[test]
	fn dates_round_trip_and_match_known_epochs() {
		assert_eq!(date(1970, 1, 1), 0);
		assert_eq!(date(2000, 3, 1), 951_868_800_000);
		assert_eq!(date(2026, 3, 15) + DAY_MS / 2, MID_MARCH_2026);
		for days in (0..200_000).step_by(37) {
			let (y, m, d) = civil_from_days(days);
			assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
		}
	}

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
