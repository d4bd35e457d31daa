//! The utility services Meterchain bills, and the base unit each is measured in.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// A utility service.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub enum ServiceKind {
	/// Grid electricity, metered in watt-hours.
	Electricity,
	/// Water, metered in litres.
	Water,
	/// Gas, metered in litres (cubic decimetres) at metering conditions.
	Gas,
	/// District heat, metered in watt-hours of delivered heat.
	Heat,
	/// Electric-vehicle charging, metered in watt-hours delivered to the vehicle.
	EvCharging,
}

impl ServiceKind {
	/// All services, in encoding order.
	pub const ALL: [ServiceKind; 5] = [
		ServiceKind::Electricity,
		ServiceKind::Water,
		ServiceKind::Gas,
		ServiceKind::Heat,
		ServiceKind::EvCharging,
	];

	/// The integer base unit in which this service's quantities are counted on chain.
	pub const fn unit(self) -> Unit {
		match self {
			ServiceKind::Electricity | ServiceKind::Heat | ServiceKind::EvCharging => {
				Unit::WattHour
			},
			ServiceKind::Water | ServiceKind::Gas => Unit::Litre,
		}
	}
}

/// The base unit of a quantity. Quantities are integers of this unit; there are no floats on
/// chain.
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
pub enum Unit {
	/// One watt-hour (Wh) of energy.
	WattHour,
	/// One litre (dm³) of volume.
	Litre,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn energy_services_count_watt_hours_and_fluids_count_litres() {
		assert_eq!(ServiceKind::Electricity.unit(), Unit::WattHour);
		assert_eq!(ServiceKind::Heat.unit(), Unit::WattHour);
		assert_eq!(ServiceKind::EvCharging.unit(), Unit::WattHour);
		assert_eq!(ServiceKind::Water.unit(), Unit::Litre);
		assert_eq!(ServiceKind::Gas.unit(), Unit::Litre);
	}

	#[test]
	fn all_lists_every_service_once_in_encoding_order() {
		for (index, service) in ServiceKind::ALL.iter().enumerate() {
			assert_eq!(service.encode(), vec![index as u8]);
		}
	}
}
