//! The closed sets of names the command line takes, as `ValueEnum`s: clap checks them, lists
//! them in `--help` and suggests the nearest on a typo, instead of a hand-written parser.

use clap::ValueEnum;
use meterchain_client::{
	agreements::{cycle_name, service_name},
	api::{BillingCycle, DeviceKind, ServiceKind},
	cases::CaseKind,
};

/// A utility service.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Service {
	/// Electricity (Wh).
	Electricity,
	/// Water (litres).
	Water,
	/// Gas (litres).
	Gas,
	/// Heat (Wh).
	Heat,
	/// EV charging (Wh).
	#[value(alias = "ev_charging")]
	EvCharging,
}

impl Service {
	/// The chain's kind.
	pub fn kind(self) -> ServiceKind {
		match self {
			Self::Electricity => ServiceKind::Electricity,
			Self::Water => ServiceKind::Water,
			Self::Gas => ServiceKind::Gas,
			Self::Heat => ServiceKind::Heat,
			Self::EvCharging => ServiceKind::EvCharging,
		}
	}

	/// Its name in a terms document.
	pub fn name(self) -> String {
		service_name(&self.kind()).into()
	}
}

/// A billing cycle.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Cycle {
	/// Calendar months (UTC).
	Monthly,
	/// Calendar quarters.
	Quarterly,
	/// Half years.
	#[value(alias = "half_yearly")]
	HalfYearly,
	/// Calendar years.
	Yearly,
}

impl Cycle {
	/// Its name in a terms document.
	pub fn name(self) -> String {
		let cycle = match self {
			Self::Monthly => BillingCycle::Monthly,
			Self::Quarterly => BillingCycle::Quarterly,
			Self::HalfYearly => BillingCycle::HalfYearly,
			Self::Yearly => BillingCycle::Yearly,
		};
		cycle_name(&cycle).into()
	}
}

/// What a device is.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Device {
	/// A meter reporting a cumulative register.
	Meter,
	/// An EV charger reporting charging sessions.
	Charger,
}

impl Device {
	/// The chain's kind.
	pub fn kind(self) -> DeviceKind {
		match self {
			Self::Meter => DeviceKind::Meter,
			Self::Charger => DeviceKind::Charger,
		}
	}
}

/// What a case is about.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Case {
	/// A question to the provider.
	Question,
	/// A complaint about the service.
	Complaint,
	/// A suggestion.
	Suggestion,
}

impl Case {
	/// The chain's kind.
	pub fn kind(self) -> CaseKind {
		match self {
			Self::Question => CaseKind::Question,
			Self::Complaint => CaseKind::Complaint,
			Self::Suggestion => CaseKind::Suggestion,
		}
	}
}
