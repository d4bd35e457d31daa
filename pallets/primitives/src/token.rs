//! Offline top-up tokens (seed 004, STS-like with modern signatures): a prepaid purchase on
//! chain gives a device its next token number; the provider's vending service signs a token
//! with its token key; the meter checks the signature and the number without any server.
//!
//! The token key signs `TOKEN_DOMAIN ++ genesis hash ++ SCALE(TopUpToken)`, the convention of
//! device reports: the domain keeps the signature from meaning anything else, the genesis hash
//! binds it to one chain, and the number — which only increases per device — makes a replay
//! worthless to a meter that remembers the last number it accepted. On the wire a token is
//! `SCALE(SignedToken)`; the chain records `blake2_256` of those bytes so that the subscriber
//! can check what was issued. `meterchain_client::token` holds the meter's side (`no_std`,
//! pure Rust), which a test checks against this encoding.

use crate::{DeviceId, DeviceSignature, Moment};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The domain tag of a signed top-up token.
pub const TOKEN_DOMAIN: &[u8] = b"meterchain/billing/token/v1";

/// What a token credits: `amount` to `device`, as its token number `number`, until `expires`.
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
pub struct TopUpToken {
	/// The meter it is for.
	pub device: DeviceId,
	/// Its number: 1 for a device's first token, +1 per purchase.
	pub number: u32,
	/// The credit, in the currency's smallest units.
	pub amount: u128,
	/// After this moment (ms) a meter refuses it.
	pub expires: Moment,
}

/// A token with the provider's signature, as a meter receives it.
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
pub struct SignedToken {
	/// The token.
	pub token: TopUpToken,
	/// The provider's token key's signature of [`TopUpToken::signing_payload`].
	pub signature: DeviceSignature,
}

impl TopUpToken {
	/// The bytes the token key signs, for the chain whose genesis hash is `genesis`.
	pub fn signing_payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		let mut bytes = Vec::with_capacity(TOKEN_DOMAIN.len() + 32 + Self::max_encoded_len());
		bytes.extend_from_slice(TOKEN_DOMAIN);
		bytes.extend_from_slice(genesis);
		self.encode_to(&mut bytes);
		bytes
	}
}

impl SignedToken {
	/// The hash the chain records of the token: `blake2_256(SCALE(self))`.
	pub fn hash(&self) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(&self.encode())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::DeviceKey;
	use sp_core::Pair;

	#[test]
	fn a_token_signature_binds_every_field_and_the_chain() {
		let pair = sp_core::ed25519::Pair::from_seed(&[7; 32]);
		let key = DeviceKey::Ed25519(pair.public().0);
		let token = TopUpToken { device: 3, number: 1, amount: 5_000, expires: 99 };
		let genesis = [1; 32];
		let signature = DeviceSignature::Ed25519(pair.sign(&token.signing_payload(&genesis)).0);
		assert!(key.verify(&token.signing_payload(&genesis), &signature));
		assert!(!key.verify(&token.signing_payload(&[2; 32]), &signature), "another chain");
		for other in [
			TopUpToken { device: 4, ..token },
			TopUpToken { number: 2, ..token },
			TopUpToken { amount: 5_001, ..token },
			TopUpToken { expires: 100, ..token },
		] {
			assert!(!key.verify(&other.signing_payload(&genesis), &signature), "{other:?}");
		}
		let signed = SignedToken { token, signature };
		assert_ne!(
			signed.hash(),
			SignedToken { token: TopUpToken { number: 2, ..token }, signature }.hash()
		);
	}
}
