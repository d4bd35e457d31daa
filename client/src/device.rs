//! What a meter or charger runs: its readings and charging sessions, signed with its own key
//! the way the chain checks them (`no_std`, for device firmware). The report types are the
//! chain's own, from `meterchain_primitives` built without the runtime: one definition, so a
//! device and the chain cannot disagree on an encoding.
//!
//! A device signs `domain ++ genesis hash ++ SCALE(report)`: the domain keeps a reading's
//! signature from meaning anything else, the genesis hash binds it to one chain, and the
//! increasing sequence number (session id) makes a replay worthless.

use meterchain_primitives::signing_payload;
pub use meterchain_primitives::{
	ChargingSession, DeviceKey, DeviceReport, DeviceSignature, IdTag, Reading, READING_DOMAIN,
	SESSION_DOMAIN,
};
use sp_core::{ed25519, sr25519, Pair as _};

/// A device's key pair (its public half, [`DeviceKey`], is what the provider commissions).
#[derive(Clone)]
pub enum DeviceKeyPair {
	/// An sr25519 key.
	Sr25519(sr25519::Pair),
	/// An ed25519 key.
	Ed25519(ed25519::Pair),
}

impl DeviceKeyPair {
	/// The raw public key (shown as `sr25519:0x…` / `ed25519:0x…`).
	pub fn public(&self) -> [u8; 32] {
		match self {
			Self::Sr25519(pair) => pair.public().0,
			Self::Ed25519(pair) => pair.public().0,
		}
	}

	/// The public key, as the chain holds it.
	pub fn device_key(&self) -> DeviceKey {
		match self {
			Self::Sr25519(pair) => DeviceKey::Sr25519(pair.public().0),
			Self::Ed25519(pair) => DeviceKey::Ed25519(pair.public().0),
		}
	}

	/// Signs `payload`.
	pub fn sign(&self, payload: &[u8]) -> DeviceSignature {
		match self {
			Self::Sr25519(pair) => DeviceSignature::Sr25519(pair.sign(payload).0),
			Self::Ed25519(pair) => DeviceSignature::Ed25519(pair.sign(payload).0),
		}
	}

	/// `reading`, signed for the chain `genesis`.
	pub fn sign_reading(&self, genesis: &[u8; 32], reading: Reading) -> DeviceReport {
		let signature = self.sign(&signing_payload(READING_DOMAIN, genesis, &reading));
		DeviceReport::Reading { reading, signature }
	}

	/// `session`, signed for the chain `genesis`.
	pub fn sign_session(&self, genesis: &[u8; 32], session: ChargingSession) -> DeviceReport {
		let signature = self.sign(&signing_payload(SESSION_DOMAIN, genesis, &session));
		DeviceReport::Session { session, signature }
	}
}

/// Whether `report`'s signature is `key`'s for the chain `genesis`: the chain's own check.
pub fn verify(report: &DeviceReport, key: &DeviceKey, genesis: &[u8; 32]) -> bool {
	key.verify(&report.signing_payload(genesis), report.signature())
}

/// An id tag from its text: `None` if it is longer than OCPP's 20 bytes.
pub fn id_tag(text: &str) -> Option<IdTag> {
	IdTag::try_from(text.as_bytes().to_vec()).ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::{Decode, Encode};

	fn key() -> DeviceKeyPair {
		DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[3; 32]))
	}

	#[test]
	fn reports_sign_and_verify_exactly_as_the_chain_checks_them() {
		let genesis = [9u8; 32];
		let reading =
			Reading { device: 4, key_epoch: 1, seq: 77, timestamp: 5, register: 6, peak: Some(7) };
		let signed = key().sign_reading(&genesis, reading);
		// Through the wire and back, the chain's own check accepts it.
		let decoded = DeviceReport::decode(&mut &signed.encode()[..]).expect("round trip");
		assert!(verify(&decoded, &key().device_key(), &genesis));
		assert!(!verify(&decoded, &key().device_key(), &[8; 32]), "bound to its chain");

		let ed = DeviceKeyPair::Ed25519(ed25519::Pair::from_seed(&[5; 32]));
		let session = ChargingSession {
			charger: 2,
			key_epoch: 0,
			session_id: 9,
			id_tag: id_tag("CARD-1").expect("short"),
			start: 1,
			end: 2,
			meter_start: 3,
			meter_stop: 4,
			max_power: 11_000,
		};
		let signed = ed.sign_session(&genesis, session);
		assert!(verify(&signed, &ed.device_key(), &genesis));
		assert!(!verify(&signed, &key().device_key(), &genesis), "another device's key");
		assert_eq!(signed.device(), 2);
		assert_eq!(id_tag("123456789012345678901"), None, "21 bytes");
	}
}
