//! The invariants themselves: corrupted storage is caught.

use super::*;
use crate::{AgreementStatus, DeviceAgreements, PendingTerminations, SubscriberOpen};
use frame_support::assert_ok;

/// Runs `corrupt` after concluding [`terms`] and expects the invariants to fail.
fn caught(corrupt: impl FnOnce(AgreementId)) {
	ExtBuilder::default().build().execute_with(|| {
		let id = conclude(terms());
		assert_ok!(Agreements::do_try_state());
		corrupt(id);
		assert!(Agreements::do_try_state().is_err());
	});
}

#[test]
fn stale_coverage_is_caught() {
	caught(|_| DeviceAgreements::<Test>::mutate(METER, |list| list[0].end = Some(START + 1)));
}

#[test]
fn a_missing_open_slot_is_caught() {
	caught(|_| SubscriberOpen::<Test>::remove(subscriber()));
}

#[test]
fn an_ended_agreement_still_covering_a_device_is_caught() {
	caught(|id| {
		crate::Agreements::<Test>::mutate(id, |record| {
			record.as_mut().unwrap().status = AgreementStatus::Ended { at: START }
		})
	});
}

#[test]
fn a_termination_proposed_by_a_stranger_is_caught() {
	caught(|id| PendingTerminations::<Test>::insert(id, stranger()));
}

#[test]
fn a_deposit_that_is_not_held_is_caught() {
	caught(|_| {
		assert_ok!(Agreements::propose(origin(provider()), terms_with(1, &[], START, None)));
		assert_ok!(<Balances as frame_support::traits::fungible::MutateHold<_>>::release(
			&HoldReason::ProposalDeposit.into(),
			&provider(),
			DEPOSIT,
			frame_support::traits::tokens::Precision::Exact,
		));
	});
}
