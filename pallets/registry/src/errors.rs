//! The pallet's errors: a section of the pallet module (`#[pallet_section]`), imported into it
//! by `lib.rs`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod errors {
	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a provider (or, for a subscriber call, a subscriber).
		AlreadyRegistered,
		/// The account is not a registered provider.
		NotProvider,
		/// The provider is suspended and cannot act.
		ProviderInactive,
		/// The provider or device is already suspended.
		AlreadySuspended,
		/// The provider or device is not suspended.
		NotSuspended,
		/// A provider must offer at least one service.
		NoServices,
		/// A service is listed twice.
		DuplicateService,
		/// The account is not a registered subscriber.
		NotSubscriber,
		/// The envelope's recipient is not a registered provider.
		UnknownRecipient,
		/// The subscriber still has an agreement that has not ended.
		HasActiveAgreement,
		/// The balance cannot cover the subscriber deposit.
		InsufficientBalance,
		/// An id tag cannot be empty.
		EmptyTag,
		/// An id tag holds a byte that is not printable ASCII (OCPP's `CiString`).
		MalformedTag,
		/// The id tag is already registered (by this or another subscriber).
		TagTaken,
		/// The subscriber holds the most id tags it can.
		TooManyTags,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// No such id tag.
		UnknownTag,
		/// The id tag belongs to another subscriber.
		NotTagOwner,
		/// The provider does not offer this service.
		ServiceNotOffered,
		/// A charger must be commissioned for EV charging.
		ChargerNotEvCharging,
		/// The reporting interval is outside the configured bounds.
		IntervalOutOfRange,
		/// The key is, or was, the key of a device.
		KeyInUse,
		/// No such device.
		UnknownDevice,
		/// The device is decommissioned; nothing about it can change.
		Decommissioned,
		/// The device's key was rotated the most times it can be.
		KeyEpochOverflow,
		/// No such group.
		UnknownGroup,
		/// The device or group belongs to another provider.
		NotOwner,
		/// The group still has devices.
		GroupNotEmpty,
		/// All device or group ids are used.
		IdsExhausted,
		/// The account is already a gateway of this provider.
		AlreadyGateway,
		/// The account is not a gateway of this provider.
		NotGateway,
	}
}
