//! Tests, one file per call group, with the helpers they share.

mod amendments;
mod conclusion;
mod proposals;
mod pruning;
mod terminations;
mod try_state;
mod views;

use crate::{mock::*, Event, HoldReason, SignedAction, SignedActionOf, Terms, TermsOf};
use frame_support::{assert_ok, traits::fungible::InspectHold, BoundedVec};
use meterchain_primitives::{
	AgreementId, BillingCycle, DeviceId, Moment, PaymentMode, ServiceKind,
};
use sp_core::H256;
use sp_runtime::MultiSignature;

/// The deadline of the off-line terminations the tests sign.
pub const DEADLINE: Moment = START + 7 * DAY;

/// Valid terms: the provider supplies the subscriber with electricity through [`METER`] from
/// now on, postpaid monthly, 30 days' notice, to be signed within a day.
pub fn terms() -> TermsOf<Test> {
	Terms {
		provider: provider(),
		subscriber: subscriber(),
		service: ServiceKind::Electricity,
		tariff: 7,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
		devices: BoundedVec::truncate_from(vec![METER]),
		start: START,
		end: None,
		notice_period: 30 * DAY,
		document_hash: H256::repeat_byte(0xdc),
		encrypted_document: Some(BoundedVec::truncate_from(b"ciphertext".to_vec())),
		nonce: 0,
		deadline: START + DAY,
	}
}

/// [`terms`] with another nonce, devices and window.
pub fn terms_with(
	nonce: u64,
	devices: &[DeviceId],
	start: Moment,
	end: Option<Moment>,
) -> TermsOf<Test> {
	Terms { nonce, devices: BoundedVec::truncate_from(devices.to_vec()), start, end, ..terms() }
}

/// The hash of `terms`, as the view function gives it.
pub fn hash(terms: &TermsOf<Test>) -> H256 {
	Agreements::terms_hash(terms.clone())
}

/// A signed origin.
pub fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// `key`'s signature of `action`'s signing payload.
pub fn sign(key: &Key, action: &SignedActionOf<Test>) -> MultiSignature {
	key.sign(&Agreements::signing_payload(action.clone()))
}

/// `key`'s signature of `action`'s signing payload wrapped in `<Bytes>…</Bytes>`, as
/// polkadot.js `signRaw` makes it.
pub fn sign_wrapped(key: &Key, action: &SignedActionOf<Test>) -> MultiSignature {
	let payload = Agreements::signing_payload(action.clone());
	key.sign(&[b"<Bytes>".as_slice(), &payload, b"</Bytes>"].concat())
}

/// The subscriber's and the provider's signatures of `action`.
pub fn signatures(action: &SignedActionOf<Test>) -> (MultiSignature, MultiSignature) {
	(sign(&subscriber_key(), action), sign(&provider_key(), action))
}

/// Concludes `terms` between the provider and the subscriber with both signatures. Returns
/// the new agreement's id.
pub fn conclude(terms: TermsOf<Test>) -> AgreementId {
	conclude_between(terms, &subscriber_key(), &provider_key())
}

/// Concludes `terms` signed by `subscriber` and `provider`. Returns the new agreement's id.
pub fn conclude_between(terms: TermsOf<Test>, subscriber: &Key, provider: &Key) -> AgreementId {
	let id = crate::NextAgreementId::<Test>::get();
	let action = SignedAction::Conclude(terms.clone());
	assert_ok!(Agreements::conclude_signed(
		origin(stranger()),
		terms,
		sign(subscriber, &action),
		sign(provider, &action),
	));
	id
}

/// Terms with the other subscriber (signing with its own key) and `nonce`, `devices`, window.
pub fn other_subscriber_terms(
	nonce: u64,
	devices: &[DeviceId],
	start: Moment,
	end: Option<Moment>,
) -> TermsOf<Test> {
	Terms { subscriber: other_subscriber(), ..terms_with(nonce, devices, start, end) }
}

/// Concludes an agreement between the provider and the other subscriber.
pub fn conclude_for_other_subscriber(
	nonce: u64,
	devices: &[DeviceId],
	start: Moment,
	end: Option<Moment>,
) -> AgreementId {
	conclude_between(
		other_subscriber_terms(nonce, devices, start, end),
		&other_subscriber_key(),
		&provider_key(),
	)
}

/// What is held from `who` for proposals.
pub fn held(who: &AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProposalDeposit.into(), who)
}

/// The pallet's events so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Agreements(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The pallet's last event.
pub fn last_event() -> Event<Test> {
	events().pop().expect("an event was deposited")
}

/// A way terms fail the conclusion checks: the set-up (run in a fresh test) returning the
/// terms, and the error.
pub type Failure = (fn() -> TermsOf<Test>, crate::Error<Test>);

/// A [`Failure`].
fn failure(setup: fn() -> TermsOf<Test>, error: crate::Error<Test>) -> Failure {
	(setup, error)
}

/// Every way terms fail the conclusion checks (except the signatures), for terms the provider
/// and the subscriber would otherwise both accept.
pub fn conclusion_failures() -> Vec<Failure> {
	use crate::Error::*;
	vec![
		failure(
			|| {
				conclude(terms());
				terms()
			},
			AlreadyConcluded,
		),
		failure(|| Terms { deadline: START - 1, ..terms() }, DeadlineExpired),
		failure(|| Terms { deadline: START + SIGNING_WINDOW + 1, ..terms() }, DeadlineTooFar),
		failure(|| Terms { subscriber: provider(), ..terms() }, SameParty),
		failure(|| Terms { end: Some(START), ..terms() }, InvalidPeriod),
		failure(|| Terms { notice_period: MAX_NOTICE + 1, ..terms() }, NoticeTooLong),
		failure(
			|| Terms { service: ServiceKind::Water, ..terms_with(0, &[], START, None) },
			ServiceNotOffered,
		),
		failure(|| Terms { subscriber: stranger(), ..terms() }, NotSubscriber),
		failure(|| Terms { tariff: NO_TARIFF, ..terms() }, UnknownTariff),
		failure(|| Terms { tariff: WATER_TARIFF, ..terms() }, ForeignTariff),
		failure(|| Terms { tariff: EV_TARIFF, ..terms() }, WrongTariffService),
		failure(|| terms_with(0, &[METER, METER_2, METER], START, None), DuplicateDevice),
		failure(|| terms_with(0, &[METER, NO_DEVICE], START, None), UnknownDevice),
		failure(|| terms_with(0, &[WATER_METER], START, None), ForeignDevice),
		failure(|| terms_with(0, &[CHARGER], START, None), WrongService),
		failure(|| terms_with(0, &[OLD_METER], START, None), DeviceDecommissioned),
		failure(
			|| {
				conclude_for_other_subscriber(1, &[METER], START + 10 * DAY, None);
				terms()
			},
			DeviceAlreadyCovered,
		),
		failure(
			|| {
				// Two agreements back to back in the future fill the meter's list; the new
				// terms end before them, so they overlap neither.
				conclude_for_other_subscriber(1, &[METER], START + DAY, Some(START + 2 * DAY));
				conclude_for_other_subscriber(2, &[METER], START + 2 * DAY, None);
				terms_with(0, &[METER], START, Some(START + DAY))
			},
			TooManyDeviceAgreements,
		),
		failure(
			|| {
				for nonce in 1..=MAX_OPEN as u64 {
					conclude(terms_with(nonce, &[], START, None));
				}
				terms()
			},
			TooManyOpenAgreements,
		),
	]
}
