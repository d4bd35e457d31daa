//! [`ResponseLog`]: the public record of how each provider answers its subscribers, which
//! this pallet keeps for its cases and billing reports its disputes to.

use crate::{Config, OpenCases, Pallet, ResponseTimes};
use meterchain_primitives::{AgreementId, Moment, ResponseLog};

impl<T: Config> ResponseLog for Pallet<T> {
	type AccountId = T::AccountId;

	fn received(provider: &T::AccountId) {
		ResponseTimes::<T>::mutate(provider, |stats| {
			stats.received = stats.received.saturating_add(1)
		});
	}

	fn answered(provider: &T::AccountId, opened: Moment, respond_by: Moment, now: Moment) {
		let took = now.saturating_sub(opened);
		ResponseTimes::<T>::mutate(provider, |stats| {
			stats.answered = stats.answered.saturating_add(1);
			if now <= respond_by {
				stats.on_time = stats.on_time.saturating_add(1);
			}
			stats.total_response = stats.total_response.saturating_add(took);
			stats.longest_response = stats.longest_response.max(took);
		});
	}

	fn lapsed(provider: &T::AccountId) {
		ResponseTimes::<T>::mutate(provider, |stats| stats.lapsed = stats.lapsed.saturating_add(1));
	}

	fn open_cases(agreement: AgreementId) -> u32 {
		OpenCases::<T>::get(agreement)
	}
}
