//! Metering on a real `--dev` node through the client: a gateway's batch of device-signed
//! readings (a replay in it refused by name, the rest counted), a meter's own feeless reading
//! (its replay refused before the pool), and an EV charging session authorized by id tag; then
//! the same through the `meterchain` CLI (sign off line, submit, device state, recent usage).

use meterchain_client::{
	agreements::TermsDocument,
	api::{DeviceKind, ServiceKind},
	device::{id_tag, ChargingSession, DeviceKeyPair, Reading},
	keys::Account,
	metering::RejectReason,
	registry::{parse_device_key, DeviceSpec},
	Client, Error,
};
use meterchain_e2e::{
	cli::{cli, ok},
	node::Node,
	parties::{conclude, dev, tariff},
};
use sp_core::{sr25519, Pair};

/// Concludes an agreement between `provider` and `subscriber` for `service` covering
/// `devices`, from `start` on; returns its id.
async fn agree(
	client: &Client,
	provider: &Account,
	subscriber: &Account,
	service: &str,
	devices: Vec<u64>,
	start: u64,
) -> u64 {
	let kind =
		if service == "ev_charging" { ServiceKind::EvCharging } else { ServiceKind::Electricity };
	let tariff = tariff(client, provider, kind).await;
	let terms = TermsDocument::postpaid(
		&provider.account_id(),
		&subscriber.account_id(),
		service,
		tariff,
		devices,
		start,
		start,
	);
	conclude(client, provider, subscriber, &terms).await
}

#[tokio::test(flavor = "multi_thread")]
async fn readings_and_a_charging_session_are_counted_once_and_replays_refused() {
	let node = Node::start("metering", &["--dev"]);
	let client = node.client().await;
	let (bob, charlie, ferdie) = (dev("bob"), dev("charlie"), dev("ferdie"));
	let genesis = client.genesis_hash().0;

	// Bob (the demo provider) commissions a meter and a charger with their own keys, and
	// authorizes Ferdie's gateway.
	let meter_key = DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[1; 32]));
	let charger_key = DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[2; 32]));
	let spec = |kind, service, key: &DeviceKeyPair| DeviceSpec {
		kind,
		service,
		key: parse_device_key(&format!("sr25519:0x{}", hex::encode(key.public()))).expect("key"),
		reporting_interval_secs: 900,
		group: None,
	};
	let (meter, _) = client
		.commission_device(&bob, spec(DeviceKind::Meter, ServiceKind::Electricity, &meter_key))
		.await
		.expect("meter");
	let (charger, _) = client
		.commission_device(&bob, spec(DeviceKind::Charger, ServiceKind::EvCharging, &charger_key))
		.await
		.expect("charger");
	client.authorize_gateway(&bob, &ferdie.account_id()).await.expect("gateway");

	// Charlie subscribes to electricity (covering the meter) and EV charging, with a tag.
	client.register_subscriber(&charlie, [3u8; 32].into(), None).await.expect("subscriber");
	let now = client.device_status(meter).await.unwrap().expect("meter").now;
	let start = now - 3_600_000;
	let electricity = agree(&client, &bob, &charlie, "electricity", vec![meter], start).await;
	agree(&client, &bob, &charlie, "ev_charging", vec![], start).await;
	client.register_tag(&charlie, "charlie-card", None).await.expect("tag");
	// A session is judged by the tag as it was when the session started: after this.
	let tagged = client.device_status(meter).await.unwrap().expect("meter").now;

	// Ferdie's gateway relays three readings; the third replays the second.
	let read = |seq: u64, at: u64, register: u64| {
		meter_key.sign_reading(
			&genesis,
			Reading {
				device: meter,
				key_epoch: 0,
				seq,
				timestamp: at,
				register,
				peak: Some(3_000),
			},
		)
	};
	let batch = [
		read(1, start + 60_000, 1_000),
		read(2, start + 960_000, 1_500),
		read(2, start + 960_000, 1_500),
	];
	let (outcome, _) = client.submit_reports(&ferdie, &batch).await.expect("batch included");
	assert_eq!(outcome.accepted, 2);
	assert_eq!(outcome.rejected, vec![(meter, RejectReason::Replayed)]);
	let state = client.metering_state(meter).await.unwrap().expect("state");
	assert_eq!((state.readings, state.last_seq, state.last_register), (2, 2, 1_500));

	// The meter reports on its own, feeless; a replay never gets in.
	let own = read(3, start + 1_860_000, 1_800);
	client.submit_own_report(&own).await.expect("own reading included");
	assert!(matches!(client.submit_own_report(&own).await, Err(Error::Rejected(_))));
	let state = client.metering_state(meter).await.unwrap().expect("state");
	assert_eq!(state.last_seq, 3);

	// A forged reading (signed by another key) is refused in a batch, by name.
	let forged = DeviceKeyPair::Sr25519(sr25519::Pair::from_seed(&[9; 32])).sign_reading(
		&genesis,
		Reading {
			device: meter,
			key_epoch: 0,
			seq: 4,
			timestamp: start + 2_000_000,
			register: 1_900,
			peak: None,
		},
	);
	let (outcome, _) = client.submit_reports(&ferdie, &[forged]).await.expect("included");
	assert_eq!(outcome.rejected, vec![(meter, RejectReason::BadSignature)]);

	// The charger reports a two-minute session started with Charlie's tag; it counts once.
	let session = charger_key.sign_session(
		&genesis,
		ChargingSession {
			charger,
			key_epoch: 0,
			session_id: 1,
			id_tag: id_tag("CHARLIE-CARD").expect("a short tag"),
			start: tagged + 1_000,
			end: tagged + 121_000,
			meter_start: 10_000,
			meter_stop: 17_000,
			max_power: 11_000,
		},
	);
	let (outcome, _) =
		client.submit_reports(&bob, std::slice::from_ref(&session)).await.expect("included");
	assert_eq!((outcome.accepted, outcome.rejected.len()), (1, 0));
	let (outcome, _) = client.submit_reports(&bob, &[session]).await.expect("included");
	assert_eq!(outcome.rejected, vec![(charger, RejectReason::Replayed)]);
	let state = client.metering_state(charger).await.unwrap().expect("state");
	assert_eq!(state.last_session, Some(1));

	// The CLI: the meter signs a reading off line, Ferdie's gateway submits it, and the
	// device's state and the agreement's recent usage show it. The same report again is
	// refused by name.
	let meter_secret = format!("sr25519:0x{}", "01".repeat(32));
	let at = (start + 2_400_000).to_string();
	let signed = ok(
		&node,
		&[
			"metering",
			"sign-reading",
			"--device",
			&meter.to_string(),
			"--device-key",
			&meter_secret,
			"--seq",
			"5",
			"--register",
			"2100",
			"--time",
			&at,
		],
	);
	let report = signed["report"].as_str().expect("a report").to_string();
	let submitted = ok(&node, &["--as", "ferdie", "--in-block", "metering", "submit", &report]);
	assert_eq!(submitted["accepted"], 1, "{submitted}");
	let state = ok(&node, &["--in-block", "metering", "state", &meter.to_string()]);
	assert_eq!(
		(state["last_seq"].as_u64(), state["last_register"].as_u64()),
		(Some(5), Some(2_100))
	);
	let usage = ok(&node, &["--in-block", "metering", "usage", &electricity.to_string()]);
	// 500 + 300 + 300 Wh counted, within the last two UTC days.
	let counted = usage["today"].as_u64().unwrap() + usage["yesterday"].as_u64().unwrap();
	assert_eq!(counted, 1_100, "{usage}");
	assert_eq!(usage["devices"][0]["device"].as_u64(), Some(meter));
	let (code, again) =
		cli(&node, &["--as", "ferdie", "--in-block", "metering", "submit", &report]);
	assert_eq!(code, 1, "nothing in the batch counted: {again}");
	assert_eq!(
		(again["accepted"].as_u64(), again["rejected"][0]["reason"].as_str()),
		(Some(0), Some("Replayed"))
	);
	let (code, own) = cli(&node, &["--in-block", "metering", "submit-own", &report]);
	assert_eq!(code, 1, "a replayed own report is refused before the pool: {own}");
	let (code, _) = cli(&node, &["metering", "usage", "999"]);
	assert_eq!(code, 4, "an unknown agreement covers no device");
}
