//! GRANDPA finality: a justification is a commit for a block, signed by voters holding more
//! than two thirds of the voter set's weight; a finality proof adds the headers that link an
//! earlier block to the justified one.

use super::{Header, VerifyError};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, Encode};
use sp_core::{ed25519, Pair as _, H256};

/// The voters whose signatures finalize blocks: the trust anchor of every check here.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VoterSet {
	/// The set id: 0 for the genesis set, +1 per authority-set change.
	pub set_id: u64,
	/// Each voter's ed25519 GRANDPA key and weight.
	pub voters: Vec<([u8; 32], u64)>,
}

impl VoterSet {
	/// The set's total weight.
	pub fn total_weight(&self) -> u64 {
		self.voters.iter().fold(0u64, |sum, (_, weight)| sum.saturating_add(*weight))
	}

	/// The weight a commit needs: more than two thirds of the total (as `finality-grandpa`).
	pub fn threshold(&self) -> u64 {
		let total = self.total_weight();
		total - total.saturating_sub(1) / 3
	}

	fn weight_of(&self, voter: &[u8; 32]) -> Option<u64> {
		self.voters.iter().find(|(key, _)| key == voter).map(|(_, weight)| *weight)
	}
}

/// A precommit: a vote that a block (and its ancestors) be final.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Precommit {
	/// The block voted for.
	pub target_hash: H256,
	/// Its number.
	pub target_number: u32,
}

/// A precommit with its voter's signature.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct SignedPrecommit {
	/// The vote.
	pub precommit: Precommit,
	/// The voter's ed25519 signature over the vote, the round and the set id.
	pub signature: [u8; 64],
	/// The voter's key.
	pub id: [u8; 32],
}

/// A GRANDPA justification, as `sc_consensus_grandpa::GrandpaJustification` encodes it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Justification {
	/// The voting round.
	pub round: u64,
	/// The block the commit finalizes.
	pub target_hash: H256,
	/// Its number.
	pub target_number: u32,
	/// The precommits.
	pub precommits: Vec<SignedPrecommit>,
	/// Headers from precommit targets back to the commit target.
	pub votes_ancestries: Vec<Header>,
}

/// A finality proof, as `grandpa_proveFinality` returns it (`sc_consensus_grandpa::FinalityProof`).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct FinalityProof {
	/// The justified block.
	pub block: H256,
	/// Its SCALE-encoded [`Justification`].
	pub justification: Vec<u8>,
	/// The headers after the proven block up to the justified one, in ascending order.
	pub unknown_headers: Vec<Header>,
}

/// What a voter signs for a precommit: `(Message::Precommit(precommit), round, set_id)`.
pub fn precommit_payload(precommit: &Precommit, round: u64, set_id: u64) -> Vec<u8> {
	/// `finality_grandpa::Message::Precommit`'s index.
	const PRECOMMIT: u8 = 1;
	(PRECOMMIT, precommit, round, set_id).encode()
}

/// Checks a SCALE-encoded justification against `voters` and returns the block it finalizes
/// (hash, number).
///
/// Every precommit must be signed by a voter of the set and vote for the target or one of its
/// descendants (by the justification's ancestry headers); a voter counts once however often it
/// signed; the voters' weight must reach the set's threshold.
pub fn verify_justification(encoded: &[u8], voters: &VoterSet) -> Result<(H256, u32), VerifyError> {
	let justification = Justification::decode(&mut &encoded[..])
		.map_err(|_| VerifyError::Malformed { what: "justification" })?;
	let ancestry: BTreeMap<H256, &Header> =
		justification.votes_ancestries.iter().map(|header| (header.hash(), header)).collect();

	let mut counted: Vec<[u8; 32]> = Vec::new();
	let mut weight = 0u64;
	for signed in &justification.precommits {
		let voter_weight =
			voters.weight_of(&signed.id).ok_or(VerifyError::UnknownVoter { voter: signed.id })?;
		let payload = precommit_payload(&signed.precommit, justification.round, voters.set_id);
		let signature = ed25519::Signature::from_raw(signed.signature);
		if !ed25519::Pair::verify(&signature, &payload, &ed25519::Public::from_raw(signed.id)) {
			// A signature for another set id fails here too: the set id is in the payload.
			return Err(VerifyError::BadSignature { voter: signed.id });
		}
		if !descends_from(
			&signed.precommit,
			(justification.target_hash, justification.target_number),
			&ancestry,
		) {
			return Err(VerifyError::NotADescendant { block: signed.precommit.target_hash });
		}
		if !counted.contains(&signed.id) {
			counted.push(signed.id);
			weight = weight.saturating_add(voter_weight);
		}
	}
	let threshold = voters.threshold();
	if weight < threshold || counted.is_empty() {
		return Err(VerifyError::NotEnoughVotes { weight, threshold });
	}
	Ok((justification.target_hash, justification.target_number))
}

/// Whether `vote` is for `target` or a descendant, walking parent links through `ancestry`.
fn descends_from(
	vote: &Precommit,
	(target_hash, target_number): (H256, u32),
	ancestry: &BTreeMap<H256, &Header>,
) -> bool {
	let mut hash = vote.target_hash;
	let mut number = vote.target_number;
	// Each step goes one block back, so this ends after at most `ancestry.len()` steps.
	for _ in 0..=ancestry.len() {
		if hash == target_hash {
			return number == target_number;
		}
		if number <= target_number {
			return false;
		}
		let Some(header) = ancestry.get(&hash) else { return false };
		if header.number != number {
			return false;
		}
		hash = header.parent_hash;
		number -= 1;
	}
	false
}

/// Checks that `header` is final: `proof` (SCALE [`FinalityProof`] from `grandpa_proveFinality`
/// for the header's number) holds a justification valid under `voters` for a block whose
/// chain of headers leads back to `header`. Returns the justified block's hash.
pub fn verify_finality(
	header: &Header,
	proof: &[u8],
	voters: &VoterSet,
) -> Result<H256, VerifyError> {
	let proof = FinalityProof::decode(&mut &proof[..])
		.map_err(|_| VerifyError::Malformed { what: "finality proof" })?;
	let (target_hash, target_number) = verify_justification(&proof.justification, voters)?;
	if target_hash != proof.block {
		return Err(VerifyError::WrongTarget);
	}
	// Walk forward from the header through the unknown headers to the justified block.
	let mut hash = header.hash();
	let mut number = header.number;
	for next in &proof.unknown_headers {
		if next.parent_hash != hash || Some(next.number) != number.checked_add(1) {
			return Err(VerifyError::BrokenChain);
		}
		hash = next.hash();
		number = next.number;
	}
	if hash != target_hash || number != target_number {
		return Err(VerifyError::BrokenChain);
	}
	Ok(target_hash)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::verify::DigestItem;

	fn voter(seed: &str) -> ed25519::Pair {
		ed25519::Pair::from_string(&alloc::format!("//{seed}"), None).expect("seed")
	}

	fn set(pairs: &[&ed25519::Pair], set_id: u64) -> VoterSet {
		VoterSet { set_id, voters: pairs.iter().map(|p| (p.public().0, 1)).collect() }
	}

	/// A chain of `len` headers after a genesis-like parent; each block's hash is its child's
	/// parent hash.
	fn chain(len: u32) -> Vec<Header> {
		let mut parent = H256::repeat_byte(0xee);
		(1..=len)
			.map(|number| {
				let header = Header {
					parent_hash: parent,
					number,
					state_root: H256::repeat_byte(number as u8),
					extrinsics_root: H256::zero(),
					digest: alloc::vec![DigestItem::PreRuntime(*b"aura", number.encode())],
				};
				parent = header.hash();
				header
			})
			.collect()
	}

	fn precommit(
		pair: &ed25519::Pair,
		target: &Header,
		round: u64,
		set_id: u64,
	) -> SignedPrecommit {
		let precommit = Precommit { target_hash: target.hash(), target_number: target.number };
		let signature = pair.sign(&precommit_payload(&precommit, round, set_id)).0;
		SignedPrecommit { precommit, signature, id: pair.public().0 }
	}

	fn justification(
		target: &Header,
		precommits: Vec<SignedPrecommit>,
		ancestry: Vec<Header>,
	) -> Vec<u8> {
		Justification {
			round: 7,
			target_hash: target.hash(),
			target_number: target.number,
			precommits,
			votes_ancestries: ancestry,
		}
		.encode()
	}

	#[test]
	fn the_threshold_is_more_than_two_thirds_of_the_weight() {
		let (a, b, c, d) = (voter("Alice"), voter("Bob"), voter("Charlie"), voter("Dave"));
		assert_eq!(set(&[&a], 0).threshold(), 1);
		assert_eq!(set(&[&a, &b, &c], 0).threshold(), 3);
		assert_eq!(set(&[&a, &b, &c, &d], 0).threshold(), 3);
	}

	#[test]
	fn three_of_four_voters_finalize_and_a_voter_counts_once() {
		let (a, b, c, d) = (voter("Alice"), voter("Bob"), voter("Charlie"), voter("Dave"));
		let voters = set(&[&a, &b, &c, &d], 3);
		let blocks = chain(3);
		let target = &blocks[1];
		// Charlie votes for a descendant of the target; the ancestry links it back.
		let votes = alloc::vec![
			precommit(&a, target, 7, 3),
			precommit(&b, target, 7, 3),
			precommit(&c, &blocks[2], 7, 3),
		];
		let proof = justification(target, votes.clone(), alloc::vec![blocks[2].clone()]);
		assert_eq!(verify_justification(&proof, &voters), Ok((target.hash(), 2)));

		// Two voters, one of them twice, are not enough.
		let twice = alloc::vec![votes[0].clone(), votes[1].clone(), votes[1].clone()];
		assert_eq!(
			verify_justification(&justification(target, twice, alloc::vec![]), &voters),
			Err(VerifyError::NotEnoughVotes { weight: 2, threshold: 3 })
		);
		// A justification with no precommits at all finalizes nothing, even for an empty set.
		assert!(matches!(
			verify_justification(
				&justification(target, alloc::vec![], alloc::vec![]),
				&set(&[], 0)
			),
			Err(VerifyError::NotEnoughVotes { .. })
		));
	}

	#[test]
	fn forged_foreign_and_unlinked_votes_are_refused() {
		let (a, b, c, mallory) = (voter("Alice"), voter("Bob"), voter("Charlie"), voter("Mallory"));
		let voters = set(&[&a, &b, &c], 0);
		let blocks = chain(3);
		let target = &blocks[0];
		let honest = |pair| precommit(pair, target, 7, 0);

		let outsider = alloc::vec![honest(&a), honest(&b), honest(&mallory)];
		assert_eq!(
			verify_justification(&justification(target, outsider, alloc::vec![]), &voters),
			Err(VerifyError::UnknownVoter { voter: mallory.public().0 })
		);

		// Signed for another set id (or altered after signing): the signature fails.
		let foreign = alloc::vec![honest(&a), honest(&b), precommit(&c, target, 7, 1)];
		assert_eq!(
			verify_justification(&justification(target, foreign, alloc::vec![]), &voters),
			Err(VerifyError::BadSignature { voter: c.public().0 })
		);

		// A vote for a later block without the ancestry that links it to the target.
		let unlinked = alloc::vec![honest(&a), honest(&b), precommit(&c, &blocks[2], 7, 0)];
		assert_eq!(
			verify_justification(&justification(target, unlinked, alloc::vec![]), &voters),
			Err(VerifyError::NotADescendant { block: blocks[2].hash() })
		);

		assert_eq!(
			verify_justification(&[1, 2, 3], &voters),
			Err(VerifyError::Malformed { what: "justification" })
		);
	}

	#[test]
	fn a_finality_proof_links_an_earlier_header_to_the_justified_block() {
		let (a, b) = (voter("Alice"), voter("Bob"));
		let voters = set(&[&a, &b], 0);
		let blocks = chain(4);
		let justified = &blocks[3];
		let votes = alloc::vec![precommit(&a, justified, 7, 0), precommit(&b, justified, 7, 0)];
		let proof = |unknown: Vec<Header>| {
			FinalityProof {
				block: justified.hash(),
				justification: justification(justified, votes.clone(), alloc::vec![]),
				unknown_headers: unknown,
			}
			.encode()
		};
		// Block 2 is final: blocks 3 and 4 link it to the justified block 4.
		let linked = proof(blocks[2..].to_vec());
		assert_eq!(verify_finality(&blocks[1], &linked, &voters), Ok(justified.hash()));
		// The justified block itself needs no headers.
		assert_eq!(
			verify_finality(justified, &proof(alloc::vec![]), &voters),
			Ok(justified.hash())
		);

		// A header that is not on that chain (here: another state root) is refused.
		let mut forged = blocks[1].clone();
		forged.state_root = H256::repeat_byte(0xaa);
		assert_eq!(verify_finality(&forged, &linked, &voters), Err(VerifyError::BrokenChain));
		// So is a gap in the linking headers.
		let gap = proof(alloc::vec![blocks[3].clone()]);
		assert_eq!(verify_finality(&blocks[1], &gap, &voters), Err(VerifyError::BrokenChain));
		// And a proof whose justification finalizes another block than it names.
		let mut wrong = FinalityProof::decode(&mut &linked[..]).expect("decodes");
		wrong.block = blocks[2].hash();
		assert_eq!(
			verify_finality(&blocks[1], &wrong.encode(), &voters),
			Err(VerifyError::WrongTarget)
		);
	}
}
