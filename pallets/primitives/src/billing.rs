//! How an agreement is billed: the length of its billing period and whether it is paid after
//! consumption (postpaid) or from credit bought in advance (prepaid).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// The length of a billing period (seed 002). Periods are calendar periods in UTC: a monthly
/// agreement is invoiced for each calendar month, a quarterly one for January–March, and so on.
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
	Serialize,
	Deserialize,
)]
pub enum BillingCycle {
	/// Every calendar month.
	Monthly,
	/// Every calendar quarter.
	Quarterly,
	/// Every calendar half-year (January–June, July–December).
	HalfYearly,
	/// Every calendar year.
	Yearly,
}

impl BillingCycle {
	/// The number of calendar months in one period.
	pub const fn months(self) -> u8 {
		match self {
			BillingCycle::Monthly => 1,
			BillingCycle::Quarterly => 3,
			BillingCycle::HalfYearly => 6,
			BillingCycle::Yearly => 12,
		}
	}
}

/// When the subscriber pays.
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
	Serialize,
	Deserialize,
)]
pub enum PaymentMode<Balance> {
	/// An invoice is issued at the end of each period and is due this many days later.
	Postpaid {
		/// Days between the invoice and its due date.
		due_days: u16,
	},
	/// Consumption is debited from prepaid credit as readings arrive (seeds 001, 004).
	Prepaid {
		/// Below this credit the subscriber and the device are told that credit is low.
		low_credit_threshold: Balance,
	},
}

impl<Balance> PaymentMode<Balance> {
	/// Whether consumption is paid from prepaid credit.
	pub const fn is_prepaid(&self) -> bool {
		matches!(self, PaymentMode::Prepaid { .. })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn periods_divide_a_year() {
		for cycle in [
			BillingCycle::Monthly,
			BillingCycle::Quarterly,
			BillingCycle::HalfYearly,
			BillingCycle::Yearly,
		] {
			assert_eq!(12 % cycle.months(), 0, "{cycle:?}");
		}
		assert_eq!(BillingCycle::Quarterly.months(), 3);
	}

	#[test]
	fn only_prepaid_is_prepaid() {
		assert!(PaymentMode::Prepaid { low_credit_threshold: 5u128 }.is_prepaid());
		assert!(!PaymentMode::<u128>::Postpaid { due_days: 14 }.is_prepaid());
	}
}
