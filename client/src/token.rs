//! Offline top-up tokens on the meter's side (seed 004): decoding a token, checking the
//! provider's signature and the token number, without any server (`no_std`, pure Rust, for
//! meter firmware); and vending one, for the provider's vending service.
//!
//! A token is `SCALE(SignedToken)` — 101 bytes: 36 of token, one naming the signature's scheme, 64 of signature — and
//! the signature is the provider's token key's over `TOKEN_DOMAIN ++ genesis hash ++
//! SCALE(TopUpToken)`. The encoding is the chain's (`meterchain_primitives::token`), which a
//! test checks, and the test vectors below (also in `docs/TOKENS.md`) pin it for
//! implementations in other languages.
//!
//! A meter keeps three things: its device id, the chain's genesis hash and its provider's
//! token public key (all set when it is commissioned), and the number of the last token it
//! accepted. [`Meter::accept`] refuses a token for another device, one whose signature does
//! not verify (a forged token, or one for another chain), a number not above the last one
//! accepted (a replay), and an expired token; an accepted token's amount is the credit to add.

use crate::device::{DeviceKey, DeviceSignature};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use core::fmt;
use sp_core::{ed25519, sr25519, Pair as _};

/// The domain tag of a signed top-up token.
pub const TOKEN_DOMAIN: &[u8] = b"meterchain/billing/token/v1";

/// What a token credits: `amount` to `device`, as its token number `number`, until `expires`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub struct TopUpToken {
	/// The meter it is for.
	pub device: u64,
	/// 1 for a device's first token, +1 per purchase.
	pub number: u32,
	/// The credit, in the currency's smallest units.
	pub amount: u128,
	/// After this moment (ms since the epoch, UTC) a meter refuses it.
	pub expires: u64,
}

/// A token with the provider's signature, as a meter receives it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode)]
pub struct SignedToken {
	/// The token.
	pub token: TopUpToken,
	/// The provider's token key's signature.
	pub signature: DeviceSignature,
}

/// A provider's token public key, as the registry holds it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TokenKey {
	/// An sr25519 public key.
	Sr25519([u8; 32]),
	/// An ed25519 public key.
	Ed25519([u8; 32]),
}

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

impl TopUpToken {
	/// The bytes the token key signs, for the chain whose genesis hash is `genesis`.
	pub fn signing_payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		let mut bytes = Vec::with_capacity(TOKEN_DOMAIN.len() + 32 + 36);
		bytes.extend_from_slice(TOKEN_DOMAIN);
		bytes.extend_from_slice(genesis);
		self.encode_to(&mut bytes);
		bytes
	}
}

impl SignedToken {
	/// The vending service signs `token` with the provider's token key for chain `genesis`.
	pub fn vend(key: &DeviceKey, genesis: &[u8; 32], token: TopUpToken) -> Self {
		let payload = token.signing_payload(genesis);
		let signature = match key {
			DeviceKey::Sr25519(pair) => DeviceSignature::Sr25519(pair.sign(&payload).0),
			DeviceKey::Ed25519(pair) => DeviceSignature::Ed25519(pair.sign(&payload).0),
		};
		Self { token, signature }
	}

	/// The token as it travels: `SCALE(self)`.
	pub fn to_bytes(&self) -> Vec<u8> {
		self.encode()
	}

	/// A token from its bytes; all of them must be used.
	pub fn from_bytes(bytes: &[u8]) -> Result<Self, TokenError> {
		let mut input = bytes;
		let token = Self::decode(&mut input).map_err(|_| TokenError::Malformed)?;
		if !input.is_empty() {
			return Err(TokenError::Malformed);
		}
		Ok(token)
	}

	/// The hash the chain records of the token: `blake2_256(SCALE(self))`.
	pub fn hash(&self) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(&self.encode())
	}

	/// Whether the signature is `key`'s for chain `genesis`.
	pub fn verify(&self, key: &TokenKey, genesis: &[u8; 32]) -> bool {
		let message = self.token.signing_payload(genesis);
		match (key, self.signature) {
			(TokenKey::Sr25519(public), DeviceSignature::Sr25519(sig)) => sr25519::Pair::verify(
				&sr25519::Signature::from_raw(sig),
				&message,
				&sr25519::Public::from_raw(*public),
			),
			(TokenKey::Ed25519(public), DeviceSignature::Ed25519(sig)) => ed25519::Pair::verify(
				&ed25519::Signature::from_raw(sig),
				&message,
				&ed25519::Public::from_raw(*public),
			),
			_ => false,
		}
	}
}

/// What a prepaid meter knows to check tokens off line.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Meter {
	/// Its device id.
	pub device: u64,
	/// The chain's genesis hash.
	pub genesis: [u8; 32],
	/// Its provider's token key.
	pub key: TokenKey,
	/// The number of the last token it accepted (0: none).
	pub last: u32,
}

impl Meter {
	/// Checks `bytes` as a token at time `now` (ms) without accepting it: the token, if the
	/// meter would accept it.
	pub fn check(&self, bytes: &[u8], now: u64) -> Result<TopUpToken, TokenError> {
		let signed = SignedToken::from_bytes(bytes)?;
		let token = signed.token;
		if token.device != self.device {
			return Err(TokenError::WrongDevice { expected: self.device, found: token.device });
		}
		if !signed.verify(&self.key, &self.genesis) {
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
	use meterchain_primitives as chain;

	/// The test vectors' chain, device and keys.
	const GENESIS: [u8; 32] = [0x11; 32];
	const DEVICE: u64 = 42;

	fn ed_key() -> DeviceKey {
		DeviceKey::Ed25519(ed25519::Pair::from_seed(&[0x22; 32]))
	}

	fn sr_key() -> DeviceKey {
		DeviceKey::Sr25519(sr25519::Pair::from_seed(&[0x33; 32]))
	}

	fn public(key: &DeviceKey) -> TokenKey {
		match key {
			DeviceKey::Sr25519(_) => TokenKey::Sr25519(key.public()),
			DeviceKey::Ed25519(_) => TokenKey::Ed25519(key.public()),
		}
	}

	fn token(number: u32) -> TopUpToken {
		TopUpToken {
			device: DEVICE,
			number,
			amount: 25_000_000_000_000,
			expires: 1_800_000_000_000,
		}
	}

	fn meter(key: &DeviceKey) -> Meter {
		Meter { device: DEVICE, genesis: GENESIS, key: public(key), last: 0 }
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
		let vended = SignedToken::vend(&ed_key(), &GENESIS, token(1));
		assert_eq!(vended.to_bytes(), unhex(ED25519_TOKEN_1));
		assert_eq!(vended.to_bytes().len(), 101);
		for (key, vector) in [(ed_key(), ED25519_TOKEN_1), (sr_key(), SR25519_TOKEN_1)] {
			let mut meter = meter(&key);
			assert_eq!(meter.accept(&unhex(vector), 0), Ok(token(1)));
			assert_eq!(meter.last, 1);
		}
	}

	#[test]
	fn tokens_encode_sign_and_hash_exactly_as_the_chain_checks_them() {
		for key in [ed_key(), sr_key()] {
			let signed = SignedToken::vend(&key, &GENESIS, token(3));
			let on_chain = chain::SignedToken::decode(&mut &signed.to_bytes()[..]).expect("same");
			assert_eq!(
				on_chain.token.signing_payload(&GENESIS),
				signed.token.signing_payload(&GENESIS)
			);
			assert_eq!(on_chain.hash(), signed.hash());
			let public = match key {
				DeviceKey::Sr25519(_) => chain::DeviceKey::Sr25519(key.public()),
				DeviceKey::Ed25519(_) => chain::DeviceKey::Ed25519(key.public()),
			};
			let signature = chain::DeviceSignature::decode(&mut &signed.signature.encode()[..])
				.expect("same signature encoding");
			assert!(public.verify(&on_chain.token.signing_payload(&GENESIS), &signature));
		}
	}

	#[test]
	fn a_meter_refuses_each_bad_token_by_name_and_a_replay() {
		let key = ed_key();
		let mut meter = meter(&key);
		let vend = |token| SignedToken::vend(&key, &GENESIS, token).to_bytes();
		let now = 1_700_000_000_000;

		assert_eq!(meter.check(&[1, 2, 3], now), Err(TokenError::Malformed));
		let mut long = vend(token(1));
		long.push(0);
		assert_eq!(meter.check(&long, now), Err(TokenError::Malformed));
		let other = vend(TopUpToken { device: 43, ..token(1) });
		assert_eq!(
			meter.check(&other, now),
			Err(TokenError::WrongDevice { expected: 42, found: 43 })
		);
		// Another chain's token, another key's, and a token whose amount was raised.
		let elsewhere = SignedToken::vend(&key, &[0x12; 32], token(1)).to_bytes();
		assert_eq!(meter.check(&elsewhere, now), Err(TokenError::BadSignature));
		let forged = SignedToken::vend(&sr_key(), &GENESIS, token(1)).to_bytes();
		assert_eq!(meter.check(&forged, now), Err(TokenError::BadSignature));
		let mut raised = SignedToken::vend(&key, &GENESIS, token(1));
		raised.token.amount += 1;
		assert_eq!(meter.check(&raised.to_bytes(), now), Err(TokenError::BadSignature));
		let late = token(1).expires + 1;
		assert_eq!(
			meter.check(&vend(token(1)), late),
			Err(TokenError::Expired { expires: token(1).expires })
		);

		// Token 2 first, then token 1 (older) and token 2 again are refused.
		assert_eq!(meter.accept(&vend(token(2)), now), Ok(token(2)));
		assert_eq!(
			meter.accept(&vend(token(1)), now),
			Err(TokenError::AlreadyUsed { number: 1, last: 2 })
		);
		assert_eq!(
			meter.accept(&vend(token(2)), now),
			Err(TokenError::AlreadyUsed { number: 2, last: 2 })
		);
		assert_eq!(meter.accept(&vend(token(3)), now).map(|t| t.amount), Ok(token(3).amount));
	}
}
