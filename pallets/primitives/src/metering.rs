//! What devices measure and sign: readings and EV charging sessions. Device firmware and the
//! client build this module without the runtime (see the crate's features).
//!
//! A device signs `domain ++ genesis hash ++ SCALE(report)` with its own key ([`DeviceKey`]):
//! the domain separates readings from sessions and from every other signed message of the
//! chain, the genesis hash makes a signature worthless on another chain, and the sequence
//! number (readings) or session id (sessions), which must increase, makes a replay worthless on
//! this one (seed 001: time-stamped, signed messages that cannot be replayed).

use crate::{DeviceId, DeviceSignature, IdTag, Moment};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The domain tag of a signed [`Reading`].
pub const READING_DOMAIN: &[u8] = b"meterchain/metering/reading/v1";

/// The domain tag of a signed [`ChargingSession`].
pub const SESSION_DOMAIN: &[u8] = b"meterchain/metering/session/v1";

/// One meter reading (seed 003's automatic meter reading; seed 000's interval reporting).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Reading {
	/// The meter.
	pub device: DeviceId,
	/// The device's key epoch (bumped by each key rotation, which restarts the counter).
	pub key_epoch: u32,
	/// Increases by one per reading the device takes; a gap means readings were lost.
	pub seq: u64,
	/// When the reading was taken (ms since the epoch, UTC).
	pub timestamp: Moment,
	/// The cumulative register, in the service's base unit (Wh, litres); never decreases.
	pub register: u64,
	/// The highest power (W) or flow (l/h) seen in the interval, if the meter measures it.
	pub peak: Option<u32>,
}

/// An EV charging session (seed 000's ChargeProfile; OCPP's transaction), as the charger
/// reports it when the session ends.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct ChargingSession {
	/// The charger.
	pub charger: DeviceId,
	/// The charger's key epoch.
	pub key_epoch: u32,
	/// The session's id at this charger; increases from session to session.
	pub session_id: u64,
	/// The id tag that started the session.
	pub id_tag: IdTag,
	/// Start and end (ms since the epoch).
	pub start: Moment,
	/// End of the session.
	pub end: Moment,
	/// The charger's energy register at start and stop (Wh): the energy is the difference.
	pub meter_start: u64,
	/// The register at stop.
	pub meter_stop: u64,
	/// The highest charging power during the session (W).
	pub max_power: u32,
}

impl ChargingSession {
	/// The energy delivered (Wh), if the register did not run backwards.
	pub fn energy(&self) -> Option<u64> {
		self.meter_stop.checked_sub(self.meter_start)
	}
}

/// What a device reports, with its signature over the signing payload.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum DeviceReport {
	/// A meter reading.
	Reading {
		/// The reading.
		reading: Reading,
		/// The meter's signature.
		signature: DeviceSignature,
	},
	/// A finished charging session.
	Session {
		/// The session.
		session: ChargingSession,
		/// The charger's signature.
		signature: DeviceSignature,
	},
}

impl DeviceReport {
	/// The device that made (and signed) the report.
	pub fn device(&self) -> DeviceId {
		match self {
			Self::Reading { reading, .. } => reading.device,
			Self::Session { session, .. } => session.charger,
		}
	}

	/// The bytes the device signed, for the chain with genesis hash `genesis`.
	pub fn signing_payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		match self {
			Self::Reading { reading, .. } => signing_payload(READING_DOMAIN, genesis, reading),
			Self::Session { session, .. } => signing_payload(SESSION_DOMAIN, genesis, session),
		}
	}

	/// The signature.
	pub fn signature(&self) -> &DeviceSignature {
		match self {
			Self::Reading { signature, .. } | Self::Session { signature, .. } => signature,
		}
	}
}

/// `domain ++ genesis ++ SCALE(item)`: what a device signs.
pub fn signing_payload<T: Encode>(domain: &[u8], genesis: &[u8; 32], item: &T) -> Vec<u8> {
	let mut payload = Vec::with_capacity(domain.len() + 32 + item.size_hint());
	payload.extend_from_slice(domain);
	payload.extend_from_slice(genesis);
	item.encode_to(&mut payload);
	payload
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn readings_and_sessions_sign_different_payloads_bound_to_the_chain() {
		let reading = DeviceReport::Reading {
			reading: Reading {
				device: 1,
				key_epoch: 0,
				seq: 1,
				timestamp: 2,
				register: 3,
				peak: None,
			},
			signature: DeviceSignature::Sr25519([0; 64]),
		};
		let payload = reading.signing_payload(&[7; 32]);
		assert!(payload.starts_with(READING_DOMAIN));
		assert_eq!(&payload[READING_DOMAIN.len()..READING_DOMAIN.len() + 32], &[7; 32]);
		assert_ne!(payload, reading.signing_payload(&[8; 32]));
	}

	#[test]
	fn a_session_s_energy_is_the_register_difference_and_never_negative() {
		let mut session = ChargingSession {
			charger: 1,
			key_epoch: 0,
			session_id: 1,
			id_tag: Default::default(),
			start: 0,
			end: 1,
			meter_start: 100,
			meter_stop: 350,
			max_power: 11_000,
		};
		assert_eq!(session.energy(), Some(250));
		session.meter_stop = 99;
		assert_eq!(session.energy(), None);
	}
}
