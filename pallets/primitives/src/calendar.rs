//! UTC calendar arithmetic on chain time (milliseconds since the Unix epoch), shared by the
//! runtime (billing periods, pruning's calendar years) and the client (dates in exports).
//!
//! The proleptic Gregorian calendar, with Howard Hinnant's `days_from_civil` and
//! `civil_from_days`, in integers only and total: every `u64` moment maps to a date, and
//! moments saturate rather than overflow.

use crate::{Moment, Year};

/// Milliseconds in a day.
pub const DAY_MS: u64 = 86_400_000;

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
pub fn moment_of(year: u64, month: u32) -> Moment {
	date(year, month, 1)
}

/// The start (00:00 UTC) of `day` of `month` in `year`, in chain time, saturating like
/// [`moment_of`].
pub fn date(year: u64, month: u32, day: u32) -> Moment {
	days_from_civil(year, month, day).saturating_mul(DAY_MS)
}

/// Days since 1970-01-01 of a date (year ≥ 1970).
pub fn days_from_civil(year: u64, month: u32, day: u32) -> u64 {
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
pub fn civil_from_days(days: u64) -> (u64, u32, u32) {
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

#[cfg(test)]
mod tests {
	use super::*;

	/// 2026-03-15 12:00 UTC.
	const MID_MARCH_2026: Moment = 1_773_576_000_000;

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
}
