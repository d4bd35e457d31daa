//! `open_case`, `answer_case`, `escalate_case` and `rule_case`: questions, complaints and
//! suggestions, and each provider's response times, to which disputes report through
//! [`ResponseLog`].

use crate::{mock::*, CaseKind, CaseStatus, Error, Event, OpenCases, ResponseStats, ResponseTimes};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{Reason, ResponseLog};
use sp_runtime::DispatchError;

/// Runs `test` on fresh storage, then checks the invariants.
fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}

/// Agreement 0 between [`SUBSCRIBER`] and [`PROVIDER`], from March on; now mid-March.
fn agreed() {
	add_agreement(0, MARCH, None);
	set_now(MARCH + 14 * DAY);
}

fn body(byte: u8) -> Reason {
	Reason::truncate_from(vec![byte; 32])
}

/// Opens a `kind` case about agreement 0; returns its id.
fn open(kind: CaseKind) -> u64 {
	let id = crate::NextCaseId::<Test>::get();
	assert_ok!(Cases::open_case(RuntimeOrigin::signed(SUBSCRIBER), 0, kind, body(1)));
	id
}

fn status(case: u64) -> CaseStatus {
	Cases::case(case).expect("opened").status
}

#[test]
fn a_question_is_answered_and_the_answer_counts_in_the_providers_response_times() {
	run(|| {
		agreed();
		let opened = MARCH + 14 * DAY;
		let case = open(CaseKind::Question);
		assert!(events().contains(&Event::CaseOpened {
			case,
			agreement: 0,
			kind: CaseKind::Question,
			respond_by: opened + RESPONSE_PERIOD
		}));
		let stored = Cases::case(case).expect("opened");
		assert_eq!((stored.subscriber, stored.provider), (SUBSCRIBER, PROVIDER));
		assert_eq!((stored.body, stored.opened, stored.answer), (body(1), opened, None));
		assert_eq!(Cases::open_cases(0), 1);

		set_now(opened + 2 * HOUR);
		assert_ok!(Cases::answer_case(RuntimeOrigin::signed(PROVIDER), case, body(2), false));
		assert!(events().contains(&Event::CaseAnswered { case, rejected: false }));
		let stored = Cases::case(case).expect("opened");
		assert_eq!(stored.status, CaseStatus::Answered);
		assert_eq!(stored.answer.map(|a| (a.at, a.body)), Some((opened + 2 * HOUR, body(2))));
		assert_eq!(Cases::open_cases(0), 0);
		assert!(!OpenCases::<Test>::contains_key(0), "no zero count is kept");
		let stats = Cases::response_times(PROVIDER);
		assert_eq!(
			stats,
			ResponseStats {
				received: 1,
				answered: 1,
				on_time: 1,
				lapsed: 0,
				total_response: 2 * HOUR,
				longest_response: 2 * HOUR
			}
		);
		assert_eq!(stats.average_response(), Some(2 * HOUR));
		assert_eq!(stats.waiting(), 0);
		// An answered case is neither answered again nor escalated.
		assert_noop!(
			Cases::answer_case(RuntimeOrigin::signed(PROVIDER), case, body(3), true),
			Error::<Test>::CaseNotOpen
		);
		assert_noop!(
			Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case),
			Error::<Test>::CannotEscalate
		);
	});
}

#[test]
fn a_rejected_complaint_is_escalated_and_the_arbiter_upholds_it() {
	run(|| {
		agreed();
		let case = open(CaseKind::Complaint);
		assert_ok!(Cases::answer_case(RuntimeOrigin::signed(PROVIDER), case, body(2), true));
		assert_eq!(status(case), CaseStatus::Rejected);
		// Only the arbiter rules, and only on an escalated case.
		assert_noop!(
			Cases::rule_case(RuntimeOrigin::root(), case, true),
			Error::<Test>::NotEscalated
		);
		assert_ok!(Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case));
		assert!(events().contains(&Event::CaseEscalated { case }));
		assert_eq!(status(case), CaseStatus::Escalated);
		assert_noop!(
			Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case),
			Error::<Test>::CannotEscalate
		);
		assert_noop!(
			Cases::rule_case(RuntimeOrigin::signed(SUBSCRIBER), case, true),
			DispatchError::BadOrigin
		);
		assert_ok!(Cases::rule_case(RuntimeOrigin::root(), case, true));
		assert!(events().contains(&Event::CaseRuled { case, upheld: true }));
		assert_eq!(status(case), CaseStatus::Upheld);
		// Final.
		assert_noop!(
			Cases::rule_case(RuntimeOrigin::root(), case, false),
			Error::<Test>::NotEscalated
		);
		// A rejection answered on time: the response times count it as answered.
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.on_time, stats.lapsed), (1, 1, 1, 0));
	});
}

#[test]
fn an_unanswered_case_is_escalated_only_after_its_deadline_and_counts_as_lapsed() {
	run(|| {
		agreed();
		let opened = MARCH + 14 * DAY;
		let case = open(CaseKind::Suggestion);
		set_now(opened + RESPONSE_PERIOD);
		assert_noop!(
			Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case),
			Error::<Test>::CannotEscalate
		);
		set_now(opened + RESPONSE_PERIOD + 1);
		assert_noop!(
			Cases::escalate_case(RuntimeOrigin::signed(FRIEND), case),
			Error::<Test>::NotSubscriber
		);
		assert_ok!(Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case));
		assert_eq!(Cases::open_cases(0), 0, "the case no longer waits for the provider");
		// Too late to answer now.
		assert_noop!(
			Cases::answer_case(RuntimeOrigin::signed(PROVIDER), case, body(2), false),
			Error::<Test>::CaseNotOpen
		);
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.lapsed), (1, 0, 1));
		assert_eq!(stats.average_response(), None);
		assert_ok!(Cases::rule_case(RuntimeOrigin::root(), case, false));
		assert_eq!(status(case), CaseStatus::Dismissed);
	});
}

#[test]
fn a_late_answer_counts_but_not_on_time() {
	run(|| {
		agreed();
		let opened = MARCH + 14 * DAY;
		let first = open(CaseKind::Question);
		let second = open(CaseKind::Question);
		set_now(opened + DAY);
		assert_ok!(Cases::answer_case(RuntimeOrigin::signed(PROVIDER), first, body(2), false));
		set_now(opened + RESPONSE_PERIOD + DAY);
		assert_ok!(Cases::answer_case(RuntimeOrigin::signed(PROVIDER), second, body(3), false));
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.on_time), (2, 2, 1));
		assert_eq!(stats.longest_response, RESPONSE_PERIOD + DAY);
		assert_eq!(stats.average_response(), Some((RESPONSE_PERIOD + 2 * DAY) / 2));
	});
}

#[test]
fn only_the_subscriber_opens_a_case_and_only_so_many_wait_at_once() {
	run(|| {
		agreed();
		assert_noop!(
			Cases::open_case(RuntimeOrigin::signed(SUBSCRIBER), 9, CaseKind::Question, body(1)),
			Error::<Test>::UnknownAgreement
		);
		assert_noop!(
			Cases::open_case(RuntimeOrigin::signed(PROVIDER), 0, CaseKind::Question, body(1)),
			Error::<Test>::NotSubscriber
		);
		assert_noop!(
			Cases::open_case(RuntimeOrigin::none(), 0, CaseKind::Question, body(1)),
			DispatchError::BadOrigin
		);
		for _ in 0..MAX_OPEN_CASES {
			open(CaseKind::Complaint);
		}
		assert_noop!(
			Cases::open_case(RuntimeOrigin::signed(SUBSCRIBER), 0, CaseKind::Question, body(1)),
			Error::<Test>::TooManyOpenCases
		);
		// Once one is answered, another may be opened.
		assert_ok!(Cases::answer_case(RuntimeOrigin::signed(PROVIDER), 0, body(2), false));
		let case = open(CaseKind::Question);
		assert_eq!(Cases::open_cases(0), MAX_OPEN_CASES);
		assert!(crate::Cases::<Test>::contains_key(case));
	});
}

#[test]
fn a_case_can_be_opened_about_an_agreement_that_ended() {
	run(|| {
		add_agreement(0, START, Some(MARCH));
		set_now(APRIL);
		let case = open(CaseKind::Complaint);
		assert_eq!(status(case), CaseStatus::Open);
	});
}

#[test]
fn only_the_cases_provider_answers_it() {
	run(|| {
		agreed();
		let case = open(CaseKind::Question);
		assert_noop!(
			Cases::answer_case(RuntimeOrigin::signed(OTHER_PROVIDER), case, body(2), false),
			Error::<Test>::NotCaseProvider
		);
		assert_noop!(
			Cases::answer_case(RuntimeOrigin::signed(PROVIDER), case + 1, body(2), false),
			Error::<Test>::UnknownCase
		);
		assert_noop!(
			Cases::escalate_case(RuntimeOrigin::signed(SUBSCRIBER), case + 1),
			Error::<Test>::UnknownCase
		);
		assert_noop!(
			Cases::rule_case(RuntimeOrigin::root(), case + 1, true),
			Error::<Test>::UnknownCase
		);
		assert_eq!(ResponseTimes::<Test>::get(PROVIDER).waiting(), 1);
	});
}

#[test]
fn disputes_reported_by_billing_count_in_the_response_times() {
	run(|| {
		// A dispute opened on April 2nd, answered three days later; another left to lapse.
		let opened = APRIL + DAY;
		<Cases as ResponseLog>::received(&PROVIDER);
		<Cases as ResponseLog>::received(&PROVIDER);
		assert_eq!(Cases::response_times(PROVIDER).waiting(), 2);
		<Cases as ResponseLog>::answered(
			&PROVIDER,
			opened,
			opened + RESPONSE_PERIOD,
			opened + 3 * DAY,
		);
		<Cases as ResponseLog>::lapsed(&PROVIDER);
		let stats = Cases::response_times(PROVIDER);
		assert_eq!((stats.received, stats.answered, stats.on_time, stats.lapsed), (2, 1, 1, 1));
		assert_eq!(stats.total_response, 3 * DAY);
		assert_eq!(stats.waiting(), 0);
		// Cases about an agreement are what keeps it from pruning.
		assert_eq!(<Cases as ResponseLog>::open_cases(0), 0);
		agreed();
		open(CaseKind::Question);
		assert_eq!(<Cases as ResponseLog>::open_cases(0), 1);
	});
}
