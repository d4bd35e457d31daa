//! `chain`, `proof` and `events` commands.

use crate::{
	args::{ChainCmd, EventsCmd, ProofCmd, VotersArg},
	output::{self, lines, Out},
	Ctx,
};
use futures::StreamExt;
use meterchain_client::{
	events::is_meterchain_event,
	proofs::{
		decode_agreement, dev_voters, local_voters, voters_from_chain_spec, StorageProofBundle,
	},
	verify::{verify_finality, VoterSet},
	Client, Error,
};
use serde_json::json;
use std::path::Path;

type Result<T = ()> = core::result::Result<T, Error>;

/// The voter set named by `--voters`.
async fn voters(arg: &VotersArg, client: Option<&Client>) -> Result<VoterSet> {
	match arg.voters.as_str() {
		"dev" => Ok(dev_voters()),
		"local" => Ok(local_voters()),
		"node" => match client {
			Some(client) => client.voters_from_node().await,
			None => Err(Error::Input("--voters node needs a node (--url)".into())),
		},
		path => {
			let json = std::fs::read_to_string(path)
				.map_err(|e| Error::Input(format!("cannot read chain spec {path}: {e}")))?;
			voters_from_chain_spec(&json)
		},
	}
}

/// `meterchain chain …`
pub async fn chain(ctx: &Ctx, out: &Out, cmd: ChainCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		ChainCmd::Status => {
			let status = client.status().await?;
			let value = json!({
				"chain": status.chain,
				"genesis": format!("{:?}", status.genesis_hash),
				"best": status.best.0,
				"best_hash": format!("{:?}", status.best.1),
				"finalized": status.finalized.0,
				"finalized_hash": format!("{:?}", status.finalized.1),
				"peers": status.peers,
				"spec_version": status.spec_version,
			});
			out.show(lines(&value), value);
		},
		ChainCmd::Genesis => {
			let genesis = format!("{:?}", client.genesis_hash());
			out.show(&genesis, json!({ "genesis": genesis }));
		},
		ChainCmd::Finality(arg) => {
			let voters = voters(&arg, Some(&client)).await?;
			let hash = client.finalized_hash().await?;
			let header = client.header(Some(hash)).await?;
			let proof = client
				.rpc("grandpa_proveFinality", subxt::rpcs::rpc_params![header.number])
				.await?;
			let proof = proof.as_str().ok_or_else(|| {
				Error::NotFound(format!("no finality proof for #{} yet", header.number))
			})?;
			let bytes = hex::decode(proof.trim_start_matches("0x"))
				.map_err(|e| Error::node_message(e.to_string()))?;
			let justified = verify_finality(&header, &bytes, &voters)?;
			let value = json!({
				"finalized": header.number,
				"hash": format!("{:?}", header.hash()),
				"justified_block": format!("{justified:?}"),
				"voters": voters.voters.len(),
				"set_id": voters.set_id,
				"verified": true,
			});
			out.show(
				format!(
					"block #{} {:?} is final: GRANDPA proof verified against {} voter(s)",
					header.number,
					header.hash(),
					voters.voters.len()
				),
				value,
			);
		},
	}
	Ok(())
}

fn write_bundle(out: &Out, bundle: &StorageProofBundle, path: Option<&Path>) -> Result {
	let text = serde_json::to_string_pretty(bundle).map_err(|e| Error::Input(e.to_string()))?;
	match path {
		Some(path) => {
			std::fs::write(path, &text)
				.map_err(|e| Error::Input(format!("cannot write {}: {e}", path.display())))?;
			let block = meterchain_client::proofs::bundle_block(bundle)?;
			out.show(
				format!("proof at block {block:?} written to {}", path.display()),
				json!({ "file": path, "block": format!("{block:?}") }),
			);
		},
		None => output::print_line(text),
	}
	Ok(())
}

/// `meterchain proof …`
pub async fn proof(ctx: &Ctx, out: &Out, cmd: ProofCmd) -> Result {
	match cmd {
		ProofCmd::Agreement { id, out: path } => {
			let client = ctx.client().await?;
			let key = client.agreement_key(id).await?;
			let bundle = client.prove_storage(&key).await?;
			write_bundle(out, &bundle, path.as_deref())?;
		},
		ProofCmd::Key { key, out: path } => {
			let client = ctx.client().await?;
			let key = hex::decode(key.trim_start_matches("0x"))
				.map_err(|e| Error::Input(format!("key: {e}")))?;
			let bundle = client.prove_storage(&key).await?;
			write_bundle(out, &bundle, path.as_deref())?;
		},
		ProofCmd::Verify { file, voters: arg } => {
			let text = std::fs::read_to_string(&file)
				.map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?;
			let bundle: StorageProofBundle = serde_json::from_str(&text)
				.map_err(|e| Error::Input(format!("{} is not a proof: {e}", file.display())))?;
			let client = if arg.voters == "node" { Some(ctx.client().await?) } else { None };
			let voters = voters(&arg, client.as_ref()).await?;
			let read = bundle.verify(&voters)?;
			let mut value = json!({
				"verified": true,
				"block": format!("{:?}", read.block_hash),
				"block_number": read.block_number,
				"finalized_by": format!("{:?}", read.finalized_hash),
				"key": bundle.key,
				"value": read.value.as_deref().map(output::hex),
			});
			let mut text = format!(
				"verified: at block #{} {:?} (final), the key holds {}",
				read.block_number,
				read.block_hash,
				read.value.as_ref().map_or("nothing".to_string(), |v| format!("{} bytes", v.len())),
			);
			if let Some(record) = read.value.as_deref().and_then(|v| decode_agreement(v).ok()) {
				text.push_str(&format!(
					"\nan agreement: version {}, terms hash {:?}",
					record.version, record.terms_hash
				));
				value["agreement"] = output::agreement(out, 0, &record);
			}
			out.show(text, value);
		},
	}
	Ok(())
}

/// `meterchain events`
pub async fn events(ctx: &Ctx, out: &Out, cmd: EventsCmd) -> Result {
	let client = ctx.client().await?;
	let stream = client.finalized_events(is_meterchain_event).await?;
	let mut stream = Box::pin(stream);
	if !out.json {
		eprintln!("following finalized blocks (Ctrl-C to stop)…");
	}
	let mut seen = 0;
	while let Some(event) = stream.next().await {
		let event = event?;
		out.show(
			format!("#{} {}: {:?}", event.block_number, event.name, event.event),
			json!({
				"block": event.block_number,
				"hash": format!("{:?}", event.block_hash),
				"event": event.name,
				"details": format!("{:?}", event.event),
			}),
		);
		seen += 1;
		if cmd.count.is_some_and(|count| seen >= count) {
			break;
		}
	}
	Ok(())
}
