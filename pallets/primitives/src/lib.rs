//! # Meterchain primitives
//!
//! The vocabulary Meterchain's pallets share, and the traits through which they talk to each
//! other. A pallet never reads another pallet's storage or names another pallet in its `Config`:
//! it asks one of the traits below, and the runtime plugs the answering pallet in.
//!
//! | module | holds |
//! |---|---|
//! | [`ids`] | identifiers and the chain's time unit |
//! | [`service`] | [`ServiceKind`] and its base [`Unit`] of quantity |
//! | [`billing`] | [`BillingCycle`] and [`PaymentMode`] |
//! | [`calendar`] | UTC dates of chain time: calendar years, days from and to dates |
//! | [`device`] | device kinds and states, device keys and signatures |
//! | [`tag`] | OCPP-style id tags and their authorization status |
//! | [`token`] | offline top-up tokens: what a provider's token key signs |
//! | [`metering`] | signed readings and charging sessions, accepted [`Usage`] |
//! | [`merkle`] | the Merkle tree that commits pruned records, and its proofs |
//! | [`pruning`] | [`PrunableLedger`]: how an owner of records hands closed years to pruning |
//! | [`traits`] | [`Registry`], [`Agreements`], [`CreditCheck`]; [`UsageSink`] in [`metering`] |
//!
//! Everything here is `no_std`, SCALE-encoded with a bounded `MaxEncodedLen`, and carries
//! `serde` derives so that genesis presets can name it in JSON.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod billing;
pub mod calendar;
pub mod device;
pub mod ids;
pub mod merkle;
pub mod metering;
pub mod pruning;
pub mod service;
pub mod tag;
pub mod token;
pub mod traits;

pub use billing::{BillingCycle, PaymentMode};
pub use device::{DeviceKey, DeviceKind, DeviceSignature, DeviceStatus};
pub use ids::{AgreementId, DeviceId, GroupId, Moment, TariffId};
pub use metering::{ChargingSession, DeviceReport, Reading, Usage, UsageRefused, UsageSink};
pub use pruning::{
	AgreementHoldings, LedgerCursor, LedgerId, Money, PrunableLedger, PrunableLedgers,
	PrunedRecord, Visit, Year, MAX_LEDGERS,
};
pub use service::{ServiceKind, Unit};
pub use tag::{canonical_id_tag, IdTag, TagStatus, MAX_ID_TAG_LEN};
pub use token::{SignedToken, TopUpToken, TOKEN_DOMAIN};
pub use traits::{
	ActiveAgreement, Agreements, CreditCheck, DeviceAccess, DeviceInfo, Registry, Tariffs,
};
#[cfg(feature = "runtime-benchmarks")]
pub use traits::{RegistryBenchmarking, TariffsBenchmarking};
