//! Which agreement a reading bills when the meter changes hands (issue 23, path 1), and late
//! usage that billing refuses (path 3): the crate docs' "Which agreement a reading bills".

use super::*;
use crate::Error;
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{AgreementId, Moment};

const DAVE: AccountId = 12;
const EVES: AgreementId = AGREEMENT;
const DAVES: AgreementId = 8;
const MINUTE: Moment = 60_000;

/// The meter reads 10 Wh a minute throughout; Eve's agreement ends at `end`, Dave's starts at
/// `start`.
fn handover(end: Moment, start: Moment) {
	set_coverage(METER, START - 30 * 24 * 60 * MINUTE, Some(end));
	add_coverage(METER, DAVES, DAVE, start, None);
}

fn register_at(at: Moment) -> u64 {
	(at - (START - 100 * MINUTE)) / MINUTE * 10
}

/// The reproduction of the issue: Eve's agreement ended 30 minutes before Dave's first
/// reading, Dave's started 10 minutes before it. Before the fix Dave was billed all 400 Wh of
/// the 40 minutes since Eve's last reading; now that reading is Dave's baseline, and the
/// 400 Wh are reported as billed to no one.
#[test]
fn a_new_tenants_first_reading_is_a_baseline_not_the_last_tenants_interval() {
	ExtBuilder::default().build_and_execute(|| {
		let eves_last = START - 40 * MINUTE;
		let (end, start, daves_first) = (START - 30 * MINUTE, START - 10 * MINUTE, START);
		handover(end, start);
		assert_ok!(own(reading(METER, 1, eves_last - QUARTER, register_at(eves_last - QUARTER))));
		assert_ok!(own(reading(METER, 2, eves_last, register_at(eves_last))));
		assert_ok!(own(reading(METER, 3, daves_first, register_at(daves_first))));
		assert_eq!(usage().len(), 1, "only Eve's interval was billed");
		assert_eq!((usage()[0].agreement, usage()[0].quantity), (EVES, 150));
		assert_eq!(
			events()[events().len() - 2..],
			[
				Event::UsageUnattributed {
					device: METER,
					agreement: DAVES,
					from: eves_last,
					to: daves_first,
					quantity: 400
				},
				Event::ReadingAccepted { device: METER, seq: 3, quantity: 0, agreement: DAVES },
			]
		);
		// From the baseline on, Dave's intervals are his.
		let next = daves_first + QUARTER;
		set_now(next);
		assert_ok!(own(reading(METER, 4, next, register_at(next))));
		let last = usage().pop().expect("billed");
		assert_eq!(
			(last.agreement, last.subscriber, last.from, last.quantity),
			(DAVES, DAVE, daves_first, 150)
		);
	});
}

/// One reading at the moment of the handover closes Eve's last interval (a move-out reading:
/// it is billed to the agreement that covers the meter just before it) and is Dave's
/// baseline (a move-in reading), so nothing is lost and nothing is billed twice.
#[test]
fn a_reading_at_the_handover_is_the_move_out_and_the_move_in_reading() {
	ExtBuilder::default().build_and_execute(|| {
		let handover_at = START - 30 * MINUTE;
		handover(handover_at, handover_at);
		assert_ok!(own(reading(
			METER,
			1,
			handover_at - QUARTER,
			register_at(handover_at - QUARTER)
		)));
		assert_ok!(own(reading(METER, 2, handover_at, register_at(handover_at))));
		assert_ok!(own(reading(METER, 3, START, register_at(START))));
		let billed: Vec<_> =
			usage().iter().map(|u| (u.agreement, u.from, u.to, u.quantity)).collect();
		assert_eq!(
			billed,
			vec![(EVES, handover_at - QUARTER, handover_at, 150), (DAVES, handover_at, START, 300),]
		);
	});
}

/// With a gap between the tenancies, a move-in reading at the new agreement's start is its
/// baseline; the time between the agreements is billed to no one.
#[test]
fn a_move_in_reading_at_the_agreements_start_is_its_baseline() {
	ExtBuilder::default().build_and_execute(|| {
		let (end, start) = (START - 60 * MINUTE, START - 30 * MINUTE);
		handover(end, start);
		assert_ok!(own(reading(METER, 1, end - QUARTER, register_at(end - QUARTER))));
		assert_ok!(own(reading(METER, 2, end, register_at(end))));
		assert_ok!(own(reading(METER, 3, start, register_at(start))));
		assert_ok!(own(reading(METER, 4, START, register_at(START))));
		let billed: Vec<_> = usage().iter().map(|u| (u.agreement, u.quantity)).collect();
		assert_eq!(billed, vec![(EVES, 150), (DAVES, 300)]);
		assert!(events().contains(&Event::UsageUnattributed {
			device: METER,
			agreement: DAVES,
			from: end,
			to: start,
			quantity: 300
		}));
	});
}

/// Path 3 at metering's end: billing refuses usage after the agreement's final bill, and the
/// refusal is the report's, with nothing changed.
#[test]
fn usage_billing_refuses_leaves_the_device_untouched() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - 2 * QUARTER, 1_000)));
		assert_ok!(own(reading(METER, 2, START - QUARTER, 1_100)));
		finally_billed(AGREEMENT);
		assert_noop!(own(reading(METER, 3, START, 1_200)), Error::<Test>::AlreadyBilled);
		// A reading that moves nothing bills nothing and is accepted.
		assert_ok!(own(reading(METER, 3, START, 1_100)));
	});
}

/// Path 4 at metering's end: the registry is asked about the tag as of the session's start.
#[test]
fn a_sessions_tag_is_judged_as_of_the_sessions_start() {
	ExtBuilder::default().build_and_execute(|| {
		set_tag_status(meterchain_primitives::TagStatus::Accepted);
		assert_ok!(own(session(1, START - 2 * QUARTER, START - QUARTER, 0, 5_000)));
		assert_eq!(tag_asked_at(), Some(START - 2 * QUARTER));
	});
}
