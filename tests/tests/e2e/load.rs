//! The load tools of the `meterchain` CLI against a real `--dev` node, small: the fleet
//! simulator (meters and chargers, sped up) and `bench readings` (readings per second next to
//! transfers per second). Their full-size runs and figures are in `docs/PERFORMANCE.md`.

use std::time::Duration;

use meterchain_e2e::{chain, cli::ok, node::Node, wait_for};

#[test]
fn a_simulated_fleet_and_the_readings_benchmark_run_against_a_dev_node() {
	let node = Node::start("load", &["--dev"]);
	wait_for("block 1 to be finalized", Duration::from_secs(120), || {
		(chain::finalized(&node.rpc).1 >= 1).then_some(())
	});

	// 20 meters and 2 chargers at a 5-minute interval, 30× faster: each reports every 10 s.
	let simulated = ok(
		&node,
		&[
			"simulate",
			"--meters",
			"20",
			"--chargers",
			"2",
			"--gateways",
			"2",
			"--interval",
			"300",
			"--speedup",
			"30",
			"--seconds",
			"25",
		],
	);
	let readings = simulated["readings"].as_u64().expect("readings");
	let sessions = simulated["sessions"].as_u64().expect("sessions");
	assert!(readings >= 40, "every meter reported at least twice: {simulated}");
	assert!(sessions >= 2, "every charger reported a session: {simulated}");
	assert_eq!(simulated["rejected"], serde_json::json!({}), "nothing refused: {simulated}");
	assert_eq!(simulated["submitted"].as_u64(), Some(readings + sessions), "{simulated}");

	let bench = ok(
		&node,
		&[
			"bench",
			"readings",
			"--meters",
			"300",
			"--gateways",
			"2",
			"--batch",
			"150",
			"--senders",
			"4",
			"--seconds",
			"15",
		],
	);
	let readings = &bench["readings"];
	let transfers = &bench["transfers"];
	assert!(readings["count"].as_u64().unwrap() >= 300, "{bench}");
	assert!(readings["per_second"].as_f64().unwrap() > 0.0, "{bench}");
	assert!(transfers["count"].as_u64().unwrap() > 0, "{bench}");
	assert_eq!(bench["rejected"], serde_json::json!({}), "no reading refused: {bench}");
	assert!(bench["ratio"].as_f64().unwrap() > 0.0, "{bench}");
}
