//! Why a proof was refused.

use core::fmt;
use sp_core::H256;

/// Why a header, finality proof or storage proof was refused. Each variant names one check.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum VerifyError {
	/// Bytes that should hold `what` do not decode as it.
	Malformed {
		/// What was being decoded.
		what: &'static str,
	},
	/// The justification is for another voter-set id than the trusted one.
	WrongSetId,
	/// A precommit is signed by a key that is not in the voter set.
	UnknownVoter {
		/// The key.
		voter: [u8; 32],
	},
	/// A precommit's signature does not verify.
	BadSignature {
		/// The signer.
		voter: [u8; 32],
	},
	/// A precommit votes for a block that is not the commit's target or a descendant of it
	/// (by the justification's ancestry headers).
	NotADescendant {
		/// The block voted for.
		block: H256,
	},
	/// The justification's precommits carry less than the threshold of the set's weight.
	NotEnoughVotes {
		/// Weight of the valid precommits.
		weight: u64,
		/// Weight needed: more than two thirds of the set's.
		threshold: u64,
	},
	/// The justification does not finalize the block the proof says it does.
	WrongTarget,
	/// The proof's headers do not link the proven header to the justified block.
	BrokenChain,
	/// The storage proof does not resolve the key under the header's state root (nodes are
	/// missing or were altered).
	IncompleteProof,
}

impl fmt::Display for VerifyError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Malformed { what } => write!(f, "malformed {what}"),
			Self::WrongSetId => write!(f, "the justification is for another GRANDPA voter set"),
			Self::UnknownVoter { voter } => {
				write!(f, "precommit signed by 0x{} which is not in the voter set", Hex(voter))
			},
			Self::BadSignature { voter } => {
				write!(f, "the precommit signature of 0x{} does not verify", Hex(voter))
			},
			Self::NotADescendant { block } => {
				write!(f, "a precommit votes for {block:?}, not a descendant of the target")
			},
			Self::NotEnoughVotes { weight, threshold } => write!(
				f,
				"the precommits carry weight {weight}, below the finality threshold {threshold}"
			),
			Self::WrongTarget => {
				write!(f, "the justification finalizes another block than the proof names")
			},
			Self::BrokenChain => {
				write!(f, "the proof's headers do not link the block to the finalized one")
			},
			Self::IncompleteProof => {
				write!(f, "the storage proof does not resolve the key under the block's state root")
			},
		}
	}
}

#[cfg(feature = "std")]
impl std::error::Error for VerifyError {}

/// Lower-case hex of bytes, for messages, without an allocation.
struct Hex<'a>(&'a [u8]);

impl fmt::Display for Hex<'_> {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
	}
}
