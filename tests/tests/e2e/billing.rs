//! Billing on real `--dev` nodes.
//!
//! - At a month's end: the node's (faked) clock reads late on 31 December. The provider creates
//!   a tariff (CLI) and a meter's readings accrue to the subscriber's agreement; then the clock
//!   moves on to seconds before midnight, the month ends and the chain invoices it by itself,
//!   the CLI recomputes the invoice from the tariff and shows it, and the subscriber pays it in
//!   two parts — the second settles it and a third is refused by name.
//! - Plans and disputes, on an agreement backdated to October and invoiced at once with
//!   `issue_invoice`: the invoice goes under an instalment plan and is disputed; the provider
//!   rejects the dispute, the subscriber escalates it, the arbiter (sudo) rules a credit note,
//!   and the rest paid leaves it credited.

use std::time::Duration;

use meterchain_client::billing::InvoiceStatus;
use meterchain_e2e::{
	chain::account,
	cli::{cli, ok},
	node::Node,
	parties::{bob_meters_eve, conclude, dev, reading, Metered},
};

/// 2027-01-01 00:00 UTC: the month boundary the node's clock is moved to once the setup is done.
const NEW_YEAR: u64 = 1_798_761_600_000;
/// 2026-10-01 and 2026-11-01 00:00 UTC: the month the backdated agreement is invoiced for.
const OCTOBER_2026: u64 = 1_790_812_800_000;
const NOVEMBER_2026: u64 = 1_793_491_200_000;

#[tokio::test(flavor = "multi_thread")]
async fn readings_are_invoiced_when_the_month_ends_and_paid_in_two_parts() {
	let node = Node::start_at("billing-month-end", "2026-12-31 23:30:00", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob (the demo provider) publishes a tariff: 300 per kWh, a standing charge of
	// 31,000,000 per month, 20 % tax.
	let prices = ["--price", "300", "--standing", "31000000", "--tax-bps", "2000"];
	// A meter under an agreement between Bob and Eve at that tariff, from now on.
	let Metered { tariff, meter, key: meter_key, now, terms } =
		bob_meters_eve(&node, &client, &prices, 5).await;
	let shown = ok(&node, &["--in-block", "tariff", "show", &tariff.to_string()]);
	assert_eq!(shown["versions"][0]["tariff"]["energy"]["flat"], "300", "{shown}");
	// Both readings below are taken in December: the clock moves to the new year only after.
	assert!(now + 61_000 < NEW_YEAR, "the clock started too close to the month boundary: {now}");
	let agreement = conclude(&client, &bob, &eve, &terms).await;

	// Bob's gateway relays a baseline and, a minute later, a reading 12,345 Wh on (within
	// what the meter's connection can draw), both in December.
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| reading(&meter_key, &genesis, meter, seq, at, register);
	let batch = [read(1, now + 1_000, 50_000), read(2, now + 61_000, 62_345)];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let estimate = ok(&node, &["--in-block", "invoice", "estimate", &agreement.to_string()]);
	assert_eq!(estimate["quantity"], 12_345, "{estimate}");

	// The clock moves on to five seconds before midnight (it only ever moves forward: the
	// readings above were two minutes at most ahead of the chain). The month ends, and the
	// chain invoices December by itself in the next blocks.
	node.set_clock(NEW_YEAR - 5_000);
	let deadline = std::time::Instant::now() + Duration::from_secs(120);
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

#[tokio::test(flavor = "multi_thread")]
async fn an_invoice_under_an_instalment_plan_is_disputed_escalated_and_ruled() {
	let node = Node::start("billing-disputes", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob's agreement with Eve began in October; its readings arrive now, through his gateway.
	let Metered { meter, key, mut terms, now, .. } =
		bob_meters_eve(&node, &client, &["--price", "300"], 15).await;
	(terms.start, terms.nonce) = (OCTOBER_2026, 1);
	let agreement = conclude(&client, &bob, &eve, &terms).await;
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| reading(&key, &genesis, meter, seq, at, register);
	let batch = [read(1, OCTOBER_2026 + 1_000, 10_000), read(2, OCTOBER_2026 + 2 * DAY, 20_000)];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);

	// October ended long ago: anyone invoices it. 10,000 Wh at 300 per kWh.
	let (second, _) = client.issue_invoice(&ferdie, agreement).await.expect("October");
	let issued = client.invoice(second).await.expect("invoice").expect("issued");
	assert_eq!((issued.period.start, issued.period.end), (OCTOBER_2026, NOVEMBER_2026));
	assert_eq!((issued.quantity, issued.total), (10_000, 3_000));
	let total2 = issued.total;
	let id = second.to_string();
	// Bob offers two instalments, Eve accepts: the first is due first.
	let (first_due, second_due) = (now + 10 * DAY, now + 40 * DAY);
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
