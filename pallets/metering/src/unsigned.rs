//! Validation of own (feeless, unsigned) submissions before they enter the pool: only a
//! genuine, new report of an active device, at most once per interval, so that spam never
//! reaches a block.

use crate::{Config, Pallet, RejectReason, Submitter, OWN_REPORT_TAG};
use frame_support::{
	pallet_prelude::{InvalidTransaction, TransactionValidity, ValidTransaction},
	traits::Get,
};
use meterchain_primitives::DeviceReport;
use sp_runtime::{traits::Saturating, SaturatedConversion};

/// `InvalidTransaction::Custom` code: the device submitted on its own too recently.
pub const RATE_LIMITED: u8 = 1;
/// `InvalidTransaction::Custom` code: the report would be refused (see [`RejectReason`]); the
/// code is 10 + the reason's index.
pub const REFUSED_BASE: u8 = 10;

impl<T: Config> Pallet<T> {
	/// Whether `report` may enter the pool as an own submission.
	pub(crate) fn validate_own(report: &DeviceReport) -> TransactionValidity {
		let refused = |reason: RejectReason| {
			InvalidTransaction::Custom(REFUSED_BASE.saturating_add(reason as u8))
		};
		let id = report.device();
		let device = Self::authorized_device(report, &Submitter::Device, &Self::genesis_hash())
			.map_err(refused)?;
		let state = Self::state_for(id, &device);
		let now = frame_system::Pallet::<T>::block_number();
		let interval = T::OwnSubmissionInterval::get();
		if state.last_own_submission.is_some_and(|last| now < last.saturating_add(interval)) {
			return Err(InvalidTransaction::Custom(RATE_LIMITED).into());
		}
		let replayed = match report {
			DeviceReport::Reading { reading, .. } => {
				state.readings > 0 && reading.seq <= state.last_seq
			},
			DeviceReport::Session { session, .. } => {
				state.last_session.is_some_and(|last| session.session_id <= last)
			},
		};
		if replayed {
			return Err(InvalidTransaction::Stale.into());
		}
		let longevity: u64 = interval.saturated_into::<u64>().max(1);
		ValidTransaction::with_tag_prefix(OWN_REPORT_TAG)
			.priority(0)
			// One pending own report per device: a second one waits for the first's block.
			.and_provides(id)
			.longevity(longevity)
			.propagate(true)
			.build()
	}
}
