//! Billing on a real `--dev` node whose clock starts 3½ minutes before a month ends: the
//! provider creates a tariff (CLI), a meter's readings accrue to the subscriber's agreement,
//! the month ends and the chain invoices it by itself, the CLI recomputes the invoice from the
//! tariff and shows it, and the subscriber pays it in two parts — the second settles it and a
//! third is refused by name.

use std::time::Duration;

use meterchain_client::{
	agreements::TermsDocument,
	api::{DeviceKind, ServiceKind},
	billing::InvoiceStatus,
	device::{DeviceKey, DeviceReport, Reading},
	registry::{parse_device_key, DeviceSpec},
	Client, Wait,
};
use meterchain_e2e::{
	chain::account,
	cli::{cli, ok},
	node::Node,
	parties::{conclude, dev},
};
use sp_core::{sr25519, Pair};

/// 2027-01-01 00:00 UTC: the month boundary the node's clock reaches 3½ minutes in (the
/// setup takes about one on the reference machine).
const NEW_YEAR: u64 = 1_798_761_600_000;

#[tokio::test(flavor = "multi_thread")]
async fn readings_are_invoiced_when_the_month_ends_and_paid_in_two_parts() {
	let node = Node::start_at("billing", "2026-12-31 23:56:30", &["--dev"]);
	let client = Client::connect(&node.ws_url()).await.expect("connects");
	client.wait_finalized(1, Duration::from_secs(120)).await.expect("block 1");
	let client = client.with_wait(Wait::InBlock);
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob (the demo provider) publishes a tariff: 300 per kWh, a standing charge of
	// 31,000,000 per month, 20 % tax.
	let created = ok(
		&node,
		&[
			"--as",
			"bob",
			"--in-block",
			"tariff",
			"create",
			"--service",
			"electricity",
			"--price",
			"300",
			"--standing",
			"31000000",
			"--tax-bps",
			"2000",
		],
	);
	let tariff = created["tariff"].as_u64().expect("a tariff id") as u32;
	let shown = ok(&node, &["--in-block", "tariff", "show", &tariff.to_string()]);
	assert_eq!(shown["versions"][0]["tariff"]["energy"]["flat"], "300", "{shown}");

	// A meter under an agreement between Bob and Eve at that tariff, from now on.
	let meter_key = DeviceKey::Sr25519(sr25519::Pair::from_seed(&[5; 32]));
	let spec = DeviceSpec {
		kind: DeviceKind::Meter,
		service: ServiceKind::Electricity,
		key: parse_device_key(&format!("sr25519:0x{}", hex::encode(meter_key.public())))
			.expect("key"),
		reporting_interval_secs: 900,
		group: None,
	};
	let (meter, _) = client.commission_device(&bob, spec).await.expect("meter");
	client.register_subscriber(&eve, [7u8; 32].into(), None).await.expect("subscriber");
	let now = client.device_status(meter).await.expect("status").expect("meter").now;
	// Both readings below must be taken in December.
	assert!(now + 61_000 < NEW_YEAR, "the setup ran too close to the month boundary: {now}");
	let mut terms = TermsDocument::postpaid(
		&bob.account_id(),
		&eve.account_id(),
		"electricity",
		vec![meter],
		now,
		now,
	);
	terms.tariff = tariff;
	let agreement = conclude(&client, &bob, &eve, &terms).await;

	// Bob's gateway relays a baseline and, a minute later, a reading 12,345 Wh on (within
	// what the meter's connection can draw), both in December.
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| {
		let reading =
			Reading { device: meter, key_epoch: 0, seq, timestamp: at, register, peak: None };
		DeviceReport::reading(&meter_key, &genesis, reading)
	};
	let batch = [read(1, now + 1_000, 50_000), read(2, now + 61_000, 62_345)];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let estimate = ok(&node, &["--in-block", "invoice", "estimate", &agreement.to_string()]);
	assert_eq!(estimate["quantity"], 12_345, "{estimate}");

	// The month ends; the chain invoices December by itself in the next blocks.
	let deadline = std::time::Instant::now() + Duration::from_secs(300);
	let invoice = loop {
		if let Some(id) = client.invoices_of(agreement).await.expect("invoices").first() {
			break *id;
		}
		assert!(std::time::Instant::now() < deadline, "December was not invoiced");
		tokio::time::sleep(Duration::from_secs(3)).await;
	};
	let issued = client.invoice(invoice).await.expect("invoice").expect("issued");
	assert_eq!((issued.period.end, issued.quantity), (NEW_YEAR, 12_345));
	assert_eq!(issued.status, InvoiceStatus::Open);
	// Anyone can check it against the tariff and the usage.
	let verified = ok(&node, &["--in-block", "invoice", "verify", &invoice.to_string()]);
	assert_eq!(verified["matches"], true, "{verified}");
	let shown = ok(&node, &["--in-block", "invoice", "show", &invoice.to_string()]);
	assert_eq!(shown["lines"][0]["charge"], "usage", "{shown}");
	// 12,345 Wh at 300 per kWh = 3,703.5, rounded half up.
	assert_eq!(shown["lines"][0]["amount"], "3704", "{shown}");

	// Eve pays in two parts, through the CLI.
	let total = issued.total;
	let bob_id = meterchain_runtime::AccountId::from(bob.account_id().0);
	let balance = || account(&node.rpc, &bob_id, None).data.free;
	let bob_before = balance();
	let first = (total / 2).to_string();
	let paid =
		ok(&node, &["--as", "eve", "--in-block", "invoice", "pay", &invoice.to_string(), &first]);
	assert_eq!(paid["status"], "partially paid", "{paid}");
	let rest = (total - total / 2).to_string();
	let paid =
		ok(&node, &["--as", "eve", "--in-block", "invoice", "pay", &invoice.to_string(), &rest]);
	assert_eq!(paid["status"], "paid", "{paid}");
	assert_eq!(balance(), bob_before + total, "the provider received both parts");
	let receipts = client.receipts(invoice).await.expect("receipts");
	assert_eq!(receipts.iter().map(|r| r.amount).sum::<u128>(), total);

	// Paying a paid invoice is refused by name.
	let (code, refused) =
		cli(&node, &["--as", "eve", "--in-block", "invoice", "pay", &invoice.to_string(), "1"]);
	assert_eq!((code, refused["chain_error"].as_str()), (1, Some("AlreadyPaid")), "{refused}");
	// January goes on accruing for the agreement.
	let january = client.accrual(agreement).await.expect("accrual").expect("January is open");
	assert_eq!((january.current.period.start, january.next), (NEW_YEAR, None));
}
