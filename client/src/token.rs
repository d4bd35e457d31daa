//! Offline top-up tokens on the meter's side (seed 004): decoding a token, checking the
//! provider's signature and the token number, without any server (`no_std`, pure Rust, for
//! meter firmware); and vending one, for the provider's vending service.
//!
//! A token is `SCALE(SignedToken)` — 101 bytes: 36 of token, one naming the signature's
//! scheme, 64 of signature — and the signature is the provider's token key's over
//! `TOKEN_DOMAIN ++ genesis hash ++ SCALE(TopUpToken)`. The types are the chain's own
//! (`meterchain_primitives::token`, built without the runtime), and the test vectors below
//! (also in `docs/TOKENS.md`) pin the encoding for implementations in other languages.
//!
//! A meter keeps three things: its device id, the chain's genesis hash and its provider's
//! token public key (all set when it is commissioned), and the number of the last token it
//! accepted. [`Meter::accept`] refuses a token for another device, one whose signature does
//! not verify (a forged token, or one for another chain), a number not above the last one
//! accepted (a replay), and an expired token; an accepted token's amount is the credit to add.

use crate::device::DeviceKeyPair;
use codec::Decode;
use core::fmt;
pub use meterchain_primitives::{DeviceKey, SignedToken, TopUpToken, TOKEN_DOMAIN};

/// Why a meter refuses a token.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TokenError {
	/// The bytes are not a token.
	Malformed,
	/// The token is for another meter.
	WrongDevice {
		/// This meter.
		expected: u64,
		/// The token's.
		found: u64,
	},
	/// The signature is not the provider's token key's for this chain.
	BadSignature,
	/// The meter has accepted this token number, or a later one.
	AlreadyUsed {
		/// The token's number.
		number: u32,
		/// The last number the meter accepted.
		last: u32,
	},
	/// The token expired.
	Expired {
		/// When it expired (ms).
		expires: u64,
	},
}

impl fmt::Display for TokenError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Malformed => write!(f, "not a top-up token"),
			Self::WrongDevice { expected, found } => {
				write!(f, "token for device {found}, this is device {expected}")
			},
			Self::BadSignature => {
				write!(f, "signature is not the provider's token key's for this chain")
			},
			Self::AlreadyUsed { number, last } => {
				write!(f, "token {number} already used (last accepted: {last})")
			},
			Self::Expired { expires } => write!(f, "token expired at {expires} ms"),
		}
	}
}

/// The vending service signs `token` with the provider's token key for chain `genesis`.
pub fn vend(key: &DeviceKeyPair, genesis: &[u8; 32], token: TopUpToken) -> SignedToken {
	SignedToken { token, signature: key.sign(&token.signing_payload(genesis)) }
}

/// A token from its bytes (`SCALE(SignedToken)`); all of them must be used.
pub fn decode(bytes: &[u8]) -> Result<SignedToken, TokenError> {
	let mut input = bytes;
	let token = SignedToken::decode(&mut input).map_err(|_| TokenError::Malformed)?;
	if !input.is_empty() {
		return Err(TokenError::Malformed);
	}
	Ok(token)
}

/// Whether `signed`'s signature is the token key `key`'s for chain `genesis`.
pub fn verify(signed: &SignedToken, key: &DeviceKey, genesis: &[u8; 32]) -> bool {
	key.verify(&signed.token.signing_payload(genesis), &signed.signature)
}

/// What a prepaid meter knows to check tokens off line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Meter {
	/// Its device id.
	pub device: u64,
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// Its provider's token key.
	pub key: DeviceKey,
	/// The number of the last token it accepted (0: none).
	pub last: u32,
}

impl Meter {
	/// Checks `bytes` as a token at time `now` (ms) without accepting it: the token, if the
	/// meter would accept it.
	pub fn check(&self, bytes: &[u8], now: u64) -> Result<TopUpToken, TokenError> {
		let signed = decode(bytes)?;
		let token = signed.token;
		if token.device != self.device {
			return Err(TokenError::WrongDevice { expected: self.device, found: token.device });
		}
		if !verify(&signed, &self.key, &self.genesis) {
			return Err(TokenError::BadSignature);
		}
		if token.number <= self.last {
			return Err(TokenError::AlreadyUsed { number: token.number, last: self.last });
		}
		if now > token.expires {
			return Err(TokenError::Expired { expires: token.expires });
		}
		Ok(token)
	}

	/// Accepts `bytes` as a token at time `now`: checks it, then remembers its number, so the
	/// same token (or an earlier one) is refused from now on. The token's amount is the
	/// credit to add.
	pub fn accept(&mut self, bytes: &[u8], now: u64) -> Result<TopUpToken, TokenError> {
		let token = self.check(bytes, now)?;
		self.last = token.number;
		Ok(token)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use sp_core::{ed25519, sr25519, Pair as _};

	/// The test vectors' chain, device and keys.
	const GENESIS: [u8; 32] = [0x11; 32];
	const DEVICE: u64 = 42;

	fn ed_key() -> DeviceKeyPair {
		DeviceKeyPair::Ed25519(ed25519::Pair::from_seed(&[0x22; 32]))
	}

	fn sr_key() -> DeviceKeyPair {
		DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[0x33; 32]))
	}

	fn token(number: u32) -> TopUpToken {
		TopUpToken {
			device: DEVICE,
			number,
			amount: 25_000_000_000_000,
			expires: 1_800_000_000_000,
		}
	}

	fn meter(key: &DeviceKeyPair) -> Meter {
		Meter { device: DEVICE, genesis: GENESIS, key: key.device_key(), last: 0 }
	}

	fn unhex(text: &str) -> Vec<u8> {
		(0..text.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
			.collect()
	}

	/// ed25519 signatures are deterministic: vending token 1 with the ed25519 key gives
	/// exactly these bytes.
	const ED25519_TOKEN_1: &str = "2a000000000000000100000000901ec4bc160000000000000000000000505c18a30100000165819392be43ba437f2bd977aea9a258c9d96d108b036d1dfa3cb29873e795bde8a0fb3123c9d0bb87987663c4a53a3766eb7b154860e92506267ddee5452008";
	/// sr25519 signatures are randomized: this is one valid token 1 of the sr25519 key.
	const SR25519_TOKEN_1: &str = "2a000000000000000100000000901ec4bc160000000000000000000000505c18a301000000e008e632c29c7ca10bf7e5a58286a8d7f5d63f713a2bd65d411c3b8698ec466d36375643dd027b8618261f78fbaabad21ecbc1e15b343e79e69e51f02627e082";
	/// The keys' public halves.
	const ED25519_PUBLIC: &str = "a09aa5f47a6759802ff955f8dc2d2a14a5c99d23be97f864127ff9383455a4f0";
	const SR25519_PUBLIC: &str = "e2717db1170eb082174cc611998c8dd2b510b037854a3b0cbd3d35e53f625502";

	#[test]
	fn the_test_vectors_hold() {
		assert_eq!(unhex(ED25519_PUBLIC), ed_key().public());
		assert_eq!(unhex(SR25519_PUBLIC), sr_key().public());
		let vended = vend(&ed_key(), &GENESIS, token(1));
		assert_eq!(vended.encode(), unhex(ED25519_TOKEN_1));
		assert_eq!(vended.encode().len(), 101);
		for (key, vector) in [(ed_key(), ED25519_TOKEN_1), (sr_key(), SR25519_TOKEN_1)] {
			let mut meter = meter(&key);
			assert_eq!(meter.accept(&unhex(vector), 0), Ok(token(1)));
			assert_eq!(meter.last, 1);
		}
	}

	#[test]
	fn a_vended_token_is_what_the_chain_records_and_checks() {
		for key in [ed_key(), sr_key()] {
			let signed = vend(&key, &GENESIS, token(3));
			assert_eq!(decode(&signed.encode()), Ok(signed));
			assert!(verify(&signed, &key.device_key(), &GENESIS));
			assert!(!verify(&signed, &key.device_key(), &[0x12; 32]), "another chain");
			assert_eq!(signed.hash(), sp_crypto_hashing::blake2_256(&signed.encode()));
		}
	}

	#[test]
	fn a_meter_refuses_each_bad_token_by_name_and_a_replay() {
		let key = ed_key();
		let mut meter = meter(&key);
		let vended = |token| vend(&key, &GENESIS, token).encode();
		let now = 1_700_000_000_000;

		assert_eq!(meter.check(&[1, 2, 3], now), Err(TokenError::Malformed));
		let mut long = vended(token(1));
		long.push(0);
		assert_eq!(meter.check(&long, now), Err(TokenError::Malformed));
		let other = vended(TopUpToken { device: 43, ..token(1) });
		assert_eq!(
			meter.check(&other, now),
			Err(TokenError::WrongDevice { expected: 42, found: 43 })
		);
		// Another chain's token, another key's, and a token whose amount was raised.
		let elsewhere = vend(&key, &[0x12; 32], token(1)).encode();
		assert_eq!(meter.check(&elsewhere, now), Err(TokenError::BadSignature));
		let forged = vend(&sr_key(), &GENESIS, token(1)).encode();
		assert_eq!(meter.check(&forged, now), Err(TokenError::BadSignature));
		let mut raised = vend(&key, &GENESIS, token(1));
		raised.token.amount += 1;
		assert_eq!(meter.check(&raised.encode(), now), Err(TokenError::BadSignature));
		let late = token(1).expires + 1;
		assert_eq!(
			meter.check(&vended(token(1)), late),
			Err(TokenError::Expired { expires: token(1).expires })
		);

		// Token 2 first, then token 1 (older) and token 2 again are refused.
		assert_eq!(meter.accept(&vended(token(2)), now), Ok(token(2)));
		assert_eq!(
			meter.accept(&vended(token(1)), now),
			Err(TokenError::AlreadyUsed { number: 1, last: 2 })
		);
		assert_eq!(
			meter.accept(&vended(token(2)), now),
			Err(TokenError::AlreadyUsed { number: 2, last: 2 })
		);
		assert_eq!(meter.accept(&vended(token(3)), now).map(|t| t.amount), Ok(token(3).amount));
	}
}
