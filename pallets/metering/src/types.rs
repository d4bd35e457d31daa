//! Stored per-device state, why a report is refused, and the physical limits that make
//! consumption plausible.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use meterchain_primitives::{AgreementId, DeviceId, Moment, ServiceKind, UsageRefused};
use scale_info::TypeInfo;
use sp_core::H256;

/// What the chain keeps per device: O(1) in the number of readings. Raw readings live in block
/// bodies; `head` chains their hashes, so an archived reading can be checked against it.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DeviceState<BlockNumber> {
	/// The key epoch these counters belong to; a key rotation starts them afresh.
	pub key_epoch: u32,
	/// Readings accepted in this epoch (0: the next one sets the baseline).
	pub readings: u64,
	/// The last accepted reading's sequence number.
	pub last_seq: u64,
	/// The last accepted reading's time (ms).
	pub last_timestamp: Moment,
	/// The last accepted register value.
	pub last_register: u64,
	/// Sequence numbers skipped so far, over the device's life (lost readings).
	pub missed: u64,
	/// The last accepted charging session's id, for chargers.
	pub last_session: Option<u64>,
	/// `blake2_256(previous head ++ SCALE(report))` over every accepted report, all epochs.
	pub head: H256,
	/// The block of the device's last own (feeless) submission, for the rate limit.
	pub last_own_submission: Option<BlockNumber>,
	/// What the device counted on its last two UTC days, for recent-usage queries.
	pub daily: DailyUsage,
}

/// Milliseconds in a day.
pub const DAY_MS: Moment = 86_400_000;

/// What a device counted on the UTC day of its last counted report and on the day before.
/// Usage is counted on the day of the report's timestamp (the end of its interval).
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DailyUsage {
	/// The day (days since 1970-01-01, UTC) of the last counted report.
	pub day: u32,
	/// Counted on `day`.
	pub quantity: u64,
	/// Counted on the day before `day`.
	pub previous: u64,
}

impl DailyUsage {
	/// The UTC day of `at` (ms).
	pub fn day_of(at: Moment) -> u32 {
		u32::try_from(at / DAY_MS).unwrap_or(u32::MAX)
	}

	/// Counts `quantity` at time `at` (never before the last counted day: readings are in order).
	pub fn add(&mut self, at: Moment, quantity: u64) {
		let day = Self::day_of(at);
		if day != self.day {
			self.previous = if day == self.day.saturating_add(1) { self.quantity } else { 0 };
			self.day = day;
			self.quantity = 0;
		}
		self.quantity = self.quantity.saturating_add(quantity);
	}

	/// `(today, yesterday)` as seen on day `today`.
	pub fn as_of(&self, today: u32) -> (u64, u64) {
		if self.day == today {
			(self.quantity, self.previous)
		} else if self.day.saturating_add(1) == today {
			(0, self.quantity)
		} else {
			(0, 0)
		}
	}
}

/// Recent usage of one device, as [`RecentUsage`] lists it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct DeviceUsage {
	/// The device.
	pub device: DeviceId,
	/// Its last accepted reading's time (ms; 0 if none).
	pub last_reading: Moment,
	/// Its last accepted register value.
	pub last_register: u64,
	/// Counted today (UTC, by the chain's clock).
	pub today: u64,
	/// Counted yesterday.
	pub yesterday: u64,
}

/// What an agreement's devices counted today and yesterday (UTC, by the chain's clock).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct RecentUsage {
	/// The agreement.
	pub agreement: AgreementId,
	/// Today, in days since 1970-01-01.
	pub day: u32,
	/// The sum over its devices, today.
	pub today: u64,
	/// The sum over its devices, yesterday.
	pub yesterday: u64,
	/// Per device.
	pub devices: Vec<DeviceUsage>,
}

/// Why a report was refused. In a batch, a refused report is reported in an event and the
/// others go on; alone (`submit_own`), it is the call's error.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum RejectReason {
	/// The device is not commissioned.
	UnknownDevice,
	/// The device is suspended or decommissioned, or its provider is not active.
	DeviceInactive,
	/// A reading from a charger, or a session from a meter.
	WrongDeviceKind,
	/// The submitter is neither the device nor its provider, a gateway of the provider or the
	/// aggregator of the device's group.
	NotAuthorized,
	/// Signed for an earlier key epoch (the key has been rotated since).
	StaleKey,
	/// The signature does not verify with the device's key over the payload for this chain.
	BadSignature,
	/// The sequence number (or session id) is not above the last accepted one.
	Replayed,
	/// The timestamp is not after the last accepted reading's.
	OutOfOrder,
	/// The timestamp is ahead of the chain's clock by more than the allowed drift.
	FromTheFuture,
	/// No active agreement covers the device at the reading's time.
	NotCovered,
	/// The register is below the last accepted value.
	RegisterRollback,
	/// More consumption (or peak) than the service's physical limit allows in the time.
	Implausible,
	/// A session that ends before it starts.
	InvalidPeriod,
	/// The session's id tag was not accepted at this charger when the session started
	/// (blocked, expired, unknown, or registered to its owner only later).
	TagRefused,
	/// The agreement's final bill was issued before the report arrived, and a bill is final:
	/// usage it did not include is not billed afterwards.
	AlreadyBilled,
	/// Billing is two periods behind with the agreement's invoices; the report is refused
	/// until it caught up (a meter's next reading covers the same interval).
	BillingBehind,
}

impl From<UsageRefused> for RejectReason {
	fn from(refused: UsageRefused) -> Self {
		match refused {
			UsageRefused::AlreadyBilled => RejectReason::AlreadyBilled,
			UsageRefused::BillingBehind => RejectReason::BillingBehind,
		}
	}
}

/// The physical limits of a service: no honest meter exceeds them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Limit {
	/// The most base units (Wh, litres) per hour.
	pub per_hour: u64,
	/// The highest peak power (W) or flow (l/h).
	pub peak: u32,
}

impl Limit {
	/// The most consumption possible in `elapsed_ms`, rounded up.
	pub fn max_in(&self, elapsed_ms: Moment) -> u64 {
		const MS_PER_HOUR: u128 = 3_600_000;
		let most = (self.per_hour as u128).saturating_mul(elapsed_ms as u128).div_ceil(MS_PER_HOUR);
		u64::try_from(most).unwrap_or(u64::MAX)
	}
}

/// The limits per service (the runtime sets them; e.g. a 100 kW connection for electricity).
pub trait ServiceLimits {
	/// The limit of `service`.
	fn limit(service: ServiceKind) -> Limit;
}

/// Who submitted a report.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Submitter<AccountId> {
	/// The device itself, feeless (authenticated by its signature).
	Device,
	/// A signed account: the provider, a gateway or a group aggregator.
	Account(AccountId),
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_limit_scales_with_time_and_rounds_up() {
		let limit = Limit { per_hour: 100_000, peak: 100_000 };
		assert_eq!(limit.max_in(3_600_000), 100_000);
		assert_eq!(limit.max_in(900_000), 25_000);
		assert_eq!(limit.max_in(1), 1);
		assert_eq!(limit.max_in(0), 0);
		assert_eq!(Limit { per_hour: u64::MAX, peak: 0 }.max_in(u64::MAX), u64::MAX);
	}

	#[test]
	fn daily_usage_rolls_over_at_utc_midnight() {
		let mut daily = DailyUsage::default();
		daily.add(10 * DAY_MS + 1_000, 5);
		daily.add(10 * DAY_MS + 2_000, 7);
		assert_eq!(daily.as_of(10), (12, 0));
		assert_eq!(daily.as_of(11), (0, 12));
		assert_eq!(daily.as_of(12), (0, 0));
		// The next day: yesterday's total moves back.
		daily.add(11 * DAY_MS, 3);
		assert_eq!(daily.as_of(11), (3, 12));
		// Two days without usage: nothing carries over.
		daily.add(13 * DAY_MS + 5, 4);
		assert_eq!(daily, DailyUsage { day: 13, quantity: 4, previous: 0 });
		assert_eq!(DailyUsage::day_of(DAY_MS - 1), 0);
	}
}
