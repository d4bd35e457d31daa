//! Unit tests, one file per way in: own (feeless) submissions, gateway batches, charging
//! sessions; `readings.rs` covers every check of a reading.

mod batches;
mod own;
mod readings;
mod sessions;
mod tenancy;
mod usage;

use crate::{mock::*, DeviceStates, Event, RejectReason};

/// The events this pallet emitted so far.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Metering(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// Submits `report` as the device itself.
pub fn own(report: meterchain_primitives::DeviceReport) -> sp_runtime::DispatchResult {
	Metering::submit_own(RuntimeOrigin::none(), report).map(|_| ()).map_err(|e| e.error)
}

/// The last accepted sequence number of `device`.
pub fn last_seq(device: u64) -> Option<u64> {
	DeviceStates::<Test>::get(device).map(|state| state.last_seq)
}

/// Whether the last event is a rejection of `device` for `reason`.
pub fn rejected(device: u64, reason: RejectReason) -> bool {
	events().contains(&Event::Rejected { device, reason })
}
