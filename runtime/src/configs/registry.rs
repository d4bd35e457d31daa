//! Who takes part: providers (registered by governance), subscribers (self-registered, with a
//! deposit), their id tags, and the providers' devices, groups and gateways.

use frame_support::{parameter_types, traits::ConstU32};

use crate::{
	Agreements, Balance, Balances, Runtime, RuntimeEvent, RuntimeHoldReason, Timestamp, UNIT,
};

parameter_types! {
	/// Held from a subscriber while it is registered. It pays for the record (up to a 1 KiB
	/// envelope) and up to [`MaxTagsPerSubscriber`] id tags, and keeps the registry free of
	/// throw-away accounts.
	pub const SubscriberDeposit: Balance = UNIT;
	/// A device may report at most every minute: a 15-minute meter is the common case.
	pub const MinReportingInterval: u32 = 60;
	/// ... and must report at least once a day.
	pub const MaxReportingInterval: u32 = 24 * 60 * 60;
}

impl pallet_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Providers are the consortium's decision: a council majority (or root).
	type ProviderOrigin = crate::configs::governance::CouncilMajority;
	type SubscriberDeposit = SubscriberDeposit;
	type Agreements = Agreements;
	/// A charger starts a session under a prepaid agreement only while it has credit.
	type CreditCheck = crate::Billing;
	type UnixTime = Timestamp;
	type MaxNameLen = ConstU32<64>;
	type MaxEnvelopeLen = ConstU32<1024>;
	type MaxTagsPerSubscriber = ConstU32<8>;
	type MinReportingInterval = MinReportingInterval;
	type MaxReportingInterval = MaxReportingInterval;
	type WeightInfo = pallet_registry::weights::SubstrateWeight<Runtime>;
}
