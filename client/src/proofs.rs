//! Storage proofs that a device or portal checks without trusting the node (seed 000's SPV):
//! [`Client::prove_storage`] gathers, from any node, a finalized header, its GRANDPA finality
//! proof and a read proof of one key; [`StorageProofBundle::verify`] checks all of it against a
//! trusted [`VoterSet`] with the `no_std` [`crate::verify`] module.

use crate::{
	api::{chain, AgreementId, Hash},
	client::Client,
	error::{node, Error, Result},
	verify::{verify_storage_read, Header, VerifiedRead, VoterSet},
};
use codec::{Decode, Encode};
use serde::{Deserialize, Serialize};
use sp_core::{crypto::Ss58Codec, ed25519, Pair};
use subxt::rpcs::rpc_params;

/// Everything needed to check one storage value off line, as `0x` hex (a JSON file).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct StorageProofBundle {
	/// The storage key.
	pub key: String,
	/// The SCALE-encoded header of the block whose state is read.
	pub header: String,
	/// `grandpa_proveFinality`'s SCALE-encoded proof for that block.
	pub finality_proof: String,
	/// `state_getReadProof`'s trie nodes.
	pub read_proof: Vec<String>,
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", ::hex::encode(bytes))
}

fn unhex(what: &str, text: &str) -> Result<Vec<u8>> {
	::hex::decode(text.trim_start_matches("0x")).map_err(|e| Error::Input(format!("{what}: {e}")))
}

impl StorageProofBundle {
	/// Checks the bundle against `voters`: the header is final, and the read proof resolves
	/// the key under its state root. Returns what it proved, with the value.
	pub fn verify(&self, voters: &VoterSet) -> Result<VerifiedRead> {
		let header = Header::decode(&mut &unhex("header", &self.header)?[..])
			.map_err(|_| Error::Input("header: not a SCALE header".into()))?;
		let finality = unhex("finality_proof", &self.finality_proof)?;
		let nodes = self
			.read_proof
			.iter()
			.map(|node| unhex("read_proof", node))
			.collect::<Result<Vec<_>>>()?;
		let key = unhex("key", &self.key)?;
		Ok(verify_storage_read(&header, &finality, voters, nodes, &key)?)
	}
}

impl Client {
	/// Gathers a proof of storage `key` at the last finalized block whose finality the node can
	/// prove (the block the GRANDPA voters last justified, or an earlier one linked to it).
	pub async fn prove_storage(&self, key: &[u8]) -> Result<StorageProofBundle> {
		let finalized = self.finalized_hash().await?;
		let header = self.header(Some(finalized)).await?;
		let proof = self.rpc("grandpa_proveFinality", rpc_params![header.number]).await?;
		let proof = proof.as_str().ok_or_else(|| {
			Error::NotFound(format!("no finality proof for block #{} yet", header.number))
		})?;
		let read = self.rpc("state_getReadProof", rpc_params![vec![hex(key)], finalized]).await?;
		let nodes = read["proof"]
			.as_array()
			.ok_or_else(|| Error::node_message(format!("bad read proof {read}")))?
			.iter()
			.map(|node| node.as_str().map(str::to_string))
			.collect::<Option<Vec<_>>>()
			.ok_or_else(|| Error::node_message("bad read proof node"))?;
		Ok(StorageProofBundle {
			key: hex(key),
			header: hex(&header.encode()),
			finality_proof: proof.to_string(),
			read_proof: nodes,
		})
	}

	/// The storage key of agreement `id` (`Agreements::Agreements`).
	pub async fn agreement_key(&self, id: AgreementId) -> Result<Vec<u8>> {
		let at = self.subxt().at_current_block().await.map_err(node)?;
		let entry = at.storage().entry(chain::storage().agreements().agreements()).map_err(node)?;
		entry.fetch_key((id,)).map_err(node)
	}

	/// The GRANDPA voter set as the node reports it. This trusts the node: prefer a set from the
	/// chain spec ([`voters_from_chain_spec`]) or a known network ([`dev_voters`],
	/// [`local_voters`]) for real checks.
	pub async fn voters_from_node(&self) -> Result<VoterSet> {
		let at = self.subxt().at_current_block().await.map_err(node)?;
		let apis = at.runtime_apis();
		let voters = apis
			.call(chain::runtime_apis().grandpa_api().grandpa_authorities())
			.await
			.map_err(node)?;
		let set_id =
			apis.call(chain::runtime_apis().grandpa_api().current_set_id()).await.map_err(node)?;
		Ok(VoterSet { set_id, voters: voters.into_iter().map(|(key, w)| (key.0, w)).collect() })
	}
}

/// Decodes a stored value of agreement type from proven bytes.
pub fn decode_agreement(bytes: &[u8]) -> Result<crate::api::Agreement> {
	crate::api::Agreement::decode(&mut &bytes[..])
		.map_err(|e| Error::Input(format!("not an agreement record: {e}")))
}

fn voters_of(uris: &[&str]) -> VoterSet {
	let voters = uris
		.iter()
		.filter_map(|uri| ed25519::Pair::from_string(uri, None).ok())
		.map(|pair| (pair.public().0, 1))
		.collect();
	VoterSet { set_id: 0, voters }
}

/// The genesis voter set of the development chain (`--dev`): Alice.
pub fn dev_voters() -> VoterSet {
	voters_of(&["//Alice"])
}

/// The genesis voter set of the `local` chain (`chain-specs/local.json`): Alice, Bob, Charlie
/// and Dave.
pub fn local_voters() -> VoterSet {
	voters_of(&["//Alice", "//Bob", "//Charlie", "//Dave"])
}

/// The genesis voter set of a plain (non-raw) chain spec: its `grandpa.authorities`.
pub fn voters_from_chain_spec(json: &str) -> Result<VoterSet> {
	let spec: serde_json::Value =
		serde_json::from_str(json).map_err(|e| Error::Input(format!("chain spec: {e}")))?;
	let genesis = &spec["genesis"]["runtimeGenesis"];
	let config = if genesis["patch"].is_object() { &genesis["patch"] } else { &genesis["config"] };
	let list = config["grandpa"]["authorities"].as_array().ok_or_else(|| {
		Error::Input(
			"the chain spec has no grandpa.authorities (use a plain, not raw, spec)".into(),
		)
	})?;
	let voters = list
		.iter()
		.map(|entry| {
			let address = entry[0].as_str().unwrap_or_default();
			let key = ed25519::Public::from_ss58check(address)
				.map_err(|_| Error::Input(format!("bad GRANDPA key {address:?}")))?;
			let weight = entry[1].as_u64().unwrap_or(1);
			Ok((key.0, weight))
		})
		.collect::<Result<Vec<_>>>()?;
	Ok(VoterSet { set_id: 0, voters })
}

/// The hash the bundle's header has, for display.
pub fn bundle_block(bundle: &StorageProofBundle) -> Result<Hash> {
	let header = Header::decode(&mut &unhex("header", &bundle.header)?[..])
		.map_err(|_| Error::Input("header: not a SCALE header".into()))?;
	Ok(Hash(header.hash().0))
}
