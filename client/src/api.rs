//! The chain's typed interface, generated at compile time by subxt from the committed runtime
//! metadata (`client/metadata/meterchain.scale`, rewritten by `scripts/metadata.sh`; a runtime
//! test fails when it no longer matches the runtime), and the short names of the types the
//! domain API takes and returns.

#[allow(missing_docs, clippy::all, unused_qualifications)]
#[subxt::subxt(
	runtime_metadata_path = "metadata/meterchain.scale",
	derive_for_all_types = "Clone, PartialEq, Eq, ::subxt::ext::codec::Encode, ::subxt::ext::codec::Decode",
	// The device-signed wire types are the chain's own (one definition, in the primitives):
	// calls take them as they are, SCALE-encoded.
	substitute_type(
		path = "meterchain_primitives::metering::DeviceReport",
		with = "::subxt::utils::Static<::meterchain_primitives::DeviceReport>"
	),
	substitute_type(
		path = "meterchain_primitives::token::SignedToken",
		with = "::subxt::utils::Static<::meterchain_primitives::SignedToken>"
	)
)]
pub mod chain {}

pub use chain::runtime_types::{
	meterchain_primitives::{
		billing::{BillingCycle, PaymentMode},
		device::{DeviceKey, DeviceKind, DeviceStatus},
		service::ServiceKind,
		tag::TagStatus,
	},
	pallet_agreements::types::{AgreementStatus, Coverage, SignedAction},
	pallet_registry::types::{
		DeviceRecord, DeviceStatusReport, Envelope, GroupInfo, ProviderInfo, ProviderStatus,
		SubscriberInfo, TagInfo,
	},
};

/// An account on the chain (SS58 in text, 32 bytes on chain).
pub type AccountId = subxt::utils::AccountId32;
/// The chain's bounded byte vectors and lists (the chain checks the bound).
pub use chain::runtime_types::bounded_collections::bounded_vec::BoundedVec;
/// A balance in the smallest unit (1 MTR = 10^12): the primitives' `Money`.
pub use meterchain_primitives::Money as Balance;
/// A 256-bit hash: block hashes, terms hashes, document hashes.
pub use subxt::utils::H256 as Hash;
/// Terms of a service agreement: what both parties sign.
pub type Terms = chain::runtime_types::pallet_agreements::types::Terms<AccountId, Balance>;
/// A concluded agreement: its terms, version, history and status.
pub type Agreement = chain::runtime_types::pallet_agreements::types::AgreementRecord;
/// A pending proposal (of terms or of an amendment).
pub type Proposal = chain::runtime_types::pallet_agreements::types::Proposal;
/// An event of any pallet, as the runtime emits it.
pub type RuntimeEvent = chain::Event;
/// An event of the registry pallet.
pub type RegistryEvent = chain::registry::Event;
/// An event of the agreements pallet.
pub type AgreementsEvent = chain::agreements::Event;

/// The subxt configuration of Meterchain: Substrate's defaults with `MultiAddress<_, ()>`.
pub type ChainConfig = subxt::PolkadotConfig;

/// Ids and time, as the chain numbers and counts them (the primitives' own).
pub use meterchain_primitives::{
	AgreementId, CaseId, DeviceId, GroupId, InvoiceId, Moment, TariffId,
};
