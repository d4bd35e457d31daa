//! `register_tag`, `set_tag_blocked`, `remove_tag`, and tag authorization at a charger.

use super::*;
use crate::{Error, IdTags, SubscriberTags, TagInfo};
use frame_support::{assert_noop, assert_ok};
use meterchain_primitives::TagStatus;

const HOUR: u64 = 3_600_000;

#[test]
fn a_subscriber_registers_a_tag() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		let expiry = Some(START + HOUR);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"04A2B3C4"), expiry));
		assert_eq!(
			last_event(),
			Event::TagRegistered { tag: tag(b"04A2B3C4"), owner: ALICE, expires_at: expiry }
		);
		assert_eq!(
			IdTags::<Test>::get(tag(b"04A2B3C4")),
			Some(TagInfo {
				owner: ALICE,
				expires_at: expiry,
				blocked_since: None,
				registered_at: START
			})
		);
		assert_eq!(SubscriberTags::<Test>::get(ALICE).into_inner(), vec![tag(b"04A2B3C4")]);

		// A tag of the longest length, without expiry.
		let longest = tag(&[b'z'; 20]);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), longest.clone(), None));
		assert_eq!(IdTags::<Test>::get(&longest).unwrap().expires_at, None);
		assert_eq!(SubscriberTags::<Test>::get(ALICE).len(), 2);
	});
}

#[test]
fn only_a_subscriber_registers_tags() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None),
			Error::<Test>::NotSubscriber
		);
	});
}

#[test]
fn a_tag_cannot_be_empty() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b""), None),
			Error::<Test>::EmptyTag
		);
	});
}

#[test]
fn a_tag_must_be_printable_ascii() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		for bad in [&b"card\n"[..], "kärte".as_bytes(), &[0x04, 0xa1]] {
			assert_noop!(
				Registry::register_tag(RuntimeOrigin::signed(ALICE), raw_tag(bad), None),
				Error::<Test>::MalformedTag
			);
		}
	});
}

#[test]
fn tags_match_without_regard_to_case_as_in_ocpp() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), raw_tag(b"04a1b2"), None));
		// Stored, and announced, upper-cased.
		assert_eq!(
			last_event(),
			Event::TagRegistered { tag: raw_tag(b"04A1B2"), owner: ALICE, expires_at: None }
		);
		assert!(IdTags::<Test>::contains_key(raw_tag(b"04A1B2")));
		assert_eq!(Registry::tag_info(raw_tag(b"04a1B2")).map(|info| info.owner), Some(ALICE));
		// The same tag in another case is the same tag.
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(BOB), raw_tag(b"04A1B2"), None),
			Error::<Test>::TagTaken
		);
		// A charger sending it in lower case is answered for the registered tag.
		MockAgreements::set_between(ALICE, PROVIDER, false, START, None);
		let charger = charger(1);
		assert_eq!(Registry::authorize_tag(&raw_tag(b"04a1b2"), charger), TagStatus::Accepted);
		// Metering asks through the trait, for the owner to bill.
		assert_eq!(
			<Registry as meterchain_primitives::Registry>::tag_owner(
				&raw_tag(b"04a1b2"),
				charger,
				START
			),
			Ok(ALICE)
		);
		// Blocking and removing find it in any case, too.
		assert_ok!(Registry::set_tag_blocked(
			RuntimeOrigin::signed(ALICE),
			raw_tag(b"04a1b2"),
			true
		));
		assert_eq!(last_event(), Event::TagBlocked { tag: raw_tag(b"04A1B2"), owner: ALICE });
		assert_eq!(Registry::authorize_tag(&raw_tag(b"04A1B2"), charger), TagStatus::Blocked);
		assert_eq!(
			<Registry as meterchain_primitives::Registry>::tag_owner(
				&raw_tag(b"04A1B2"),
				charger,
				START
			),
			Err(TagStatus::Blocked)
		);
		assert_ok!(Registry::remove_tag(RuntimeOrigin::signed(ALICE), raw_tag(b"04a1b2")));
		assert!(!IdTags::<Test>::contains_key(raw_tag(b"04A1B2")));
	});
}

#[test]
fn a_malformed_tag_is_invalid_at_a_charger_and_unknown_to_the_owner_calls() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		assert_eq!(Registry::authorize_tag(&raw_tag(b"card\n"), charger), TagStatus::Invalid);
		assert_noop!(
			Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), raw_tag(b"card\n"), true),
			Error::<Test>::UnknownTag
		);
		assert_noop!(
			Registry::remove_tag(RuntimeOrigin::signed(ALICE), raw_tag(b"card\n")),
			Error::<Test>::UnknownTag
		);
	});
}

#[test]
fn a_tag_cannot_be_registered_twice() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None),
			Error::<Test>::TagTaken
		);
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(BOB), tag(b"card"), None),
			Error::<Test>::TagTaken
		);
	});
}

#[test]
fn a_tag_must_expire_in_the_future() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), Some(START)),
			Error::<Test>::ExpiryInPast
		);
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), Some(START - 1)),
			Error::<Test>::ExpiryInPast
		);
		assert_ok!(Registry::register_tag(
			RuntimeOrigin::signed(ALICE),
			tag(b"card"),
			Some(START + 1)
		));
	});
}

#[test]
fn a_subscriber_holds_a_bounded_number_of_tags() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		for n in 0..MAX_TAGS as u8 {
			assert_ok!(Registry::register_tag(
				RuntimeOrigin::signed(ALICE),
				tag(&[b'A' + n]),
				None
			));
		}
		assert_noop!(
			Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"one more"), None),
			Error::<Test>::TooManyTags
		);
	});
}

#[test]
fn the_owner_blocks_and_unblocks_a_tag() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));

		assert_ok!(Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), true));
		assert_eq!(last_event(), Event::TagBlocked { tag: tag(b"card"), owner: ALICE });
		assert_eq!(IdTags::<Test>::get(tag(b"card")).unwrap().blocked_since, Some(START));

		assert_ok!(Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), false));
		assert_eq!(last_event(), Event::TagUnblocked { tag: tag(b"card"), owner: ALICE });
		assert_eq!(IdTags::<Test>::get(tag(b"card")).unwrap().blocked_since, None);
	});
}

#[test]
fn blocking_an_unknown_tag_fails() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), true),
			Error::<Test>::UnknownTag
		);
	});
}

#[test]
fn only_the_owner_blocks_a_tag() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		assert_noop!(
			Registry::set_tag_blocked(RuntimeOrigin::signed(BOB), tag(b"card"), true),
			Error::<Test>::NotTagOwner
		);
	});
}

#[test]
fn the_owner_removes_a_tag_and_it_can_be_registered_again() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"fob"), None));

		assert_ok!(Registry::remove_tag(RuntimeOrigin::signed(ALICE), tag(b"card")));
		assert_eq!(last_event(), Event::TagRemoved { tag: tag(b"card"), owner: ALICE });
		assert!(!IdTags::<Test>::contains_key(tag(b"card")));
		assert_eq!(SubscriberTags::<Test>::get(ALICE).into_inner(), vec![tag(b"fob")]);

		// The last tag gone, the list is gone.
		assert_ok!(Registry::remove_tag(RuntimeOrigin::signed(ALICE), tag(b"fob")));
		assert!(!SubscriberTags::<Test>::contains_key(ALICE));

		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(BOB), tag(b"card"), None));
		assert_eq!(IdTags::<Test>::get(tag(b"card")).unwrap().owner, BOB);
	});
}

#[test]
fn removing_an_unknown_tag_fails() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		assert_noop!(
			Registry::remove_tag(RuntimeOrigin::signed(ALICE), tag(b"card")),
			Error::<Test>::UnknownTag
		);
	});
}

#[test]
fn only_the_owner_removes_a_tag() {
	ExtBuilder::default().build_and_execute(|| {
		subscribe(ALICE);
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(ALICE), tag(b"card"), None));
		assert_noop!(
			Registry::remove_tag(RuntimeOrigin::signed(BOB), tag(b"card")),
			Error::<Test>::NotTagOwner
		);
	});
}

/// ALICE with tag `card` expiring in an hour, a postpaid EV-charging agreement with
/// [`PROVIDER`], and a charger of it; returns the charger.
fn charging_setup(prepaid: bool) -> DeviceId {
	subscribe(ALICE);
	assert_ok!(Registry::register_tag(
		RuntimeOrigin::signed(ALICE),
		tag(b"card"),
		Some(START + HOUR)
	));
	MockAgreements::set_between(ALICE, PROVIDER, prepaid, START, None);
	charger(1)
}

#[test]
fn a_valid_tag_with_an_agreement_is_accepted() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Accepted);
		// Prepaid with credit: accepted too.
		MockAgreements::set_between(ALICE, PROVIDER, true, START, None);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Accepted);
	});
}

#[test]
fn an_unknown_tag_or_charger_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		assert_eq!(Registry::authorize_tag(&tag(b"other"), charger), TagStatus::Invalid);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger + 1), TagStatus::Invalid);
	});
}

#[test]
fn a_tag_at_a_meter_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		charging_setup(false);
		let meter = commission(DeviceKind::Meter, ServiceKind::EvCharging, 2, None);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), meter), TagStatus::Invalid);
	});
}

#[test]
fn a_tag_at_an_inactive_charger_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		assert_ok!(Registry::suspend_device(RuntimeOrigin::signed(PROVIDER), charger));
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Invalid);
		assert_ok!(Registry::decommission_device(RuntimeOrigin::signed(PROVIDER), charger));
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Invalid);
	});
}

#[test]
fn a_tag_at_a_suspended_providers_charger_is_invalid() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		suspend_provider();
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Invalid);
	});
}

#[test]
fn a_blocked_tag_is_blocked() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		assert_ok!(Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), true));
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Blocked);
	});
}

#[test]
fn a_tag_expires_at_its_expiry() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		set_now(START + HOUR - 1);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Accepted);
		set_now(START + HOUR);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Expired);
	});
}

#[test]
fn a_tag_without_an_agreement_with_the_chargers_provider_is_blocked() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		// An agreement with another provider does not count.
		MockAgreements::set_between(ALICE, OTHER_PROVIDER, false, START, None);
		MockAgreements::set_between(ALICE, PROVIDER, false, START + 1, None);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Blocked);
		// Nor one that has ended.
		MockAgreements::set_between(ALICE, PROVIDER, false, START - 2, Some(START));
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Blocked);
	});
}

#[test]
fn a_prepaid_tag_without_credit_has_no_credit_yet_its_sessions_are_attributed() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(true);
		MockCredit::set(false);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::NoCredit);
		// A session already charged is still attributed to the tag's owner: it was consumed,
		// and billing records what the credit does not cover as owed.
		assert_eq!(
			<Registry as meterchain_primitives::Registry>::tag_owner(&tag(b"card"), charger, START),
			Ok(ALICE)
		);
		// A postpaid agreement needs no credit.
		MockAgreements::set_between(ALICE, PROVIDER, false, START, None);
		assert_eq!(Registry::authorize_tag(&tag(b"card"), charger), TagStatus::Accepted);
	});
}

/// Issue 23, path 4: a session is judged by the tag as it was when the session started. Before
/// the fix, blocking the tag after charging made the session unbillable, and a tag removed and
/// registered by someone else billed the new owner for the old owner's session.
#[test]
fn a_session_is_attributed_by_the_tag_as_it_was_at_the_sessions_start() {
	ExtBuilder::default().build_and_execute(|| {
		let charger = charging_setup(false);
		let owner = |at| {
			<Registry as meterchain_primitives::Registry>::tag_owner(&tag(b"card"), charger, at)
		};
		let (session_start, blocked, handed_over) =
			(START + 60_000, START + 600_000, START + 1_200_000);
		// The driver blocks the card after charging: the session stays theirs; one that
		// started after the block is refused.
		set_now(blocked);
		assert_ok!(Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), true));
		assert_eq!(owner(session_start), Ok(ALICE));
		assert_eq!(owner(blocked), Err(TagStatus::Blocked));
		// Blocking again does not move the moment it was blocked.
		set_now(handed_over);
		assert_ok!(Registry::set_tag_blocked(RuntimeOrigin::signed(ALICE), tag(b"card"), true));
		assert_eq!(owner(blocked), Err(TagStatus::Blocked));
		assert_eq!(owner(session_start), Ok(ALICE));
		// The card passes to Bob: the old session is not his.
		assert_ok!(Registry::remove_tag(RuntimeOrigin::signed(ALICE), tag(b"card")));
		subscribe(BOB);
		assert_ok!(Registry::register_tag(RuntimeOrigin::signed(BOB), tag(b"card"), None));
		MockAgreements::set_between(BOB, PROVIDER, false, START, None);
		assert_eq!(owner(session_start), Err(TagStatus::Invalid));
		assert_eq!(owner(handed_over), Ok(BOB));
	});
}
