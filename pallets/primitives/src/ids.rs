//! Identifiers, and the chain's unit of time.
//!
//! Providers and subscribers are identified by their accounts. Everything the chain creates is
//! numbered by the pallet that owns it, from zero, in creation order.

/// A device (meter or charger), numbered by the registry when its provider commissions it. The
/// number stays when the device's key is rotated.
pub type DeviceId = u64;

/// A group of devices (a charger group, the meters of a building), numbered by the registry.
pub type GroupId = u64;

/// A service agreement between one subscriber and one provider, numbered by the agreements
/// pallet when it becomes active. Amendments keep the number.
pub type AgreementId = u64;

/// A provider's tariff. Tariffs are versioned by the billing pallet; an agreement names the
/// tariff, and the version in force at the time of consumption applies.
pub type TariffId = u32;

/// An invoice, numbered by the billing pallet in issue order.
pub type InvoiceId = u64;

/// A question, complaint or suggestion, numbered by the cases pallet in the order opened.
pub type CaseId = u64;

/// Chain time: `pallet_timestamp` milliseconds since the Unix epoch, UTC.
pub type Moment = u64;

/// Money, in the currency's smallest unit (the chain's `Balance`; 10¹² make one MTR).
pub type Money = u128;

/// A calendar year (UTC), e.g. 2026.
pub type Year = u16;
