//! The Merkle tree that commits pruned records: the chain keeps only its root, and whoever holds
//! the records (an archive) proves any one of them against it.
//!
//! - A leaf is `blake2_256(0x00 ‖ record)`, where `record` is the record's SCALE encoding; an
//!   inner node is `blake2_256(0x01 ‖ left ‖ right)`. The distinct prefixes keep a leaf from ever
//!   passing for a node (the second-preimage defence of RFC 6962).
//! - Each level pairs its nodes from the left; an odd last node is carried up unchanged. So the
//!   root of one leaf is the leaf itself, and no node is ever hashed with a copy of itself (a
//!   duplicated last leaf would let two different lists share a root).
//! - The root of no leaves is all zeroes.
//!
//! [`root`] builds the root from the leaves in order; [`prove`] gives the siblings one leaf
//! needs; [`verify`] checks a leaf at its index against a root. All of it is `no_std`, so the
//! runtime and the client compute the same thing.

use alloc::vec::Vec;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

fn blake2_256(bytes: &[u8]) -> [u8; 32] {
	BlakeTwo256::hash(bytes).0
}

const LEAF: u8 = 0x00;
const NODE: u8 = 0x01;
const LINK: u8 = 0x02;

/// The next head of a hash chain: `blake2_256(0x02 ‖ head ‖ item)`, `item` a SCALE encoding.
/// Pruning folds an agreement's oldest year summaries into such a chain; whoever kept those
/// summaries recomputes the head from the zero hash, in the order they were folded.
pub fn link(head: &H256, item: &[u8]) -> H256 {
	let mut bytes = Vec::with_capacity(item.len() + 33);
	bytes.push(LINK);
	bytes.extend_from_slice(head.as_bytes());
	bytes.extend_from_slice(item);
	H256(blake2_256(&bytes))
}

/// The leaf that commits `record`, a SCALE encoding.
pub fn leaf(record: &[u8]) -> H256 {
	let mut bytes = Vec::with_capacity(record.len() + 1);
	bytes.push(LEAF);
	bytes.extend_from_slice(record);
	H256(blake2_256(&bytes))
}

fn node(left: &H256, right: &H256) -> H256 {
	let mut bytes = [0u8; 65];
	bytes[0] = NODE;
	bytes[1..33].copy_from_slice(left.as_bytes());
	bytes[33..].copy_from_slice(right.as_bytes());
	H256(blake2_256(&bytes))
}

/// One level up: pairs from the left, an odd last node carried.
fn parents(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => node(left, right),
			[single] => *single,
			_ => H256::zero(),
		})
		.collect()
}

/// The root over `leaves`, in their order.
pub fn root(leaves: &[H256]) -> H256 {
	let mut level = leaves.to_vec();
	if level.is_empty() {
		return H256::zero();
	}
	while level.len() > 1 {
		level = parents(&level);
	}
	level[0]
}

/// What proves the leaf at `index` of a list of `leaves` leaves: the siblings on its way up,
/// from the bottom; levels where it was carried up alone have none.
#[derive(Clone, PartialEq, Eq, Debug, codec::Encode, codec::Decode)]
pub struct Proof {
	/// The leaf's position, from 0.
	pub index: u32,
	/// How many leaves the tree has.
	pub leaves: u32,
	/// The siblings, bottom-up.
	pub siblings: Vec<H256>,
}

/// The proof of the leaf at `index`, or `None` if there is no such leaf.
pub fn prove(leaves: &[H256], index: u32) -> Option<Proof> {
	let count = u32::try_from(leaves.len()).ok()?;
	if index >= count {
		return None;
	}
	let mut siblings = Vec::new();
	let mut level = leaves.to_vec();
	let mut at = index as usize;
	while level.len() > 1 {
		let sibling = at ^ 1;
		if let Some(hash) = level.get(sibling) {
			siblings.push(*hash);
		}
		level = parents(&level);
		at /= 2;
	}
	Some(Proof { index, leaves: count, siblings })
}

/// Whether `leaf` is the leaf at `proof.index` of a tree of `proof.leaves` leaves with `root`.
pub fn verify(root: &H256, leaf: &H256, proof: &Proof) -> bool {
	if proof.index >= proof.leaves {
		return false;
	}
	let (mut at, mut width) = (proof.index, proof.leaves);
	let mut hash = *leaf;
	let mut siblings = proof.siblings.iter();
	while width > 1 {
		let carried = at % 2 == 0 && at + 1 == width;
		if !carried {
			let Some(sibling) = siblings.next() else { return false };
			hash = if at % 2 == 0 { node(&hash, sibling) } else { node(sibling, &hash) };
		}
		at /= 2;
		width = width.div_ceil(2);
	}
	siblings.next().is_none() && hash == *root
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u32) -> Vec<H256> {
		(0..n).map(|i| leaf(&i.to_le_bytes())).collect()
	}

	#[test]
	fn the_root_of_one_leaf_is_the_leaf_and_of_none_is_zero() {
		let one = leaves(1);
		assert_eq!(root(&one), one[0]);
		assert_eq!(root(&[]), H256::zero());
	}

	#[test]
	fn the_root_of_two_leaves_hashes_them_as_a_node() {
		let two = leaves(2);
		let mut bytes = vec![NODE];
		bytes.extend_from_slice(two[0].as_bytes());
		bytes.extend_from_slice(two[1].as_bytes());
		assert_eq!(root(&two), H256(blake2_256(&bytes)));
	}

	#[test]
	fn a_leaf_is_not_the_hash_of_its_bytes_alone() {
		// The prefix separates leaves from nodes: a node's preimage never equals a leaf's.
		assert_ne!(leaf(b"record"), H256(blake2_256(b"record")));
	}

	#[test]
	fn every_leaf_of_every_tree_size_proves_against_its_root() {
		for n in 1..=33 {
			let all = leaves(n);
			let top = root(&all);
			for i in 0..n {
				let proof = prove(&all, i).expect("a leaf in range");
				assert!(verify(&top, &all[i as usize], &proof), "leaf {i} of {n}");
			}
		}
	}

	#[test]
	fn a_tampered_leaf_a_wrong_index_or_a_wrong_root_is_refused() {
		let all = leaves(13);
		let top = root(&all);
		let proof = prove(&all, 5).expect("a leaf in range");
		assert!(!verify(&top, &leaf(b"tampered"), &proof));
		assert!(!verify(&top, &all[6], &proof));
		assert!(!verify(&root(&all[..12]), &all[5], &proof));
		let moved = Proof { index: 4, ..proof.clone() };
		assert!(!verify(&top, &all[5], &moved));
		let short = Proof { siblings: proof.siblings[1..].to_vec(), ..proof.clone() };
		assert!(!verify(&top, &all[5], &short));
		let long = Proof { siblings: [proof.siblings.clone(), vec![top]].concat(), ..proof };
		assert!(!verify(&top, &all[5], &long));
	}

	#[test]
	fn a_leaf_out_of_range_has_no_proof() {
		assert_eq!(prove(&leaves(3), 3), None);
		assert_eq!(prove(&[], 0), None);
	}

	#[test]
	fn reordering_dropping_or_duplicating_a_leaf_changes_the_root() {
		let all = leaves(7);
		let top = root(&all);
		let mut swapped = all.clone();
		swapped.swap(2, 3);
		assert_ne!(root(&swapped), top);
		assert_ne!(root(&all[..6]), top);
		let mut doubled = all.clone();
		doubled.push(all[6]);
		assert_ne!(root(&doubled), top);
	}
}
