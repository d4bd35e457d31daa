//! How accepted consumption leaves the metering pallet: [`Usage`], handed to a [`UsageSink`]
//! (billing), which may refuse it ([`UsageRefused`]).

use crate::{AgreementId, DeviceId, GroupId, Moment, ServiceKind};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Weight;

/// Consumption that the metering pallet accepted, attributed to the agreement that covered it.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Usage<AccountId> {
	/// The agreement that covers the device at the time.
	pub agreement: AgreementId,
	/// Who pays.
	pub subscriber: AccountId,
	/// Who supplies.
	pub provider: AccountId,
	/// The measured service.
	pub service: ServiceKind,
	/// The device that measured it.
	pub device: DeviceId,
	/// The device's group (seed 000 bills charging per group).
	pub group: Option<GroupId>,
	/// The interval the quantity was consumed in (ms): from the previous reading (or the
	/// session's start) to this reading (or the session's end).
	pub from: Moment,
	/// End of the interval.
	pub to: Moment,
	/// The quantity, in the service's base unit.
	pub quantity: u64,
	/// The peak power (W) or flow (l/h) in the interval, if measured.
	pub peak: Option<u32>,
	/// The charging session, for EV charging.
	pub session: Option<u64>,
}

/// Why billing refused usage that metering found valid.
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
pub enum UsageRefused {
	/// The agreement's final bill was issued (its last period closed) before the usage
	/// arrived: a bill is final, so usage it did not include is not billed afterwards.
	AlreadyBilled,
	/// The usage lies beyond the next period while the running one is still to be invoiced
	/// (invoicing fell two periods behind). Nothing is lost by waiting: a meter's next
	/// reading, once invoicing caught up, covers the same interval.
	BillingBehind,
}

/// Where accepted usage goes: billing implements it (per agreement and billing period).
pub trait UsageSink<AccountId> {
	/// Records `usage` and returns the weight that took, at most [`Self::record_weight`]; or
	/// refuses it, changing nothing.
	fn record(usage: &Usage<AccountId>) -> Result<Weight, UsageRefused>;

	/// The most weight one [`Self::record`] can take. A report is charged this before it is
	/// dispatched, and refunded what `record` did not use.
	fn record_weight() -> Weight;
}

/// Discards usage: for runtimes without billing, and for tests.
impl<AccountId> UsageSink<AccountId> for () {
	fn record(_: &Usage<AccountId>) -> Result<Weight, UsageRefused> {
		Ok(Weight::zero())
	}

	fn record_weight() -> Weight {
		Weight::zero()
	}
}
