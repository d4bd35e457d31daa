//! The traits through which Meterchain's pallets talk.
//!
//! | trait | answered by | asked by |
//! |---|---|---|
//! | [`Registry`] | the registry pallet | agreements, metering, billing |
//! | [`Agreements`] | the agreements pallet | registry, metering, billing |
//! | [`CreditCheck`] | billing (prepaid credit) | registry (id-tag authorization) |
//! | [`Tariffs`] | billing (published tariffs) | agreements (the tariff that terms name) |
//!
//! Each answer reflects the state at the moment of the call. [`Registry`] and [`Agreements`]
//! name the account (and balance) types they answer in as associated types, the way
//! `sp_staking::StakingInterface` does, so that an asking pallet constrains only those it uses
//! (`Registry<AccountId = Self::AccountId>`). `CreditCheck`'s `()` implementation answers
//! "has credit", which suits tests and runtimes without billing.

use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

use crate::{
	AgreementId, BillingCycle, DeviceId, DeviceKey, DeviceKind, DeviceStatus, GroupId, IdTag,
	Moment, PaymentMode, ServiceKind, TagStatus, TariffId,
};

/// What other pallets know about a device.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct DeviceInfo<AccountId> {
	/// The provider that commissioned the device and owns it.
	pub provider: AccountId,
	/// Meter or charger.
	pub kind: DeviceKind,
	/// The service it measures.
	pub service: ServiceKind,
	/// The key its readings must be signed with.
	pub key: DeviceKey,
	/// How many times the key was rotated. A device's reading counter may restart only when
	/// this changes.
	pub key_epoch: u32,
	/// Active, suspended or decommissioned.
	pub status: DeviceStatus,
	/// The group the device belongs to, if any.
	pub group: Option<GroupId>,
	/// Seconds between two reports the device is expected to send.
	pub reporting_interval_secs: u32,
}

/// A device as submitting its data needs it: the record, and two answers the registry gives
/// from the same look-up.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DeviceAccess<AccountId> {
	/// The device.
	pub info: DeviceInfo<AccountId>,
	/// Whether the device and its provider are active.
	pub active: bool,
	/// Whether the submitter asked about may submit for it (its provider, one of the
	/// provider's gateways, or its group's aggregator; always for the device itself). False
	/// when `active` is.
	pub may_submit: bool,
}

/// The registry of providers, subscribers, devices, groups and gateways.
pub trait Registry {
	/// The chain's account id.
	type AccountId;

	/// Whether `who` is a registered provider that is not suspended.
	fn is_active_provider(who: &Self::AccountId) -> bool;
	/// Whether `provider` is active and offers `service`.
	fn offers_service(provider: &Self::AccountId, service: ServiceKind) -> bool;
	/// Whether `who` is a registered subscriber.
	fn is_subscriber(who: &Self::AccountId) -> bool;
	/// The device `id`, whatever its status.
	fn device(id: DeviceId) -> Option<DeviceInfo<Self::AccountId>>;
	/// Whether `who` may submit data signed by `device`: its provider, one of the provider's
	/// gateways, or the aggregator of the device's group. The device itself must be active.
	fn may_submit_for(who: &Self::AccountId, device: DeviceId) -> bool;
	/// The key with which `provider` signs prepaid top-up tokens.
	fn token_key(provider: &Self::AccountId) -> Option<DeviceKey>;

	/// The owner of id tag `tag` presented at charger `charger` at `at` (a session's start),
	/// to attribute the session to: its owner if OCPP would have answered `Accepted` then — or
	/// `NoCredit`, since what a session charged was consumed and is billed like any usage —
	/// otherwise the status a charger would have shown. Blocking the tag, or its passing to
	/// another owner, after `at` does not change the answer.
	fn tag_owner(tag: &IdTag, charger: DeviceId, at: Moment) -> Result<Self::AccountId, TagStatus> {
		let _ = (tag, charger, at);
		Err(TagStatus::Invalid)
	}

	/// Device `id` with whether it is active and whether `who` may submit for it (`None`: the
	/// device itself submits). Metering asks this once per report, so the registry answers it
	/// from one read of the device and one of its provider.
	fn device_access(
		id: DeviceId,
		who: Option<&Self::AccountId>,
	) -> Option<DeviceAccess<Self::AccountId>> {
		let info = Self::device(id)?;
		let active =
			info.status == DeviceStatus::Active && Self::is_active_provider(&info.provider);
		let may_submit = active && who.is_none_or(|who| Self::may_submit_for(who, id));
		Some(DeviceAccess { info, active, may_submit })
	}

	/// Whether device `id` exists and is active.
	fn is_device_active(id: DeviceId) -> bool {
		Self::device(id).is_some_and(|d| d.status == DeviceStatus::Active)
	}
	/// The provider that owns device `id`.
	fn device_provider(id: DeviceId) -> Option<Self::AccountId> {
		Self::device(id).map(|d| d.provider)
	}
	/// The group of device `id`, if it exists and is in one.
	fn device_group(id: DeviceId) -> Option<GroupId> {
		Self::device(id).and_then(|d| d.group)
	}
}

/// An agreement in force, as other pallets see it: who pays whom, for what, how.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct ActiveAgreement<AccountId, Balance> {
	/// The agreement's number.
	pub id: AgreementId,
	/// The current version of its terms (1 for the original, +1 per amendment).
	pub version: u32,
	/// Who consumes and pays.
	pub subscriber: AccountId,
	/// Who supplies and bills.
	pub provider: AccountId,
	/// The service supplied.
	pub service: ServiceKind,
	/// The provider's tariff that prices it.
	pub tariff: TariffId,
	/// The billing period length.
	pub cycle: BillingCycle,
	/// Postpaid or prepaid.
	pub payment: PaymentMode<Balance>,
	/// From when the agreement applies.
	pub start: Moment,
	/// Until when it applies (exclusive), if it ends: its stated end, or the end of a
	/// termination's notice period.
	pub end: Option<Moment>,
	/// The notice either party gives to end it (ms). A new tariff version reaches the
	/// agreement no sooner than this after it was published, so the subscriber can leave
	/// before a price change applies.
	pub notice_period: Moment,
}

impl<AccountId, Balance> ActiveAgreement<AccountId, Balance> {
	/// Whether the agreement applies at `at`: `start <= at < end`.
	pub fn applies_at(&self, at: Moment) -> bool {
		self.start <= at && self.end.is_none_or(|end| at < end)
	}
}

/// The service agreements between subscribers and providers.
pub trait Agreements {
	/// The chain's account id.
	type AccountId;
	/// The currency's balance (a prepaid agreement's low-credit threshold is one).
	type Balance;

	/// The agreement that covers `device` for `service` at `at`. There is at most one.
	fn active_for_device(
		device: DeviceId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreementOf<Self>>;
	/// An agreement between `subscriber` and `provider` for `service` that applies at `at`
	/// (used where the device is not the subscriber's, e.g. a public charger).
	fn active_between(
		subscriber: &Self::AccountId,
		provider: &Self::AccountId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreementOf<Self>>;
	/// Agreement `id` in its current version, unless it was terminated and has ended.
	fn agreement(id: AgreementId) -> Option<ActiveAgreementOf<Self>>;
	/// Agreement `id` in its current version, ended ones included (their `end` is when they
	/// ended): billing invoices an agreement's last period after it ended.
	fn concluded(id: AgreementId) -> Option<ActiveAgreementOf<Self>> {
		Self::agreement(id)
	}
	/// Whether `who` is the subscriber of any agreement that has not ended.
	fn has_active_agreement(who: &Self::AccountId) -> bool;
	/// The devices agreement `id` covers (none if it is unknown, has ended, or covers none,
	/// as an EV-charging agreement does).
	fn devices(id: AgreementId) -> Vec<DeviceId>;
}

/// An agreement as an [`Agreements`] implementation hands it out.
pub type ActiveAgreementOf<A> =
	ActiveAgreement<<A as Agreements>::AccountId, <A as Agreements>::Balance>;

/// Prepaid credit, as far as authorizing a charge needs it.
pub trait CreditCheck<AccountId> {
	/// Whether `subscriber` still has credit under prepaid agreement `agreement`.
	fn has_credit(subscriber: &AccountId, agreement: AgreementId) -> bool;
}

/// Without a billing pallet every subscriber has credit.
impl<AccountId> CreditCheck<AccountId> for () {
	fn has_credit(_: &AccountId, _: AgreementId) -> bool {
		true
	}
}

/// Published tariffs, as far as checking the terms of an agreement needs them.
pub trait Tariffs<AccountId> {
	/// The provider that published tariff `id` and the service it prices; `None` if there is
	/// no such tariff.
	fn tariff(id: TariffId) -> Option<(AccountId, ServiceKind)>;
}

/// Sets up a tariff directly, for benchmarks of pallets that consult [`Tariffs`]. The billing
/// pallet implements it; the runtime hands it to the benchmarked pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait TariffsBenchmarking<AccountId> {
	/// Publishes a tariff of `provider` for `service` and returns its id.
	fn make_tariff(provider: &AccountId, service: ServiceKind) -> TariffId;
}

/// Sets up registry records directly, for benchmarks of pallets that consult the [`Registry`]
/// (their worst cases need providers, subscribers and devices to exist). The registry pallet
/// implements it; the runtime hands it to the benchmarked pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait RegistryBenchmarking<AccountId> {
	/// Makes `who` an active provider offering `service` (in addition to what it offered).
	fn make_provider(who: &AccountId, service: ServiceKind);
	/// Makes `who` a registered subscriber, without a deposit.
	fn make_subscriber(who: &AccountId);
	/// Commissions a new active meter of `provider` for `service`, with a key derived from
	/// `seed`, and returns its id.
	fn make_device(provider: &AccountId, service: ServiceKind, seed: u32) -> DeviceId;
	/// Commissions an active device of `kind` with public key `key` (whose secret the
	/// benchmark holds, so that it can sign readings) for `provider`; returns its id.
	fn make_keyed_device(
		provider: &AccountId,
		kind: DeviceKind,
		service: ServiceKind,
		key: DeviceKey,
	) -> DeviceId;
}

#[cfg(test)]
mod tests {
	use super::*;

	fn agreement(start: Moment, end: Option<Moment>) -> ActiveAgreement<u64, u128> {
		ActiveAgreement {
			id: 0,
			version: 1,
			subscriber: 1,
			provider: 2,
			service: ServiceKind::Water,
			tariff: 0,
			cycle: BillingCycle::Monthly,
			payment: PaymentMode::Postpaid { due_days: 14 },
			start,
			end,
			notice_period: 0,
		}
	}

	#[test]
	fn an_agreement_applies_from_its_start_until_just_before_its_end() {
		let open = agreement(100, None);
		assert!(!open.applies_at(99));
		assert!(open.applies_at(100));
		assert!(open.applies_at(u64::MAX));

		let ending = agreement(100, Some(200));
		assert!(ending.applies_at(199));
		assert!(!ending.applies_at(200));
	}
}
