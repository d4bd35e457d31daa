//! Block headers, decoded and hashed here so that no hash has to be taken on trust.

use alloc::vec::Vec;
use codec::{Compact, Decode, Encode, Error, Input, Output};
use sp_core::H256;
use sp_crypto_hashing::blake2_256;

/// A Meterchain block header (`sp_runtime::generic::Header<u32, BlakeTwo256>`), with the same
/// SCALE encoding.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Header {
	/// Hash of the parent block.
	pub parent_hash: H256,
	/// Block number.
	pub number: u32,
	/// Root of the state trie after this block.
	pub state_root: H256,
	/// Root of the block's extrinsics.
	pub extrinsics_root: H256,
	/// The digest: consensus items (Aura's slot and seal, GRANDPA's set changes) and others.
	pub digest: Vec<DigestItem>,
}

impl Header {
	/// The block hash: `blake2_256` of the SCALE-encoded header.
	pub fn hash(&self) -> H256 {
		H256(blake2_256(&self.encode()))
	}
}

impl Encode for Header {
	fn encode_to<O: Output + ?Sized>(&self, dest: &mut O) {
		self.parent_hash.encode_to(dest);
		Compact(self.number).encode_to(dest);
		self.state_root.encode_to(dest);
		self.extrinsics_root.encode_to(dest);
		self.digest.encode_to(dest);
	}
}

impl Decode for Header {
	fn decode<I: Input>(input: &mut I) -> Result<Self, Error> {
		Ok(Header {
			parent_hash: Decode::decode(input)?,
			number: Compact::<u32>::decode(input)?.0,
			state_root: Decode::decode(input)?,
			extrinsics_root: Decode::decode(input)?,
			digest: Decode::decode(input)?,
		})
	}
}

/// One digest item, encoded as `sp_runtime::generic::DigestItem`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum DigestItem {
	/// A message from the runtime to the consensus engine (e.g. a GRANDPA set change).
	Consensus([u8; 4], Vec<u8>),
	/// A seal: the block author's signature.
	Seal([u8; 4], Vec<u8>),
	/// A pre-runtime item: the block author's claim (e.g. Aura's slot).
	PreRuntime([u8; 4], Vec<u8>),
	/// Any other item.
	Other(Vec<u8>),
	/// The runtime's code or heap pages changed in this block.
	RuntimeEnvironmentUpdated,
}

impl DigestItem {
	const OTHER: u8 = 0;
	const CONSENSUS: u8 = 4;
	const SEAL: u8 = 5;
	const PRE_RUNTIME: u8 = 6;
	const RUNTIME_ENVIRONMENT_UPDATED: u8 = 8;
}

impl Encode for DigestItem {
	fn encode_to<O: Output + ?Sized>(&self, dest: &mut O) {
		match self {
			Self::Consensus(engine, data) => (Self::CONSENSUS, engine, data).encode_to(dest),
			Self::Seal(engine, data) => (Self::SEAL, engine, data).encode_to(dest),
			Self::PreRuntime(engine, data) => (Self::PRE_RUNTIME, engine, data).encode_to(dest),
			Self::Other(data) => (Self::OTHER, data).encode_to(dest),
			Self::RuntimeEnvironmentUpdated => Self::RUNTIME_ENVIRONMENT_UPDATED.encode_to(dest),
		}
	}
}

impl Decode for DigestItem {
	fn decode<I: Input>(input: &mut I) -> Result<Self, Error> {
		Ok(match input.read_byte()? {
			Self::CONSENSUS => Self::Consensus(Decode::decode(input)?, Decode::decode(input)?),
			Self::SEAL => Self::Seal(Decode::decode(input)?, Decode::decode(input)?),
			Self::PRE_RUNTIME => Self::PreRuntime(Decode::decode(input)?, Decode::decode(input)?),
			Self::OTHER => Self::Other(Decode::decode(input)?),
			Self::RUNTIME_ENVIRONMENT_UPDATED => Self::RuntimeEnvironmentUpdated,
			_ => return Err("unknown digest item".into()),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::{generic, traits::BlakeTwo256, traits::Header as _};

	#[test]
	fn headers_decode_and_hash_exactly_as_the_runtime_s_own() {
		let mut runtime_header = generic::Header::<u32, BlakeTwo256>::new(
			9,
			H256::repeat_byte(3),
			H256::repeat_byte(2),
			H256::repeat_byte(1),
			Default::default(),
		);
		let digest = runtime_header.digest_mut();
		digest.push(generic::DigestItem::PreRuntime(*b"aura", vec![1, 2, 3]));
		digest.push(generic::DigestItem::Consensus(*b"FRNK", vec![4]));
		digest.push(generic::DigestItem::Other(vec![5]));
		digest.push(generic::DigestItem::RuntimeEnvironmentUpdated);
		digest.push(generic::DigestItem::Seal(*b"aura", vec![6; 64]));
		let bytes = runtime_header.encode();
		let header = Header::decode(&mut &bytes[..]).expect("decodes");
		assert_eq!(header.number, 9);
		assert_eq!(header.parent_hash, H256::repeat_byte(1));
		assert_eq!(header.encode(), bytes);
		assert_eq!(header.hash(), runtime_header.hash());
	}

	#[test]
	fn a_header_round_trips_through_scale_and_its_hash_covers_every_field() {
		let header = Header {
			parent_hash: H256::repeat_byte(1),
			number: 70_000,
			state_root: H256::repeat_byte(2),
			extrinsics_root: H256::repeat_byte(3),
			digest: alloc::vec![
				DigestItem::PreRuntime(*b"aura", alloc::vec![1, 2]),
				DigestItem::Consensus(*b"FRNK", alloc::vec![3]),
				DigestItem::Other(alloc::vec![4]),
				DigestItem::RuntimeEnvironmentUpdated,
				DigestItem::Seal(*b"aura", alloc::vec![5; 64]),
			],
		};
		let bytes = header.encode();
		assert_eq!(Header::decode(&mut &bytes[..]), Ok(header.clone()));
		assert_eq!(header.hash(), H256(blake2_256(&bytes)));
		let mut other = header.clone();
		other.digest.pop();
		assert_ne!(other.hash(), header.hash());
	}

	#[test]
	fn an_unknown_digest_item_is_refused() {
		assert!(DigestItem::decode(&mut &[7u8, 0][..]).is_err());
	}
}
