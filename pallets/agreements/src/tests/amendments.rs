//! `propose_amendment`, `approve_amendment`, `cancel_amendment` and `amend_signed`.

use super::*;
use crate::{AgreementStatus, Coverage, DeviceAgreements, Error, UsedTerms};
use frame_support::{assert_noop, assert_ok};

/// The amended terms used below: [`METER_2`] instead of [`METER`], another tariff.
fn amended() -> TermsOf<Test> {
	Terms { tariff: 9, ..terms_with(1, &[METER_2], START, None) }
}

/// Concludes [`terms`] as agreement 0.
fn agreement() -> AgreementId {
	conclude(terms())
}

/// Both signatures of amending agreement `id` to `terms` as version `version`.
fn amendment_signatures(
	id: AgreementId,
	version: u32,
	terms: &TermsOf<Test>,
) -> (MultiSignature, MultiSignature) {
	signatures(&SignedAction::Amend { agreement: id, version, terms: terms.clone() })
}

/// Amends agreement `id` to `terms` with both signatures, as the next version.
fn amend(id: AgreementId, terms: TermsOf<Test>) {
	let version = Agreements::agreement(id).unwrap().version + 1;
	let (subscriber_signature, provider_signature) = amendment_signatures(id, version, &terms);
	assert_ok!(Agreements::amend_signed(
		origin(stranger()),
		id,
		terms,
		subscriber_signature,
		provider_signature
	));
}

/// Every way an amendment of agreement 0 (concluded by the set-up) fails the checks shared
/// with conclusion.
fn amendment_failures() -> Vec<Failure> {
	fn case(setup: fn() -> TermsOf<Test>, error: Error<Test>) -> Failure {
		(setup, error)
	}
	vec![
		case(
			|| {
				agreement();
				terms()
			},
			Error::AlreadyConcluded,
		),
		case(
			|| {
				agreement();
				Terms { deadline: START - 1, ..amended() }
			},
			Error::DeadlineExpired,
		),
		case(
			|| {
				agreement();
				Terms { end: Some(START - 1), ..amended() }
			},
			Error::InvalidPeriod,
		),
		case(
			|| {
				agreement();
				Terms { notice_period: MAX_NOTICE + 1, ..amended() }
			},
			Error::NoticeTooLong,
		),
		case(
			|| {
				agreement();
				MockRegistry::set_provider(&provider(), &[ServiceKind::EvCharging]);
				amended()
			},
			Error::ServiceNotOffered,
		),
		case(
			|| {
				agreement();
				Terms { tariff: NO_TARIFF, ..amended() }
			},
			Error::UnknownTariff,
		),
		case(
			|| {
				agreement();
				Terms { tariff: WATER_TARIFF, ..amended() }
			},
			Error::ForeignTariff,
		),
		case(
			|| {
				agreement();
				MockRegistry::set_subscriber(&subscriber(), false);
				amended()
			},
			Error::NotSubscriber,
		),
		case(
			|| {
				agreement();
				terms_with(1, &[METER, METER], START, None)
			},
			Error::DuplicateDevice,
		),
		case(
			|| {
				agreement();
				terms_with(1, &[NO_DEVICE], START, None)
			},
			Error::UnknownDevice,
		),
		case(
			|| {
				agreement();
				terms_with(1, &[WATER_METER], START, None)
			},
			Error::ForeignDevice,
		),
		case(
			|| {
				agreement();
				terms_with(1, &[CHARGER], START, None)
			},
			Error::WrongService,
		),
		case(
			|| {
				agreement();
				terms_with(1, &[OLD_METER], START, None)
			},
			Error::DeviceDecommissioned,
		),
		case(
			|| {
				agreement();
				conclude_for_other_subscriber(1, &[METER_2], START + DAY, None);
				amended()
			},
			Error::DeviceAlreadyCovered,
		),
		case(
			|| {
				agreement();
				conclude_for_other_subscriber(1, &[METER_2], START + DAY, Some(START + 2 * DAY));
				conclude_for_other_subscriber(2, &[METER_2], START + 2 * DAY, None);
				terms_with(3, &[METER_2], START, Some(START + DAY))
			},
			Error::TooManyDeviceAgreements,
		),
		case(
			|| {
				agreement();
				Terms { provider: other_provider(), ..amended() }
			},
			Error::AmendmentChangesParties,
		),
		case(
			|| {
				agreement();
				Terms { subscriber: other_subscriber(), ..amended() }
			},
			Error::AmendmentChangesParties,
		),
		case(
			|| {
				agreement();
				Terms { service: ServiceKind::EvCharging, ..terms_with(1, &[], START, None) }
			},
			Error::AmendmentChangesParties,
		),
		case(
			|| {
				agreement();
				for nonce in 10..10 + MAX_VERSIONS as u64 {
					amend(0, terms_with(nonce, &[METER], START, None));
				}
				amended()
			},
			Error::TooManyVersions,
		),
		case(
			|| {
				agreement();
				assert_ok!(Agreements::propose_termination(origin(provider()), 0));
				assert_ok!(Agreements::approve_termination(origin(subscriber()), 0));
				amended()
			},
			Error::AlreadyEnded,
		),
		case(
			|| {
				conclude(terms_with(0, &[METER], START, Some(START + DAY)));
				set_now(START + DAY);
				amended()
			},
			Error::AlreadyEnded,
		),
	]
}

#[test]
fn proposing_an_amendment_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		assert_eq!(
			last_event(),
			Event::AmendmentProposed {
				id,
				terms_hash: hash(&amended()),
				proposer: subscriber(),
				deposit: DEPOSIT,
			}
		);
		assert_eq!(held(&subscriber()), DEPOSIT);
		let pending = Agreements::pending_amendment(id).unwrap();
		assert_eq!((pending.terms, pending.proposer), (amended(), subscriber()));
		// Nothing changes until the other party approves.
		assert_eq!(Agreements::agreement(id).unwrap().terms, terms());
	});
}

#[test]
fn proposing_an_amendment_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::propose_amendment(origin(subscriber()), 0, amended()),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn proposing_an_amendment_as_a_stranger_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::propose_amendment(origin(stranger()), id, amended()),
			Error::<Test>::NotParty
		);
	});
}

#[test]
fn proposing_a_second_amendment_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		assert_noop!(
			Agreements::propose_amendment(
				origin(provider()),
				id,
				terms_with(2, &[METER], START, None)
			),
			Error::<Test>::AmendmentPending
		);
	});
}

#[test]
fn proposing_an_amendment_that_fails_a_check_is_refused() {
	for (setup, error) in amendment_failures() {
		ExtBuilder::default().build_and_execute(|| {
			let terms = setup();
			assert_noop!(Agreements::propose_amendment(origin(provider()), 0, terms), error);
		});
	}
}

#[test]
fn proposing_an_amendment_without_the_deposit_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let terms = Terms { subscriber: pauper(), ..terms_with(0, &[], START, None) };
		// The pauper cannot sign in this test, so the agreement is concluded on chain.
		assert_ok!(Agreements::propose(origin(provider()), terms.clone()));
		assert_ok!(Agreements::accept(origin(pauper()), hash(&terms)));
		assert_noop!(
			Agreements::propose_amendment(origin(pauper()), 0, Terms { nonce: 1, ..terms }),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn approving_an_amendment_makes_it_the_next_version() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		assert_ok!(Agreements::approve_amendment(origin(provider()), id, hash(&amended())));

		assert_eq!(last_event(), Event::Amended { id, version: 2, terms_hash: hash(&amended()) });
		let record = Agreements::agreement(id).unwrap();
		assert_eq!(record.terms, amended());
		assert_eq!(record.terms_hash, hash(&amended()));
		assert_eq!(record.version, 2);
		assert_eq!(record.history.into_inner(), vec![hash(&terms())]);
		assert_eq!(record.concluded_at, START);
		assert_eq!(UsedTerms::<Test>::get(hash(&terms())), Some(id));
		assert_eq!(UsedTerms::<Test>::get(hash(&amended())), Some(id));
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::pending_amendment(id), None);
		// The coverage moved from the first meter to the second.
		assert!(DeviceAgreements::<Test>::get(METER).is_empty());
		assert_eq!(
			DeviceAgreements::<Test>::get(METER_2).into_inner(),
			vec![Coverage {
				agreement: id,
				service: ServiceKind::Electricity,
				start: START,
				end: None
			}]
		);
	});
}

#[test]
fn approving_an_amendment_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), 0, hash(&amended())),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn approving_without_a_pending_amendment_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), id, hash(&amended())),
			Error::<Test>::NoAmendment
		);
	});
}

#[test]
fn approving_other_terms_than_those_pending_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), id, hash(&terms())),
			Error::<Test>::TermsMismatch
		);
	});
}

#[test]
fn only_the_other_party_can_approve_an_amendment() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		for who in [subscriber(), stranger()] {
			assert_noop!(
				Agreements::approve_amendment(origin(who), id, hash(&amended())),
				Error::<Test>::WrongParty
			);
		}
	});
}

#[test]
fn approving_an_amendment_runs_the_checks_again() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, Some(START + 10 * DAY)));
		let amendment = Terms { deadline: START + 20 * DAY, ..amended() };
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amendment.clone()));

		// The second meter became covered meanwhile.
		let other = conclude_for_other_subscriber(1, &[METER_2], START, Some(START + DAY));
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), id, hash(&amendment)),
			Error::<Test>::DeviceAlreadyCovered
		);
		set_now(START + DAY);
		assert_ok!(Agreements::close(origin(stranger()), other));

		// The agreement's end passed meanwhile.
		set_now(START + 10 * DAY);
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), id, hash(&amendment)),
			Error::<Test>::AlreadyEnded
		);
	});
}

#[test]
fn approving_an_amendment_after_its_deadline_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		set_now(amended().deadline + 1);
		assert_noop!(
			Agreements::approve_amendment(origin(provider()), id, hash(&amended())),
			Error::<Test>::DeadlineExpired
		);
	});
}

#[test]
fn either_party_can_cancel_a_pending_amendment() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		for who in [subscriber(), provider()] {
			assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
			assert_ok!(Agreements::cancel_amendment(origin(who), id));
			assert_eq!(
				last_event(),
				Event::AmendmentCancelled { id, terms_hash: hash(&amended()) }
			);
			assert_eq!(held(&subscriber()), 0);
			assert_eq!(Agreements::pending_amendment(id), None);
		}
	});
}

#[test]
fn cancelling_an_amendment_of_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Agreements::cancel_amendment(origin(provider()), 0),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn cancelling_an_amendment_as_a_stranger_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, amended()));
		assert_noop!(Agreements::cancel_amendment(origin(stranger()), id), Error::<Test>::NotParty);
	});
}

#[test]
fn cancelling_without_a_pending_amendment_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_noop!(
			Agreements::cancel_amendment(origin(provider()), id),
			Error::<Test>::NoAmendment
		);
	});
}

#[test]
fn amending_with_both_signatures_makes_the_next_version() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let (subscriber_signature, provider_signature) = amendment_signatures(id, 2, &amended());
		assert_ok!(Agreements::amend_signed(
			origin(stranger()),
			id,
			amended(),
			subscriber_signature,
			provider_signature
		));
		assert_eq!(last_event(), Event::Amended { id, version: 2, terms_hash: hash(&amended()) });
		let record = Agreements::agreement(id).unwrap();
		assert_eq!((record.version, record.terms), (2, amended()));
		assert_eq!(record.history.into_inner(), vec![hash(&terms())]);
		assert!(DeviceAgreements::<Test>::get(METER).is_empty());
		assert_eq!(DeviceAgreements::<Test>::get(METER_2).len(), 1);
	});
}

#[test]
fn amending_with_signatures_cancels_a_pending_amendment() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let pending = terms_with(5, &[METER], START, None);
		assert_ok!(Agreements::propose_amendment(origin(subscriber()), id, pending.clone()));
		amend(id, amended());
		let events = events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::AmendmentCancelled { id, terms_hash: hash(&pending) },
				Event::Amended { id, version: 2, terms_hash: hash(&amended()) },
			]
		);
		assert_eq!(held(&subscriber()), 0);
		assert_eq!(Agreements::pending_amendment(id), None);
	});
}

#[test]
fn an_amendment_may_keep_the_devices_and_change_the_window() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		amend(id, terms_with(1, &[METER, METER_2], START + DAY, Some(START + 9 * DAY)));
		assert_eq!(
			DeviceAgreements::<Test>::get(METER).into_inner(),
			vec![Coverage {
				agreement: id,
				service: ServiceKind::Electricity,
				start: START + DAY,
				end: Some(START + 9 * DAY),
			}]
		);
		// The window it gave up is free for another agreement.
		conclude_for_other_subscriber(2, &[METER], START + 9 * DAY, None);
	});
}

#[test]
fn an_amendment_keeps_a_notice_given() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		assert_ok!(Agreements::give_notice(origin(subscriber()), id));
		let ends_at = START + 30 * DAY;
		amend(id, terms_with(1, &[METER], START, Some(START + 60 * DAY)));
		let record = Agreements::agreement(id).unwrap();
		assert_eq!(record.status, AgreementStatus::NoticeGiven { by: subscriber(), ends_at });
		assert_eq!(record.effective_end(), Some(ends_at));
		assert_eq!(DeviceAgreements::<Test>::get(METER)[0].end, Some(ends_at));
	});
}

#[test]
fn amending_an_unknown_agreement_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let (subscriber_signature, provider_signature) = amendment_signatures(0, 2, &amended());
		assert_noop!(
			Agreements::amend_signed(
				origin(stranger()),
				0,
				amended(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::UnknownAgreement
		);
	});
}

#[test]
fn amending_with_terms_that_fail_a_check_is_refused() {
	for (setup, error) in amendment_failures() {
		ExtBuilder::default().build_and_execute(|| {
			let terms = setup();
			let version = Agreements::agreement(0).unwrap().version + 1;
			let (subscriber_signature, provider_signature) =
				amendment_signatures(0, version, &terms);
			assert_noop!(
				Agreements::amend_signed(
					origin(stranger()),
					0,
					terms,
					subscriber_signature,
					provider_signature
				),
				error
			);
		});
	}
}

#[test]
fn a_forged_amendment_signature_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let action = SignedAction::Amend { agreement: id, version: 2, terms: amended() };
		let (subscriber_signature, provider_signature) = signatures(&action);
		assert_noop!(
			Agreements::amend_signed(
				origin(stranger()),
				id,
				amended(),
				sign(&stranger_key(), &action),
				provider_signature
			),
			Error::<Test>::BadSubscriberSignature
		);
		assert_noop!(
			Agreements::amend_signed(
				origin(stranger()),
				id,
				amended(),
				subscriber_signature,
				sign(&stranger_key(), &action)
			),
			Error::<Test>::BadProviderSignature
		);
	});
}

#[test]
fn amendment_signatures_for_another_version_or_agreement_are_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		conclude_for_other_subscriber(1, &[METER_3], START, None);
		for (agreement, version) in [(id, 1), (id, 3), (1, 2)] {
			let (subscriber_signature, provider_signature) =
				amendment_signatures(agreement, version, &amended());
			assert_noop!(
				Agreements::amend_signed(
					origin(stranger()),
					id,
					amended(),
					subscriber_signature,
					provider_signature
				),
				Error::<Test>::BadSubscriberSignature
			);
		}
	});
}

#[test]
fn a_signed_amendment_replayed_against_a_later_version_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		// Both sign `amended()` as version 2, but another amendment becomes version 2 first.
		let (subscriber_signature, provider_signature) = amendment_signatures(id, 2, &amended());
		amend(id, terms_with(7, &[METER], START, None));
		assert_noop!(
			Agreements::amend_signed(
				origin(stranger()),
				id,
				amended(),
				subscriber_signature.clone(),
				provider_signature.clone()
			),
			Error::<Test>::BadSubscriberSignature
		);

		// And an amendment that was applied cannot be applied again.
		let (subscriber_signature, provider_signature) = amendment_signatures(id, 3, &amended());
		assert_ok!(Agreements::amend_signed(
			origin(stranger()),
			id,
			amended(),
			subscriber_signature.clone(),
			provider_signature.clone()
		));
		assert_noop!(
			Agreements::amend_signed(
				origin(stranger()),
				id,
				amended(),
				subscriber_signature,
				provider_signature
			),
			Error::<Test>::AlreadyConcluded
		);
	});
}

#[test]
fn bytes_wrapped_amendment_signatures_are_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let id = agreement();
		let action = SignedAction::Amend { agreement: id, version: 2, terms: amended() };
		assert_ok!(Agreements::amend_signed(
			origin(stranger()),
			id,
			amended(),
			sign_wrapped(&subscriber_key(), &action),
			sign_wrapped(&provider_key(), &action),
		));
	});
}
