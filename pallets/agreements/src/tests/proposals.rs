//! `propose`, `accept`, `reject`, `withdraw` and `remove_expired_proposal`: concluding on
//! chain.

use super::*;
use crate::{
	AgreementRecord, AgreementStatus, Coverage, DeviceAgreements, Error, NextAgreementId, Proposal,
	Proposals, SubscriberOpen, UsedTerms,
};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{DeviceStatus, Registry as _};

/// The subscriber proposes [`terms`]; returns their hash.
fn proposed() -> H256 {
	assert_ok!(Agreements::propose(origin(subscriber()), terms()));
	hash(&terms())
}

#[test]
fn proposing_holds_the_deposit_and_records_the_proposal() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();

		assert_eq!(
			last_event(),
			Event::Proposed {
				terms_hash,
				proposer: subscriber(),
				provider: provider(),
				subscriber: subscriber(),
				deposit: DEPOSIT,
			}
		);
		assert_eq!(held(&subscriber()), DEPOSIT);
		assert_eq!(
			Agreements::proposal(terms_hash),
			Some(Proposal { terms: terms(), proposer: subscriber(), deposit: DEPOSIT })
		);
		assert!(!UsedTerms::<Test>::contains_key(terms_hash));
	});
}

#[test]
fn the_provider_can_propose_too() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Agreements::propose(origin(provider()), terms()));
		assert_eq!(held(&provider()), DEPOSIT);
		assert_eq!(Proposals::<Test>::get(hash(&terms())).unwrap().proposer, provider());
	});
}

#[test]
fn proposing_as_a_stranger_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Agreements::propose(origin(stranger()), terms()), Error::<Test>::NotParty);
	});
}

#[test]
fn proposing_the_same_terms_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		proposed();
		assert_noop!(
			Agreements::propose(origin(provider()), terms()),
			Error::<Test>::AlreadyProposed
		);
	});
}

#[test]
fn proposing_terms_that_fail_a_check_is_refused() {
	for (setup, error) in conclusion_failures() {
		ExtBuilder::default().build_and_execute(|| {
			let terms = setup();
			assert_noop!(Agreements::propose(origin(provider()), terms), error);
		});
	}
}

#[test]
fn proposing_without_the_deposit_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms = Terms { subscriber: pauper(), ..terms() };
		assert_noop!(
			Agreements::propose(origin(pauper()), terms),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn accepting_concludes_the_agreement_and_releases_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		set_now(START + 1_000);

		assert_ok!(Agreements::accept(origin(provider()), terms_hash));

		assert_eq!(
			last_event(),
			Event::Concluded { id: 0, terms_hash, provider: provider(), subscriber: subscriber() }
		);
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::proposal(terms_hash), None);
		assert_eq!(
			Agreements::agreement(0),
			Some(AgreementRecord {
				terms: terms(),
				terms_hash,
				version: 1,
				history: Default::default(),
				status: AgreementStatus::Active,
				concluded_at: START + 1_000,
			})
		);
		assert_eq!(UsedTerms::<Test>::get(terms_hash), Some(0));
		assert_eq!(NextAgreementId::<Test>::get(), 1);
		assert_eq!(SubscriberOpen::<Test>::get(subscriber()).into_inner(), vec![0]);
		assert_eq!(
			DeviceAgreements::<Test>::get(METER).into_inner(),
			vec![Coverage {
				agreement: 0,
				service: ServiceKind::Electricity,
				start: START,
				end: None
			}]
		);
	});
}

#[test]
fn the_subscriber_accepts_what_the_provider_proposed() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Agreements::propose(origin(provider()), terms()));
		assert_ok!(Agreements::accept(origin(subscriber()), hash(&terms())));
		assert_eq!(held(&provider()), 0);
		assert!(Agreements::agreement(0).is_some());
	});
}

#[test]
fn accepting_an_unknown_proposal_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::accept(origin(provider()), hash(&terms())),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn accepting_twice_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		assert_ok!(Agreements::accept(origin(provider()), terms_hash));
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn only_the_other_party_can_accept() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		for who in [subscriber(), stranger(), other_subscriber()] {
			assert_noop!(Agreements::accept(origin(who), terms_hash), Error::<Test>::WrongParty);
		}
	});
}

#[test]
fn accepting_after_the_deadline_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		set_now(terms().deadline);
		assert_ok!(Agreements::accept(origin(provider()), terms_hash));

		assert_ok!(Agreements::propose(origin(subscriber()), terms_with(1, &[], START, None)));
		set_now(terms().deadline + 1);
		assert_noop!(
			Agreements::accept(origin(provider()), hash(&terms_with(1, &[], START, None))),
			Error::<Test>::DeadlineExpired
		);
	});
}

#[test]
fn accepting_runs_the_checks_again() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();

		// The meter became covered by another agreement meanwhile.
		let other = conclude_for_other_subscriber(1, &[METER], START + DAY, None);
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::DeviceAlreadyCovered
		);
		assert_ok!(Agreements::propose_termination(origin(provider()), other));
		assert_ok!(Agreements::approve_termination(origin(other_subscriber()), other));

		// The meter was decommissioned meanwhile.
		MockRegistry::set_device_status(METER, DeviceStatus::Decommissioned);
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::DeviceDecommissioned
		);
		MockRegistry::set_device_status(METER, DeviceStatus::Suspended);

		// The subscriber deregistered meanwhile.
		MockRegistry::set_subscriber(&subscriber(), false);
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::NotSubscriber
		);
		MockRegistry::set_subscriber(&subscriber(), true);

		// The provider stopped offering electricity meanwhile.
		MockRegistry::set_provider(&provider(), &[ServiceKind::EvCharging]);
		assert!(!MockRegistry::offers_service(&provider(), ServiceKind::Electricity));
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::ServiceNotOffered
		);
		MockRegistry::set_provider(&provider(), &[ServiceKind::Electricity]);

		// A suspended meter can still be covered.
		assert_ok!(Agreements::accept(origin(provider()), terms_hash));
	});
}

#[test]
fn accepting_when_the_ids_are_used_up_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		NextAgreementId::<Test>::put(AgreementId::MAX);
		assert_noop!(
			Agreements::accept(origin(provider()), terms_hash),
			Error::<Test>::IdsExhausted
		);
		NextAgreementId::<Test>::put(0);
	});
}

#[test]
fn rejecting_removes_the_proposal_and_releases_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		assert_ok!(Agreements::reject(origin(provider()), terms_hash));
		assert_eq!(last_event(), Event::ProposalRejected { terms_hash, by: provider() });
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::proposal(terms_hash), None);
		assert_eq!(Agreements::agreement(0), None);
	});
}

#[test]
fn rejecting_an_unknown_proposal_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::reject(origin(provider()), hash(&terms())),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn only_the_other_party_can_reject() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		for who in [subscriber(), stranger()] {
			assert_noop!(Agreements::reject(origin(who), terms_hash), Error::<Test>::WrongParty);
		}
	});
}

#[test]
fn withdrawing_removes_the_proposal_and_releases_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		assert_ok!(Agreements::withdraw(origin(subscriber()), terms_hash));
		assert_eq!(last_event(), Event::ProposalWithdrawn { terms_hash, proposer: subscriber() });
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::proposal(terms_hash), None);
		// The same terms can be proposed again.
		assert_ok!(Agreements::propose(origin(provider()), terms()));
	});
}

#[test]
fn withdrawing_an_unknown_proposal_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::withdraw(origin(subscriber()), hash(&terms())),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn only_the_proposer_can_withdraw() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		for who in [provider(), stranger()] {
			assert_noop!(Agreements::withdraw(origin(who), terms_hash), Error::<Test>::WrongParty);
		}
	});
}

#[test]
fn anyone_can_remove_a_proposal_after_its_deadline() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		set_now(terms().deadline + 1);
		assert_ok!(Agreements::remove_expired_proposal(origin(stranger()), terms_hash));
		assert_eq!(last_event(), Event::ProposalExpired { terms_hash, proposer: subscriber() });
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::proposal(terms_hash), None);
	});
}

#[test]
fn removing_an_unknown_proposal_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::remove_expired_proposal(origin(stranger()), hash(&terms())),
			Error::<Test>::UnknownProposal
		);
	});
}

#[test]
fn removing_a_proposal_up_to_its_deadline_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms_hash = proposed();
		set_now(terms().deadline);
		assert_noop!(
			Agreements::remove_expired_proposal(origin(stranger()), terms_hash),
			Error::<Test>::NotExpired
		);
	});
}
