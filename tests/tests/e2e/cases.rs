//! Cases and withdrawing prepaid credit on a real `--dev` node, through the `meterchain` CLI.
//!
//! Eve, Bob's subscriber, asks a question (only the hash of her text goes on chain) that Bob
//! answers; she complains, Bob rejects the complaint, she escalates it, Bob may not rule on it
//! and the arbiter (sudo) upholds it; Bob's response times show both answers. Then Eve tops up
//! the prepaid agreement, may not take the credit back while the agreement runs, and gets it
//! all back once both parties have ended it.

use meterchain_client::{
	agreements::{PaymentDocument, TermsDocument},
	api::ServiceKind,
};
use meterchain_e2e::{
	cli::{cli, ok},
	node::Node,
	parties::{conclude, dev, tariff},
};

/// The chain's response period: 14 days, ms.
const RESPONSE_PERIOD: u64 = 14 * 86_400_000;

#[tokio::test(flavor = "multi_thread")]
async fn cases_are_answered_escalated_and_ruled_and_credit_is_withdrawn_after_the_end() {
	let node = Node::start("cases", &["--dev"]);
	let client = node.client().await;
	let (bob, eve) = (dev("bob"), dev("eve"));

	// A prepaid agreement between Bob and Eve (no meter needed for what follows).
	client.register_subscriber(&eve, [9u8; 32].into(), None).await.expect("subscriber");
	let finalized = client.finalized_hash().await.expect("a finalized block");
	let now = client.block_time(finalized).await.expect("block time");
	let tariff = tariff(&client, &bob, ServiceKind::Electricity).await;
	let mut terms = TermsDocument::postpaid(
		&bob.account_id(),
		&eve.account_id(),
		"electricity",
		tariff,
		vec![],
		now,
		1,
	);
	terms.payment = PaymentDocument::Prepaid { low_credit_threshold: 1_000 };
	let agreement = conclude(&client, &bob, &eve, &terms).await.to_string();

	// Eve asks a question: the chain keeps the hash of her text and a deadline for Bob.
	let dir = tempfile::tempdir().expect("temp dir");
	let question = dir.path().join("question.txt");
	std::fs::write(&question, "Why did my standing charge change in March?").expect("write");
	let question = question.to_str().expect("utf-8 path");
	let opened = ok(
		&node,
		&["--as", "eve", "--in-block", "case", "open", &agreement, "--body-file", question],
	);
	let first = opened["case"].as_u64().expect("a case id").to_string();
	let hash =
		hex::encode(sp_io::hashing::blake2_256(b"Why did my standing charge change in March?"));
	assert_eq!(opened["body"], format!("0x{hash}"), "{opened}");
	assert_eq!(
		(opened["kind"].as_str(), opened["status"].as_str()),
		(Some("question"), Some("open"))
	);
	let respond_by = opened["respond_by"].as_u64().expect("deadline");
	assert_eq!(respond_by - opened["opened"].as_u64().expect("opened"), RESPONSE_PERIOD);

	// Only the agreement's provider answers it; Bob does, by its hash.
	let (code, refused) = cli(
		&node,
		&["--as", "charlie", "--in-block", "case", "answer", &first, "--body-hex", "0x01"],
	);
	assert_eq!((code, refused["chain_error"].as_str()), (1, Some("NotCaseProvider")), "{refused}");
	let answered =
		ok(&node, &["--as", "bob", "--in-block", "case", "answer", &first, "--body-hex", "0xabcd"]);
	assert_eq!(answered["status"], "answered", "{answered}");
	let shown = ok(&node, &["--in-block", "case", "show", &first]);
	assert_eq!(
		(shown["answer"].as_str(), shown["open_cases_of_agreement"].as_u64()),
		(Some("0xabcd"), Some(0))
	);

	// Eve complains; she may not escalate before Bob answers or the deadline passes. Bob
	// rejects the complaint, she escalates it, and only the arbiter rules on it.
	let complained = ok(
		&node,
		&[
			"--as",
			"eve",
			"--in-block",
			"case",
			"open",
			&agreement,
			"--kind",
			"complaint",
			"--body-hex",
			"0x02",
		],
	);
	let second = complained["case"].as_u64().expect("a case id").to_string();
	assert_ne!(first, second);
	let (code, early) = cli(&node, &["--as", "eve", "--in-block", "case", "escalate", &second]);
	assert_eq!((code, early["chain_error"].as_str()), (1, Some("CannotEscalate")), "{early}");
	let rejected = ok(
		&node,
		&["--as", "bob", "--in-block", "case", "answer", &second, "--body-hex", "0x03", "--reject"],
	);
	assert_eq!(rejected["status"], "rejected", "{rejected}");
	let escalated = ok(&node, &["--as", "eve", "--in-block", "case", "escalate", &second]);
	assert_eq!(escalated["status"], "escalated", "{escalated}");
	let (code, not_arbiter) =
		cli(&node, &["--as", "bob", "--in-block", "case", "rule", &second, "--uphold"]);
	assert_eq!(code, 1, "only the arbiter rules: {not_arbiter}");
	let ruled = ok(&node, &["--as", "alice", "--in-block", "case", "rule", &second, "--uphold"]);
	assert_eq!(ruled["status"], "upheld", "{ruled}");

	// Bob's response times: two received, both answered on time, none waiting.
	let times = ok(&node, &["--in-block", "case", "times", "bob"]);
	let counts = ["received", "answered", "on_time", "lapsed", "waiting"]
		.map(|field| times[field].as_u64().expect("a count"));
	assert_eq!(counts, [2, 2, 2, 0, 0], "{times}");
	let (average, longest) = (times["average_ms"].as_u64(), times["longest_ms"].as_u64());
	assert!(average.is_some_and(|a| a > 0 && Some(a) <= longest), "{times}");

	// Prepaid credit stays in use while the agreement runs, and comes back once it ended.
	let topped = ok(&node, &["--as", "eve", "--in-block", "prepaid", "top-up", &agreement, "5000"]);
	assert_eq!(topped["balance"], "5000", "{topped}");
	let (code, in_use) =
		cli(&node, &["--as", "eve", "--in-block", "prepaid", "withdraw", &agreement]);
	assert_eq!((code, in_use["chain_error"].as_str()), (1, Some("CreditInUse")), "{in_use}");
	let id = agreement.parse().expect("an id");
	client.propose_termination(&eve, id).await.expect("proposed");
	client.approve_termination(&bob, id).await.expect("ended");
	let withdrawn = ok(&node, &["--as", "eve", "--in-block", "prepaid", "withdraw", &agreement]);
	assert_eq!(
		(withdrawn["released"].as_str(), withdrawn["owed"].as_str()),
		(Some("5000"), Some("0")),
		"{withdrawn}"
	);
	let (code, gone) = cli(&node, &["--in-block", "prepaid", "show", &agreement]);
	assert_eq!(code, 4, "no credit left: {gone}");
	let (code, again) =
		cli(&node, &["--as", "eve", "--in-block", "prepaid", "withdraw", &agreement]);
	assert_eq!((code, again["chain_error"].as_str()), (1, Some("NothingToWithdraw")), "{again}");
}
