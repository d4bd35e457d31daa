//! Human units: money in MTR with decimals, and chain time as RFC 3339 / ISO 8601 dates, for
//! what people type and read. The chain itself counts money in the smallest unit (10⁻¹² MTR)
//! and time in milliseconds since the Unix epoch (UTC); scripts that want those exact numbers
//! use `--raw` and `--json` in the CLI, or the raw `u128`/`u64` values of this library.

use crate::{Error, Result};
use time::{format_description::well_known::Rfc3339, OffsetDateTime, UtcOffset};

/// The smallest units in one MTR.
pub const UNIT: u128 = 1_000_000_000_000;
/// Decimal places of MTR.
pub const DECIMALS: usize = 12;
/// The currency's symbol.
pub const SYMBOL: &str = "MTR";

/// `raw` smallest units as MTR, without trailing zeros: `1.8 MTR`, `0 MTR`, `1,234.5 MTR`.
pub fn format_mtr(raw: u128) -> String {
	let whole = group_thousands(raw / UNIT);
	let fraction = format!("{:0width$}", raw % UNIT, width = DECIMALS);
	let fraction = fraction.trim_end_matches('0');
	if fraction.is_empty() {
		format!("{whole} {SYMBOL}")
	} else {
		format!("{whole}.{fraction} {SYMBOL}")
	}
}

fn group_thousands(n: u128) -> String {
	let digits = n.to_string();
	let mut out = String::with_capacity(digits.len() + digits.len() / 3);
	for (i, c) in digits.chars().enumerate() {
		if i > 0 && (digits.len() - i).is_multiple_of(3) {
			out.push(',');
		}
		out.push(c);
	}
	out
}

/// An amount of MTR as people write it — `1.8`, `0.30`, `1,000`, `5 MTR` — in smallest units.
/// At most 12 decimals; never negative.
pub fn parse_mtr(text: &str) -> Result<u128> {
	let trimmed = text.trim();
	let number = trimmed
		.strip_suffix(SYMBOL)
		.or_else(|| trimmed.strip_suffix("mtr"))
		.unwrap_or(trimmed)
		.trim()
		.replace([',', '_'], "");
	let bad = || {
		Error::Input(format!(
			"{text:?} is not an amount of MTR (write e.g. 1.5 or 0.30; at most {DECIMALS} decimals)"
		))
	};
	let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
	if (whole.is_empty() && fraction.is_empty())
		|| !whole.chars().all(|c| c.is_ascii_digit())
		|| !fraction.chars().all(|c| c.is_ascii_digit())
		|| fraction.len() > DECIMALS
	{
		return Err(bad());
	}
	let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
	let fraction: u128 = format!("{fraction:0<DECIMALS$}").parse().map_err(|_| bad())?;
	whole
		.checked_mul(UNIT)
		.and_then(|w| w.checked_add(fraction))
		.ok_or_else(|| Error::Input(format!("{text:?} MTR is more than the chain can count")))
}

/// Chain time (`ms` since the epoch) as RFC 3339 in UTC: `2026-03-01T00:00:00Z`, with
/// milliseconds only when there are any (`…T00:00:00.250Z`).
pub fn format_time(ms: u64) -> String {
	let Ok(at) = OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000) else {
		return format!("{ms} ms");
	};
	at.format(&Rfc3339).unwrap_or_else(|_| format!("{ms} ms"))
}

/// A moment as people write it, in ms since the epoch: RFC 3339 / ISO 8601 with a time zone
/// (`2026-03-01T00:00:00Z`, `2026-03-01T01:00:00+01:00`), or a date alone (`2026-03-01`,
/// midnight UTC).
pub fn parse_time(text: &str) -> Result<u64> {
	let text = text.trim();
	let at = OffsetDateTime::parse(text, &Rfc3339)
		.or_else(|_| OffsetDateTime::parse(&format!("{text}T00:00:00Z"), &Rfc3339))
		.map_err(|_| {
			Error::Input(format!(
				"{text:?} is not a date and time (write e.g. 2026-03-01T08:00:00Z or 2026-03-01)"
			))
		})?;
	let ms = at.to_offset(UtcOffset::UTC).unix_timestamp_nanos() / 1_000_000;
	u64::try_from(ms).map_err(|_| Error::Input(format!("{text:?} is before 1970")))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn money_reads_and_prints_in_mtr_with_decimals() {
		assert_eq!(format_mtr(0), "0 MTR");
		assert_eq!(format_mtr(1_800_000_000_000), "1.8 MTR");
		assert_eq!(format_mtr(1), "0.000000000001 MTR");
		assert_eq!(format_mtr(1_234_500_000_000_000), "1,234.5 MTR");
		for (text, raw) in [
			("1.8", 1_800_000_000_000),
			("0.30", 300_000_000_000),
			(".5", 500_000_000_000),
			("5 MTR", 5 * UNIT),
			("1,000", 1_000 * UNIT),
			("0.000000000001", 1),
		] {
			assert_eq!(parse_mtr(text).ok(), Some(raw), "{text}");
			assert_eq!(parse_mtr(&format_mtr(raw)).ok(), Some(raw), "round trip of {text}");
		}
		for bad in ["", ".", "-1", "1.2.3", "abc", "0.0000000000001", "1e3"] {
			assert!(matches!(parse_mtr(bad), Err(Error::Input(_))), "{bad:?}");
		}
		assert!(parse_mtr(&"9".repeat(40)).is_err(), "too large");
	}

	#[test]
	fn times_read_and_print_as_rfc_3339_in_utc() {
		assert_eq!(format_time(0), "1970-01-01T00:00:00Z");
		assert_eq!(format_time(1_772_323_200_000), "2026-03-01T00:00:00Z");
		assert_eq!(format_time(1_772_323_200_250), "2026-03-01T00:00:00.25Z");
		assert_eq!(parse_time("2026-03-01T00:00:00Z").ok(), Some(1_772_323_200_000));
		assert_eq!(parse_time("2026-03-01T01:00:00+01:00").ok(), Some(1_772_323_200_000));
		assert_eq!(parse_time("2026-03-01").ok(), Some(1_772_323_200_000));
		assert_eq!(parse_time("2026-03-01T00:00:00.250Z").ok(), Some(1_772_323_200_250));
		for bad in ["", "yesterday", "2026-13-01", "1772323200000", "1969-12-31"] {
			assert!(matches!(parse_time(bad), Err(Error::Input(_))), "{bad:?}");
		}
	}
}
