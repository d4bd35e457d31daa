//! Tests of the validator set, its hand-over to the session pallet, and root enactment.

use crate::{mock::*, Error, Event, SetChanged, Validators};
use frame_support::{assert_noop, assert_ok};
use pallet_session::SessionManager;
use sp_runtime::{traits::BadOrigin, BuildStorage, DispatchError};

fn set() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

#[test]
fn genesis_set_is_the_first_sessions_set() {
	new_test_ext().execute_with(|| {
		assert_eq!(set(), vec![1, 2, 3]);
		assert!(!SetChanged::<Test>::get());
		assert_eq!(Consortium::new_session_genesis(0), Some(vec![1, 2, 3]));
		// Unchanged: the session pallet keeps the set it has.
		assert_eq!(Consortium::new_session(2), None);
		assert_ok!(Consortium::do_try_state());
	});
}

#[test]
fn empty_genesis_leaves_the_set_to_the_session_keys() {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(Consortium::new_session_genesis(0), None);
	});
}

#[test]
fn add_validator_queues_the_new_set_once() {
	new_test_ext().execute_with(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(set(), vec![1, 2, 3, 4]);
		assert_eq!(last_event(), Event::ValidatorAdded { who: 4 }.into());
		assert_eq!(Consortium::new_session(5), Some(vec![1, 2, 3, 4]));
		assert_eq!(last_event(), Event::ValidatorSetQueued { session: 5, validators: 4 }.into());
		// Handed over: the next rotation keeps it.
		assert_eq!(Consortium::new_session(6), None);
		assert_ok!(Consortium::do_try_state());
	});
}

#[test]
fn add_validator_errors() {
	new_test_ext().execute_with(|| {
		assert_noop!(Consortium::add_validator(RuntimeOrigin::signed(1), 4), BadOrigin);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 4));
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), 5));
		assert_eq!(set().len() as u32, MAX);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), 6),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn remove_validator_queues_the_smaller_set() {
	new_test_ext().execute_with(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 2));
		assert_eq!(set(), vec![1, 3]);
		assert_eq!(last_event(), Event::ValidatorRemoved { who: 2 }.into());
		assert!(SetChanged::<Test>::get());
		assert_eq!(Consortium::new_session(3), Some(vec![1, 3]));
		assert_ok!(Consortium::do_try_state());
	});
}

#[test]
fn remove_validator_errors() {
	new_test_ext().execute_with(|| {
		assert_noop!(Consortium::remove_validator(RuntimeOrigin::signed(COUNCIL), 1), BadOrigin);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 9),
			Error::<Test>::NotValidator
		);
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(set().len() as u32, MIN);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn enact_dispatches_as_root() {
	new_test_ext().execute_with(|| {
		// `set_storage` is root-only: it runs only if `enact` really dispatches as root.
		let call = RuntimeCall::System(frame_system::Call::set_storage {
			items: vec![(b":meterchain:test".to_vec(), b"enacted".to_vec())],
		});
		assert_ok!(Consortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(call)));
		assert_eq!(sp_io::storage::get(b":meterchain:test").as_deref(), Some(&b"enacted"[..]));
		assert_eq!(last_event(), Event::Enacted { result: Ok(()) }.into());

		// Root may add validators: an enacted motion can too.
		let add = RuntimeCall::Consortium(crate::Call::add_validator { who: 4 });
		assert_ok!(Consortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(add)));
		assert_eq!(set(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn enact_reports_the_calls_failure() {
	new_test_ext().execute_with(|| {
		let call = RuntimeCall::Consortium(crate::Call::remove_validator { who: 9 });
		assert_ok!(Consortium::enact(RuntimeOrigin::signed(COUNCIL), Box::new(call)));
		assert_eq!(
			last_event(),
			Event::Enacted { result: Err(DispatchError::from(Error::<Test>::NotValidator)) }.into()
		);
		assert_eq!(set(), vec![1, 2, 3]);
	});
}

#[test]
fn enact_errors() {
	new_test_ext().execute_with(|| {
		let call = || Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![] }));
		assert_noop!(Consortium::enact(RuntimeOrigin::signed(1), call()), BadOrigin);
		assert_noop!(Consortium::enact(RuntimeOrigin::root(), call()), BadOrigin);
	});
}

#[test]
fn try_state_catches_a_duplicate() {
	new_test_ext().execute_with(|| {
		Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![1, 2, 2]));
		assert!(Consortium::do_try_state().is_err());
		Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![1]));
		assert!(Consortium::do_try_state().is_err());
	});
}
