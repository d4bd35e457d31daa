//! The agreements pallet as a ledger pruning walks: ended agreements leave state once past the
//! cut-off, the signing window and billing's hold; expired proposals are dropped.

use super::*;
use crate::{ArchivedAgreement, Error, PartyAgreements, Proposals, UsedTerms};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::{calendar::year_of, merkle, PrunableLedger, Visit};

/// Agreement 0 on [`terms`], terminated with both signatures three days in; returns its id
/// and when it ended.
fn ended() -> (AgreementId, Moment) {
	let id = conclude(terms());
	set_now(START + 3 * DAY);
	let (subscriber, provider) =
		signatures(&SignedAction::Terminate { agreement: id, version: 1, deadline: DEADLINE });
	assert_ok!(Agreements::terminate_signed(
		origin(stranger()),
		id,
		DEADLINE,
		subscriber,
		provider
	));
	(id, START + 3 * DAY)
}

/// Visits the next item; checks that it weighed no more than the worst case.
fn close(cursor: &[u8], before: Moment) -> Visit {
	let (visit, weight) = <Agreements as PrunableLedger>::close_next(cursor, before);
	assert!(weight.all_lte(<Agreements as PrunableLedger>::close_weight()));
	visit
}

#[test]
fn an_ended_agreement_past_the_cutoff_and_the_signing_window_leaves_state_as_one_record() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, at) = ended();
		let record = Agreements::agreement(id).expect("stored");
		let terms_hash = record.terms_hash;
		set_now(at + SIGNING_WINDOW + 1);

		let Visit::Closed { agreement, year, records, next } = close(&[], at) else {
			panic!("the agreement is pruned")
		};

		assert_eq!((agreement, year, records.len()), (id, year_of(at), 1));
		let archived = ArchivedAgreement::<Test> { id, record };
		assert_eq!(records[0].leaf, merkle::leaf(&archived.encode()));
		assert_eq!((records[0].billed, records[0].period, records[0].group), (0, at, None));
		assert!(Agreements::agreement(id).is_none());
		assert!(PartyAgreements::<Test>::iter_prefix(provider()).next().is_none());
		assert!(PartyAgreements::<Test>::iter_prefix(subscriber()).next().is_none());
		assert!(UsedTerms::<Test>::get(terms_hash).is_none());
		assert!(!<Agreements as PrunableLedger>::closable_remains(at));
		// Then the proposals, of which there are none.
		assert!(matches!(close(&next, at), Visit::Kept { .. }));

		// Its signatures cannot conclude it again: their deadline passed long ago.
		let action = SignedAction::Conclude(terms());
		assert_noop!(
			Agreements::conclude_signed(
				origin(stranger()),
				terms(),
				sign(&subscriber_key(), &action),
				sign(&provider_key(), &action),
			),
			Error::<Test>::DeadlineExpired
		);
	});
}

#[test]
fn an_open_recent_still_signable_or_billed_agreement_stays() {
	ExtBuilder::default().build_and_execute(|| {
		let open = conclude(terms_with(1, &[METER_2], START, None));
		let (id, at) = ended();
		let stays = |before| {
			let kept = |visit| matches!(visit, Visit::Kept { .. });
			let first = close(&[], before);
			let Visit::Kept { next } = first.clone() else { return false };
			kept(close(&next, before)) && Agreements::agreement(id).is_some()
		};
		set_now(at + SIGNING_WINDOW + 1);
		// Ended after the cut-off.
		assert!(stays(at - 1));
		// Within the signing window.
		set_now(at + SIGNING_WINDOW);
		assert!(stays(at));
		// Billing still holds it.
		set_now(at + SIGNING_WINDOW + 1);
		Held::set(&[id].into_iter().collect());
		assert!(stays(at));
		Held::set(&Default::default());
		// Prunable now, but not reported to try_state: when billing let go of it, state does
		// not tell.
		assert!(!<Agreements as PrunableLedger>::closable_remains(at + 1));
		assert!(Agreements::agreement(open).is_some());
	});
}

#[test]
fn an_expired_proposal_is_dropped_with_its_deposit_returned_and_a_live_one_stays() {
	ExtBuilder::default().build_and_execute(|| {
		let expiring = terms();
		let live = Terms { deadline: START + 10 * DAY, ..terms_with(2, &[METER_2], START, None) };
		assert_ok!(Agreements::propose(origin(provider()), expiring.clone()));
		assert_ok!(Agreements::propose(origin(subscriber()), live.clone()));
		assert_eq!(held(&provider()), DEPOSIT);
		set_now(expiring.deadline + 1);
		// A proposal that expired before a cut-off must be gone after a pass that used it.
		assert!(<Agreements as PrunableLedger>::closable_remains(expiring.deadline + 1));
		assert!(!<Agreements as PrunableLedger>::closable_remains(expiring.deadline));

		// No agreements: the walk goes on to the proposals.
		let Visit::Kept { next } = close(&[], Moment::MAX) else { panic!("to the proposals") };
		let (mut cursor, mut dropped, mut kept) = (next.into_inner(), 0, 0);
		loop {
			match close(&cursor, Moment::MAX) {
				Visit::Dropped { next } => (dropped, cursor) = (dropped + 1, next.into_inner()),
				Visit::Kept { next } => (kept, cursor) = (kept + 1, next.into_inner()),
				Visit::End => break,
				Visit::Closed { .. } => panic!("a proposal is not history"),
			}
		}

		assert_eq!((dropped, kept), (1, 1));
		assert!(Proposals::<Test>::get(hash(&expiring)).is_none());
		assert!(Proposals::<Test>::get(hash(&live)).is_some());
		assert_eq!(held(&provider()), 0);
		// The walk left nothing expired before that cut-off; the live proposal does not count.
		assert!(!<Agreements as PrunableLedger>::closable_remains(expiring.deadline + 1));
		assert!(events().contains(&Event::ProposalExpired {
			terms_hash: hash(&expiring),
			proposer: provider()
		}));
	});
}
