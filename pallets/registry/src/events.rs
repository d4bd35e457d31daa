//! The pallet's events: a section of the pallet module (`#[pallet_section]`), imported into it
//! by `lib.rs`, so that the skeleton stays readable.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance registered a provider.
		ProviderRegistered { provider: T::AccountId, services: Services },
		/// Governance suspended a provider.
		ProviderSuspended { provider: T::AccountId },
		/// Governance resumed a suspended provider.
		ProviderResumed { provider: T::AccountId },
		/// A provider changed its name, services or token key.
		ProviderUpdated { provider: T::AccountId, services: Services, token_key: DeviceKey },
		/// An account registered as a subscriber and `deposit` was held.
		SubscriberRegistered { subscriber: T::AccountId, deposit: BalanceOf<T> },
		/// A subscriber replaced its data hash and envelope.
		SubscriberUpdated { subscriber: T::AccountId, data_hash: H256 },
		/// A subscriber deregistered: `deposit` was released and `tags` id tags removed.
		SubscriberDeregistered { subscriber: T::AccountId, deposit: BalanceOf<T>, tags: u32 },
		/// A subscriber registered an id tag.
		TagRegistered { tag: IdTag, owner: T::AccountId, expires_at: Option<Moment> },
		/// A tag's owner blocked it.
		TagBlocked { tag: IdTag, owner: T::AccountId },
		/// A tag's owner unblocked it.
		TagUnblocked { tag: IdTag, owner: T::AccountId },
		/// A tag's owner removed it.
		TagRemoved { tag: IdTag, owner: T::AccountId },
		/// A provider commissioned a device.
		DeviceCommissioned {
			id: DeviceId,
			provider: T::AccountId,
			kind: DeviceKind,
			service: ServiceKind,
			key: DeviceKey,
			reporting_interval_secs: u32,
			group: Option<GroupId>,
		},
		/// A provider suspended its device.
		DeviceSuspended { id: DeviceId },
		/// A provider resumed its suspended device.
		DeviceResumed { id: DeviceId },
		/// A provider decommissioned its device, for good.
		DeviceDecommissioned { id: DeviceId },
		/// A provider rotated its device's key; `key_epoch` is the new epoch.
		DeviceKeyRotated { id: DeviceId, old_key: DeviceKey, new_key: DeviceKey, key_epoch: u32 },
		/// A device moved from group `from` to group `to`.
		DeviceGroupChanged { id: DeviceId, from: Option<GroupId>, to: Option<GroupId> },
		/// A provider created a group.
		GroupCreated { id: GroupId, provider: T::AccountId, aggregator: Option<T::AccountId> },
		/// A provider set or cleared its group's aggregator.
		GroupAggregatorSet { id: GroupId, aggregator: Option<T::AccountId> },
		/// A provider removed its empty group.
		GroupRemoved { id: GroupId },
		/// A provider authorized a gateway.
		GatewayAuthorized { provider: T::AccountId, gateway: T::AccountId },
		/// A provider revoked a gateway.
		GatewayRevoked { provider: T::AccountId, gateway: T::AccountId },
	}
}
