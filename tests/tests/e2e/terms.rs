//! Bills on the agreed terms, on a real `--dev` node (issue 23; docs/BILLING.md). Agreements are
//! backdated to 2025 and their ended periods invoiced at once with `issue_invoice`; every
//! invoice is checked line by line and by the CLI's independent `invoice verify`.
//!
//! - Every billing cycle: monthly, quarterly, half-yearly and yearly agreements each get their
//!   first period's invoice, for the whole calendar period, with one standing charge.
//! - One meter through a tenancy change, a late reading after a final bill, and an amendment
//!   mid-period: Eve's agreement ends on 1 March; her last period is billed, a late reading of
//!   hers is refused (`AlreadyBilled`); Dave's agreement starts that day, and his first reading
//!   is a new baseline, not Eve's usage; his tariff changes in April, and April is billed at
//!   the old price, May at the new.

use meterchain_client::{
	agreements::{terms_hash, TermsDocument},
	billing::{Charge, Invoice},
	metering::RejectReason,
	Client,
};
use meterchain_e2e::{
	cli::{create_tariff, ok},
	node::Node,
	parties::{bob_meters_eve, conclude, dev, electricity_meter, reading, Metered},
};

/// 2025-01-01 … 2026-01-01 00:00 UTC.
const JAN: u64 = 1_735_689_600_000;
const FEB: u64 = JAN + 31 * DAY;
const MAR: u64 = FEB + 28 * DAY;
const APR: u64 = MAR + 31 * DAY;
const MAY: u64 = APR + 30 * DAY;
const JUN: u64 = MAY + 31 * DAY;
const JUL: u64 = JUN + 30 * DAY;
const JAN_2026: u64 = 1_767_225_600_000;
const DAY: u64 = 86_400_000;
/// The standing charge per period of the tariffs below.
const STANDING: u128 = 1_000_000;

/// The invoice's lines as (charge, quantity, amount).
fn lines(invoice: &Invoice) -> Vec<(Charge, u128, u128)> {
	invoice.lines.0.iter().map(|l| (l.charge.clone(), l.quantity, l.amount)).collect()
}

/// Issues the ended running period's invoice of `agreement` and checks it with the CLI.
async fn issue(node: &Node, client: &Client, agreement: u64) -> Invoice {
	let (id, _) = client.issue_invoice(&dev("ferdie"), agreement).await.expect("invoiced");
	let verified = ok(node, &["--in-block", "invoice", "verify", &id.to_string()]);
	assert_eq!(verified["matches"], true, "{verified}");
	client.invoice(id).await.expect("invoice").expect("issued")
}

#[tokio::test(flavor = "multi_thread")]
async fn every_billing_cycle_is_invoiced_for_its_whole_calendar_period() {
	let node = Node::start("terms-cycles", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;
	let prices = ["--price", "300", "--standing", "1000000"];
	let Metered { meter, key, terms, .. } = bob_meters_eve(&node, &client, &prices, 21).await;
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");

	let cycles = [("monthly", FEB), ("quarterly", APR), ("half_yearly", JUL), ("yearly", JAN_2026)];
	for (n, (cycle, end)) in cycles.into_iter().enumerate() {
		let (meter, key) = match n {
			0 => (meter, key.clone()),
			_ => electricity_meter(&client, &bob, 21 + n as u8).await,
		};
		let terms = TermsDocument {
			cycle: cycle.into(),
			devices: vec![meter],
			start: JAN,
			nonce: n as u64 + 1,
			..terms.clone()
		};
		let agreement = conclude(&client, &bob, &eve, &terms).await;
		let used = 1_000 * (n as u64 + 1);
		let batch = [
			reading(&key, &genesis, meter, 1, JAN + 1_000, 0),
			reading(&key, &genesis, meter, 2, JAN + 9 * DAY, used),
		];
		let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch");
		assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);

		let invoice = issue(&node, &client, agreement).await;
		assert_eq!((invoice.period.start, invoice.period.end), (JAN, end), "{cycle}");
		// The usage at 300 per kWh, and one whole period's standing charge.
		let usage = u128::from(used) * 300 / 1_000;
		assert_eq!(
			lines(&invoice),
			vec![
				(Charge::Usage, used.into(), usage),
				(Charge::Standing, (end - JAN).into(), STANDING)
			],
			"{cycle}"
		);
		assert_eq!(invoice.total, usage + STANDING, "{cycle}");
		// The next period is the calendar period after it, of the same cycle.
		let next = client.accrual(agreement).await.expect("accrual").expect("runs on");
		assert_eq!(next.current.period.start, end, "{cycle}");
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meter_changes_tenant_and_terms_and_each_period_is_billed_once_on_its_own_terms() {
	let node = Node::start("terms-tenancy", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, dave, ferdie) = (dev("bob"), dev("eve"), dev("dave"), dev("ferdie"));
	let genesis = client.genesis_hash().0;
	let Metered { meter, key, terms, tariff, .. } =
		bob_meters_eve(&node, &client, &["--price", "300", "--standing", "1000000"], 31).await;
	let dearer =
		create_tariff(&node, "bob", "electricity", &["--price", "600", "--standing", "1000000"]);
	client.register_subscriber(&dave, [31; 32].into(), None).await.expect("Dave subscribes");
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| reading(&key, &genesis, meter, seq, at, register);
	let submit = |batch: Vec<_>| {
		let client = client.clone();
		async move { client.submit_reports(&dev("ferdie"), &batch).await.expect("batch").0 }
	};

	// Eve's agreement: January and February. Dave's: from 1 March, same meter.
	let eves = TermsDocument { start: JAN, end: Some(MAR), nonce: 1, ..terms.clone() };
	let eves = conclude(&client, &bob, &eve, &eves).await;
	let daves_terms = TermsDocument {
		subscriber: dave.account_id().to_string(),
		start: MAR,
		nonce: 2,
		..terms.clone()
	};
	let daves = conclude(&client, &bob, &dave, &daves_terms).await;

	// Eve's usage in January; her two periods are billed, the second is her final bill.
	let outcome = submit(vec![read(1, JAN + 1_000, 10_000), read(2, JAN + 19 * DAY, 12_000)]).await;
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let january = issue(&node, &client, eves).await;
	assert_eq!(
		(january.period.start, january.quantity, january.total),
		(JAN, 2_000, 600 + STANDING)
	);
	let february = issue(&node, &client, eves).await;
	assert_eq!((february.period.start, february.quantity, february.total), (FEB, 0, STANDING));
	assert!(client.accrual(eves).await.expect("accrual").is_none(), "Eve's billing is over");

	// A late reading of Eve's arrives after her final bill: refused by name, nothing billed.
	let outcome = submit(vec![read(3, FEB + 24 * DAY, 12_600)]).await;
	assert_eq!(outcome.rejected, vec![(meter, RejectReason::AlreadyBilled)]);
	assert_eq!(client.invoices_of(eves).await.expect("invoices").len(), 2);

	// Dave's first reading: the meter's last accepted reading is Eve's, from before his
	// agreement began, so it is his baseline; the 1,000 Wh since are billed to no one.
	let outcome =
		submit(vec![read(3, MAR + 9 * DAY, 13_000), read(4, MAR + 19 * DAY, 13_500)]).await;
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let march = issue(&node, &client, daves).await;
	assert_eq!((march.period.start, march.quantity, march.total), (MAR, 500, 150 + STANDING));
	assert_eq!(march.tariff, tariff);

	// April is running (it opened when March was billed) when Dave's tariff changes: April
	// stays at the old price; May, which opens after the amendment, is at the new one.
	let amended = TermsDocument { tariff: dearer, nonce: 3, ..daves_terms.clone() };
	let amended = amended.to_terms().expect("terms");
	client.propose_amendment(&dave, daves, &amended).await.expect("proposed");
	client.approve_amendment(&bob, daves, terms_hash(&amended)).await.expect("amended");
	let outcome =
		submit(vec![read(5, APR + 14 * DAY, 14_500), read(6, MAY + 9 * DAY, 15_000)]).await;
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let april = issue(&node, &client, daves).await;
	assert_eq!((april.period.start, april.tariff), (APR, tariff));
	assert_eq!(
		lines(&april),
		vec![(Charge::Usage, 1_000, 300), (Charge::Standing, (MAY - APR).into(), STANDING)]
	);
	let may = issue(&node, &client, daves).await;
	assert_eq!((may.period.start, may.tariff), (MAY, dearer));
	assert_eq!(
		lines(&may),
		vec![(Charge::Usage, 500, 300), (Charge::Standing, (JUN - MAY).into(), STANDING)]
	);
}
