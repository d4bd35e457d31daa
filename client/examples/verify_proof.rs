//! A device's view of the chain: check an agreement without trusting the node.
//!
//! Fetches, from any node, a proof that agreement ID is in the state of a finalized block, then
//! verifies it the way meter firmware would (with the `no_std` `verify` module): the header's
//! GRANDPA finality against the dev chain's voter set, then the storage value against the
//! header's state root. Run it with
//! `cargo run -p meterchain-client --example verify_proof -- <agreement id> [ws://…]`.

use meterchain_client::{
	proofs::{decode_agreement, dev_voters},
	Client, Error, Result,
};

#[tokio::main]
async fn main() -> Result<()> {
	let id: u64 = std::env::args()
		.nth(1)
		.and_then(|arg| arg.parse().ok())
		.ok_or_else(|| Error::Input("usage: verify_proof <agreement id> [url]".into()))?;
	let url = std::env::args().nth(2).unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let client = Client::connect(&url).await?;

	// Untrusted: everything here comes from the node.
	let key = client.agreement_key(id).await?;
	let bundle = client.prove_storage(&key).await?;

	// Trusted: only the voter set (here the dev chain's genesis set).
	let read = bundle.verify(&dev_voters())?;
	let value = read.value.ok_or_else(|| Error::NotFound(format!("agreement {id}")))?;
	let agreement = decode_agreement(&value)?;
	println!(
		"agreement {id} (version {}, terms {:?}) is in the state of final block #{} {:?}",
		agreement.version, agreement.terms_hash, read.block_number, read.block_hash
	);
	Ok(())
}
