//! Reading chain state and building signed transactions, with the runtime's own types.

use std::time::Duration;

use codec::{Decode, Encode};
use frame_support::view_functions::{ViewFunction, ViewFunctionDispatchError};
use meterchain_runtime::{
	AccountId, Balance, Hash, Nonce, Runtime, RuntimeCall, RuntimeEvent, SignedPayload,
	TxExtension, UncheckedExtrinsic,
};
use serde_json::{json, Value};
use sp_core::{
	bytes::{from_hex, to_hex},
	sr25519, Pair,
};
use sp_io::hashing::{blake2_128, twox_128};
use sp_runtime::{generic::Era, traits::IdentifyAccount, MultiSigner};

use crate::{rpc::Rpc, wait_for};

/// An account's nonce and balances, as stored in `System::Account`.
pub type AccountInfo = frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>>;

/// The events of a block, as stored in `System::Events`.
pub type Events = Vec<frame_system::EventRecord<RuntimeEvent, Hash>>;

/// `0x`-prefixed hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
	to_hex(bytes, false)
}

/// Decodes a `0x`-prefixed hex string from a JSON value.
pub fn unhex(value: &Value) -> Vec<u8> {
	from_hex(value.as_str().expect("hex string")).expect("valid hex")
}

/// Parses a JSON `0x` hash.
pub fn hash(value: &Value) -> Hash {
	Hash::from_slice(&unhex(value))
}

/// Block number of the header at `at` (`None`: best block).
pub fn block_number(rpc: &Rpc, at: Option<Hash>) -> u32 {
	let header = rpc.must("chain_getHeader", json!([at.map(|h| hex(h.as_bytes()))]));
	let number = header["number"].as_str().expect("number is hex");
	u32::from_str_radix(number.trim_start_matches("0x"), 16).expect("valid number")
}

/// Hash and number of the last finalized block.
pub fn finalized(rpc: &Rpc) -> (Hash, u32) {
	let head = hash(&rpc.must("chain_getFinalizedHead", json!([])));
	(head, block_number(rpc, Some(head)))
}

/// Hash of block `number` on the node's best chain, if it has it.
pub fn block_hash(rpc: &Rpc, number: u32) -> Option<Hash> {
	let value = rpc.must("chain_getBlockHash", json!([number]));
	(!value.is_null()).then(|| hash(&value))
}

/// Storage key of a plain storage value `pallet::item`.
pub fn value_key(pallet: &str, item: &str) -> Vec<u8> {
	[twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

/// Reads and decodes storage `key` at block `at` (`None`: best block).
pub fn storage<T: Decode>(rpc: &Rpc, key: &[u8], at: Option<Hash>) -> Option<T> {
	let value = rpc.must("state_getStorage", json!([hex(key), at.map(|h| hex(h.as_bytes()))]));
	(!value.is_null()).then(|| T::decode(&mut &unhex(&value)[..]).expect("decodes"))
}

/// `System::Account` of `who` at block `at`; a missing account reads as the default.
pub fn account(rpc: &Rpc, who: &AccountId, at: Option<Hash>) -> AccountInfo {
	let key =
		[value_key("System", "Account"), blake2_128(who.as_ref()).to_vec(), who.encode()].concat();
	storage(rpc, &key, at).unwrap_or_default()
}

/// The events emitted in block `at`.
pub fn events(rpc: &Rpc, at: Hash) -> Events {
	storage(rpc, &value_key("System", "Events"), Some(at)).unwrap_or_default()
}

/// The account of an sr25519 key pair.
pub fn account_of(pair: &sr25519::Pair) -> AccountId {
	MultiSigner::from(pair.public()).into_account()
}

/// Builds an immortal transaction calling `call`, signed by `signer` with its next nonce, for
/// the chain behind `rpc`. Returns its SCALE encoding.
pub fn sign(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> Vec<u8> {
	let who = account_of(signer);
	let nonce: Nonce = rpc
		.must("system_accountNextIndex", json!([who.to_string()]))
		.as_u64()
		.and_then(|n| n.try_into().ok())
		.expect("nonce");
	let genesis = hash(&rpc.must("chain_getBlockHash", json!([0])));
	let version = rpc.must("state_getRuntimeVersion", json!([]));
	let spec_version = version["specVersion"].as_u64().expect("specVersion") as u32;
	let tx_version = version["transactionVersion"].as_u64().expect("transactionVersion") as u32;

	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	// What the extensions add to the signed payload without putting it in the transaction:
	// spec and transaction version, genesis hash, and the era's birth block (genesis here).
	let implicit = ((), spec_version, tx_version, genesis, genesis, (), (), (), ());
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension).encode()
}

/// Submits `call` signed by `signer` and waits until a block includes it; returns that block's
/// hash and events. Panics if the transaction is not included within a minute. For steps whose
/// point is not finality (on a dev chain the block is final a moment later).
pub fn submit_included(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> (Hash, Events) {
	let (block, _) = include(rpc, signer, call);
	(block, events(rpc, block))
}

/// Submits `call` signed by `signer`, waits until the block that includes it is finalized, and
/// returns that block's hash and events. Panics if the transaction is not included within a
/// minute, or if its block is not the finalized chain's.
pub fn submit_finalized(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> (Hash, Events) {
	let (block, number) = include(rpc, signer, call);
	wait_for("the transaction's block to be finalized", INCLUSION_TIMEOUT, || {
		(finalized(rpc).1 >= number).then_some(())
	});
	assert_eq!(block_hash(rpc, number), Some(block), "the including block was reverted");
	(block, events(rpc, block))
}

/// Submits `call` signed by `signer` and returns the hash and number of the block that
/// includes it, once there is one.
fn include(rpc: &Rpc, signer: &sr25519::Pair, call: RuntimeCall) -> (Hash, u32) {
	let (start, _) = finalized(rpc);
	let tx_hex = hex(&sign(rpc, signer, call));
	rpc.must("author_submitExtrinsic", json!([tx_hex]));

	let mut next = block_number(rpc, Some(start)) + 1;
	wait_for("the transaction to be included", INCLUSION_TIMEOUT, || {
		while let Some(hash) = block_hash(rpc, next) {
			let block = rpc.must("chain_getBlock", json!([hex(hash.as_bytes())]));
			let extrinsics = block["block"]["extrinsics"].as_array().expect("extrinsics");
			if extrinsics.iter().any(|x| x.as_str() == Some(tx_hex.as_str())) {
				return Some((hash, next));
			}
			next += 1;
		}
		None
	})
}

/// How long a submission waits for inclusion, and then (if asked) for finality.
const INCLUSION_TIMEOUT: Duration = Duration::from_secs(60);

/// Whether the transaction in a block's `events` failed, and with which error.
pub fn dispatch_error(events: &Events) -> Option<sp_runtime::DispatchError> {
	events.iter().find_map(|record| match &record.event {
		RuntimeEvent::System(frame_system::Event::ExtrinsicFailed { dispatch_error, .. }) => {
			Some(*dispatch_error)
		},
		_ => None,
	})
}

/// Calls view function `query` (e.g. `pallet_registry::ProviderViewFunction::new(who)`) at
/// block `at` through the `RuntimeViewFunction` runtime API, as any client would.
pub fn view<V>(rpc: &Rpc, at: Hash, query: V) -> V::ReturnType
where
	V: ViewFunction + Encode,
	V::ReturnType: Decode,
{
	let input = (V::id(), query.encode()).encode();
	let output = rpc.must(
		"state_call",
		json!(["RuntimeViewFunction_execute_view_function", hex(&input), hex(at.as_bytes())]),
	);
	let result = Result::<Vec<u8>, ViewFunctionDispatchError>::decode(&mut &unhex(&output)[..])
		.expect("a view function result");
	let bytes = result.expect("the view function exists and accepts its input");
	V::ReturnType::decode(&mut &bytes[..]).expect("the view function's return type")
}
