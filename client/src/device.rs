//! What a meter or charger runs: its readings and charging sessions, signed with its own key
//! the way the chain checks them (`no_std`, for device firmware; the same SCALE encoding as
//! `meterchain_primitives::metering`, which a test checks).
//!
//! A device signs `domain ++ genesis hash ++ SCALE(report)`: the domain keeps a reading's
//! signature from meaning anything else, the genesis hash binds it to one chain, and the
//! increasing sequence number (session id) makes a replay worthless.

use alloc::vec::Vec;
use codec::{Decode, Encode};
use sp_core::{ed25519, sr25519, Pair as _};

/// The domain tag of a signed reading.
pub const READING_DOMAIN: &[u8] = b"meterchain/metering/reading/v1";
/// The domain tag of a signed charging session.
pub const SESSION_DOMAIN: &[u8] = b"meterchain/metering/session/v1";

/// One meter reading.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Reading {
	/// The meter's device id.
	pub device: u64,
	/// The key epoch (bumped by each key rotation).
	pub key_epoch: u32,
	/// +1 per reading taken.
	pub seq: u64,
	/// When it was taken (ms since the epoch, UTC).
	pub timestamp: u64,
	/// The cumulative register (Wh, litres).
	pub register: u64,
	/// The interval's peak power (W) or flow (l/h), if measured.
	pub peak: Option<u32>,
}

/// A finished EV charging session.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct ChargingSession {
	/// The charger's device id.
	pub charger: u64,
	/// The key epoch.
	pub key_epoch: u32,
	/// The session's id at this charger; increases.
	pub session_id: u64,
	/// The id tag that started it (up to 20 bytes).
	pub id_tag: Vec<u8>,
	/// Start (ms).
	pub start: u64,
	/// End (ms).
	pub end: u64,
	/// Energy register at start (Wh).
	pub meter_start: u64,
	/// Energy register at stop (Wh).
	pub meter_stop: u64,
	/// Highest power during the session (W).
	pub max_power: u32,
}

/// A device's signature.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub enum DeviceSignature {
	/// Schnorrkel/Ristretto (sr25519).
	Sr25519([u8; 64]),
	/// Ed25519.
	Ed25519([u8; 64]),
}

/// A signed report, as the chain takes it (`submit_own`, or in a gateway's batch).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub enum DeviceReport {
	/// A reading.
	Reading {
		/// The reading.
		reading: Reading,
		/// The meter's signature.
		signature: DeviceSignature,
	},
	/// A charging session.
	Session {
		/// The session.
		session: ChargingSession,
		/// The charger's signature.
		signature: DeviceSignature,
	},
}

/// A device's key pair.
#[derive(Clone)]
pub enum DeviceKey {
	/// An sr25519 key.
	Sr25519(sr25519::Pair),
	/// An ed25519 key.
	Ed25519(ed25519::Pair),
}

impl DeviceKey {
	/// The public key, as the provider commissions it (`sr25519:0x…` / `ed25519:0x…`).
	pub fn public(&self) -> [u8; 32] {
		match self {
			Self::Sr25519(pair) => pair.public().0,
			Self::Ed25519(pair) => pair.public().0,
		}
	}

	fn sign(&self, payload: &[u8]) -> DeviceSignature {
		match self {
			Self::Sr25519(pair) => DeviceSignature::Sr25519(pair.sign(payload).0),
			Self::Ed25519(pair) => DeviceSignature::Ed25519(pair.sign(payload).0),
		}
	}
}

fn payload<T: Encode>(domain: &[u8], genesis: &[u8; 32], item: &T) -> Vec<u8> {
	let mut bytes = Vec::with_capacity(domain.len() + 32 + item.size_hint());
	bytes.extend_from_slice(domain);
	bytes.extend_from_slice(genesis);
	item.encode_to(&mut bytes);
	bytes
}

impl DeviceReport {
	/// Signs `reading` with `key` for the chain `genesis`.
	pub fn reading(key: &DeviceKey, genesis: &[u8; 32], reading: Reading) -> Self {
		let signature = key.sign(&payload(READING_DOMAIN, genesis, &reading));
		Self::Reading { reading, signature }
	}

	/// Signs `session` with `key` for the chain `genesis`.
	pub fn session(key: &DeviceKey, genesis: &[u8; 32], session: ChargingSession) -> Self {
		let signature = key.sign(&payload(SESSION_DOMAIN, genesis, &session));
		Self::Session { session, signature }
	}

	/// The bytes the device signed.
	pub fn signing_payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		match self {
			Self::Reading { reading, .. } => payload(READING_DOMAIN, genesis, reading),
			Self::Session { session, .. } => payload(SESSION_DOMAIN, genesis, session),
		}
	}

	/// Whether the signature verifies with public key `public` for the chain `genesis`.
	pub fn verify(&self, public: &[u8; 32], genesis: &[u8; 32]) -> bool {
		let (Self::Reading { signature, .. } | Self::Session { signature, .. }) = self;
		let message = self.signing_payload(genesis);
		match signature {
			DeviceSignature::Sr25519(sig) => sr25519::Pair::verify(
				&sr25519::Signature::from_raw(*sig),
				&message,
				&sr25519::Public::from_raw(*public),
			),
			DeviceSignature::Ed25519(sig) => ed25519::Pair::verify(
				&ed25519::Signature::from_raw(*sig),
				&message,
				&ed25519::Public::from_raw(*public),
			),
		}
	}

	/// The device that made the report.
	pub fn device(&self) -> u64 {
		match self {
			Self::Reading { reading, .. } => reading.device,
			Self::Session { session, .. } => session.charger,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use meterchain_primitives as chain;

	fn key() -> DeviceKey {
		DeviceKey::Sr25519(sr25519::Pair::from_seed(&[3; 32]))
	}

	#[test]
	fn reports_encode_and_sign_exactly_as_the_chain_checks_them() {
		let genesis = [9u8; 32];
		let reading =
			Reading { device: 4, key_epoch: 1, seq: 77, timestamp: 5, register: 6, peak: Some(7) };
		let signed = DeviceReport::reading(&key(), &genesis, reading);
		// Decoded as the chain's type, the chain's own check accepts it.
		let on_chain =
			chain::DeviceReport::decode(&mut &signed.encode()[..]).expect("same encoding");
		assert_eq!(on_chain.signing_payload(&genesis), signed.signing_payload(&genesis));
		let public = chain::DeviceKey::Sr25519(key().public());
		assert!(public.verify(&on_chain.signing_payload(&genesis), on_chain.signature()));
		assert!(signed.verify(&key().public(), &genesis));
		assert!(!signed.verify(&key().public(), &[8; 32]), "bound to its chain");

		let ed = DeviceKey::Ed25519(ed25519::Pair::from_seed(&[5; 32]));
		let session = ChargingSession {
			charger: 2,
			key_epoch: 0,
			session_id: 9,
			id_tag: b"CARD-1".to_vec(),
			start: 1,
			end: 2,
			meter_start: 3,
			meter_stop: 4,
			max_power: 11_000,
		};
		let signed = DeviceReport::session(&ed, &genesis, session);
		let on_chain =
			chain::DeviceReport::decode(&mut &signed.encode()[..]).expect("same encoding");
		let public = chain::DeviceKey::Ed25519(ed.public());
		assert!(public.verify(&on_chain.signing_payload(&genesis), on_chain.signature()));
		assert_eq!(on_chain.device(), 2);
	}
}
