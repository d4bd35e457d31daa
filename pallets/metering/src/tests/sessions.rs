//! EV charging sessions: authorized by id tag, billed to the driver's charging agreement and
//! the charger's group, each session id once.

use super::*;
use crate::Error;
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{DeviceReport, ServiceKind, TagStatus};

const HOUR: u64 = 3_600_000;

#[test]
fn a_session_is_billed_to_the_driver_s_charging_agreement() {
	ExtBuilder::default().build_and_execute(|| {
		MockRegistry::update(CHARGER, |d| d.group = Some(GROUP));
		assert_ok!(own(session(1, START - HOUR, START, 1_000, 8_000)));
		let billed = usage();
		assert_eq!(billed.len(), 1);
		let usage = &billed[0];
		assert_eq!(
			(usage.agreement, usage.subscriber, usage.service),
			(EV_AGREEMENT, DRIVER, ServiceKind::EvCharging)
		);
		assert_eq!((usage.quantity, usage.session, usage.group), (7_000, Some(1), Some(GROUP)));
		assert_eq!((usage.from, usage.to, usage.peak), (START - HOUR, START, Some(11_000)));
		assert_eq!(
			events(),
			vec![Event::SessionAccepted {
				charger: CHARGER,
				session_id: 1,
				energy: 7_000,
				agreement: EV_AGREEMENT
			}]
		);
	});
}

#[test]
fn a_session_id_counts_once() {
	ExtBuilder::default().build_and_execute(|| {
		let first = session(5, START - HOUR, START, 0, 100);
		assert_ok!(own(first.clone()));
		assert_noop!(own(first), Error::<Test>::Replayed);
		assert_noop!(own(session(4, START - HOUR, START, 0, 100)), Error::<Test>::Replayed);
		assert_ok!(own(session(6, START - HOUR, START, 100, 200)));
	});
}

#[test]
fn a_refused_tag_or_a_driver_without_an_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		for status in
			[TagStatus::Blocked, TagStatus::Expired, TagStatus::Invalid, TagStatus::NoCredit]
		{
			set_tag_status(status);
			assert_noop!(own(session(1, START - HOUR, START, 0, 10)), Error::<Test>::TagRefused);
		}
	});
}

#[test]
fn malformed_and_implausible_sessions_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(own(session(1, START, START, 0, 10)), Error::<Test>::InvalidPeriod);
		assert_noop!(own(session(1, START, START - 1, 0, 10)), Error::<Test>::InvalidPeriod);
		assert_noop!(own(session(1, START - HOUR, START, 10, 9)), Error::<Test>::RegisterRollback);
		// 350 kW for an hour is 350 kWh at most.
		assert_noop!(own(session(1, START - HOUR, START, 0, 350_001)), Error::<Test>::Implausible);
		assert_noop!(
			own(session(1, START, START + DRIFT + 1, 0, 10)),
			Error::<Test>::FromTheFuture
		);
	});
}

#[test]
fn a_session_from_a_meter_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let from_meter = match session(1, START - HOUR, START, 0, 10) {
			DeviceReport::Session { mut session, signature } => {
				session.charger = METER;
				DeviceReport::Session { session, signature }
			},
			other => other,
		};
		let from_meter = sign_for(METER, from_meter, &GENESIS);
		assert_noop!(own(from_meter), Error::<Test>::WrongDeviceKind);
	});
}
