//! The parties of end-to-end tests: dev accounts, their meters, and agreements concluded
//! between them with off-line signatures through the client.

use meterchain_client::{
	agreements::{sign_action, TermsDocument},
	api::{DeviceKind, ServiceKind, SignedAction},
	billing,
	device::DeviceKey,
	keys::Account,
	registry::{parse_device_key, DeviceSpec},
	Client,
};
use sp_core::{sr25519, Pair};

/// A development account (`alice` … `ferdie`).
pub fn dev(name: &str) -> Account {
	Account::dev(name).expect("dev account")
}

/// Concludes `terms` between `provider` and `subscriber`, both signing off line and the
/// provider submitting; returns the agreement's id.
pub async fn conclude(
	client: &Client,
	provider: &Account,
	subscriber: &Account,
	terms: &TermsDocument,
) -> u64 {
	let terms = terms.to_terms().expect("terms");
	let genesis = client.genesis_hash();
	let action = SignedAction::Conclude(terms.clone());
	let (id, _) = client
		.conclude_signed(
			provider,
			&terms,
			sign_action(subscriber, &genesis, &action),
			sign_action(provider, &genesis, &action),
		)
		.await
		.expect("concluded");
	id
}

/// Commissions an electricity meter of `provider` whose key is the sr25519 key from the seed
/// `[seed; 32]`, reporting every 15 minutes; returns its id and key.
pub async fn electricity_meter(client: &Client, provider: &Account, seed: u8) -> (u64, DeviceKey) {
	let key = DeviceKey::Sr25519(sr25519::Pair::from_seed(&[seed; 32]));
	let public = format!("sr25519:0x{}", hex::encode(key.public()));
	let spec = DeviceSpec {
		kind: DeviceKind::Meter,
		service: ServiceKind::Electricity,
		key: parse_device_key(&public).expect("key"),
		reporting_interval_secs: 900,
		group: None,
	};
	let (id, _) = client.commission_device(provider, spec).await.expect("meter");
	(id, key)
}

/// Publishes a flat tariff of `provider` for `service` (300 per 1,000 base units, nothing
/// else), which terms between it and its subscribers can name; returns its id.
pub async fn tariff(client: &Client, provider: &Account, service: ServiceKind) -> u32 {
	let (id, _) =
		client.create_tariff(provider, service, billing::flat(300, 0, 0)).await.expect("a tariff");
	id
}
