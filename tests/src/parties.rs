//! The parties of end-to-end tests: dev accounts, their meters, and agreements concluded
//! between them with off-line signatures through the client.

use meterchain_client::{
	agreements::{sign_action, TermsDocument},
	api::{DeviceKind, ServiceKind, SignedAction},
	billing,
	device::{DeviceKeyPair, DeviceReport, Reading},
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
pub async fn electricity_meter(
	client: &Client,
	provider: &Account,
	seed: u8,
) -> (u64, DeviceKeyPair) {
	let key = DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[seed; 32]));
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

/// Reading number `seq` of meter `device`: its register `register` (Wh) at `at` (ms), signed
/// with the meter's `key` for the chain whose genesis hash is `genesis`.
pub fn reading(
	key: &DeviceKeyPair,
	genesis: &[u8; 32],
	device: u64,
	seq: u64,
	at: u64,
	register: u64,
) -> DeviceReport {
	let reading = Reading { device, key_epoch: 0, seq, timestamp: at, register, peak: None };
	key.sign_reading(genesis, reading)
}

/// Publishes a flat tariff of `provider` for `service` (300 per 1,000 base units, nothing
/// else), which terms between it and its subscribers can name; returns its id.
pub async fn tariff(client: &Client, provider: &Account, service: ServiceKind) -> u32 {
	let (id, _) =
		client.create_tariff(provider, service, billing::flat(300, 0, 0)).await.expect("a tariff");
	id
}

/// What a test of one metered agreement between Bob (the dev chain's demo provider) and Eve
/// starts from.
pub struct Metered {
	/// Bob's electricity tariff.
	pub tariff: u32,
	/// Bob's meter, and its key.
	pub meter: u64,
	/// The meter's key.
	pub key: DeviceKeyPair,
	/// The chain's time when the meter was commissioned (ms).
	pub now: u64,
	/// Postpaid terms between Bob and Eve at the tariff, covering the meter, from `now`.
	pub terms: TermsDocument,
}

/// Bob publishes an electricity tariff priced by the CLI's component flags `prices` (e.g.
/// `["--price", "300"]`: 300 per kWh, nothing else) and
/// commissions a meter whose key comes from `seed`; Eve registers as a subscriber. The terms
/// are drafted, not concluded: a test adjusts them first.
pub async fn bob_meters_eve(
	node: &crate::node::Node,
	client: &Client,
	prices: &[&str],
	seed: u8,
) -> Metered {
	let (bob, eve) = (dev("bob"), dev("eve"));
	let tariff = crate::cli::create_tariff(node, "bob", "electricity", prices);
	let (meter, key) = electricity_meter(client, &bob, seed).await;
	client.register_subscriber(&eve, [seed; 32].into(), None).await.expect("subscriber");
	let now = client.device_status(meter).await.expect("status").expect("meter").now;
	let terms = TermsDocument::postpaid(
		&bob.account_id(),
		&eve.account_id(),
		"electricity",
		tariff,
		vec![meter],
		now,
		now,
	);
	Metered { tariff, meter, key, now, terms }
}
