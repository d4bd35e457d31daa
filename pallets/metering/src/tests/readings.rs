//! Every check of a reading, through the device's own submission (each refusal leaves state
//! untouched) — batches reuse the same checks.

use super::*;
use crate::Error;
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{DeviceReport, DeviceStatus, Reading, ServiceKind};
use sp_core::H256;

#[test]
fn the_first_reading_sets_the_baseline_and_the_next_bills_the_difference() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - QUARTER, 10_000)));
		assert!(usage().is_empty(), "a baseline bills nothing");
		assert_ok!(own(reading(METER, 2, START, 12_500)));
		let billed = usage();
		assert_eq!(billed.len(), 1);
		let usage = &billed[0];
		assert_eq!(
			(usage.agreement, usage.subscriber, usage.provider),
			(AGREEMENT, SUBSCRIBER, PROVIDER)
		);
		assert_eq!((usage.from, usage.to, usage.quantity), (START - QUARTER, START, 2_500));
		assert_eq!(
			(usage.service, usage.device, usage.session),
			(ServiceKind::Electricity, METER, None)
		);
		assert_eq!(
			events(),
			vec![
				Event::ReadingAccepted { device: METER, seq: 1, quantity: 0, agreement: AGREEMENT },
				Event::ReadingAccepted {
					device: METER,
					seq: 2,
					quantity: 2_500,
					agreement: AGREEMENT
				},
			]
		);
		let state = DeviceStates::<Test>::get(METER).expect("state");
		assert_eq!((state.readings, state.last_seq, state.last_register), (2, 2, 12_500));
		assert_eq!(state.last_timestamp, START);
	});
}

#[test]
fn ed25519_meters_are_accepted_like_sr25519_ones() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(ED_METER, 1, START - QUARTER, 0)));
		assert_ok!(own(reading(ED_METER, 2, START, 100)));
		assert_eq!(usage()[0].quantity, 100);
	});
}

#[test]
fn the_hash_chain_covers_every_accepted_report_in_order() {
	ExtBuilder::default().build_and_execute(|| {
		let (first, second) = (reading(METER, 1, START - QUARTER, 0), reading(METER, 2, START, 5));
		assert_ok!(own(first.clone()));
		assert_ok!(own(second.clone()));
		let after_first = H256(sp_io::hashing::blake2_256(&(H256::zero(), &first).encode()));
		let expected = H256(sp_io::hashing::blake2_256(&(after_first, &second).encode()));
		assert_eq!(DeviceStates::<Test>::get(METER).map(|s| s.head), Some(expected));
		assert_eq!(Metering::device_state(METER).map(|s| s.head), Some(expected));
	});
}

#[test]
fn a_replayed_or_older_sequence_number_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let first = reading(METER, 5, START - QUARTER, 0);
		assert_ok!(own(first.clone()));
		assert_noop!(own(first), Error::<Test>::Replayed);
		assert_noop!(own(reading(METER, 4, START, 10)), Error::<Test>::Replayed);
	});
}

#[test]
fn a_reading_not_after_the_last_one_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START, 0)));
		assert_noop!(own(reading(METER, 2, START, 0)), Error::<Test>::OutOfOrder);
		assert_noop!(own(reading(METER, 2, START - 1, 0)), Error::<Test>::OutOfOrder);
	});
}

#[test]
fn a_reading_ahead_of_the_chain_clock_beyond_the_drift_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(own(reading(METER, 1, START + DRIFT + 1, 0)), Error::<Test>::FromTheFuture);
		assert_ok!(own(reading(METER, 1, START + DRIFT, 0)));
	});
}

#[test]
fn a_register_that_runs_backwards_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - QUARTER, 1_000)));
		assert_noop!(own(reading(METER, 2, START, 999)), Error::<Test>::RegisterRollback);
	});
}

#[test]
fn consumption_or_a_peak_beyond_the_physical_limit_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - QUARTER, 0)));
		// 100 kW for a quarter of an hour is 25 kWh at most.
		assert_noop!(own(reading(METER, 2, START, 25_001)), Error::<Test>::Implausible);
		let mut peaky = reading(METER, 2, START, 10);
		if let DeviceReport::Reading { reading, .. } = &mut peaky {
			reading.peak = Some(100_001);
		}
		let peaky = sign_for(METER, peaky, &GENESIS);
		assert_noop!(own(peaky), Error::<Test>::Implausible);
		assert_ok!(own(reading(METER, 2, START, 25_000)));
	});
}

#[test]
fn a_forged_or_foreign_signature_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		// Signed by another meter's key.
		let forged = sign_for(METER_2, reading(METER, 1, START, 0), &GENESIS);
		assert_noop!(own(forged), Error::<Test>::BadSignature);
		// Signed for another chain.
		let foreign = sign_for(METER, reading(METER, 1, START, 0), &H256::repeat_byte(7));
		assert_noop!(own(foreign), Error::<Test>::BadSignature);
		// Altered after signing.
		let mut altered = reading(METER, 1, START, 0);
		if let DeviceReport::Reading { reading, .. } = &mut altered {
			reading.register = 1;
		}
		assert_noop!(own(altered), Error::<Test>::BadSignature);
	});
}

#[test]
fn a_device_without_an_agreement_at_that_time_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(own(reading(UNCOVERED, 1, START, 0)), Error::<Test>::NotCovered);
		// Before the agreement's start, nothing counts.
		set_coverage(METER, START, None);
		assert_noop!(own(reading(METER, 1, START - 1, 0)), Error::<Test>::NotCovered);
		assert_ok!(own(reading(METER, 1, START, 0)));
	});
}

#[test]
fn unknown_suspended_and_wrong_kind_devices_and_inactive_providers_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(own(reading(99, 1, START, 0)), Error::<Test>::UnknownDevice);
		let charger_reading = sign_for(
			CHARGER,
			DeviceReport::Reading {
				reading: Reading {
					device: CHARGER,
					key_epoch: 0,
					seq: 1,
					timestamp: START,
					register: 0,
					peak: None,
				},
				signature: meterchain_primitives::DeviceSignature::Sr25519([0; 64]),
			},
			&GENESIS,
		);
		assert_noop!(own(charger_reading), Error::<Test>::WrongDeviceKind);
		MockRegistry::update(METER, |d| d.status = DeviceStatus::Suspended);
		assert_noop!(own(reading(METER, 1, START, 0)), Error::<Test>::DeviceInactive);
		MockRegistry::update(METER, |d| d.status = DeviceStatus::Active);
		MockRegistry::set_provider_active(PROVIDER, false);
		assert_noop!(own(reading(METER, 1, START, 0)), Error::<Test>::DeviceInactive);
	});
}

#[test]
fn a_key_rotation_restarts_the_counter_and_refuses_the_old_epoch() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 10, START - 2 * QUARTER, 5_000)));
		let old = reading(METER, 11, START - QUARTER, 5_100);
		MockRegistry::rotate(METER, 200);
		assert_noop!(own(old), Error::<Test>::StaleKey);
		// The new epoch starts from a new baseline: a lower counter and register are fine.
		assert_ok!(own(reading(METER, 1, START - QUARTER, 0)));
		assert_ok!(own(reading(METER, 2, START, 40)));
		let state = DeviceStates::<Test>::get(METER).expect("state");
		assert_eq!((state.key_epoch, state.readings, state.last_seq), (1, 2, 2));
		assert_eq!(usage().iter().map(|u| u.quantity).collect::<Vec<_>>(), vec![40]);
	});
}

#[test]
fn skipped_sequence_numbers_are_accepted_and_reported() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - QUARTER, 0)));
		assert_ok!(own(reading(METER, 4, START, 30)));
		assert!(events().contains(&Event::GapDetected { device: METER, expected: 2, got: 4 }));
		assert_eq!(DeviceStates::<Test>::get(METER).map(|s| s.missed), Some(2));
	});
}
