//! `grandpa_proveFinality` that also works before the first GRANDPA authority-set change.
//!
//! Upstream's provider (`sc_consensus_grandpa::FinalityProofProvider`) finds the justification
//! through the list of past authority-set changes. While a chain still runs its genesis set that
//! list is empty, and every request fails with "Block not covered by authority set changes"
//! (polkadot-sdk issue #1401). A utility network may keep its genesis validators for months,
//! and meters and portals must be able to check finality from the first day. So, for exactly
//! that case — set id 0 — this serves what upstream serves for blocks of the latest set: the
//! best justification the GRANDPA voter stored, plus the headers that link it to the requested
//! block. Every other request, and every other error, is upstream's answer unchanged.

use std::sync::Arc;

use codec::Encode;
use jsonrpsee::{core::RegisterMethodError, types::ErrorObjectOwned, RpcModule};
use meterchain_runtime::{opaque::Block, BlockNumber, Hash};
use sc_consensus_grandpa::{
	best_justification, FinalityProof, FinalityProofError, FinalityProofProvider,
	SharedAuthoritySet,
};
use sp_blockchain::HeaderBackend;
use sp_core::Bytes;

const METHOD: &str = "grandpa_proveFinality";
/// The error code upstream's GRANDPA RPC uses for a failed finality proof.
const PROVE_FINALITY_FAILED: i32 = 4;
/// At most this many headers link the requested block to the justified one (as upstream).
const MAX_UNKNOWN_HEADERS: BlockNumber = 100_000;

/// Serves `grandpa_proveFinality`.
pub struct FinalityProofs<B> {
	/// Upstream's provider, asked first.
	pub provider: Arc<FinalityProofProvider<B, Block>>,
	/// The database, holding the best justification and the headers.
	pub backend: Arc<B>,
	/// The current authority set, to recognize the genesis set.
	pub authority_set: SharedAuthoritySet<Hash, BlockNumber>,
}

impl<B> FinalityProofs<B>
where
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
{
	/// A SCALE-encoded [`FinalityProof`] for block `block`, `None` if there is none yet.
	pub fn prove(&self, block: BlockNumber) -> Result<Option<Bytes>, FinalityProofError> {
		match self.provider.prove_finality(block) {
			Err(FinalityProofError::BlockNotInAuthoritySetChanges)
				if self.authority_set.set_id() == 0 =>
			{
				self.prove_in_genesis_set(block)
			},
			result => result.map(|proof| proof.map(Bytes)),
		}
	}

	fn prove_in_genesis_set(
		&self,
		block: BlockNumber,
	) -> Result<Option<Bytes>, FinalityProofError> {
		let Some(justification) = best_justification::<_, Block>(&*self.backend)? else {
			return Ok(None);
		};
		let (target_number, target_hash) = justification.target();
		if target_number < block {
			return Ok(None);
		}
		let chain = self.backend.blockchain();
		let last = target_number.min(block.saturating_add(MAX_UNKNOWN_HEADERS));
		let mut unknown_headers = Vec::new();
		for number in block.saturating_add(1)..=last {
			let hash = chain.hash(number)?.ok_or_else(|| {
				sp_blockchain::Error::UnknownBlock(format!("no finalized block #{number}"))
			})?;
			unknown_headers.push(chain.expect_header(hash)?);
		}
		let proof = FinalityProof {
			block: target_hash,
			justification: justification.encode(),
			unknown_headers,
		};
		Ok(Some(Bytes(proof.encode())))
	}

	/// Replaces upstream's `grandpa_proveFinality` in `module` by [`Self::prove`].
	pub fn install(self, module: &mut RpcModule<()>) -> Result<(), RegisterMethodError> {
		let this = Arc::new(self);
		module.remove_method(METHOD);
		module.register_blocking_method(METHOD, move |params, _, _| {
			let block: BlockNumber = params.one()?;
			this.prove(block).map_err(|e| {
				ErrorObjectOwned::owned(
					PROVE_FINALITY_FAILED,
					format!("GRANDPA prove finality rpc failed: {e}"),
					None::<()>,
				)
			})
		})?;
		Ok(())
	}
}
