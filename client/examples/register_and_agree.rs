//! A subscriber and a provider conclude a service agreement with signatures made off line.
//!
//! On a dev chain (`./scripts/dev.sh`), Bob is the demo provider. This example registers
//! Charlie as a subscriber (if he is not yet), has Bob commission an electricity meter and
//! publish a tariff, drafts terms covering the meter at that tariff, lets both parties sign
//! them off line, and has Alice — any account — submit the dual-signed terms. Run it with
//! `cargo run -p meterchain-client --example register_and_agree [-- ws://127.0.0.1:9944]`.

use meterchain_client::{
	agreements::{sign_action, terms_hash, PaymentDocument, TermsDocument},
	api::{DeviceKind, ServiceKind, SignedAction},
	billing,
	keys::Account,
	registry::{parse_device_key, DeviceSpec},
	Client, Result,
};

#[tokio::main]
async fn main() -> Result<()> {
	let url = std::env::args().nth(1).unwrap_or_else(|| "ws://127.0.0.1:9944".into());
	let client = Client::connect(&url).await?;
	let (alice, bob, charlie) =
		(Account::dev("alice")?, Account::dev("bob")?, Account::dev("charlie")?);

	// 1. Charlie registers as a subscriber: only a hash of his personal data goes on chain.
	if client.subscriber(&charlie.account_id()).await?.is_none() {
		let data_hash = sp_crypto_hashing::blake2_256(b"Charlie, 1 Main Street").into();
		client.register_subscriber(&charlie, data_hash, None).await?;
		println!("registered subscriber {}", charlie.account_id());
	}

	// 2. Bob commissions a meter with its own key.
	let spec = DeviceSpec {
		kind: DeviceKind::Meter,
		service: ServiceKind::Electricity,
		key: parse_device_key("sr25519://ExampleMeter")?,
		reporting_interval_secs: 900,
		group: None,
	};
	let (meter, _) = client.commission_device(&bob, spec).await?;
	println!("Bob commissioned meter {meter}");

	// 3. Bob publishes the tariff the terms name: 0.30 MTR per kWh, 20 % tax.
	let price = billing::flat(300_000_000_000, 0, 2_000);
	let (tariff, _) = client.create_tariff(&bob, ServiceKind::Electricity, price).await?;
	println!("Bob published tariff {tariff}");

	// 4. The terms, as the JSON document the parties exchange.
	let now = client.device_status(meter).await?.map(|s| s.now).unwrap_or_default();
	let document = TermsDocument {
		provider: bob.account_id().to_string(),
		subscriber: charlie.account_id().to_string(),
		service: "electricity".into(),
		tariff,
		cycle: "monthly".into(),
		payment: PaymentDocument::Postpaid { due_days: 14 },
		devices: vec![meter],
		start: now,
		end: None,
		notice_period: 30 * 24 * 3600 * 1000,
		document_hash: format!("0x{}", "00".repeat(32)),
		encrypted_document: None,
		nonce: meter,
		deadline: now + 3600 * 1000,
	};
	let terms = document.to_terms()?;
	println!("terms hash {:?}", terms_hash(&terms));

	// 5. Both sign off line: over the domain tag, the genesis hash and the SCALE terms.
	let genesis = client.genesis_hash();
	let action = SignedAction::Conclude(terms.clone());
	let by_subscriber = sign_action(&charlie, &genesis, &action);
	let by_provider = sign_action(&bob, &genesis, &action);

	// 6. Anyone submits; the chain checks both signatures.
	let (id, receipt) = client.conclude_signed(&alice, &terms, by_subscriber, by_provider).await?;
	println!("agreement {id} concluded in finalized block {:?}", receipt.block_hash);
	let agreement = client.agreement(id).await?.expect("just concluded");
	println!("covers devices {:?}, version {}", agreement.terms.devices.0, agreement.version);
	Ok(())
}
