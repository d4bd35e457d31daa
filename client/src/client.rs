//! The connection to a node: submitting transactions and waiting for them, chain status, and
//! raw JSON-RPC for what subxt does not cover (read proofs, GRANDPA finality proofs).

use crate::{
	api::{chain, AccountId, ChainConfig, Hash, RuntimeEvent},
	error::{node, Error, Result},
	keys::Account,
	verify::Header,
};
use codec::{Decode, Encode};
use serde_json::Value;
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	rpcs::{rpc_params, RpcClient},
	tx::TransactionStatus,
	OnlineClient,
};

/// How long [`Client::submit`] waits: until the transaction is in a block of the best chain, or
/// until that block is finalized (irreversible).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Wait {
	/// Until included in a best block (about one block time, 6 s; can still be reverted).
	InBlock,
	/// Until the including block is finalized by GRANDPA (a few blocks more; final).
	#[default]
	Finalized,
}

/// A transaction that succeeded: where it landed and what it emitted.
#[derive(Clone, Debug)]
pub struct Receipt {
	/// The block that includes it.
	pub block_hash: Hash,
	/// The transaction's hash.
	pub extrinsic_hash: Hash,
	/// Whether `block_hash` was finalized when the receipt was made.
	pub finalized: bool,
	/// The events the transaction emitted, in order.
	pub events: Vec<RuntimeEvent>,
	/// Their names, `Pallet::Event`, from the chain's metadata.
	pub event_names: Vec<String>,
}

impl Receipt {
	/// The first event for which `pick` returns `Some`.
	pub fn find<T>(&self, pick: impl FnMut(&RuntimeEvent) -> Option<T>) -> Option<T> {
		self.events.iter().find_map(pick)
	}
}

/// The chain's head as a node reports it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ChainStatus {
	/// The chain's name (`system_chain`).
	pub chain: String,
	/// The genesis hash: what off-chain signatures are bound to.
	pub genesis_hash: Hash,
	/// The best block's number and hash.
	pub best: (u32, Hash),
	/// The last finalized block's number and hash.
	pub finalized: (u32, Hash),
	/// The node's peer count.
	pub peers: u64,
	/// The runtime's spec version.
	pub spec_version: u32,
}

/// A connection to a Meterchain node.
#[derive(Clone)]
pub struct Client {
	api: OnlineClient<ChainConfig>,
	rpc: RpcClient,
	wait: Wait,
	/// The metadata at connection time, to name the errors the chain reports.
	metadata: subxt::metadata::ArcMetadata,
}

impl Client {
	/// Connects to the node at `url` (`ws://` or `wss://`; `ws://127.0.0.1:9944` for a local
	/// dev chain). Plain `ws://` is accepted for any host: operators run nodes on private
	/// networks.
	pub async fn connect(url: &str) -> Result<Self> {
		let rpc = RpcClient::from_insecure_url(url)
			.await
			.map_err(|e| Error::node_caused(format!("cannot connect to {url}"), e))?;
		let config = ChainConfig::builder().use_historic_types(false).build();
		let api = OnlineClient::from_rpc_client_with_config(config, rpc.clone())
			.await
			.map_err(|e| Error::node_caused(format!("cannot start a client for {url}"), e))?;
		let metadata = api.at_current_block().await.map_err(node)?.metadata();
		Ok(Self { api, rpc, wait: Wait::default(), metadata })
	}

	/// The same connection, with the domain calls waiting as `wait` says (default:
	/// [`Wait::Finalized`]).
	pub fn with_wait(&self, wait: Wait) -> Self {
		Self { wait, ..self.clone() }
	}

	/// The subxt client, for anything the domain API does not cover.
	pub fn subxt(&self) -> &OnlineClient<ChainConfig> {
		&self.api
	}

	/// The genesis hash of the connected chain.
	pub fn genesis_hash(&self) -> Hash {
		self.api.genesis_hash()
	}

	/// Calls JSON-RPC `method` with `params` and returns the raw JSON answer.
	pub async fn rpc(&self, method: &str, params: subxt::rpcs::client::RpcParams) -> Result<Value> {
		self.rpc.request(method, params).await.map_err(|e| Error::node_caused(method, e))
	}

	/// The next nonce of `who`, counting transactions still in the node's pool.
	pub async fn next_nonce(&self, who: &AccountId) -> Result<u64> {
		let value = self.rpc("system_accountNextIndex", rpc_params![who.to_string()]).await?;
		value.as_u64().ok_or_else(|| Error::node_message(format!("bad nonce {value}")))
	}

	/// How the domain calls wait.
	pub fn wait(&self) -> Wait {
		self.wait
	}

	/// Signs `call` as `signer`, submits it and waits as the client's [`Wait`] says.
	pub async fn submit<C: subxt::tx::Payload>(
		&self,
		call: &C,
		signer: &Account,
	) -> Result<Receipt> {
		self.submit_with(call, signer, self.wait).await
	}

	/// Signs `call` as `signer`, submits it and waits as `wait` says. Fails with
	/// [`Error::Refused`] (the pallet's error, by name) if the chain executed and refused it,
	/// and with [`Error::Rejected`] if the node would not take it.
	pub async fn submit_with<C: subxt::tx::Payload>(
		&self,
		call: &C,
		signer: &Account,
		wait: Wait,
	) -> Result<Receipt> {
		let nonce = self.next_nonce(&signer.account_id()).await?;
		let signed = self.signed(call, signer, nonce).await?;
		self.watch(signed, wait).await
	}

	/// `call` signed by `signer` with `nonce`, ready to submit.
	async fn signed<C: subxt::tx::Payload>(
		&self,
		call: &C,
		signer: &Account,
		nonce: u64,
	) -> Result<
		subxt::tx::SubmittableTransaction<
			ChainConfig,
			impl subxt::client::OnlineClientAtBlockT<ChainConfig>,
		>,
	> {
		let params = DefaultExtrinsicParamsBuilder::<ChainConfig>::new().nonce(nonce).build();
		let mut tx = self.api.tx().await.map_err(node)?;
		tx.create_signed(call, signer.signer(), params)
			.await
			.map_err(|e| Error::Input(format!("cannot build the transaction: {e}")))
	}

	/// Signs many calls, each with its signer and nonce, off line (no round trip per call;
	/// the transactions are immortal): the SCALE bytes of each extrinsic. For load tools.
	pub async fn sign_all<C: subxt::tx::Payload>(
		&self,
		calls: &[(C, &Account, u64)],
	) -> Result<Vec<Vec<u8>>> {
		let tx = self.api.tx().await.map_err(node)?;
		let bad = |e: subxt::error::ExtrinsicError| {
			Error::Input(format!("cannot build the transaction: {e}"))
		};
		let mut signed = Vec::with_capacity(calls.len());
		for (call, signer, nonce) in calls {
			let params = DefaultExtrinsicParamsBuilder::<ChainConfig>::new().nonce(*nonce).build();
			let mut extrinsic = tx.create_signable_offline(call, params).map_err(bad)?;
			signed.push(extrinsic.sign(signer.signer()).map_err(bad)?.into_encoded());
		}
		Ok(signed)
	}

	/// Hands signed extrinsic bytes to the node's pool without following them
	/// (`author_submitExtrinsic`); returns the transaction's hash.
	pub async fn submit_encoded(&self, extrinsic: &[u8]) -> Result<Hash> {
		let hex = format!("0x{}", ::hex::encode(extrinsic));
		let value = self.rpc("author_submitExtrinsic", rpc_params![hex]).await?;
		serde_json::from_value(value).map_err(|e| Error::Rejected(e.to_string()))
	}

	/// Submits `calls` signed by `signer` with consecutive nonces, all at once, and waits for
	/// each as [`Client::wait`] says: many setup transactions share a block this way.
	pub async fn submit_all<C: subxt::tx::Payload>(
		&self,
		calls: &[C],
		signer: &Account,
	) -> Result<Vec<Receipt>> {
		let first = self.next_nonce(&signer.account_id()).await?;
		let mut pending = Vec::with_capacity(calls.len());
		for (nonce, call) in (first..).zip(calls) {
			pending.push(self.watch(self.signed(call, signer, nonce).await?, self.wait));
		}
		futures::future::try_join_all(pending).await
	}

	/// How many transactions wait in the node's pool (`author_pendingExtrinsics`).
	pub async fn pending_count(&self) -> Result<usize> {
		let value = self.rpc("author_pendingExtrinsics", rpc_params![]).await?;
		Ok(value.as_array().map_or(0, Vec::len))
	}

	/// The chain time (ms) of block `at`: its `Timestamp::Now`.
	pub async fn block_time(&self, at: Hash) -> Result<u64> {
		let mut key = sp_crypto_hashing::twox_128(b"Timestamp").to_vec();
		key.extend_from_slice(&sp_crypto_hashing::twox_128(b"Now"));
		let hex = format!("0x{}", ::hex::encode(key));
		let value = self.rpc("state_getStorage", rpc_params![hex, at]).await?;
		let bytes = value
			.as_str()
			.and_then(|text| ::hex::decode(text.trim_start_matches("0x")).ok())
			.ok_or_else(|| Error::node_message(format!("no timestamp at block {at:?}")))?;
		u64::decode(&mut &bytes[..]).map_err(node)
	}

	/// Submits an unsigned transaction (a device's feeless own report) and waits as `wait`
	/// says.
	pub(crate) async fn submit_unsigned<C: subxt::tx::Payload>(
		&self,
		call: &C,
		wait: Wait,
	) -> Result<Receipt> {
		let tx = self.api.tx().await.map_err(node)?;
		let unsigned = tx
			.create_unsigned(call)
			.map_err(|e| Error::Input(format!("cannot build the transaction: {e}")))?;
		self.watch(unsigned, wait).await
	}

	/// Submits `tx`, follows it until `wait` is met, and makes its receipt.
	async fn watch<C>(
		&self,
		tx: subxt::tx::SubmittableTransaction<ChainConfig, C>,
		wait: Wait,
	) -> Result<Receipt>
	where
		C: subxt::client::OnlineClientAtBlockT<ChainConfig>,
	{
		let mut progress =
			tx.submit_and_watch().await.map_err(|e| Error::Rejected(e.to_string()))?;
		while let Some(status) = progress.next().await {
			let (in_block, finalized) = match status.map_err(node)? {
				TransactionStatus::InBestBlock(b) if wait == Wait::InBlock => (b, false),
				TransactionStatus::InFinalizedBlock(b) => (b, true),
				TransactionStatus::Error { message }
				| TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message } => return Err(Error::Rejected(message)),
				_ => continue,
			};
			let events = in_block.wait_for_success().await.map_err(|e| match e {
				subxt::error::TransactionEventsError::ExtrinsicFailed(error) => {
					Error::from_dispatch(error)
				},
				other => node(other),
			})?;
			let (event_names, decoded) = named(events.iter())?.into_iter().unzip();
			return Ok(Receipt {
				block_hash: in_block.block_hash(),
				extrinsic_hash: in_block.extrinsic_hash(),
				finalized,
				event_names,
				events: decoded,
			});
		}
		Err(Error::node_message("the node ended the transaction's status stream"))
	}

	/// Names a dispatch error that the chain reported inside an event (e.g. sudo's result).
	pub(crate) fn runtime_error(
		&self,
		error: chain::runtime_types::sp_runtime::DispatchError,
	) -> Error {
		let bytes = error.encode();
		match subxt::error::DispatchError::decode_from(bytes, self.metadata.clone()) {
			Ok(error) => Error::from_dispatch(error),
			Err(e) => Error::Dispatch(format!("undecodable dispatch error: {e}")),
		}
	}

	/// Calls a view function (a read of a pallet). Reads follow the wait mode: at the last
	/// finalized block with [`Wait::Finalized`], at the best block with [`Wait::InBlock`] (so
	/// that what was just included is visible).
	///
	/// The runtime API answers `Result<Vec<u8>, ViewFunctionDispatchError>`; the value is
	/// decoded here from the inner bytes (subxt 0.51's own decoding skips that wrapper).
	pub async fn view<P>(&self, payload: P) -> Result<P::ReturnType>
	where
		P: subxt::view_functions::Payload,
		P::ReturnType: Decode,
	{
		let at = self.reading_block().await?;
		let views = at.view_functions();
		// `encode_args` gives the function's 32-byte id followed by its SCALE arguments; the
		// runtime API takes `(id, input: Vec<u8>)`, so the arguments get their length prefix.
		let args = views.encode_args(&payload).map_err(node)?;
		let (id, input) = args
			.split_at_checked(VIEW_FUNCTION_ID_LEN)
			.ok_or_else(|| Error::node_message("malformed view function arguments"))?;
		let call = [id, &input.to_vec().encode()].concat();
		let bytes = views.call_raw(Some(&call)).await.map_err(node)?;
		let name = format!("{}::{}", payload.pallet_name(), payload.function_name());
		let inner = match bytes.split_first() {
			Some((0, rest)) => Vec::<u8>::decode(&mut &rest[..]),
			_ => {
				return Err(Error::node_message(format!("view function {name} failed on the node")))
			},
		}
		.map_err(|e| Error::node_caused(format!("view function {name}"), e))?;
		P::ReturnType::decode(&mut &inner[..])
			.map_err(|e| Error::node_message(format!("view function {name} answered {e}")))
	}

	/// The block reads look at, as the wait mode says: the last finalized block with
	/// [`Wait::Finalized`], the best block with [`Wait::InBlock`].
	pub(crate) async fn reading_block(
		&self,
	) -> Result<
		subxt::client::ClientAtBlock<
			ChainConfig,
			subxt::client::OnlineClientAtBlockImpl<ChainConfig>,
		>,
	> {
		match self.wait {
			Wait::Finalized => self.api.at_current_block().await,
			Wait::InBlock => {
				let best = self.header(None).await?.hash();
				self.api.at_block(Hash(best.0)).await
			},
		}
		.map_err(node)
	}

	/// The header of block `at` (`None`: the best block), decoded and hashed locally.
	pub async fn header(&self, at: Option<Hash>) -> Result<Header> {
		let value = self.rpc("chain_getHeader", rpc_params![at]).await?;
		header_from_json(&value)
	}

	/// The last finalized block's hash.
	pub async fn finalized_hash(&self) -> Result<Hash> {
		let value = self.rpc("chain_getFinalizedHead", rpc_params![]).await?;
		serde_json::from_value(value).map_err(node)
	}

	/// Status of the chain as the node sees it.
	pub async fn status(&self) -> Result<ChainStatus> {
		let chain = self.rpc("system_chain", rpc_params![]).await?;
		let health = self.rpc("system_health", rpc_params![]).await?;
		let version = self.rpc("state_getRuntimeVersion", rpc_params![]).await?;
		let best = self.header(None).await?;
		let finalized_hash = self.finalized_hash().await?;
		let finalized = self.header(Some(finalized_hash)).await?;
		Ok(ChainStatus {
			chain: chain.as_str().unwrap_or_default().to_string(),
			genesis_hash: self.genesis_hash(),
			best: (best.number, best.hash()),
			finalized: (finalized.number, finalized_hash),
			peers: health["peers"].as_u64().unwrap_or_default(),
			spec_version: version["specVersion"].as_u64().unwrap_or_default() as u32,
		})
	}

	/// Waits until block `number` is finalized (polling once a second, up to `timeout`).
	pub async fn wait_finalized(&self, number: u32, timeout: std::time::Duration) -> Result<Hash> {
		let deadline = tokio::time::Instant::now() + timeout;
		loop {
			let hash = self.finalized_hash().await?;
			if self.header(Some(hash)).await?.number >= number {
				return Ok(hash);
			}
			if tokio::time::Instant::now() >= deadline {
				return Err(Error::node_message(format!(
					"block #{number} not finalized in {timeout:?}"
				)));
			}
			tokio::time::sleep(std::time::Duration::from_secs(1)).await;
		}
	}

	/// The events of the finalized block `at` that belong to Meterchain's pallets.
	pub async fn block_events(&self, at: Hash) -> Result<Vec<(String, RuntimeEvent)>> {
		let at = self.api.at_block(at).await.map_err(node)?;
		let events = at.events().fetch().await.map_err(node)?;
		named(events.iter())
	}
}

/// Each event with its name, `Pallet::Event`, as the chain's metadata gives it.
fn named<'a, E: std::error::Error + Send + Sync + 'static>(
	events: impl Iterator<Item = core::result::Result<subxt::events::Event<'a, ChainConfig>, E>>,
) -> Result<Vec<(String, RuntimeEvent)>> {
	events
		.map(|event| {
			let event = event.map_err(node)?;
			let name = format!("{}::{}", event.pallet_name(), event.event_name());
			Ok((name, event.decode_as::<RuntimeEvent>().map_err(node)?))
		})
		.collect()
}

/// Decodes a header from `chain_getHeader`'s JSON through its SCALE form, so that its hash is
/// computed here.
pub(crate) fn header_from_json(value: &Value) -> Result<Header> {
	if value.is_null() {
		return Err(Error::NotFound("no such block".into()));
	}
	let header: <ChainConfig as subxt::Config>::Header =
		serde_json::from_value(value.clone()).map_err(node)?;
	let bytes = header.encode();
	Header::decode(&mut &bytes[..]).map_err(|e| Error::node_caused("bad header", e))
}

/// Length of a view function's id (`frame_support::view_functions::ViewFunctionId`).
const VIEW_FUNCTION_ID_LEN: usize = 32;

/// The typed calls, for [`Client::submit`]: `calls().registry().register_tag(…)`.
pub fn calls() -> chain::TransactionApi {
	chain::tx()
}
