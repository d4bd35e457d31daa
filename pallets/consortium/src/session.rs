//! The consortium's validator set, as the session pallet sees it.
//!
//! At every rotation the session pallet asks for the set of the session after next. The pallet
//! answers with [`Validators`] only when the council changed it since the last answer, so that
//! an unchanged set does not trigger a new GRANDPA authority set.

use crate::{Config, Event, Pallet, SetChanged, Validators};
use alloc::vec::Vec;
use sp_runtime::SaturatedConversion;

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: u32) -> Option<Vec<T::AccountId>> {
		if !SetChanged::<T>::take() {
			return None;
		}
		let set = Validators::<T>::get().into_inner();
		Self::deposit_event(Event::ValidatorSetQueued {
			session: new_index,
			validators: set.len().saturated_into(),
		});
		Some(set)
	}

	/// At genesis the set is the genesis config's, or the session keys' owners if that is empty.
	fn new_session_genesis(_new_index: u32) -> Option<Vec<T::AccountId>> {
		let set = Validators::<T>::get();
		(!set.is_empty()).then(|| set.into_inner())
	}

	fn end_session(_end_index: u32) {}

	fn start_session(_start_index: u32) {}
}
