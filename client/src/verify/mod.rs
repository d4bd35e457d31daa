//! Checking facts about the chain without holding it (seed 000's "simplified payment
//! verification"): a meter, a charger or a portal that trusts only the utilities' GRANDPA voter
//! set can check that a block is final and that a storage value was in that block's state.
//!
//! This module is `no_std` (it needs `alloc`): it builds without the rest of the client, with
//! `default-features = false`, for device firmware. It does no I/O; the caller brings the bytes
//! that a node served (`chain_getHeader`, `grandpa_proveFinality`, `state_getReadProof`), and
//! none of them is trusted:
//!
//! 1. [`Header`]: a block header, whose hash is computed here, never taken from the node.
//! 2. [`verify_finality`]: a GRANDPA finality proof shows that more than two thirds of the voter
//!    set's weight signed a commit for a block that descends from the header.
//! 3. [`read_storage`]: a read proof shows what a key holds in the state whose root the header
//!    carries.
//!
//! [`verify_storage_read`] does all three. The trust anchor is the caller's [`VoterSet`]: the
//! validators' GRANDPA keys and the set id, from the chain spec's genesis or from an earlier
//! verified authority-set change.

mod error;
mod finality;
mod header;
mod storage;

pub use error::VerifyError;
pub use finality::{verify_finality, verify_justification, FinalityProof, Justification, VoterSet};
pub use header::{DigestItem, Header};
pub use storage::read_storage;

use alloc::vec::Vec;
use sp_core::H256;

/// What [`verify_storage_read`] established.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VerifiedRead {
	/// The hash of the block whose state was read.
	pub block_hash: H256,
	/// Its number.
	pub block_number: u32,
	/// The hash of the later (or same) block that the GRANDPA justification finalizes.
	pub finalized_hash: H256,
	/// The value stored under the key in that state, `None` if the proof shows it absent.
	pub value: Option<Vec<u8>>,
}

/// Checks that `header` is final under `voters` (by `finality_proof`, the SCALE bytes that
/// `grandpa_proveFinality` returns for the header's number) and reads `key` from its state
/// through `read_proof` (the trie nodes that `state_getReadProof` returns).
pub fn verify_storage_read(
	header: &Header,
	finality_proof: &[u8],
	voters: &VoterSet,
	read_proof: Vec<Vec<u8>>,
	key: &[u8],
) -> Result<VerifiedRead, VerifyError> {
	let finalized_hash = verify_finality(header, finality_proof, voters)?;
	let value = read_storage(&header.state_root, read_proof, key)?;
	Ok(VerifiedRead {
		block_hash: header.hash(),
		block_number: header.number,
		finalized_hash,
		value,
	})
}
