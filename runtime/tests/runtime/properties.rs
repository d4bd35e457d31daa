//! Billing checked against an independent model ([`crate::model`]) over random step
//! sequences: readings in order and late, across period and year boundaries; amendments of
//! payment mode, cycle and tariff; terminations and new tenants on the same meter; payments,
//! top-ups and time jumps, with and without automatic invoicing. After every step the chain's
//! invoices, closed prepaid periods, running periods, books, credit and money supply must be
//! what the model says.
//!
//! The suite runs a fixed number of cases from a fixed seed, so that it is repeatable;
//! `PROPTEST_CASES=5000 cargo test --release -p meterchain-runtime --test runtime properties`
//! runs more. A failure is shrunk to a short sequence; each one found becomes a named test
//! below.

use crate::model::{Input, Step};
use proptest::{prelude::*, test_runner::Config as ProptestConfig};

fn step() -> impl Strategy<Value = Step> {
	prop_oneof![
		// Minutes to two months.
		4 => (1u32..90_000, any::<bool>()).prop_map(|(minutes, sweep)| Step::Advance { minutes, sweep }),
		// Mostly at the moment of reading, sometimes back in time.
		6 => (0u32..20_000, prop_oneof![3 => Just(0u8), 1 => any::<u8>()])
			.prop_map(|(wh, back)| Step::Read { wh, back }),
		1 => (any::<u8>(), any::<u8>(), any::<bool>())
			.prop_map(|(tariff, cycle, prepaid)| Step::Amend { tariff, cycle, prepaid }),
		1 => Just(Step::End),
		1 => (0u16..20_000, any::<u8>(), any::<u8>(), any::<bool>()).prop_map(
			|(gap, tariff, cycle, prepaid)| Step::NewTenant { gap, tariff, cycle, prepaid }
		),
		1 => (any::<u16>(), 1u8..=150).prop_map(|(pick, percent)| Step::Pay { pick, percent }),
		1 => (1u32..1_000_000).prop_map(|amount| Step::TopUp { amount }),
	]
}

/// Runs `steps` from a world whose first agreement has the given terms.
fn run((tariff, cycle, prepaid): (u8, u8, bool), steps: &[Step]) {
	let input = Input { tariff, cycle, prepaid, steps: steps.to_vec() };
	assert_eq!(input.run() as usize, steps.len());
}

/// The fuzzer's corpus (`fuzz/corpus/billing`, docs/RELIABILITY.md), every input replayed:
/// the suite's short, fixed version of the fuzzer (without its coverage instrumentation and
/// the pallets' try-runtime checks, which `scripts/fuzz.sh` adds).
#[test]
fn the_fuzzers_corpus_replays_clean() {
	use arbitrary::{Arbitrary, Unstructured};
	let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/billing");
	let mut inputs: Vec<_> = std::fs::read_dir(&dir)
		.expect("the corpus is committed")
		.map(|entry| entry.expect("an entry").path())
		.collect();
	inputs.sort();
	assert!(inputs.len() >= 10, "a seed corpus of {} inputs in {}", inputs.len(), dir.display());
	let mut steps = 0;
	for path in &inputs {
		let bytes = std::fs::read(path).expect("readable");
		let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(&bytes)) else { continue };
		steps += input.run();
	}
	assert!(steps > 0, "the corpus ran no step");
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(48),
		failure_persistence: None,
		rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
		..ProptestConfig::default()
	})]

	#[test]
	fn every_invoice_is_what_the_model_computes(
		terms in (any::<u8>(), any::<u8>(), any::<bool>()),
		steps in prop::collection::vec(step(), 1..80),
	) {
		run(terms, &steps);
	}
}

/// The reproduction, through the real pallets: Eve's agreement ended 30 minutes
/// before Dave's first reading, Dave's started 10 minutes before it; that reading is Dave's
/// baseline, not 40 minutes of usage.
#[test]
fn a_tenancy_change_bills_the_new_tenant_from_his_first_reading() {
	use Step::*;
	run(
		(0, 0, false),
		&[
			Advance { minutes: 60, sweep: true },
			Read { wh: 0, back: 0 },
			Advance { minutes: 15, sweep: false },
			Read { wh: 150, back: 0 },
			Advance { minutes: 10, sweep: false },
			End,
			NewTenant { gap: 20, tariff: 1, cycle: 0, prepaid: false },
			Advance { minutes: 30, sweep: false },
			Read { wh: 400, back: 0 },
			Advance { minutes: 15, sweep: false },
			Read { wh: 150, back: 0 },
			Advance { minutes: 60 * 24 * 40, sweep: true },
		],
	);
}

/// Monthly to quarterly in February, prepaid to postpaid and back, a tariff change, a late
/// reading after the final bill: each period keeps its own terms.
#[test]
fn amendments_apply_from_the_next_period() {
	use Step::*;
	run(
		(0, 0, true),
		&[
			TopUp { amount: 100_000 },
			Read { wh: 0, back: 0 },
			Advance { minutes: 60 * 24 * 30, sweep: true },
			Read { wh: 5_000, back: 0 },
			Amend { tariff: 1, cycle: 1, prepaid: false },
			Advance { minutes: 60 * 24 * 10, sweep: true },
			Read { wh: 3_000, back: 100 },
			Advance { minutes: 60 * 24 * 60, sweep: true },
			Read { wh: 1_000, back: 0 },
			Amend { tariff: 0, cycle: 0, prepaid: true },
			Advance { minutes: 60 * 24 * 100, sweep: true },
			End,
			Advance { minutes: 60 * 24 * 40, sweep: true },
			Read { wh: 700, back: 250 },
		],
	);
}
