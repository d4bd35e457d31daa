//! A test runtime: System and the cases pallet, with test doubles for the agreements and time.

use crate::{self as pallet_cases};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::UnixTime};
use meterchain_primitives::{
	ActiveAgreement, ActiveAgreementOf, AgreementId, Agreements, BillingCycle, DeviceId, Moment,
	PaymentMode, ServiceKind,
};
use sp_core::ConstU32;
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Cases: pallet_cases,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The provider.
pub const PROVIDER: AccountId = 1;
/// Another provider.
pub const OTHER_PROVIDER: AccountId = 2;
/// The subscriber.
pub const SUBSCRIBER: AccountId = 10;
/// Someone else.
pub const FRIEND: AccountId = 11;
/// One day and one hour in milliseconds.
pub const DAY: Moment = 86_400_000;
pub const HOUR: Moment = 3_600_000;
/// 2026-03-01 00:00 UTC, and 2026-04-01.
pub const MARCH: Moment = 1_772_323_200_000;
pub const APRIL: Moment = MARCH + 31 * DAY;
/// Chain time when every test starts: 2026-02-20.
pub const START: Moment = MARCH - 9 * DAY;
/// How long the provider has to answer: 14 days.
pub const RESPONSE_PERIOD: Moment = 14 * DAY;
/// The most cases of an agreement waiting for an answer.
pub const MAX_OPEN_CASES: u32 = 2;

parameter_types! {
	/// The mock's chain time, in milliseconds.
	pub storage Now: Moment = START;
}

/// Chain time from [`Now`].
pub struct MockTime;
impl UnixTime for MockTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_millis(Now::get())
	}
}

/// Moves the mock's chain time to `at`.
pub fn set_now(at: Moment) {
	Now::set(&at);
}

thread_local! {
	static AGREEMENTS: RefCell<BTreeMap<AgreementId, ActiveAgreement<AccountId, u128>>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// A monthly electricity agreement `id` between [`SUBSCRIBER`] and [`PROVIDER`] from `start`
/// until `end`.
pub fn add_agreement(id: AgreementId, start: Moment, end: Option<Moment>) {
	let agreement = ActiveAgreement {
		id,
		version: 1,
		subscriber: SUBSCRIBER,
		provider: PROVIDER,
		service: ServiceKind::Electricity,
		tariff: 0,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
		start,
		end,
		notice_period: 0,
	};
	AGREEMENTS.with(|all| all.borrow_mut().insert(id, agreement));
}

/// The agreements double: the agreements [`add_agreement`] made, ended or not.
pub struct MockAgreements;
impl Agreements for MockAgreements {
	type AccountId = AccountId;
	type Balance = u128;

	fn active_for_device(
		_: DeviceId,
		_: ServiceKind,
		_: Moment,
	) -> Option<ActiveAgreementOf<Self>> {
		None
	}
	fn active_between(
		_: &AccountId,
		_: &AccountId,
		_: ServiceKind,
		_: Moment,
	) -> Option<ActiveAgreementOf<Self>> {
		None
	}
	fn agreement(id: AgreementId) -> Option<ActiveAgreementOf<Self>> {
		Self::concluded(id).filter(|a| a.end.is_none_or(|end| Now::get() < end))
	}
	fn concluded(id: AgreementId) -> Option<ActiveAgreementOf<Self>> {
		AGREEMENTS.with(|all| all.borrow().get(&id).cloned())
	}
	fn has_active_agreement(who: &AccountId) -> bool {
		AGREEMENTS.with(|all| all.borrow().values().any(|a| a.subscriber == *who))
	}
	fn devices(_: AgreementId) -> Vec<DeviceId> {
		Vec::new()
	}
}

impl pallet_cases::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Agreements = MockAgreements;
	type UnixTime = MockTime;
	type ResponsePeriod = frame_support::traits::ConstU64<RESPONSE_PERIOD>;
	type ArbiterOrigin = frame_system::EnsureRoot<AccountId>;
	type MaxOpenCases = ConstU32<MAX_OPEN_CASES>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

/// The benchmark helper for the mock: agreement 0 in the double.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<Test> for BenchHelper {
	fn agreement() -> (AgreementId, AccountId, AccountId) {
		add_agreement(0, MARCH, None);
		(0, SUBSCRIBER, PROVIDER)
	}
	fn set_time(now: Moment) {
		set_now(now);
	}
}

/// Fresh storage at [`START`], with no agreements.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		AGREEMENTS.with(|all| all.borrow_mut().clear());
		set_now(START);
	});
	ext
}

/// The pallet's events so far.
pub fn events() -> Vec<pallet_cases::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Cases(event) => Some(event),
			_ => None,
		})
		.collect()
}
