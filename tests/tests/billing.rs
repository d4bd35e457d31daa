//! Billing on a real `--dev` node whose clock starts 3½ minutes before a month ends: the
//! provider creates a tariff (CLI), a meter's readings accrue to the subscriber's agreement,
//! the month ends and the chain invoices it by itself, the CLI recomputes the invoice from the
//! tariff and shows it, and the subscriber pays it in two parts — the second settles it and a
//! third is refused by name. A second agreement's invoice goes under an instalment plan and is
//! disputed: the provider rejects the dispute, the subscriber escalates it, the arbiter (sudo)
//! rules a credit note, and the rest paid leaves it credited.

use std::time::Duration;

use meterchain_client::{
	agreements::TermsDocument,
	billing::InvoiceStatus,
	device::{DeviceKey, DeviceReport, Reading},
};
use meterchain_e2e::{
	chain::account,
	cli::{cli, create_tariff, ok},
	node::Node,
	parties::{conclude, dev, electricity_meter},
};

/// 2027-01-01 00:00 UTC: the month boundary the node's clock reaches 3½ minutes in (the
/// setup takes about one on the reference machine).
const NEW_YEAR: u64 = 1_798_761_600_000;

#[tokio::test(flavor = "multi_thread")]
async fn readings_are_invoiced_when_the_month_ends_and_paid_in_two_parts() {
	let node = Node::start_at("billing", "2026-12-31 23:56:30", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob (the demo provider) publishes a tariff: 300 per kWh, a standing charge of
	// 31,000,000 per month, 20 % tax.
	let prices = ["--price", "300", "--standing", "31000000", "--tax-bps", "2000"];
	let tariff = create_tariff(&node, "bob", "electricity", &prices);
	let shown = ok(&node, &["--in-block", "tariff", "show", &tariff.to_string()]);
	assert_eq!(shown["versions"][0]["tariff"]["energy"]["flat"], "300", "{shown}");

	// Two meters under agreements between Bob and Eve at that tariff, from now on.
	let (meter, meter_key) = electricity_meter(&client, &bob, 5).await;
	let (meter2, meter2_key) = electricity_meter(&client, &bob, 15).await;
	client.register_subscriber(&eve, [7u8; 32].into(), None).await.expect("subscriber");
	let now = client.device_status(meter).await.expect("status").expect("meter").now;
	// Both readings below must be taken in December.
	assert!(now + 61_000 < NEW_YEAR, "the setup ran too close to the month boundary: {now}");
	let terms = TermsDocument::postpaid(
		&bob.account_id(),
		&eve.account_id(),
		"electricity",
		tariff,
		vec![meter],
		now,
		now,
	);
	let agreement = conclude(&client, &bob, &eve, &terms).await;
	let mut terms2 = terms.clone();
	(terms2.devices, terms2.nonce) = (vec![meter2], now + 1);
	let disputed = conclude(&client, &bob, &eve, &terms2).await;

	// Bob's gateway relays a baseline and, a minute later, a reading 12,345 Wh on (within
	// what the meter's connection can draw), both in December.
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |key: &DeviceKey, device, seq, at, register| {
		let reading = Reading { device, key_epoch: 0, seq, timestamp: at, register, peak: None };
		DeviceReport::reading(key, &genesis, reading)
	};
	let batch = [
		read(&meter_key, meter, 1, now + 1_000, 50_000),
		read(&meter_key, meter, 2, now + 61_000, 62_345),
		read(&meter2_key, meter2, 1, now + 1_000, 10_000),
		read(&meter2_key, meter2, 2, now + 61_000, 20_000),
	];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (4, 0), "{:?}", outcome.rejected);
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

	// The second agreement's invoice: 10,000 Wh at 300 per kWh plus the standing charge, tax.
	let second = *client.invoices_of(disputed).await.expect("invoices").first().expect("issued");
	let total2 = client.invoice(second).await.expect("invoice").expect("issued").total;
	let id = second.to_string();
	// Bob offers two instalments, Eve accepts: the first is due first.
	let (first_due, second_due) = (NEW_YEAR + 10 * DAY, NEW_YEAR + 40 * DAY);
	let half = total2 / 2;
	let offered = ok(
		&node,
		&[
			"--as",
			"bob",
			"--in-block",
			"plan",
			"offer",
			&id,
			"--instalment",
			&format!("{first_due}:{half}"),
			"--instalment",
			&format!("{second_due}:{}", total2 - half),
		],
	);
	assert_eq!(offered["instalments"], 2, "{offered}");
	let accepted = ok(&node, &["--as", "eve", "--in-block", "plan", "accept", &id]);
	assert_eq!(accepted["next_due"], first_due, "{accepted}");

	// Eve disputes it; only the hash of her statement goes on chain.
	let statement = node.dir().join("statement.txt");
	std::fs::write(&statement, "The meter was replaced on the 30th; half of this is not mine.")
		.expect("statement");
	let statement = statement.to_str().expect("utf-8 path");
	let opened = ok(
		&node,
		&["--as", "eve", "--in-block", "dispute", "open", &id, "--reason-file", statement],
	);
	assert_eq!(
		(opened["status"].as_str(), opened["dispute"].as_str()),
		(Some("disputed"), Some("open"))
	);
	// Bob rejects it, Eve escalates, and the arbiter (sudo) rules a credit note of a quarter.
	let rejected = ok(&node, &["--as", "bob", "--in-block", "dispute", "answer", &id, "--reject"]);
	assert_eq!(rejected["dispute"], "rejected", "{rejected}");
	let escalated = ok(&node, &["--as", "eve", "--in-block", "dispute", "escalate", &id]);
	assert_eq!(escalated["status"], "disputed", "{escalated}");
	let (code, refused) =
		cli(&node, &["--as", "bob", "--in-block", "dispute", "rule", &id, "--credit", "1"]);
	assert_eq!(code, 1, "only the arbiter rules: {refused}");
	let quarter = total2 / 4;
	let ruled = ok(
		&node,
		&["--as", "alice", "--in-block", "dispute", "rule", &id, "--credit", &quarter.to_string()],
	);
	assert_eq!(ruled["credit_note"], quarter.to_string(), "{ruled}");
	assert_eq!(ruled["dispute"], "ruled", "{ruled}");
	// Eve pays what the credit note left; the invoice is settled by it and her payment.
	let rest = (total2 - quarter).to_string();
	let paid = ok(&node, &["--as", "eve", "--in-block", "invoice", "pay", &id, &rest]);
	assert_eq!(paid["status"], "credited", "{paid}");
	let shown = ok(&node, &["--in-block", "dispute", "show", &id]);
	assert_eq!(shown["credited"], quarter.to_string(), "{shown}");
}

/// A day, ms.
const DAY: u64 = 86_400_000;
