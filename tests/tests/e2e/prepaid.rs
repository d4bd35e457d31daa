//! Prepaid electricity on a real `--dev` node: the subscriber tops up, the meter's readings
//! drain the credit at the tariff's price (low credit, then no credit: supply off, the rest
//! owed), the subscriber buys a top-up token, the provider's vending service signs it with the
//! demo token key and records it, supply is back on, and the token checks as a meter would —
//! on line against the chain's record, and off line, where a replay is refused.

use meterchain_client::{
	agreements::PaymentDocument,
	api::{chain::billing::Event as Billing, chain::Event},
};
use meterchain_e2e::{
	cli::{cli, ok},
	node::Node,
	parties::{bob_meters_eve, conclude, dev, reading, Metered},
};
use sp_core::{sr25519, Pair};

#[tokio::test(flavor = "multi_thread")]
async fn readings_drain_prepaid_credit_and_a_token_restores_supply() {
	let node = Node::start("prepaid", &["--dev"]);
	let client = node.client().await;
	let (bob, eve, ferdie) = (dev("bob"), dev("eve"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob's tariff: 1,000 per kWh, i.e. 1 per Wh; nothing else. A meter under a prepaid
	// agreement between Bob and Eve, warning below 5,000 of credit.
	let Metered { meter, key: meter_key, now, mut terms, .. } =
		bob_meters_eve(&node, &client, &["--price", "1000"], 6).await;
	terms.payment = PaymentDocument::Prepaid { low_credit_threshold: 5_000 };
	let agreement = conclude(&client, &bob, &eve, &terms).await;
	let (ag, dev_id) = (agreement.to_string(), meter.to_string());

	// No credit yet: the meter must not supply. Eve tops up 10,000: supply on.
	let supply = ok(&node, &["--in-block", "prepaid", "supply", &dev_id]);
	assert_eq!(supply["supply"], "off", "{supply}");
	let topped = ok(&node, &["--as", "eve", "--in-block", "prepaid", "top-up", &ag, "10000"]);
	assert_eq!(
		(topped["balance"].as_str(), topped["supply"].as_str()),
		(Some("10000"), Some("on"))
	);

	// Readings: a baseline, then 6,000 Wh (credit 4,000: low), then 5,000 Wh (4,000 covered,
	// 1,000 owed: supply off).
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");
	let read = |seq, at, register| reading(&meter_key, &genesis, meter, seq, at, register);
	let batch = [read(1, now + 1_000, 100_000), read(2, now + 61_000, 106_000)];
	let (outcome, receipt) = client.submit_reports(&ferdie, &batch).await.expect("batch");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (2, 0), "{:?}", outcome.rejected);
	let low = receipt.find(|e| match e {
		Event::Billing(Billing::CreditRanLow { balance, .. }) => Some(*balance),
		_ => None,
	});
	assert_eq!(low, Some(4_000));
	let (outcome, receipt) =
		client.submit_reports(&ferdie, &[read(3, now + 121_000, 111_000)]).await.expect("batch");
	assert_eq!(outcome.accepted, 1, "{:?}", outcome.rejected);
	let no_credit = receipt.find(|e| match e {
		Event::Billing(Billing::CreditRanOut { owed, .. }) => Some(*owed),
		_ => None,
	});
	assert_eq!(no_credit, Some(1_000));
	let shown = ok(&node, &["--in-block", "prepaid", "show", &ag]);
	assert_eq!((shown["balance"].as_str(), shown["owed"].as_str()), (Some("0"), Some("1000")));
	assert_eq!(shown["supply"], "off", "{shown}");
	let supply = ok(&node, &["--in-block", "prepaid", "supply", &dev_id]);
	assert_eq!(supply["supply"], "off", "{supply}");

	// Eve buys a token of 20,000: it pays the 1,000 owed and supply comes back on.
	let bought = ok(
		&node,
		&[
			"--as",
			"eve",
			"--in-block",
			"token",
			"buy",
			"--agreement",
			&ag,
			"--device",
			&dev_id,
			"--amount",
			"20000",
		],
	);
	assert_eq!(bought["number"], 1, "{bought}");
	let shown = ok(&node, &["--in-block", "prepaid", "show", &ag]);
	assert_eq!((shown["balance"].as_str(), shown["supply"].as_str()), (Some("19000"), Some("on")));

	// Bob's vending service signs it with the demo token key; Ferdie's account submits it.
	let vended = ok(
		&node,
		&[
			"--as",
			"ferdie",
			"--in-block",
			"token",
			"vend",
			"--device",
			&dev_id,
			"--token-key",
			"sr25519://Bob//topup",
		],
	);
	let token = vended["token"].as_str().expect("a token").to_string();
	let listed = ok(&node, &["--in-block", "token", "list", &dev_id]);
	assert_eq!(listed["tokens"][0]["hash"], vended["hash"], "{listed}");

	// The meter accepts it: on line, it is also the token recorded on chain.
	let verified = ok(&node, &["--in-block", "token", "verify", &token, "--device", &dev_id]);
	assert_eq!(
		(verified["amount"].as_str(), verified["recorded"].as_bool()),
		(Some("20000"), Some(true))
	);
	// Off line, with the key and genesis hash the meter was commissioned with; once the meter
	// has accepted token 1, token 1 is refused (exit 5), and a token for another meter too.
	let key = format!(
		"sr25519:0x{}",
		hex::encode(sr25519::Pair::from_string("//Bob//topup", None).expect("uri").public())
	);
	let genesis_hex = format!("0x{}", hex::encode(genesis));
	let offline = |last: &str, device: &str| {
		cli(
			&node,
			&[
				"token",
				"verify",
				&token,
				"--device",
				device,
				"--token-key",
				&key,
				"--genesis",
				&genesis_hex,
				"--last",
				last,
			],
		)
	};
	let (code, accepted) = offline("0", &dev_id);
	assert_eq!((code, accepted["recorded"].is_null()), (0, true), "{accepted}");
	let (code, replay) = offline("1", &dev_id);
	assert_eq!(code, 5, "{replay}");
	let (code, other) = offline("0", &(meter + 1).to_string());
	assert_eq!(code, 5, "{other}");
	// Vending it again is refused by name.
	let (code, again) = cli(
		&node,
		&[
			"--as",
			"ferdie",
			"--in-block",
			"token",
			"vend",
			"--device",
			&dev_id,
			"--number",
			"1",
			"--token-key",
			"sr25519://Bob//topup",
		],
	);
	assert_eq!((code, again["chain_error"].as_str()), (1, Some("TokenAlreadyIssued")), "{again}");
}
