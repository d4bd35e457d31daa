//! Gateway batches: many devices in one signed transaction; a bad report is reported and the
//! others go on.

use super::*;
use crate::{BatchOf, Error};
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::DeviceReport;

fn batch(reports: Vec<DeviceReport>) -> BatchOf<Test> {
	BatchOf::<Test>::try_from(reports).expect("within MaxBatch")
}

#[test]
fn a_gateway_batch_counts_the_good_reports_and_reports_the_bad_ones() {
	ExtBuilder::default().build_and_execute(|| {
		let reports = vec![
			reading(METER, 1, START - QUARTER, 0),
			reading(METER_2, 1, START - QUARTER, 0),
			reading(METER, 2, START, 1_000),
			reading(UNCOVERED, 1, START, 0),
			// A replay inside the same batch counts once.
			reading(METER, 2, START, 1_000),
			reading(ED_METER, 1, START, 0),
		];
		assert_ok!(Metering::submit_batch(RuntimeOrigin::signed(GATEWAY), batch(reports)));
		assert_eq!(last_seq(METER), Some(2));
		assert_eq!(last_seq(METER_2), Some(1));
		assert_eq!(last_seq(ED_METER), Some(1));
		assert_eq!(last_seq(UNCOVERED), None);
		assert!(rejected(UNCOVERED, RejectReason::NotCovered));
		assert!(rejected(METER, RejectReason::Replayed));
		assert_eq!(
			events().last(),
			Some(&Event::BatchProcessed { submitter: GATEWAY, accepted: 4, rejected: 2 })
		);
		assert_eq!(usage().iter().map(|u| u.quantity).collect::<Vec<_>>(), vec![1_000]);
	});
}

#[test]
fn only_the_provider_its_gateways_and_the_group_aggregator_may_submit() {
	ExtBuilder::default().build_and_execute(|| {
		let reports = || batch(vec![reading(METER, 1, START, 0), reading(METER_2, 1, START, 0)]);
		assert_ok!(Metering::submit_batch(RuntimeOrigin::signed(STRANGER), reports()));
		assert!(rejected(METER, RejectReason::NotAuthorized));
		assert!(rejected(METER_2, RejectReason::NotAuthorized));
		assert_eq!((last_seq(METER), last_seq(METER_2)), (None, None));

		// The aggregator of meter 2's group may submit for it, not for meter 1.
		assert_ok!(Metering::submit_batch(RuntimeOrigin::signed(AGGREGATOR), reports()));
		assert_eq!((last_seq(METER), last_seq(METER_2)), (None, Some(1)));

		// The provider may submit for its devices.
		assert_ok!(Metering::submit_batch(RuntimeOrigin::signed(PROVIDER), reports()));
		assert_eq!(last_seq(METER), Some(1));
	});
}

#[test]
fn an_empty_batch_is_refused_and_an_unsigned_one_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Metering::submit_batch(RuntimeOrigin::signed(GATEWAY), batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			Metering::submit_batch(RuntimeOrigin::none(), batch(vec![reading(METER, 1, START, 0)])),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn an_oversized_batch_cannot_be_built_nor_decoded() {
	ExtBuilder::default().build_and_execute(|| {
		let too_many: Vec<_> =
			(0..=MAX_BATCH as u64).map(|seq| reading(METER, seq + 1, START, 0)).collect();
		assert!(BatchOf::<Test>::try_from(too_many.clone()).is_err());
		// A transaction carrying more reports than the bound does not decode.
		let call = crate::Call::<Test>::submit_batch {
			reports: batch(too_many[..MAX_BATCH as usize].to_vec()),
		};
		assert!(crate::Call::<Test>::decode(&mut &call.encode()[..]).is_ok());
		let mut encoded = vec![0u8]; // call index 0
		too_many.encode_to(&mut encoded);
		assert!(crate::Call::<Test>::decode(&mut &encoded[..]).is_err());
	});
}

#[test]
fn a_batch_is_weighed_by_its_readings_and_sessions_at_their_own_rates() {
	use crate::weights::WeightInfo;
	use frame_support::dispatch::GetDispatchInfo;
	ExtBuilder::default().build_and_execute(|| {
		type W = ();
		let weight = crate::Pallet::<Test>::batch_weight;
		let sink = <MockSink as meterchain_primitives::UsageSink<AccountId>>::record_weight();
		// Only readings: the readings benchmark (its fixed part once), plus the sink.
		let fixed = W::submit_batch_readings(0).min(W::submit_batch_sessions(0));
		assert_eq!(
			weight(3, 0),
			W::submit_batch_readings(3) + W::submit_batch_sessions(0) - fixed + sink * 3
		);
		// A mixed batch costs its readings and its sessions, each at its own rate.
		let per_session = W::submit_batch_sessions(2) - W::submit_batch_sessions(1);
		assert_eq!(weight(2, 1) - weight(2, 0), per_session + sink);
		assert!(weight(3, 0).ref_time() < weight(0, 3).ref_time(), "a session costs more");

		// The call's declared weight follows the batch's content.
		let reports = vec![reading(METER, 1, START, 0), session(1, START - QUARTER, START, 0, 100)];
		let call = crate::Call::<Test>::submit_batch { reports: batch(reports.clone()) };
		assert_eq!(call.get_dispatch_info().call_weight, weight(1, 1));
		assert_eq!(crate::Pallet::<Test>::weight_of(&reports), weight(1, 1));
	});
}

#[test]
fn a_batch_is_refunded_what_the_usage_sink_did_not_use() {
	use frame_support::weights::Weight;
	ExtBuilder::default().build_and_execute(|| {
		let weight = crate::Pallet::<Test>::batch_weight;
		let sink = <MockSink as meterchain_primitives::UsageSink<AccountId>>::record_weight();
		// The baseline hands nothing to the sink; the next reading is the agreement's first
		// usage, which the mock sink charges at its most.
		let reports =
			vec![reading(METER, 1, START - 2 * QUARTER, 0), reading(METER, 2, START - QUARTER, 10)];
		let info = Metering::submit_batch(RuntimeOrigin::signed(GATEWAY), batch(reports))
			.expect("a valid batch");
		assert_eq!(info.actual_weight, Some(weight(2, 0) - sink));
		// Later usage costs the sink less, and the batch is charged only that.
		let info = Metering::submit_batch(
			RuntimeOrigin::signed(GATEWAY),
			batch(vec![reading(METER, 3, START, 20)]),
		)
		.expect("a valid batch");
		assert_eq!(info.actual_weight, Some(weight(1, 0) - sink + Weight::from_parts(200_000, 10)));
	});
}
