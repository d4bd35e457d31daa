//! The node's JSON-RPC methods beyond the standard ones (`chain_*`, `state_*`, `author_*`,
//! `system_*` and the new `chainHead_v1_*` family that `sc-service` always serves):
//!
//! - `system_accountNextIndex`: an account's next nonce, counting its transactions in the pool;
//! - `payment_queryInfo` / `payment_queryFeeDetails`: the fee a transaction would pay;
//! - `grandpa_proveFinality`, `grandpa_roundState`, `grandpa_subscribeJustifications`: finality
//!   proofs, so light clients, portals and devices can check that a block is final without
//!   following the chain (`grandpa_proveFinality` is ours, see [`crate::finality`]).

use std::sync::Arc;

use jsonrpsee::RpcModule;
use meterchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash, Nonce};
use sc_consensus_grandpa::{
	FinalityProofProvider, GrandpaJustificationStream, SharedAuthoritySet, SharedVoterState,
};
use sc_rpc::SubscriptionTaskExecutor;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the GRANDPA RPC reads.
pub struct GrandpaDeps<B> {
	/// The database, from which finality proofs are built (see [`crate::finality`]).
	pub backend: Arc<B>,
	/// The voter's state, for `grandpa_roundState`.
	pub shared_voter_state: SharedVoterState,
	/// The authority set, for `grandpa_roundState`.
	pub shared_authority_set: SharedAuthoritySet<Hash, BlockNumber>,
	/// New justifications, for `grandpa_subscribeJustifications`.
	pub justification_stream: GrandpaJustificationStream<Block>,
}

// Not derived: that would needlessly require `B: Clone`.
impl<B> Clone for GrandpaDeps<B> {
	fn clone(&self) -> Self {
		Self {
			backend: self.backend.clone(),
			shared_voter_state: self.shared_voter_state.clone(),
			shared_authority_set: self.shared_authority_set.clone(),
			justification_stream: self.justification_stream.clone(),
		}
	}
}

/// Everything the RPC methods need.
pub struct FullDeps<C, P, B> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
	/// GRANDPA's shared state.
	pub grandpa: GrandpaDeps<B>,
	/// Runs subscriptions.
	pub subscription_executor: SubscriptionTaskExecutor,
}

/// Builds the RPC methods listed in the module docs.
pub fn create_full<C, P, B>(
	deps: FullDeps<C, P, B>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	P: TransactionPool + 'static,
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
	B::State: sc_client_api::StateBackend<sp_runtime::traits::HashingFor<Block>>,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use sc_consensus_grandpa_rpc::{Grandpa, GrandpaApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool, grandpa, subscription_executor } = deps;
	let finality_provider = FinalityProofProvider::new_for_service(
		grandpa.backend.clone(),
		Some(grandpa.shared_authority_set.clone()),
	);

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;
	module.merge(
		Grandpa::new(
			subscription_executor,
			grandpa.shared_authority_set.clone(),
			grandpa.shared_voter_state,
			grandpa.justification_stream,
			finality_provider.clone(),
		)
		.into_rpc(),
	)?;
	crate::finality::FinalityProofs {
		provider: finality_provider,
		backend: grandpa.backend,
		authority_set: grandpa.shared_authority_set,
	}
	.install(&mut module)?;

	Ok(module)
}
