//! Storage invariants, checked after every unit test and by try-runtime.

use crate::{Config, DeviceStates, Pallet};
use meterchain_primitives::Registry;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// - every device with metering state is (or was) commissioned, and its state's key epoch
	///   is not ahead of the device's;
	/// - a state without readings in its epoch carries no reading counters.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (id, state) in DeviceStates::<T>::iter() {
			let device = T::Registry::device(id).ok_or("metering state of an unknown device")?;
			if state.key_epoch > device.key_epoch {
				return Err("metering state of a key epoch the device never had".into());
			}
			if state.readings == 0
				&& (state.last_seq != 0 || state.last_register != 0 || state.last_timestamp != 0)
			{
				return Err("reading counters without readings".into());
			}
		}
		Ok(())
	}
}
