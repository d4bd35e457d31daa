//! `propose_termination`, `approve_termination`, `cancel_termination`, `terminate_signed`,
//! `give_notice` and `close`: ending agreements.

use super::*;
use crate::{AgreementStatus, DeviceAgreements, Error, SubscriberOpen};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::Agreements as _;

/// Concludes [`terms`] (the meter, 30 days' notice, no end) as agreement 0.
fn agreement() -> AgreementId {
	conclude(terms())
}

/// Both signatures of terminating agreement `id` in version `version`.
fn termination_signatures(id: AgreementId, version: u32) -> (MultiSignature, MultiSignature) {
	signatures(&SignedAction::Terminate { agreement: id, version, deadline: DEADLINE })
}

/// Asserts that agreement `id` ended at `at` and freed its meter and its subscriber's slot.
fn assert_ended(id: AgreementId, at: Moment) {
	let record = Agreements::agreement(id).unwrap();
	assert_eq!(record.status, AgreementStatus::Ended { at });
	assert!(DeviceAgreements::<Test>::get(METER).is_empty());
	assert!(!SubscriberOpen::<Test>::get(subscriber()).contains(&id));
	assert!(!Agreements::has_active_agreement(&subscriber()));
	assert_eq!(<Agreements as meterchain_primitives::Agreements>::agreement(id), None);
	assert_eq!(Agreements::pending_termination(id), None);
	assert_eq!(Agreements::pending_amendment(id), None);
}

#[test]
fn proposing_a_termination_records_the_proposer() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(subscriber()), id));
		assert_eq!(last_event(), Event::TerminationProposed { id, by: subscriber() });
		assert_eq!(Agreements::pending_termination(id), Some(subscriber()));
		// Nothing ends until the other party approves.
		assert_eq!(Agreements::agreement(id).unwrap().status, AgreementStatus::Active);
	});
}

#[test]
fn proposing_a_termination_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::propose_termination(origin(subscriber()), 0),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn proposing_a_termination_as_a_stranger_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::propose_termination(origin(stranger()), id),
			Error::<Test>::NotParty
		);
	});
}

#[test]
fn proposing_a_termination_of_an_ended_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + DAY)));
		set_now(START + DAY);
		assert_noop!(
			Agreements::propose_termination(origin(subscriber()), id),
			Error::<Test>::AlreadyEnded
		);
	});
}

#[test]
fn proposing_a_second_termination_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(subscriber()), id));
		assert_noop!(
			Agreements::propose_termination(origin(provider()), id),
			Error::<Test>::TerminationPending
		);
	});
}

#[test]
fn approving_a_termination_ends_the_agreement_now() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(
			origin(subscriber()),
			id,
			terms_with(1, &[METER], START, None)
		));
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		set_now(START + 5 * DAY);

		assert_ok!(Agreements::approve_termination(origin(subscriber()), id));

		let events = events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::AmendmentCancelled {
					id,
					terms_hash: hash(&terms_with(1, &[METER], START, None))
				},
				Event::Terminated { id, at: START + 5 * DAY },
			]
		);
		assert_ended(id, START + 5 * DAY);
		assert_eq!(held(&subscriber()), 0);
		// The meter is free for a new agreement at once.
		let next = Terms {
			deadline: START + 5 * DAY,
			..other_subscriber_terms(2, &[METER], START + 5 * DAY, None)
		};
		conclude_between(next, &other_subscriber_key(), &provider_key());
	});
}

#[test]
fn approving_a_termination_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::approve_termination(origin(subscriber()), 0),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn approving_without_a_pending_termination_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::approve_termination(origin(subscriber()), id),
			Error::<Test>::NoTermination
		);
	});
}

#[test]
fn only_the_other_party_can_approve_a_termination() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		for who in [provider(), stranger()] {
			assert_noop!(
				Agreements::approve_termination(origin(who), id),
				Error::<Test>::WrongParty
			);
		}
	});
}

#[test]
fn approving_a_termination_after_the_end_passed_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + DAY)));
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		set_now(START + DAY);
		assert_noop!(
			Agreements::approve_termination(origin(subscriber()), id),
			Error::<Test>::AlreadyEnded
		);
		// It can be closed instead, which drops the pending termination.
		assert_ok!(Agreements::close(origin(stranger()), id));
		assert_ended(id, START + DAY);
	});
}

#[test]
fn the_proposer_can_cancel_a_termination() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		assert_ok!(Agreements::cancel_termination(origin(provider()), id));
		assert_eq!(last_event(), Event::TerminationCancelled { id, by: provider() });
		assert_eq!(Agreements::pending_termination(id), None);
		assert_noop!(
			Agreements::approve_termination(origin(subscriber()), id),
			Error::<Test>::NoTermination
		);
	});
}

#[test]
fn cancelling_a_termination_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::cancel_termination(origin(provider()), 0),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn cancelling_without_a_pending_termination_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::cancel_termination(origin(provider()), id),
			Error::<Test>::NoTermination
		);
	});
}

#[test]
fn only_the_proposer_can_cancel_a_termination() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		for who in [subscriber(), stranger()] {
			assert_noop!(
				Agreements::cancel_termination(origin(who), id),
				Error::<Test>::WrongParty
			);
		}
	});
}

#[test]
fn terminating_with_both_signatures_ends_the_agreement_now() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(provider()), id));
		set_now(START + 3 * DAY);
		let (subscriber_signature, provider_signature) = termination_signatures(id, 1);
		assert_ok!(Agreements::terminate_signed(
			origin(stranger()),
			id,
			DEADLINE,
			subscriber_signature,
			provider_signature
		));
		assert_eq!(last_event(), Event::Terminated { id, at: START + 3 * DAY });
		assert_ended(id, START + 3 * DAY);
	});
}

#[test]
fn bytes_wrapped_termination_signatures_are_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let action = SignedAction::Terminate { agreement: id, version: 1, deadline: DEADLINE };
		assert_ok!(Agreements::terminate_signed(
			origin(stranger()),
			id,
			DEADLINE,
			sign_wrapped(&subscriber_key(), &action),
			sign_wrapped(&provider_key(), &action),
		));
		assert_ended(id, START);
	});
}

#[test]
fn terminating_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) = termination_signatures(0, 1);
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				0,
				DEADLINE,
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn a_replayed_termination_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let (subscriber_signature, provider_signature) = termination_signatures(id, 1);
		assert_ok!(Agreements::terminate_signed(
			origin(stranger()),
			id,
			DEADLINE,
			subscriber_signature.clone(),
			provider_signature.clone()
		));
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				DEADLINE,
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::AlreadyEnded
		);
	});
}

#[test]
fn a_forged_termination_signature_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let action = SignedAction::Terminate { agreement: id, version: 1, deadline: DEADLINE };
		let (subscriber_signature, provider_signature) = signatures(&action);
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				DEADLINE,
				sign(&stranger_key(), &action),
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				DEADLINE,
				subscriber_signature,
				sign(&other_provider_key(), &action)
			),
			Error::<Test>::BadProviderSignature
		);
	});
}

#[test]
fn termination_signatures_for_another_version_or_agreement_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		conclude(terms_with(1, &[METER_2], START, None));
		// Signed for version 1, then the agreement was amended to version 2.
		let (subscriber_signature, provider_signature) = termination_signatures(id, 1);
		let version_2 = terms_with(2, &[METER], START, None);
		let (s, p) = signatures(&SignedAction::Amend {
			agreement: id,
			version: 2,
			terms: version_2.clone(),
		});
		assert_ok!(Agreements::amend_signed(origin(stranger()), id, version_2, s, p));
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				DEADLINE,
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
		// Signed for the other agreement.
		let (subscriber_signature, provider_signature) = termination_signatures(1, 1);
		assert_noop!(
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				DEADLINE,
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
	});
}

#[test]
fn giving_notice_ends_the_agreement_after_the_notice_period() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		set_now(START + DAY);
		assert_ok!(Agreements::give_notice(origin(provider()), id));

		let ends_at = START + DAY + 30 * DAY;
		assert_eq!(last_event(), Event::NoticeGiven { id, by: provider(), ends_at });
		let record = Agreements::agreement(id).unwrap();
		assert_eq!(record.status, AgreementStatus::NoticeGiven { by: provider(), ends_at });
		assert_eq!(DeviceAgreements::<Test>::get(METER)[0].end, Some(ends_at));
		// Still in force until then.
		assert!(Agreements::has_active_agreement(&subscriber()));
		// And the meter is free after it.
		conclude_for_other_subscriber(1, &[METER], ends_at, None);
	});
}

#[test]
fn notice_ends_no_later_than_the_stated_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + 10 * DAY)));
		assert_ok!(Agreements::give_notice(origin(subscriber()), id));
		assert_eq!(
			last_event(),
			Event::NoticeGiven { id, by: subscriber(), ends_at: START + 10 * DAY }
		);
	});
}

#[test]
fn giving_notice_on_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::give_notice(origin(subscriber()), 0),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn giving_notice_as_a_stranger_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(Agreements::give_notice(origin(stranger()), id), Error::<Test>::NotParty);
	});
}

#[test]
fn giving_notice_on_an_ended_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_termination(origin(subscriber()), id));
		assert_ok!(Agreements::approve_termination(origin(provider()), id));
		assert_noop!(
			Agreements::give_notice(origin(subscriber()), id),
			Error::<Test>::AlreadyEnded
		);
	});
}

#[test]
fn giving_notice_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::give_notice(origin(subscriber()), id));
		assert_noop!(
			Agreements::give_notice(origin(provider()), id),
			Error::<Test>::NoticeAlreadyGiven
		);
	});
}

#[test]
fn anyone_can_close_an_agreement_after_its_notice_ended() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::give_notice(origin(subscriber()), id));
		let ends_at = START + 30 * DAY;
		set_now(ends_at + 7);
		assert_ok!(Agreements::close(origin(stranger()), id));
		assert_eq!(last_event(), Event::Closed { id, at: ends_at });
		assert_ended(id, ends_at);
	});
}

#[test]
fn an_agreement_can_be_closed_after_its_stated_end() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + DAY)));
		assert_ok!(Agreements::propose_amendment(
			origin(provider()),
			id,
			terms_with(1, &[METER], START, Some(START + 2 * DAY))
		));
		set_now(START + DAY);
		assert_ok!(Agreements::close(origin(stranger()), id));
		assert_ended(id, START + DAY);
		assert_eq!(held(&provider()), 0);
	});
}

#[test]
fn closing_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Agreements::close(origin(stranger()), 0), Error::<Test>::UnknownAgreement);
	});
}

#[test]
fn closing_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + DAY)));
		set_now(START + DAY);
		assert_ok!(Agreements::close(origin(stranger()), id));
		assert_noop!(Agreements::close(origin(stranger()), id), Error::<Test>::AlreadyEnded);
	});
}

#[test]
fn closing_before_the_end_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		// No end at all.
		assert_noop!(Agreements::close(origin(stranger()), id), Error::<Test>::NotEnded);
		// An end not reached yet.
		assert_ok!(Agreements::give_notice(origin(subscriber()), id));
		set_now(START + 30 * DAY - 1);
		assert_noop!(Agreements::close(origin(stranger()), id), Error::<Test>::NotEnded);
	});
}

/// Issue 23: off-line termination signatures carry a deadline, at most the signing window
/// ahead. Before, they never expired: a signed termination could be kept and used at any
/// later time, against the will of a party that had changed its mind.
#[test]
fn termination_signatures_expire_at_their_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let sign_until =
			|deadline| signatures(&SignedAction::Terminate { agreement: id, version: 1, deadline });
		let terminate = |deadline, (by_subscriber, by_provider)| {
			Agreements::terminate_signed(
				origin(stranger()),
				id,
				deadline,
				by_subscriber,
				by_provider,
			)
		};
		// Too far ahead: refused even though both signed it.
		let far = START + SIGNING_WINDOW + 1;
		assert_noop!(terminate(far, sign_until(far)), Error::<Test>::DeadlineTooFar);
		// The deadline is part of what was signed.
		assert_noop!(
			terminate(DEADLINE + 1, sign_until(DEADLINE)),
			Error::<Test>::BadSubscriberSignature
		);
		// Past it: refused.
		set_now(DEADLINE + 1);
		assert_noop!(terminate(DEADLINE, sign_until(DEADLINE)), Error::<Test>::DeadlineExpired);
		let later = DEADLINE + DAY;
		assert_ok!(terminate(later, sign_until(later)));
		assert_ended(id, DEADLINE + 1);
	});
}
