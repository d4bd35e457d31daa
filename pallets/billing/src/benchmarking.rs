//! Benchmarks (v2) of every call, of recording usage and of automatic invoicing, each in its
//! worst case: the largest tariff (eight tiers, every other component, tax), usage in every
//! tier, credit to apply, and an agreement that goes on into the next period.

use crate::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	weights::Weight,
};
use frame_system::RawOrigin;
use meterchain_primitives::{ServiceKind, Usage, UsageSink};

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<T: Config> {
	/// An active provider offering `service`.
	fn provider(service: ServiceKind) -> T::AccountId;
	/// A postpaid, monthly electricity agreement between `provider` and `subscriber` at
	/// `tariff`, in force from `start` on; returns its id.
	fn agreement(
		provider: &T::AccountId,
		subscriber: &T::AccountId,
		tariff: TariffId,
		start: Moment,
	) -> AgreementId;
	/// Sets the chain's time (ms).
	fn set_time(now: Moment);
}

/// 2026-03-01 00:00 UTC, when the benchmarked periods start; a day.
const MARCH: Moment = 1_772_323_200_000;
const DAY: Moment = 86_400_000;

/// The largest tariff: eight tiers, a standing, demand and session charge, and tax.
fn largest() -> Tariff {
	let tiers: Vec<Tier> = (1..=MAX_TIERS as u64)
		.map(|n| Tier {
			up_to: (n < MAX_TIERS as u64).then_some(n * 1_000_000),
			price: 300 + n as u128,
		})
		.collect();
	Tariff {
		energy: Energy::Tiered { tiers: tiers.try_into().expect("MAX_TIERS tiers") },
		standing_charge: 1_000_000_000,
		demand_charge: 5_000_000,
		session_fee: 7_000,
		tax_bps: 2_000,
	}
}

/// The largest time-of-use tariff: every band, so a report is sorted through them all.
fn banded() -> Tariff {
	let bands: Vec<Band> = (0..MAX_BANDS as u16)
		.map(|n| Band {
			window: Window { days: 0x7f, from_minute: n * 60, to_minute: n * 60 + 60 },
			price: 400,
		})
		.collect();
	Tariff {
		energy: Energy::TimeOfUse { base: 300, bands: bands.try_into().expect("MAX_BANDS bands") },
		..largest()
	}
}

/// A funded provider with tariff `tariff` (created the day before March), and an agreement with
/// a funded subscriber from March on; returns (provider, subscriber, tariff id, agreement).
fn setup<T: Config>(tariff: Tariff) -> (T::AccountId, T::AccountId, TariffId, AgreementId) {
	T::BenchmarkHelper::set_time(MARCH - DAY);
	let provider = T::BenchmarkHelper::provider(ServiceKind::Electricity);
	let subscriber: T::AccountId = account("subscriber", 0, 0);
	T::Currency::set_balance(&provider, 1_000_000_000_000_000);
	T::Currency::set_balance(&subscriber, 1_000_000_000_000_000);
	let id = NextTariffId::<T>::get();
	Pallet::<T>::create_tariff(
		RawOrigin::Signed(provider.clone()).into(),
		ServiceKind::Electricity,
		tariff,
	)
	.expect("a valid tariff");
	let agreement = T::BenchmarkHelper::agreement(&provider, &subscriber, id, MARCH);
	(provider, subscriber, id, agreement)
}

/// Usage of `quantity` at `at` for `agreement`, with a peak and as a charging session.
fn usage<T: Config>(
	agreement: AgreementId,
	subscriber: &T::AccountId,
	provider: &T::AccountId,
	at: Moment,
	quantity: u64,
) -> Usage<T::AccountId> {
	Usage {
		agreement,
		subscriber: subscriber.clone(),
		provider: provider.clone(),
		service: ServiceKind::Electricity,
		device: 0,
		group: None,
		from: at.saturating_sub(3_600_000),
		to: at,
		quantity,
		peak: Some(7_000),
		session: Some(1),
	}
}

/// A March accrual reaching every tier, and credit on the agreement; time moved to April.
fn ended_march<T: Config>() -> (AgreementId, T::AccountId) {
	let (provider, subscriber, _, agreement) = setup::<T>(largest());
	T::BenchmarkHelper::set_time(MARCH + DAY);
	let usage =
		usage::<T>(agreement, &subscriber, &provider, MARCH + DAY, MAX_TIERS as u64 * 1_000_000);
	Pallet::<T>::record(&usage);
	Credit::<T>::insert(agreement, 1_000);
	T::BenchmarkHelper::set_time(MARCH + 32 * DAY);
	(agreement, subscriber)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_tariff() {
		T::BenchmarkHelper::set_time(MARCH);
		let provider = T::BenchmarkHelper::provider(ServiceKind::Electricity);
		let id = NextTariffId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), ServiceKind::Electricity, largest());

		assert!(TariffVersions::<T>::contains_key(id, 1));
	}

	#[benchmark]
	fn publish_version() {
		let (provider, _, id, _) = setup::<T>(largest());
		// All but one version published already.
		for n in 2..T::MaxVersions::get() {
			Pallet::<T>::publish_version(
				RawOrigin::Signed(provider.clone()).into(),
				id,
				largest(),
				MARCH + u64::from(n) * DAY,
			)
			.expect("a later version");
		}
		let from = MARCH + u64::from(T::MaxVersions::get()) * DAY;

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, largest(), from);

		assert_eq!(Tariffs::<T>::get(id).map(|t| t.latest()), Some(T::MaxVersions::get()));
	}

	#[benchmark]
	fn issue_invoice() {
		let (agreement, subscriber) = ended_march::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(subscriber), agreement);

		assert_eq!(
			Accruals::<T>::get(agreement).map(|a| a.current.period.start),
			Some(MARCH + 31 * DAY)
		);
		assert_eq!(NextInvoiceId::<T>::get(), 1);
	}

	#[benchmark]
	fn pay() {
		let (agreement, subscriber) = ended_march::<T>();
		Pallet::<T>::issue_invoice(RawOrigin::Signed(subscriber.clone()).into(), agreement)
			.expect("March ended");
		let invoice = NextInvoiceId::<T>::get() - 1;
		let total = Invoices::<T>::get(invoice).map_or(0, |i| i.total);

		// The last payment the invoice accepts, paying more than is outstanding.
		#[extrinsic_call]
		_(RawOrigin::Signed(subscriber), invoice, total + 1);

		assert!(Credit::<T>::get(agreement) > 0);
		assert_eq!(Invoices::<T>::get(invoice).map(|i| i.status), Some(InvoiceStatus::Paid));
	}

	#[benchmark]
	fn record_accrue() {
		let (provider, subscriber, _, agreement) = setup::<T>(banded());
		T::BenchmarkHelper::set_time(MARCH + DAY);
		// Opens March; the next report is sorted through every band into the last.
		Pallet::<T>::record(&usage::<T>(agreement, &subscriber, &provider, MARCH + HOUR_MS, 1_000));
		let at = MARCH + DAY + u64::from(MAX_BANDS - 1) * HOUR_MS;
		let usage = usage::<T>(agreement, &subscriber, &provider, at, 1_000);

		#[block]
		{
			Pallet::<T>::record(&usage);
		}

		assert_eq!(
			Accruals::<T>::get(agreement).map(|a| a.current.by_window[MAX_BANDS as usize - 1]),
			Some(1_000)
		);
	}

	#[benchmark]
	fn record_open() {
		// An agreement's first usage: the agreement, the tariff and its version are read to
		// open the period (opening the next period reads only the tariff).
		let (provider, subscriber, _, agreement) = setup::<T>(banded());
		T::BenchmarkHelper::set_time(MARCH + DAY);
		let usage = usage::<T>(agreement, &subscriber, &provider, MARCH + DAY, 1_000);

		#[block]
		{
			Pallet::<T>::record(&usage);
		}

		assert_eq!(Accruals::<T>::get(agreement).map(|a| a.current.quantity), Some(1_000));
	}

	#[benchmark]
	fn sweep_base() {
		T::BenchmarkHelper::set_time(MARCH);

		#[block]
		{
			Pallet::<T>::sweep(Weight::MAX);
		}

		assert!(NextSweep::<T>::get() > MARCH);
	}

	#[benchmark]
	fn sweep_visit() {
		let (provider, subscriber, _, agreement) = setup::<T>(largest());
		T::BenchmarkHelper::set_time(MARCH + DAY);
		Pallet::<T>::record(&usage::<T>(agreement, &subscriber, &provider, MARCH + DAY, 1_000));
		let now = MARCH + 2 * DAY;

		#[block]
		{
			let (id, accrual) = Accruals::<T>::iter().next().expect("one accrual");
			assert!(!Pallet::<T>::close_if_ended(id, accrual, now));
		}
	}

	#[benchmark]
	fn sweep_close() {
		let (agreement, _) = ended_march::<T>();
		let now = MARCH + 32 * DAY;

		#[block]
		{
			let (id, accrual) = Accruals::<T>::iter().next().expect("one accrual");
			assert!(Pallet::<T>::close_if_ended(id, accrual, now));
		}

		assert_eq!(AgreementInvoices::<T>::iter_key_prefix(agreement).count(), 1);
	}

	impl_benchmark_test_suite!(Pallet, mock::new_test_ext(), mock::Test);
}

/// An hour, ms.
const HOUR_MS: Moment = 3_600_000;
