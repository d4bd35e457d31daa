//! The records the registry keeps.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use meterchain_primitives::{
	DeviceInfo, DeviceKey, DeviceKind, DeviceStatus, GroupId, Moment, ServiceKind,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// The most services a provider can offer: every [`ServiceKind`] once.
pub const MAX_SERVICES: u32 = ServiceKind::ALL.len() as u32;

/// The services a provider offers: not empty, no service twice.
pub type Services = BoundedVec<ServiceKind, ConstU32<MAX_SERVICES>>;

/// A name (of a provider or a group), at most `MaxNameLen` bytes.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// Ciphertext addressed to a provider, at most `MaxEnvelopeLen` bytes.
pub type CiphertextOf<T> = BoundedVec<u8, <T as Config>::MaxEnvelopeLen>;

/// Whether a provider may act.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum ProviderStatus {
	/// The provider may commission devices, create groups and authorize gateways, and its
	/// devices' data is accepted.
	Active,
	/// Governance suspended the provider: it cannot act, it offers no service, and nobody may
	/// submit data for its devices until it is resumed.
	Suspended,
}

/// A provider (utility or charge-point operator), registered by governance.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ProviderInfo<T: Config> {
	/// Display name.
	pub name: NameOf<T>,
	/// The services it offers: not empty, no service twice.
	pub services: Services,
	/// The public key with which it signs prepaid top-up tokens (seeds 001, 004).
	pub token_key: DeviceKey,
	/// Active or suspended.
	pub status: ProviderStatus,
	/// When it was registered.
	pub registered_at: Moment,
}

impl<T: Config> ProviderInfo<T> {
	/// Whether the provider may act.
	pub fn is_active(&self) -> bool {
		self.status == ProviderStatus::Active
	}

	/// Whether the provider offers `service` (whatever its status).
	pub fn offers(&self, service: ServiceKind) -> bool {
		self.services.contains(&service)
	}
}

/// Personal data encrypted client-side to one provider (seed 003: "private data encrypted to the
/// recipient while hashes stay public").
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Envelope<T: Config> {
	/// The provider that can decrypt it. Always a registered provider.
	pub recipient: T::AccountId,
	/// The ciphertext; the chain does not look inside.
	pub ciphertext: CiphertextOf<T>,
}

/// A subscriber (household or business). Personal data stays off chain.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct SubscriberInfo<T: Config> {
	/// A hash of the subscriber's personal data, so that a document shown later can be checked.
	pub data_hash: H256,
	/// The personal data encrypted to one provider, if the subscriber chose to share it.
	pub envelope: Option<Envelope<T>>,
	/// The deposit held from the subscriber's balance, released on deregistration. It also
	/// covers the subscriber's id tags.
	pub deposit: BalanceOf<T>,
	/// When the subscriber registered.
	pub registered_at: Moment,
}

/// An id tag (seed 000's `idTag`, OCPP's `IdToken`) and its state.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct TagInfo<T: Config> {
	/// The subscriber that registered it and pays for its sessions.
	pub owner: T::AccountId,
	/// From this moment on the tag is expired; `None`: it never expires.
	pub expires_at: Option<Moment>,
	/// When the owner blocked it (e.g. a lost card), if it is blocked. A charging session that
	/// started before stays the owner's: what a tag may do is judged as of a session's start.
	pub blocked_since: Option<Moment>,
	/// When the owner registered it: sessions that started before belong to no one it knows.
	pub registered_at: Moment,
}

impl<T: Config> TagInfo<T> {
	/// Whether the tag was blocked at `at`.
	pub fn blocked_at(&self, at: Moment) -> bool {
		self.blocked_since.is_some_and(|since| since <= at)
	}
}

/// A device (meter or charger) as the registry keeps it: what other pallets see of it
/// ([`DeviceInfo`]) and when it was commissioned.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct DeviceRecord<T: Config> {
	/// The provider that commissioned the device and owns it.
	pub provider: T::AccountId,
	/// Meter or charger.
	pub kind: DeviceKind,
	/// The service it measures. A charger's is always EV charging.
	pub service: ServiceKind,
	/// The key its data must be signed with.
	pub key: DeviceKey,
	/// How many times the key was rotated. The device's reading counter may restart only when
	/// this changes.
	pub key_epoch: u32,
	/// Active, suspended or decommissioned.
	pub status: DeviceStatus,
	/// The group the device belongs to, if any. A decommissioned device belongs to none.
	pub group: Option<GroupId>,
	/// Seconds between two reports (seed 000's `Interval`).
	pub reporting_interval_secs: u32,
	/// When it was commissioned.
	pub commissioned_at: Moment,
}

impl<T: Config> DeviceRecord<T> {
	/// What other pallets know about the device.
	pub fn info(&self) -> DeviceInfo<T::AccountId> {
		DeviceInfo {
			provider: self.provider.clone(),
			kind: self.kind,
			service: self.service,
			key: self.key,
			key_epoch: self.key_epoch,
			status: self.status,
			group: self.group,
			reporting_interval_secs: self.reporting_interval_secs,
		}
	}
}

/// What a device is told about itself: seed 000's `idTagInfo` (interval, status, current time),
/// plus the key epoch its reading counter belongs to.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct DeviceStatusReport {
	/// Seconds between two reports.
	pub reporting_interval_secs: u32,
	/// Active, suspended or decommissioned.
	pub status: DeviceStatus,
	/// The chain's current time, in milliseconds, to synchronize the device's clock.
	pub now: Moment,
	/// The key epoch the device's signatures must be made in.
	pub key_epoch: u32,
}

/// A group of devices: seed 000's charger group, seed 003's building (its flats' meters and the
/// general house meter).
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct GroupInfo<T: Config> {
	/// The provider that created it; only its devices can join.
	pub provider: T::AccountId,
	/// Display name.
	pub name: NameOf<T>,
	/// An account (seed 000's group parent node) that may submit data for the group's devices.
	pub aggregator: Option<T::AccountId>,
	/// How many devices are in the group (decommissioned devices leave it).
	pub devices: u32,
}
