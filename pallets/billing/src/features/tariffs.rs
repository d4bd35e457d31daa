//! Tariffs: creating one, publishing versions, and which version prices a period.

use crate::{
	Config, Energy, Error, Event, NextTariffId, Pallet, Tariff, TariffInfo, TariffVersions,
	Tariffs, Version, Window, MAX_BANDS,
};
use frame_support::{ensure, pallet_prelude::ConstU32, BoundedVec};
use meterchain_primitives::{Moment, Registry, ServiceKind, TariffId};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_tariff(
		provider: T::AccountId,
		service: ServiceKind,
		tariff: Tariff,
	) -> DispatchResult {
		ensure!(T::Registry::offers_service(&provider, service), Error::<T>::ServiceNotOffered);
		Self::check_tariff(&tariff)?;
		let from = Self::now();
		let id = NextTariffId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let schedule =
			BoundedVec::try_from(alloc::vec![from]).map_err(|_| Error::<T>::TooManyVersions)?;
		let published = schedule.clone();
		let info = TariffInfo { provider: provider.clone(), service, schedule, published };
		Tariffs::<T>::insert(id, info);
		TariffVersions::<T>::insert(id, 1, tariff);
		NextTariffId::<T>::put(next);
		Self::deposit_event(Event::TariffCreated { id, provider, service, from });
		Ok(())
	}

	pub(crate) fn do_publish_version(
		who: T::AccountId,
		id: TariffId,
		tariff: Tariff,
		from: Moment,
	) -> DispatchResult {
		let mut info = Tariffs::<T>::get(id).ok_or(Error::<T>::UnknownTariff)?;
		ensure!(info.provider == who, Error::<T>::NotTariffOwner);
		ensure!(from > Self::now(), Error::<T>::NotInFuture);
		ensure!(
			info.schedule.last().is_none_or(|latest| from > *latest),
			Error::<T>::NotAfterLatest
		);
		Self::check_tariff(&tariff)?;
		info.schedule.try_push(from).map_err(|_| Error::<T>::TooManyVersions)?;
		info.published.try_push(Self::now()).map_err(|_| Error::<T>::TooManyVersions)?;
		let version = info.latest();
		Tariffs::<T>::insert(id, info);
		TariffVersions::<T>::insert(id, version, tariff);
		Self::deposit_event(Event::VersionPublished { id, version, from });
		Ok(())
	}

	/// Refuses a tariff whose components are malformed.
	pub(crate) fn check_tariff(tariff: &Tariff) -> DispatchResult {
		ensure!(tariff.tax_bps <= 10_000, Error::<T>::TaxTooHigh);
		match &tariff.energy {
			Energy::Flat { .. } => {},
			Energy::Tiered { tiers } => {
				let (last, bounded) = tiers.split_last().ok_or(Error::<T>::InvalidTiers)?;
				ensure!(last.up_to.is_none(), Error::<T>::InvalidTiers);
				let mut below = 0u64;
				for tier in bounded {
					let up_to = tier.up_to.ok_or(Error::<T>::InvalidTiers)?;
					ensure!(up_to > below, Error::<T>::InvalidTiers);
					below = up_to;
				}
			},
			Energy::TimeOfUse { bands, .. } => {
				for (n, band) in bands.iter().enumerate() {
					ensure!(band.window.is_valid(), Error::<T>::InvalidBands);
					ensure!(
						bands.iter().skip(n + 1).all(|other| !band.window.overlaps(&other.window)),
						Error::<T>::InvalidBands
					);
				}
			},
		}
		Ok(())
	}

	/// The version of tariff `id` in force at `at`, with its time-of-use windows.
	pub(crate) fn version_in_force(
		id: TariffId,
		at: Moment,
		notice: Moment,
	) -> Option<(Version, BoundedVec<Window, ConstU32<MAX_BANDS>>)> {
		let version = Tariffs::<T>::get(id)?.version_for(at, notice)?;
		let windows = match TariffVersions::<T>::get(id, version)?.energy {
			Energy::TimeOfUse { bands, .. } => {
				BoundedVec::truncate_from(bands.iter().map(|band| band.window).collect())
			},
			_ => BoundedVec::new(),
		};
		Some((version, windows))
	}
}

/// Agreements ask whose a tariff is and what it prices: terms must name one of the
/// provider's own tariffs, for their service.
impl<T: Config> meterchain_primitives::Tariffs<T::AccountId> for Pallet<T> {
	fn tariff(id: TariffId) -> Option<(T::AccountId, ServiceKind)> {
		Tariffs::<T>::get(id).map(|info| (info.provider, info.service))
	}
}

/// A flat tariff published directly, for other pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> meterchain_primitives::TariffsBenchmarking<T::AccountId> for Pallet<T> {
	fn make_tariff(provider: &T::AccountId, service: ServiceKind) -> TariffId {
		let id = NextTariffId::<T>::get();
		let schedule = BoundedVec::truncate_from(alloc::vec![Self::now()]);
		let published = schedule.clone();
		let info = TariffInfo { provider: provider.clone(), service, schedule, published };
		Tariffs::<T>::insert(id, info);
		let flat = Energy::Flat { price: 300 };
		let tariff = Tariff {
			energy: flat,
			standing_charge: 0,
			demand_charge: 0,
			session_fee: 0,
			tax_bps: 0,
		};
		TariffVersions::<T>::insert(id, 1, tariff);
		NextTariffId::<T>::put(id.saturating_add(1));
		id
	}
}
