//! # Registry pallet
//!
//! Who is who on Meterchain: the providers (utilities, charge-point operators), the subscribers
//! (households, businesses) and their EV-charging id tags, the devices (meters and chargers)
//! with their keys, the groups devices are gathered in, and the gateways that submit data on a
//! provider's behalf. Other pallets ask it through [`meterchain_primitives::Registry`]; portals
//! read it through the view functions.
//!
//! ## Terminology
//!
//! - **Provider**: an account registered by governance ([`Config::ProviderOrigin`]). It offers
//!   some services, holds a token-signing key (for prepaid top-up tokens, seeds 001 and 004) and
//!   owns devices, groups and gateways. A suspended provider can do nothing and its devices'
//!   data is not accepted.
//! - **Subscriber**: an account that registered itself, holding [`Config::SubscriberDeposit`].
//!   Only a hash of its personal data is on chain, plus optionally that data encrypted
//!   client-side to one provider (seed 003).
//! - **Id tag**: an OCPP-style `idTag` (an RFID card, at most 20 bytes) that a subscriber
//!   registers for EV charging (seed 000). Authorizing a tag at a charger yields an OCPP
//!   `AuthorizationStatus` ([`TagStatus`]). Tags are printable ASCII compared without regard
//!   to case, as OCPP's `CiString20` is: the registry stores them upper-cased.
//! - **Device**: a meter or a charger, commissioned by its provider with its own public key
//!   (sr25519 or ed25519), the service it measures and its reporting interval. It is numbered
//!   ([`DeviceId`]) in commissioning order. Rotating its key increments its `key_epoch`, the
//!   only event that lets its reading counter restart.
//! - **Group**: devices of one provider gathered under a name, e.g. the chargers of a site (seed
//!   000's charger group) or the meters of a building (seed 003). A group may name an
//!   **aggregator** (seed 000's group parent node) that submits data for its devices.
//! - **Gateway**: an account a provider authorizes to submit data for all its devices (a data
//!   concentrator or head-end). Devices sign their data, so a gateway cannot forge it.
//!
//! ## Calls
//!
//! | index | call | who |
//! |---|---|---|
//! | 0 | [`register_provider`](Pallet::register_provider) | `ProviderOrigin` |
//! | 1 | [`suspend_provider`](Pallet::suspend_provider) | `ProviderOrigin` |
//! | 2 | [`resume_provider`](Pallet::resume_provider) | `ProviderOrigin` |
//! | 3 | [`update_provider`](Pallet::update_provider) | active provider |
//! | 4 | [`register_subscriber`](Pallet::register_subscriber) | any signed account |
//! | 5 | [`update_subscriber`](Pallet::update_subscriber) | subscriber |
//! | 6 | [`deregister_subscriber`](Pallet::deregister_subscriber) | subscriber |
//! | 7 | [`register_tag`](Pallet::register_tag) | subscriber |
//! | 8 | [`set_tag_blocked`](Pallet::set_tag_blocked) | the tag's owner |
//! | 9 | [`remove_tag`](Pallet::remove_tag) | the tag's owner |
//! | 10 | [`commission_device`](Pallet::commission_device) | active provider |
//! | 11 | [`suspend_device`](Pallet::suspend_device) | the device's active provider |
//! | 12 | [`resume_device`](Pallet::resume_device) | the device's active provider |
//! | 13 | [`decommission_device`](Pallet::decommission_device) | the device's active provider |
//! | 14 | [`rotate_device_key`](Pallet::rotate_device_key) | the device's active provider |
//! | 15 | [`set_device_group`](Pallet::set_device_group) | the device's active provider |
//! | 16 | [`create_group`](Pallet::create_group) | active provider |
//! | 17 | [`set_group_aggregator`](Pallet::set_group_aggregator) | the group's active provider |
//! | 18 | [`remove_group`](Pallet::remove_group) | the group's active provider |
//! | 19 | [`authorize_gateway`](Pallet::authorize_gateway) | active provider |
//! | 20 | [`revoke_gateway`](Pallet::revoke_gateway) | active provider |
//!
//! Each call's documentation says what it does, its errors, its event and the seed behaviour
//! it serves.
//!
//! ## View functions
//!
//! `provider_info`, `subscriber_info`, `subscriber_tags`, `tag_info`, `tag_authorization`,
//! `device_info`, `device_by_key`, `device_status`, `group_info`, `is_gateway`: see
//! [`Pallet`]'s methods of those names.
//!
//! ## Design notes
//!
//! - **Deposits.** A subscriber registers itself, so it pays a deposit (a hold with
//!   [`HoldReason::SubscriberDeposit`]), released on deregistration. The deposit also covers
//!   its id tags: they are few ([`Config::MaxTagsPerSubscriber`]), small, and removed with the
//!   subscriber, so one fixed deposit sized for the worst case is simpler than a hold per tag.
//!   Providers are vetted by governance and suspended by it if they misbehave, so their
//!   devices, groups and gateways carry no deposit: a provider's storage is a governance
//!   matter, not a spam risk.
//! - **Device keys are never reused.** [`DeviceByKey`] maps every key a device has ever had
//!   (its current key and the keys rotated away) to that device, and stays after
//!   decommissioning. A key leaves a device only because it was retired or compromised; keeping
//!   it reserved means data signed with it can never be attributed to another device, and a
//!   cloned secure element cannot be commissioned as a "new" device. It costs one map entry per
//!   commissioning or rotation, both provider-only calls.
//! - **Suspension.** A suspended provider cannot act; it offers no service; nobody may submit
//!   for its devices; its chargers authorize no tag (`Invalid`). Meters keep cumulative
//!   registers, so consumption during a suspension is reported after it.
//! - **Tag authorization** (seed 000): unknown tag, unknown charger, a device that is not a
//!   charger, an inactive charger or a charger of a suspended provider → `Invalid`; a blocked
//!   tag → `Blocked`; `expires_at <= now` → `Expired`; no EV-charging agreement in force between
//!   the tag's owner and the charger's provider → `Blocked` (OCPP: not allowed here); a prepaid
//!   agreement without credit ([`Config::CreditCheck`]) → `NoCredit`; else `Accepted`.
//! - **Groups** count their devices instead of listing them, so a group has no size limit and
//!   costs O(1) storage. A decommissioned device leaves its group, so an empty group can be
//!   removed and no device ever names a removed group.
//! - **Time** is [`Config::UnixTime`] in milliseconds ([`Moment`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

use frame_support::pallet_macros::import_section;

mod devices;
mod errors;
mod events;
mod gateways;
mod groups;
pub mod providers;
mod registry;
mod subscribers;
mod tags;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible;
use meterchain_primitives::{
	DeviceId, DeviceKey, DeviceKind, GroupId, IdTag, Moment, ServiceKind, TagStatus,
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The storage layout's version.
const STORAGE_VERSION: frame_support::traits::StorageVersion =
	frame_support::traits::StorageVersion::new(1);

// The pallet macros expand to paths such as `frame_support::__private::Vec` where `Vec` is
// already in scope; the workspace's `unused_qualifications` lint would flag each expansion.
#[allow(unused_qualifications)]
#[import_section(events::events)]
#[import_section(errors::errors)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency from which subscriber deposits are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who registers, suspends and resumes providers (the consortium's governance; Root in
		/// the dev runtime).
		type ProviderOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The deposit a subscriber holds while registered. It covers the subscriber record and
		/// up to [`Config::MaxTagsPerSubscriber`] id tags.
		#[pallet::constant]
		type SubscriberDeposit: Get<BalanceOf<Self>>;

		/// The service agreements: asked whether a subscriber may deregister
		/// (`has_active_agreement`) and whether a tag's owner may charge at a provider's charger
		/// (`active_between`).
		type Agreements: meterchain_primitives::Agreements<AccountId = Self::AccountId>;

		/// Prepaid credit: a tag under a prepaid agreement without credit is answered
		/// `NoCredit`.
		type CreditCheck: meterchain_primitives::CreditCheck<Self::AccountId>;

		/// Chain time (`pallet_timestamp` in the runtime).
		type UnixTime: UnixTime;

		/// The longest provider or group name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// The longest ciphertext a subscriber can address to a provider, in bytes.
		#[pallet::constant]
		type MaxEnvelopeLen: Get<u32>;

		/// The most id tags one subscriber can hold.
		#[pallet::constant]
		type MaxTagsPerSubscriber: Get<u32>;

		/// The shortest reporting interval a device can be given, in seconds. Not zero.
		#[pallet::constant]
		type MinReportingInterval: Get<u32>;

		/// The longest reporting interval a device can be given, in seconds. At least
		/// [`Config::MinReportingInterval`].
		#[pallet::constant]
		type MaxReportingInterval: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A registered subscriber's deposit (also covering its id tags).
		SubscriberDeposit,
	}

	/// The providers.
	// Hasher: Blake2_128Concat, the account is user-chosen.
	#[pallet::storage]
	pub type Providers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProviderInfo<T>, OptionQuery>;

	/// The subscribers.
	// Hasher: Blake2_128Concat, the account is user-chosen.
	#[pallet::storage]
	pub type Subscribers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SubscriberInfo<T>, OptionQuery>;

	/// The id tags, each owned by a subscriber.
	// Hasher: Blake2_128Concat, the tag is user-chosen.
	#[pallet::storage]
	pub type IdTags<T: Config> = StorageMap<_, Blake2_128Concat, IdTag, TagInfo<T>, OptionQuery>;

	/// The id tags of each subscriber that has any.
	// Hasher: Blake2_128Concat, the account is user-chosen.
	#[pallet::storage]
	pub type SubscriberTags<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<IdTag, T::MaxTagsPerSubscriber>,
		ValueQuery,
	>;

	/// The devices, decommissioned ones included.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Devices<T: Config> =
		StorageMap<_, Twox64Concat, DeviceId, DeviceRecord<T>, OptionQuery>;

	/// The id the next commissioned device gets.
	#[pallet::storage]
	pub type NextDeviceId<T: Config> = StorageValue<_, DeviceId, ValueQuery>;

	/// Every public key a device has ever had (current or rotated away), and the device. A key
	/// is never registered twice.
	// Hasher: Blake2_128Concat, keys are chosen by providers.
	#[pallet::storage]
	pub type DeviceByKey<T: Config> =
		StorageMap<_, Blake2_128Concat, [u8; 32], DeviceId, OptionQuery>;

	/// The groups of devices.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Groups<T: Config> = StorageMap<_, Twox64Concat, GroupId, GroupInfo<T>, OptionQuery>;

	/// The id the next created group gets.
	#[pallet::storage]
	pub type NextGroupId<T: Config> = StorageValue<_, GroupId, ValueQuery>;

	/// The gateways of each provider, with the time they were authorized.
	// Hasher: Blake2_128Concat for both, accounts are user-chosen.
	#[pallet::storage]
	pub type Gateways<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Moment,
		OptionQuery,
	>;

	/// The providers registered at genesis.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Each provider: account, name, services offered, token-signing key. A chain spec
		/// with a name too long, too many or no services, a service named twice or a provider
		/// listed twice is refused when it is read, before any genesis is built.
		#[serde(deserialize_with = "providers::distinct_providers::<T, _>")]
		pub providers: Vec<providers::GenesisProvider<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, name, services, token_key) in &self.providers {
				Pallet::<T>::genesis_provider(who, name.clone(), services.clone(), *token_key);
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let (min, max) = (T::MinReportingInterval::get(), T::MaxReportingInterval::get());
			assert!(min > 0, "MinReportingInterval must not be zero");
			assert!(min <= max, "MinReportingInterval must not exceed MaxReportingInterval");
			assert!(T::MaxNameLen::get() > 0, "MaxNameLen must not be zero");
			assert!(T::MaxTagsPerSubscriber::get() > 0, "MaxTagsPerSubscriber must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers `who` as an active provider offering `services`, signing top-up tokens with
		/// `token_key`.
		///
		/// - Origin: [`Config::ProviderOrigin`].
		/// - Errors: `AlreadyRegistered`, `NoServices`, `DuplicateService`.
		/// - Event: `ProviderRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_provider())]
		pub fn register_provider(
			origin: OriginFor<T>,
			who: T::AccountId,
			name: NameOf<T>,
			services: Services,
			token_key: DeviceKey,
		) -> DispatchResult {
			T::ProviderOrigin::ensure_origin(origin)?;
			Self::do_register_provider(&who, name, services.clone(), token_key)?;
			Self::deposit_event(Event::ProviderRegistered { provider: who, services });
			Ok(())
		}

		/// Suspends provider `who`: it can no longer act, offers no service, and no data is
		/// accepted for its devices.
		///
		/// - Origin: [`Config::ProviderOrigin`].
		/// - Errors: `NotProvider`, `AlreadySuspended`.
		/// - Event: `ProviderSuspended`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_provider())]
		pub fn suspend_provider(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ProviderOrigin::ensure_origin(origin)?;
			Self::do_set_provider_status(&who, ProviderStatus::Suspended)?;
			Self::deposit_event(Event::ProviderSuspended { provider: who });
			Ok(())
		}

		/// Resumes suspended provider `who`.
		///
		/// - Origin: [`Config::ProviderOrigin`].
		/// - Errors: `NotProvider`, `NotSuspended`.
		/// - Event: `ProviderResumed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::resume_provider())]
		pub fn resume_provider(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ProviderOrigin::ensure_origin(origin)?;
			Self::do_set_provider_status(&who, ProviderStatus::Active)?;
			Self::deposit_event(Event::ProviderResumed { provider: who });
			Ok(())
		}

		/// Replaces the caller's name, services and token key. Dropping a service stops new
		/// agreements and devices for it; existing devices keep reporting.
		///
		/// - Origin: signed by an active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `NoServices`, `DuplicateService`.
		/// - Event: `ProviderUpdated`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::update_provider())]
		pub fn update_provider(
			origin: OriginFor<T>,
			name: NameOf<T>,
			services: Services,
			token_key: DeviceKey,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_provider(&who, name, services.clone(), token_key)?;
			Self::deposit_event(Event::ProviderUpdated { provider: who, services, token_key });
			Ok(())
		}

		/// Registers the caller as a subscriber with a hash of its personal data and, optionally,
		/// that data encrypted client-side to one provider. Holds
		/// [`Config::SubscriberDeposit`].
		///
		/// - Origin: signed.
		/// - Errors: `AlreadyRegistered`, `UnknownRecipient`, `InsufficientBalance`.
		/// - Event: `SubscriberRegistered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_subscriber())]
		pub fn register_subscriber(
			origin: OriginFor<T>,
			data_hash: H256,
			envelope: Option<(T::AccountId, CiphertextOf<T>)>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let deposit = Self::do_register_subscriber(&who, data_hash, envelope)?;
			Self::deposit_event(Event::SubscriberRegistered { subscriber: who, deposit });
			Ok(())
		}

		/// Replaces the caller's data hash and envelope.
		///
		/// - Origin: signed by a subscriber.
		/// - Errors: `NotSubscriber`, `UnknownRecipient`.
		/// - Event: `SubscriberUpdated`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::update_subscriber())]
		pub fn update_subscriber(
			origin: OriginFor<T>,
			data_hash: H256,
			envelope: Option<(T::AccountId, CiphertextOf<T>)>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_subscriber(&who, data_hash, envelope)?;
			Self::deposit_event(Event::SubscriberUpdated { subscriber: who, data_hash });
			Ok(())
		}

		/// Deregisters the caller: removes its id tags and releases its deposit. Refused while
		/// it is the subscriber of an agreement that has not ended.
		///
		/// - Origin: signed by a subscriber.
		/// - Errors: `NotSubscriber`, `HasActiveAgreement`.
		/// - Event: `SubscriberDeregistered`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::deregister_subscriber(T::MaxTagsPerSubscriber::get()))]
		pub fn deregister_subscriber(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (deposit, tags) = Self::do_deregister_subscriber(&who)?;
			Self::deposit_event(Event::SubscriberDeregistered { subscriber: who, deposit, tags });
			Ok(Some(T::WeightInfo::deregister_subscriber(tags)).into())
		}

		/// Registers id tag `tag` for the caller, valid until `expires_at` (`None`: no expiry).
		/// OCPP compares id tags without regard to case, so the tag is stored upper-cased, and
		/// every call and view function finds it whatever the case it is given in.
		///
		/// - Origin: signed by a subscriber.
		/// - Errors: `NotSubscriber`, `EmptyTag`, `MalformedTag`, `TagTaken`, `ExpiryInPast`,
		///   `TooManyTags`.
		/// - Event: `TagRegistered`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::register_tag())]
		pub fn register_tag(
			origin: OriginFor<T>,
			tag: IdTag,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tag = Self::do_register_tag(&who, &tag, expires_at)?;
			Self::deposit_event(Event::TagRegistered { tag, owner: who, expires_at });
			Ok(())
		}

		/// Blocks (`blocked = true`, e.g. a lost card) or unblocks the caller's tag.
		///
		/// - Origin: signed by the tag's owner.
		/// - Errors: `UnknownTag`, `NotTagOwner`.
		/// - Event: `TagBlocked` or `TagUnblocked`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_tag_blocked())]
		pub fn set_tag_blocked(origin: OriginFor<T>, tag: IdTag, blocked: bool) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tag = Self::do_set_tag_blocked(&who, &tag, blocked)?;
			Self::deposit_event(if blocked {
				Event::TagBlocked { tag, owner: who }
			} else {
				Event::TagUnblocked { tag, owner: who }
			});
			Ok(())
		}

		/// Removes the caller's tag; it can then be registered again, by anyone.
		///
		/// - Origin: signed by the tag's owner.
		/// - Errors: `UnknownTag`, `NotTagOwner`.
		/// - Event: `TagRemoved`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_tag())]
		pub fn remove_tag(origin: OriginFor<T>, tag: IdTag) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let tag = Self::do_remove_tag(&who, &tag)?;
			Self::deposit_event(Event::TagRemoved { tag, owner: who });
			Ok(())
		}

		/// Commissions a device of the caller: a meter or a charger (chargers are for EV
		/// charging) for a service the caller offers, with its public key, its reporting
		/// interval and optionally one of the caller's groups. The device gets the next id.
		///
		/// - Origin: signed by an active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `ServiceNotOffered`,
		///   `ChargerNotEvCharging`, `IntervalOutOfRange`, `KeyInUse`, `UnknownGroup`,
		///   `NotOwner`, `IdsExhausted`.
		/// - Event: `DeviceCommissioned` (with the new id).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::commission_device())]
		pub fn commission_device(
			origin: OriginFor<T>,
			kind: DeviceKind,
			service: ServiceKind,
			key: DeviceKey,
			reporting_interval_secs: u32,
			group: Option<GroupId>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let id = Self::do_commission_device(
				&provider,
				kind,
				service,
				key,
				reporting_interval_secs,
				group,
			)?;
			Self::deposit_event(Event::DeviceCommissioned {
				id,
				provider,
				kind,
				service,
				key,
				reporting_interval_secs,
				group,
			});
			Ok(())
		}

		/// Suspends the caller's active device: no data is accepted for it until it is resumed.
		///
		/// - Origin: signed by the device's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownDevice`, `NotOwner`,
		///   `Decommissioned`, `AlreadySuspended`.
		/// - Event: `DeviceSuspended`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::suspend_device())]
		pub fn suspend_device(origin: OriginFor<T>, id: DeviceId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_suspend_device(&provider, id)?;
			Self::deposit_event(Event::DeviceSuspended { id });
			Ok(())
		}

		/// Resumes the caller's suspended device.
		///
		/// - Origin: signed by the device's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownDevice`, `NotOwner`,
		///   `Decommissioned`, `NotSuspended`.
		/// - Event: `DeviceResumed`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::resume_device())]
		pub fn resume_device(origin: OriginFor<T>, id: DeviceId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_resume_device(&provider, id)?;
			Self::deposit_event(Event::DeviceResumed { id });
			Ok(())
		}

		/// Decommissions the caller's device for good. It leaves its group; its record and its
		/// keys stay (the keys stay reserved).
		///
		/// - Origin: signed by the device's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownDevice`, `NotOwner`,
		///   `Decommissioned`.
		/// - Event: `DeviceDecommissioned`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::decommission_device())]
		pub fn decommission_device(origin: OriginFor<T>, id: DeviceId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_decommission_device(&provider, id)?;
			Self::deposit_event(Event::DeviceDecommissioned { id });
			Ok(())
		}

		/// Gives the caller's device a new key and increments its key epoch: the only way its
		/// reading counter may restart. The old key stays reserved.
		///
		/// - Origin: signed by the device's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownDevice`, `NotOwner`,
		///   `Decommissioned`, `KeyInUse`, `KeyEpochOverflow`.
		/// - Event: `DeviceKeyRotated`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::rotate_device_key())]
		pub fn rotate_device_key(
			origin: OriginFor<T>,
			id: DeviceId,
			new_key: DeviceKey,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let (old_key, key_epoch) = Self::do_rotate_device_key(&provider, id, new_key)?;
			Self::deposit_event(Event::DeviceKeyRotated { id, old_key, new_key, key_epoch });
			Ok(())
		}

		/// Moves the caller's device into one of its groups, or out of any (`None`).
		///
		/// - Origin: signed by the device's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownDevice`, `NotOwner` (device or
		///   group), `Decommissioned`, `UnknownGroup`.
		/// - Event: `DeviceGroupChanged`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::set_device_group())]
		pub fn set_device_group(
			origin: OriginFor<T>,
			id: DeviceId,
			group: Option<GroupId>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let from = Self::do_set_device_group(&provider, id, group)?;
			Self::deposit_event(Event::DeviceGroupChanged { id, from, to: group });
			Ok(())
		}

		/// Creates a group of the caller, optionally naming an aggregator that may submit data
		/// for the group's devices. The group gets the next id.
		///
		/// - Origin: signed by an active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `IdsExhausted`.
		/// - Event: `GroupCreated` (with the new id).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::create_group())]
		pub fn create_group(
			origin: OriginFor<T>,
			name: NameOf<T>,
			aggregator: Option<T::AccountId>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let id = Self::do_create_group(&provider, name, aggregator.clone())?;
			Self::deposit_event(Event::GroupCreated { id, provider, aggregator });
			Ok(())
		}

		/// Sets (or clears, `None`) the aggregator of the caller's group.
		///
		/// - Origin: signed by the group's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownGroup`, `NotOwner`.
		/// - Event: `GroupAggregatorSet`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::set_group_aggregator())]
		pub fn set_group_aggregator(
			origin: OriginFor<T>,
			id: GroupId,
			aggregator: Option<T::AccountId>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_set_group_aggregator(&provider, id, aggregator.clone())?;
			Self::deposit_event(Event::GroupAggregatorSet { id, aggregator });
			Ok(())
		}

		/// Removes the caller's group, which must have no devices.
		///
		/// - Origin: signed by the group's active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `UnknownGroup`, `NotOwner`,
		///   `GroupNotEmpty`.
		/// - Event: `GroupRemoved`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::remove_group())]
		pub fn remove_group(origin: OriginFor<T>, id: GroupId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_remove_group(&provider, id)?;
			Self::deposit_event(Event::GroupRemoved { id });
			Ok(())
		}

		/// Authorizes `gateway` to submit data for all the caller's devices.
		///
		/// - Origin: signed by an active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `AlreadyGateway`.
		/// - Event: `GatewayAuthorized`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::authorize_gateway())]
		pub fn authorize_gateway(origin: OriginFor<T>, gateway: T::AccountId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_authorize_gateway(&provider, &gateway)?;
			Self::deposit_event(Event::GatewayAuthorized { provider, gateway });
			Ok(())
		}

		/// Revokes the caller's gateway.
		///
		/// - Origin: signed by an active provider.
		/// - Errors: `NotProvider`, `ProviderInactive`, `NotGateway`.
		/// - Event: `GatewayRevoked`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::revoke_gateway())]
		pub fn revoke_gateway(origin: OriginFor<T>, gateway: T::AccountId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_revoke_gateway(&provider, &gateway)?;
			Self::deposit_event(Event::GatewayRevoked { provider, gateway });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Provider `who`, if registered.
		pub fn provider_info(who: T::AccountId) -> Option<ProviderInfo<T>> {
			Providers::<T>::get(who)
		}

		/// Subscriber `who`, if registered.
		pub fn subscriber_info(who: T::AccountId) -> Option<SubscriberInfo<T>> {
			Subscribers::<T>::get(who)
		}

		/// The id tags of subscriber `who`.
		pub fn subscriber_tags(who: T::AccountId) -> Vec<IdTag> {
			SubscriberTags::<T>::get(who).into_inner()
		}

		/// Id tag `tag`, if registered.
		pub fn tag_info(tag: IdTag) -> Option<TagInfo<T>> {
			Self::stored_tag(&tag).ok().and_then(IdTags::<T>::get)
		}

		/// What charger `charger` answers when `tag` is presented now (OCPP `Authorize`).
		pub fn tag_authorization(tag: IdTag, charger: DeviceId) -> TagStatus {
			Self::authorize_tag(&tag, charger)
		}

		/// Device `id`, whatever its status.
		pub fn device_info(id: DeviceId) -> Option<DeviceRecord<T>> {
			Devices::<T>::get(id)
		}

		/// The device that has, or had, public key `key`.
		pub fn device_by_key(key: [u8; 32]) -> Option<DeviceId> {
			DeviceByKey::<T>::get(key)
		}

		/// What device `id` is told about itself (seed 000's `idTagInfo`): its reporting
		/// interval, its status, the chain's current time and its key epoch.
		pub fn device_status(id: DeviceId) -> Option<DeviceStatusReport> {
			Self::device_status_report(id)
		}

		/// Group `id`, if it exists.
		pub fn group_info(id: GroupId) -> Option<GroupInfo<T>> {
			Groups::<T>::get(id)
		}

		/// Whether `gateway` is a gateway of `provider`.
		pub fn is_gateway(provider: T::AccountId, gateway: T::AccountId) -> bool {
			Gateways::<T>::contains_key(provider, gateway)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The chain's current time in milliseconds.
	pub fn now() -> Moment {
		use frame_support::traits::UnixTime;
		T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
	}
}
