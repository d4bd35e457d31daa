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
//! | [`metering`] | signed readings and charging sessions |
//! | [`rounding`] | the rounding rule of every bill line |
//! | [`usage`] | accepted [`Usage`] and the [`UsageSink`] billing implements |
//! | [`merkle`] | the Merkle tree that commits pruned records, and its proofs |
//! | [`responses`] | [`Reason`] texts and the [`ResponseLog`] of how providers answer |
//! | [`pruning`] | [`PrunableLedger`]: how an owner of records hands closed years to pruning |
//! | [`traits`] | [`Registry`], [`Agreements`], [`CreditCheck`], [`Tariffs`]; [`UsageSink`] in [`metering`] |
//!
//! Without the `runtime` feature only what a device needs is built (ids, service, billing
//! terms, calendar, devices, id tags, tokens, readings and sessions, rounding): no
//! `sp-runtime`, no `sp-io`, so device firmware and the client's `no_std` layer use these
//! types themselves instead of copies. Everything here is `no_std`, SCALE-encoded with a bounded `MaxEncodedLen`, and carries
//! `serde` derives so that genesis presets can name it in JSON.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod billing;
pub mod calendar;
pub mod device;
pub mod ids;
pub mod metering;
pub mod rounding;
pub mod service;
pub mod tag;
pub mod token;

#[cfg(feature = "runtime")]
pub mod merkle;
#[cfg(feature = "runtime")]
pub mod pruning;
#[cfg(feature = "runtime")]
pub mod responses;
#[cfg(feature = "runtime")]
pub mod traits;
#[cfg(feature = "runtime")]
pub mod usage;

pub use billing::{BillingCycle, PaymentMode};
pub use device::{DeviceKey, DeviceKind, DeviceSignature, DeviceStatus};
pub use ids::{AgreementId, CaseId, DeviceId, GroupId, InvoiceId, Moment, Money, TariffId, Year};
pub use metering::{
	signing_payload, ChargingSession, DeviceReport, Reading, READING_DOMAIN, SESSION_DOMAIN,
};
pub use service::{ServiceKind, Unit};
pub use tag::{canonical_id_tag, IdTag, TagStatus, MAX_ID_TAG_LEN};
pub use token::{SignedToken, TopUpToken, TOKEN_DOMAIN};

#[cfg(feature = "runtime")]
pub use pruning::{
	AgreementHoldings, LedgerCursor, LedgerId, PrunableLedger, PrunableLedgers, PrunedRecord,
	Visit, MAX_LEDGERS,
};
#[cfg(feature = "runtime")]
pub use responses::{Reason, ResponseLog, MAX_REASON_LEN};
#[cfg(feature = "runtime")]
pub use traits::{
	ActiveAgreement, ActiveAgreementOf, Agreements, CreditCheck, DeviceAccess, DeviceInfo,
	Registry, Tariffs,
};
#[cfg(feature = "runtime-benchmarks")]
pub use traits::{RegistryBenchmarking, TariffsBenchmarking};
#[cfg(feature = "runtime")]
pub use usage::{Usage, UsageRefused, UsageSink};
