//! Storage read proofs: the trie nodes on the path from a state root to a key.

use super::VerifyError;
use alloc::vec::Vec;
use sp_core::{Blake2Hasher, H256};
use sp_trie::{read_trie_value, LayoutV1, StorageProof};

/// Reads `key` under `state_root` from the trie nodes of `proof` (what `state_getReadProof`
/// returns). `Ok(None)` means the proof shows the key absent; an error means the proof does not
/// reach the key under this root — nodes missing, or altered (their hashes no longer match).
pub fn read_storage(
	state_root: &H256,
	proof: Vec<Vec<u8>>,
	key: &[u8],
) -> Result<Option<Vec<u8>>, VerifyError> {
	let db = StorageProof::new(proof).into_memory_db::<Blake2Hasher>();
	read_trie_value::<LayoutV1<Blake2Hasher>, _>(&db, state_root, key, None, None)
		.map_err(|_| VerifyError::IncompleteProof)
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_trie::{LayoutV1, MemoryDB, TrieDBMutBuilder, TrieMut};

	/// A state trie holding `entries`; returns its root and all its nodes (a valid proof of any
	/// key: a proof may hold more nodes than the path needs).
	fn trie(entries: &[(&[u8], Vec<u8>)]) -> (H256, Vec<Vec<u8>>) {
		let mut db = MemoryDB::<Blake2Hasher>::default();
		let mut root = H256::zero();
		{
			let mut trie =
				TrieDBMutBuilder::<LayoutV1<Blake2Hasher>>::new(&mut db, &mut root).build();
			for (key, value) in entries {
				trie.insert(key, value).expect("inserts");
			}
		}
		let nodes = db.drain().into_values().map(|(node, _)| node).collect();
		(root, nodes)
	}

	#[test]
	fn a_proof_yields_the_stored_value_or_shows_the_key_absent() {
		// A large value is stored by hash (state version 1), a small one inline.
		let (root, nodes) = trie(&[(b"agreement/1", vec![7; 200]), (b"agreement/2", vec![1, 2])]);
		assert_eq!(read_storage(&root, nodes.clone(), b"agreement/1"), Ok(Some(vec![7; 200])));
		assert_eq!(read_storage(&root, nodes.clone(), b"agreement/2"), Ok(Some(vec![1, 2])));
		assert_eq!(read_storage(&root, nodes, b"agreement/3"), Ok(None));
	}

	#[test]
	fn a_proof_with_a_missing_or_altered_node_or_another_root_is_refused() {
		let (root, nodes) = trie(&[(b"agreement/1", vec![7; 200]), (b"agreement/2", vec![1, 2])]);
		for skip in 0..nodes.len() {
			let mut fewer = nodes.clone();
			fewer.remove(skip);
			// Without one of its nodes, at least one of the two keys no longer resolves.
			let one = read_storage(&root, fewer.clone(), b"agreement/1");
			let two = read_storage(&root, fewer, b"agreement/2");
			assert!(one.is_err() || two.is_err(), "node {skip} was not needed");
		}
		let mut altered = nodes.clone();
		altered.iter_mut().for_each(|node| {
			if let Some(last) = node.last_mut() {
				*last ^= 1;
			}
		});
		assert_eq!(read_storage(&root, altered, b"agreement/1"), Err(VerifyError::IncompleteProof));
		let other_root = H256::repeat_byte(9);
		assert_eq!(
			read_storage(&other_root, nodes, b"agreement/1"),
			Err(VerifyError::IncompleteProof)
		);
	}
}
