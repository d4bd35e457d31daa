//! Devices: meters and chargers with key pairs of their own, which sign what they measure.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::{ed25519, sr25519};

/// What a device is.
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
	Serialize,
	Deserialize,
)]
pub enum DeviceKind {
	/// A utility meter that reports a cumulative register.
	Meter,
	/// An EV charging station that reports charging sessions.
	Charger,
}

/// A device's life-cycle state.
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
	Serialize,
	Deserialize,
)]
pub enum DeviceStatus {
	/// Commissioned and reporting.
	Active,
	/// Temporarily not accepted (maintenance, suspected tampering). It can be resumed.
	Suspended,
	/// Taken out of service for good. Its record stays for audit.
	Decommissioned,
}

/// A device's public key. Devices sign with sr25519 (Schnorrkel, as Substrate accounts do) or
/// ed25519 (common in secure elements).
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
	Serialize,
	Deserialize,
)]
pub enum DeviceKey {
	/// A 32-byte sr25519 public key.
	Sr25519([u8; 32]),
	/// A 32-byte ed25519 public key.
	Ed25519([u8; 32]),
}

/// A signature made by a device's key.
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
pub enum DeviceSignature {
	/// A 64-byte sr25519 signature.
	Sr25519([u8; 64]),
	/// A 64-byte ed25519 signature.
	Ed25519([u8; 64]),
}

impl DeviceKey {
	/// Whether `signature` is this key's signature of `message`. A signature of the other
	/// scheme never verifies.
	///
	/// In the runtime (feature `runtime`) the check is a host function call; a device or
	/// client without the runtime checks in pure Rust (`sp_core`'s `full_crypto`).
	pub fn verify(&self, message: &[u8], signature: &DeviceSignature) -> bool {
		#[cfg(feature = "runtime")]
		use sp_runtime::traits::Verify as _;
		match (self, signature) {
			(DeviceKey::Sr25519(key), DeviceSignature::Sr25519(sig)) => {
				let (sig, key) =
					(sr25519::Signature::from_raw(*sig), sr25519::Public::from_raw(*key));
				#[cfg(feature = "runtime")]
				return sig.verify(message, &key);
				#[cfg(not(feature = "runtime"))]
				return <sr25519::Pair as sp_core::Pair>::verify(&sig, message, &key);
			},
			(DeviceKey::Ed25519(key), DeviceSignature::Ed25519(sig)) => {
				let (sig, key) =
					(ed25519::Signature::from_raw(*sig), ed25519::Public::from_raw(*key));
				#[cfg(feature = "runtime")]
				return sig.verify(message, &key);
				#[cfg(not(feature = "runtime"))]
				return <ed25519::Pair as sp_core::Pair>::verify(&sig, message, &key);
			},
			_ => false,
		}
	}

	/// The raw public key bytes, whatever the scheme.
	pub const fn as_bytes(&self) -> &[u8; 32] {
		match self {
			DeviceKey::Sr25519(key) | DeviceKey::Ed25519(key) => key,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::Pair;

	#[test]
	fn a_device_signature_verifies_only_for_its_key_and_message() {
		let sr = sr25519::Pair::from_seed(&[1; 32]);
		let ed = ed25519::Pair::from_seed(&[2; 32]);
		let sr_key = DeviceKey::Sr25519(sr.public().0);
		let ed_key = DeviceKey::Ed25519(ed.public().0);
		let sr_sig = DeviceSignature::Sr25519(sr.sign(b"reading").0);
		let ed_sig = DeviceSignature::Ed25519(ed.sign(b"reading").0);

		assert!(sr_key.verify(b"reading", &sr_sig));
		assert!(ed_key.verify(b"reading", &ed_sig));
		assert!(!sr_key.verify(b"other", &sr_sig));
		assert!(!ed_key.verify(b"other", &ed_sig));
		// Another key, or a signature of the other scheme, never verifies.
		assert!(!DeviceKey::Sr25519(ed.public().0).verify(b"reading", &sr_sig));
		assert!(!sr_key.verify(b"reading", &ed_sig));
		assert!(!ed_key.verify(b"reading", &sr_sig));
	}
}
