//! The view functions, the [`meterchain_primitives::Agreements`] answers and the hooks.

use super::*;
use crate::MAX_PAGE;
use frame_support::{assert_ok, traits::Hooks};
use meterchain_primitives::{ActiveAgreement, Agreements as AgreementsApi};

fn active_for_device(
	device: DeviceId,
	service: ServiceKind,
	at: Moment,
) -> Option<ActiveAgreement<AccountId, Balance>> {
	<Agreements as AgreementsApi>::active_for_device(device, service, at)
}

fn active_between(
	subscriber: &AccountId,
	provider: &AccountId,
	service: ServiceKind,
	at: Moment,
) -> Option<ActiveAgreement<AccountId, Balance>> {
	<Agreements as AgreementsApi>::active_between(subscriber, provider, service, at)
}

#[test]
fn a_partys_agreements_come_in_pages() {
	ExtBuilder::default().build_and_execute(|| {
		for nonce in 0..3 {
			conclude(terms_with(nonce, &[], START, None));
		}
		conclude_for_other_subscriber(3, &[], START, None);

		let first = Agreements::agreements_of(subscriber(), None, 2);
		assert_eq!(first.len(), 2);
		let rest = Agreements::agreements_of(subscriber(), first.last().copied(), 2);
		assert_eq!(rest.len(), 1);
		let mut all = [first, rest].concat();
		all.sort();
		assert_eq!(all, vec![0, 1, 2]);

		let mut providers = Agreements::agreements_of(provider(), None, u32::MAX);
		providers.sort();
		assert_eq!(providers, vec![0, 1, 2, 3]);
		assert_eq!(Agreements::agreements_of(other_subscriber(), None, 10), vec![3]);
		assert!(Agreements::agreements_of(stranger(), None, 10).is_empty());
		assert_eq!(MAX_PAGE, 100);
	});
}

#[test]
fn ended_agreements_stay_in_a_partys_list() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms());
		assert_ok!(Agreements::propose_termination(origin(subscriber()), id));
		assert_ok!(Agreements::approve_termination(origin(provider()), id));
		assert_eq!(Agreements::agreements_of(subscriber(), None, 10), vec![id]);
		assert!(Agreements::agreement(id).is_some());
	});
}

#[test]
fn an_agreements_devices_are_answered_until_it_ends() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms_with(0, &[METER], START, None));
		assert_eq!(<Agreements as AgreementsApi>::devices(id), vec![METER]);
		assert!(<Agreements as AgreementsApi>::devices(id + 1).is_empty());
		assert_ok!(Agreements::propose_termination(origin(subscriber()), id));
		assert_ok!(Agreements::approve_termination(origin(provider()), id));
		assert!(crate::Agreements::<Test>::get(id).expect("kept").is_ended());
		assert!(<Agreements as AgreementsApi>::devices(id).is_empty());
	});
}

#[test]
fn a_device_is_answered_with_the_agreement_covering_it_at_that_moment() {
	ExtBuilder::default().build_and_execute(|| {
		let first = conclude(terms_with(0, &[METER], START, Some(START + 10 * DAY)));
		let second = conclude_for_other_subscriber(1, &[METER], START + 10 * DAY, None);

		assert_eq!(active_for_device(METER, ServiceKind::Electricity, START - 1), None);
		let answer = active_for_device(METER, ServiceKind::Electricity, START).unwrap();
		assert_eq!(
			answer,
			ActiveAgreement {
				id: first,
				version: 1,
				subscriber: subscriber(),
				provider: provider(),
				service: ServiceKind::Electricity,
				tariff: 7,
				cycle: BillingCycle::Monthly,
				payment: PaymentMode::Postpaid { due_days: 14 },
				start: START,
				end: Some(START + 10 * DAY),
				notice_period: 30 * DAY,
			}
		);
		let later = active_for_device(METER, ServiceKind::Electricity, START + 10 * DAY).unwrap();
		assert_eq!((later.id, later.subscriber), (second, other_subscriber()));
		assert_eq!(active_for_device(METER, ServiceKind::Water, START), None);
		assert_eq!(active_for_device(METER_2, ServiceKind::Electricity, START), None);

		// After notice, the answer carries the notice's end, and nothing after it.
		assert_ok!(Agreements::give_notice(origin(other_subscriber()), second));
		let ends_at = START + 30 * DAY;
		assert_eq!(
			active_for_device(METER, ServiceKind::Electricity, START + 10 * DAY).unwrap().end,
			Some(ends_at)
		);
		assert_eq!(active_for_device(METER, ServiceKind::Electricity, ends_at), None);
	});
}

#[test]
fn an_amended_agreement_is_answered_in_its_new_version() {
	ExtBuilder::default().build_and_execute(|| {
		let id = conclude(terms());
		let amended = Terms { tariff: 8, ..terms_with(1, &[METER], START, None) };
		let (s, p) =
			signatures(&SignedAction::Amend { agreement: id, version: 2, terms: amended.clone() });
		assert_ok!(Agreements::amend_signed(origin(stranger()), id, amended, s, p));
		let answer = active_for_device(METER, ServiceKind::Electricity, START).unwrap();
		assert_eq!((answer.version, answer.tariff), (2, 8));
	});
}

#[test]
fn an_agreement_between_two_parties_is_answered_for_public_chargers() {
	ExtBuilder::default().build_and_execute(|| {
		let ev = Terms {
			service: ServiceKind::EvCharging,
			tariff: EV_TARIFF,
			payment: PaymentMode::Prepaid { low_credit_threshold: 50 },
			..terms_with(0, &[], START + DAY, None)
		};
		let id = conclude(ev);
		conclude(terms_with(1, &[METER], START, None));

		let at = START + DAY;
		let answer = active_between(&subscriber(), &provider(), ServiceKind::EvCharging, at);
		assert_eq!(answer.map(|a| (a.id, a.payment.is_prepaid())), Some((id, true)));
		assert_eq!(
			active_between(&subscriber(), &provider(), ServiceKind::EvCharging, START),
			None
		);
		assert_eq!(
			active_between(&subscriber(), &other_provider(), ServiceKind::EvCharging, at),
			None
		);
		assert_eq!(
			active_between(&other_subscriber(), &provider(), ServiceKind::EvCharging, at),
			None
		);
		assert_eq!(
			active_between(&subscriber(), &provider(), ServiceKind::Electricity, at).map(|a| a.id),
			Some(1)
		);
	});
}

#[test]
fn an_agreement_is_answered_until_it_has_ended() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!<Agreements as AgreementsApi>::has_active_agreement(&subscriber()));
		let id = conclude(terms_with(0, &[METER], START, Some(START + DAY)));
		assert!(<Agreements as AgreementsApi>::has_active_agreement(&subscriber()));
		assert!(!<Agreements as AgreementsApi>::has_active_agreement(&provider()));
		let answer = <Agreements as AgreementsApi>::agreement(id).unwrap();
		assert_eq!(answer.end, Some(START + DAY));

		// Past its end but not closed: still answered, with its end.
		set_now(START + DAY);
		assert!(<Agreements as AgreementsApi>::agreement(id).is_some());
		assert_ok!(Agreements::close(origin(stranger()), id));
		assert_eq!(<Agreements as AgreementsApi>::agreement(id), None);
		assert!(!<Agreements as AgreementsApi>::has_active_agreement(&subscriber()));
		assert_eq!(<Agreements as AgreementsApi>::agreement(99), None);
		// Billing still finds it, with when it ended, to invoice its last period.
		let ended = <Agreements as AgreementsApi>::concluded(id).unwrap();
		assert_eq!((ended.id, ended.end), (id, Some(START + DAY)));
		assert_eq!(<Agreements as AgreementsApi>::concluded(99), None);
	});
}

#[test]
fn the_configuration_is_sane() {
	ExtBuilder::default().build_and_execute(|| {
		<Agreements as Hooks<u64>>::integrity_test();
	});
}
