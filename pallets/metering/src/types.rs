//! Stored per-device state, why a report is refused, and the physical limits that make
//! consumption plausible.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use meterchain_primitives::{Moment, ServiceKind};
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
	/// The session's id tag is not accepted at this charger (blocked, expired, unknown…).
	TagRefused,
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
}
