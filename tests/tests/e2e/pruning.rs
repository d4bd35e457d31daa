//! Ledger pruning on a real `--dev` node. An agreement ran through January and February 2024;
//! its readings arrive now (signed by the meter, relayed by a gateway), both months are
//! invoiced and paid, and the agreement is closed. 2024 ended more than the retention (a year)
//! ago, so once governance starts a pass the year's invoices leave state, and then the ended
//! agreement itself, which billing no longer holds. The subscriber's portal exported them
//! first, with the CLI: the export verifies against the chain's summaries (billing's and the
//! agreements'), a tampered or incomplete one is refused, and an export read afterwards at a
//! block before the pass (as from an archive node) is the same.

use std::time::Duration;

use meterchain_e2e::{
	cli::{cli, ok},
	node::Node,
	parties::{bob_meters_eve, conclude, dev, reading, Metered},
	wait_for,
};
use serde_json::Value;

/// 2024-01-01 and 2024-03-01, 00:00 UTC.
const JANUARY_2024: u64 = 1_704_067_200_000;
const MARCH_2024: u64 = 1_709_251_200_000;
const DAY: u64 = 86_400_000;

/// Reads an export, lets `change` alter its JSON, and writes it under `name`.
fn altered(path: &str, name: &str, change: impl FnOnce(&mut Value)) -> String {
	let mut archive: Value =
		serde_json::from_str(&std::fs::read_to_string(path).expect("the export")).expect("JSON");
	change(&mut archive);
	let out = std::path::Path::new(path).with_file_name(name);
	std::fs::write(&out, archive.to_string()).expect("written");
	out.display().to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paid_year_is_pruned_to_a_summary_that_proves_its_export() {
	let node = Node::start("pruning", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob's agreement with Eve covered January and February 2024.
	let Metered { meter, key, mut terms, .. } =
		bob_meters_eve(&node, &client, &["--price", "300"], 21).await;
	(terms.start, terms.end, terms.nonce) = (JANUARY_2024, Some(MARCH_2024), 1);
	let agreement = conclude(&client, &bob, &eve, &terms).await;

	// Its readings arrive now, through Bob's gateway.
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| reading(&key, &genesis, meter, seq, at, register);
	let batch = [
		read(1, JANUARY_2024 + 900_000, 1_000),
		read(2, JANUARY_2024 + 19 * DAY, 51_000),
		read(3, JANUARY_2024 + 50 * DAY, 81_000),
	];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (3, 0), "{:?}", outcome.rejected);

	// Both months ended long ago: anyone invoices them; Eve pays, February in two parts.
	let (january, _) = client.issue_invoice(&ferdie, agreement).await.expect("January");
	let (february, _) = client.issue_invoice(&ferdie, agreement).await.expect("February");
	let jan_total = client.invoice(january).await.expect("invoice").expect("issued").total;
	let feb_total = client.invoice(february).await.expect("invoice").expect("issued").total;
	let pay = |id: u64, amount: u128| {
		ok(
			&node,
			&["--as", "eve", "--in-block", "invoice", "pay", &id.to_string(), &amount.to_string()],
		)
	};
	pay(january, jan_total);
	pay(february, feb_total / 2);
	assert_eq!(pay(february, feb_total - feb_total / 2)["status"], "paid");
	// Its end passed: anyone closes it.
	ok(&node, &["--as", "ferdie", "--in-block", "agreement", "close", &agreement.to_string()]);

	// The portal exports the year before it goes.
	let dir = node.dir().join("archive");
	let dir = dir.to_str().expect("a UTF-8 path");
	let (agreement_id, year) = (agreement.to_string(), "2024");
	let exported =
		ok(&node, &["--in-block", "archive", "export", &agreement_id, year, "--out", dir]);
	assert_eq!(exported["invoices"], serde_json::json!([january, february]), "{exported}");
	assert_eq!(exported["totals"]["billed"].as_u64(), Some((jan_total + feb_total) as u64));
	assert!(exported["agreement_root"].is_string(), "the ended agreement's record: {exported}");
	let json = format!("{dir}/agreement-{agreement}-2024.json");
	let csv =
		std::fs::read_to_string(format!("{dir}/agreement-{agreement}-2024.csv")).expect("CSV");
	assert_eq!(csv.lines().count(), 3, "a header and a line per invoice:\n{csv}");
	assert!(csv.contains("2024-01-01T00:00:00Z,2024-02-01T00:00:00Z,50000"), "{csv}");
	let espi = std::fs::read_to_string(format!("{dir}/agreement-{agreement}-2024.espi.xml"))
		.expect("ESPI");
	assert_eq!(espi.matches("<espi:UsageSummary>").count(), 2, "{espi}");
	assert_eq!(espi.matches("<espi:IntervalReading>").count(), 2, "{espi}");
	// Not pruned yet: nothing to verify against.
	let (code, early) = cli(&node, &["--in-block", "archive", "verify", &json]);
	assert_eq!(code, 4, "{early}");

	// Pruning runs a pass a day; governance (sudo on the dev chain) starts one now.
	ok(&node, &["--as", "alice", "--in-block", "archive", "start-pass"]);
	let summary = wait_for("the year to be pruned", Duration::from_secs(60), || {
		let status = ok(
			&node,
			&["--in-block", "archive", "status", "--agreement", &agreement_id, "--year", year],
		);
		Some(status["summary"].clone()).filter(|_| status["pass_running"] == false)
	});
	let (billing, agreements) = (&summary[0], &summary[1]);
	assert_eq!(
		(&billing["ledger"], &billing["records"]),
		(&"billing".into(), &2.into()),
		"{summary}"
	);
	assert_eq!(billing["root"], exported["root"], "the chain committed what was exported");
	assert_eq!(agreements["ledger"], "agreements", "{summary}");
	assert_eq!(agreements["records"], 1, "{summary}");
	assert_eq!(agreements["root"], exported["agreement_root"], "{summary}");

	// The agreement left state too.
	let (code, gone) = cli(&node, &["--in-block", "agreement", "show", &agreement_id]);
	assert_eq!(code, 4, "{gone}");

	// The invoices left state.
	let (code, gone) = cli(&node, &["--in-block", "invoice", "show", &january.to_string()]);
	assert_eq!(code, 4, "{gone}");
	assert!(client.invoices_of(agreement).await.expect("invoices").is_empty());

	// The export proves itself against the summary; one invoice's proof comes with it.
	let verified =
		ok(&node, &["--in-block", "archive", "verify", &json, "--invoice", &february.to_string()]);
	assert_eq!(verified["verified"], true, "{verified}");
	assert_eq!(verified["agreement_root"], verified["chain_agreement_root"], "{verified}");
	assert_eq!(verified["invoice"]["leaf_index"], 1, "{verified}");

	// A tampered invoice, or a missing one, is refused.
	let tampered = altered(&json, "tampered.json", |archive| {
		let bytes = archive["invoices"][0]["invoice"].as_str().expect("hex").to_owned();
		let flipped = if bytes.ends_with('0') { "1" } else { "0" };
		archive["invoices"][0]["invoice"] =
			format!("{}{flipped}", &bytes[..bytes.len() - 1]).into();
	});
	let (code, refused) = cli(&node, &["--in-block", "archive", "verify", &tampered]);
	assert_eq!(code, 5, "{refused}");
	let missing = altered(&json, "missing.json", |archive| {
		archive["invoices"].as_array_mut().expect("a list").remove(1);
	});
	let (code, refused) = cli(&node, &["--in-block", "archive", "verify", &missing]);
	assert_eq!(code, 5, "{refused}");
	let other_record = altered(&json, "other-record.json", |archive| {
		let bytes = archive["agreement_record"].as_str().expect("hex").to_owned();
		let flipped = if bytes.ends_with('0') { "1" } else { "0" };
		archive["agreement_record"] = format!("{}{flipped}", &bytes[..bytes.len() - 1]).into();
	});
	let (code, refused) = cli(&node, &["--in-block", "archive", "verify", &other_record]);
	assert_eq!(code, 5, "{refused}");

	// Read at a block before the pass, as from an archive node, the year is the same.
	let block = exported["block"].as_str().expect("the block read at");
	let again_dir = format!("{dir}/again");
	let again = ok(
		&node,
		&[
			"--in-block",
			"archive",
			"export",
			&agreement_id,
			year,
			"--out",
			&again_dir,
			"--at",
			block,
		],
	);
	assert_eq!(again["root"], exported["root"], "{again}");
}
