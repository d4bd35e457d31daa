//! A test runtime: System, Balances and the billing pallet, with test doubles for the registry
//! (providers and the services they offer), the agreements and time.

use crate::{self as pallet_billing, Energy, Money, Tariff, Tier};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::UnixTime, weights::Weight};
use meterchain_primitives::{
	ActiveAgreement, AgreementId, Agreements, BillingCycle, DeviceId, DeviceInfo, DeviceKey,
	GroupId, Moment, PaymentMode, Registry, ServiceKind, Usage,
};
use sp_core::ConstU32;
use sp_runtime::BuildStorage;
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Billing: pallet_billing,
		Cases: pallet_cases,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Money>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Money;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The provider (offers electricity and EV charging).
pub const PROVIDER: AccountId = 1;
/// Another provider (offers water).
pub const OTHER_PROVIDER: AccountId = 2;
/// The subscriber.
pub const SUBSCRIBER: AccountId = 10;
/// Someone paying for the subscriber.
pub const FRIEND: AccountId = 11;
/// Every funded account's balance.
pub const ENDOWMENT: Money = 1_000_000_000;
/// One day and one hour in milliseconds.
pub const DAY: Moment = 86_400_000;
pub const HOUR: Moment = 3_600_000;
/// 2026-03-01 00:00 UTC, and 2026-04-01, 2026-05-01.
pub const MARCH: Moment = 1_772_323_200_000;
pub const APRIL: Moment = MARCH + 31 * DAY;
pub const MAY: Moment = APRIL + 30 * DAY;
/// Chain time when every test starts: 2026-02-20.
pub const START: Moment = MARCH - 9 * DAY;
/// The mock's bounds.
pub const MAX_VERSIONS: u32 = 3;
pub const MAX_PAYMENTS: u32 = 3;

parameter_types! {
	/// The mock's chain time, in milliseconds.
	pub storage Now: Moment = START;
	/// Automatic invoicing's budget per block.
	pub storage InvoicingBudget: Weight = Weight::from_parts(2_000_000_000_000, u64::MAX);
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
	static AGREEMENTS: RefCell<BTreeMap<AgreementId, ActiveAgreement<AccountId, Money>>> =
		const { RefCell::new(BTreeMap::new()) };
	/// Each meter of [`PROVIDER`] and the agreement covering it.
	static METERS: RefCell<BTreeMap<DeviceId, AgreementId>> = const { RefCell::new(BTreeMap::new()) };
	/// The group of each meter that is in one.
	static GROUPS: RefCell<BTreeMap<DeviceId, GroupId>> = const { RefCell::new(BTreeMap::new()) };
}

/// Puts meter `device` in `group`.
pub fn in_group(device: DeviceId, group: GroupId) {
	GROUPS.with(|all| all.borrow_mut().insert(device, group));
}

/// The meter the tests' prepaid agreement covers.
pub const METER: DeviceId = 7;
/// How long after its issue an invoice can be disputed: 60 days; and how long the provider
/// has to answer: 14 days.
pub const DISPUTE_WINDOW: Moment = 60 * 86_400_000;
pub const RESPONSE_PERIOD: Moment = 14 * 86_400_000;
/// The most cases of an agreement waiting for an answer.
pub const MAX_OPEN_CASES: u32 = 2;
/// How long a token stays valid: 30 days.
pub const TOKEN_VALIDITY: Moment = 30 * 86_400_000;

/// [`PROVIDER`]'s token key pair (ed25519, from a fixed seed).
pub fn token_pair() -> sp_core::ed25519::Pair {
	<sp_core::ed25519::Pair as sp_core::Pair>::from_seed(&[42; 32])
}

/// Makes `device` a meter of [`PROVIDER`] covered by `agreement`.
pub fn cover(device: DeviceId, agreement: AgreementId) {
	METERS.with(|all| all.borrow_mut().insert(device, agreement));
}

/// The registry double: [`PROVIDER`] offers electricity and EV charging, [`OTHER_PROVIDER`]
/// water.
pub struct MockRegistry;
impl Registry for MockRegistry {
	type AccountId = AccountId;

	fn is_active_provider(who: &AccountId) -> bool {
		[PROVIDER, OTHER_PROVIDER].contains(who)
	}
	fn offers_service(provider: &AccountId, service: ServiceKind) -> bool {
		match *provider {
			PROVIDER => matches!(service, ServiceKind::Electricity | ServiceKind::EvCharging),
			OTHER_PROVIDER => service == ServiceKind::Water,
			_ => false,
		}
	}
	fn is_subscriber(who: &AccountId) -> bool {
		*who == SUBSCRIBER
	}
	fn device(id: DeviceId) -> Option<DeviceInfo<AccountId>> {
		METERS.with(|all| all.borrow().contains_key(&id)).then_some(DeviceInfo {
			provider: PROVIDER,
			kind: meterchain_primitives::DeviceKind::Meter,
			service: ServiceKind::Electricity,
			key: DeviceKey::Ed25519([id as u8; 32]),
			key_epoch: 0,
			status: meterchain_primitives::DeviceStatus::Active,
			group: GROUPS.with(|all| all.borrow().get(&id).copied()),
			reporting_interval_secs: 900,
		})
	}
	fn may_submit_for(_: &AccountId, _: DeviceId) -> bool {
		false
	}
	fn token_key(who: &AccountId) -> Option<DeviceKey> {
		(*who == PROVIDER).then(|| DeviceKey::Ed25519(sp_core::Pair::public(&token_pair()).0))
	}
}

/// The agreements double: what [`add_agreement`] put there.
pub struct MockAgreements;
impl Agreements for MockAgreements {
	type AccountId = AccountId;
	type Balance = Money;

	fn active_for_device(
		device: DeviceId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<AccountId, Money>> {
		let id = METERS.with(|all| all.borrow().get(&device).copied())?;
		Self::agreement(id).filter(|a| a.service == service && a.applies_at(at))
	}
	fn active_between(
		_: &AccountId,
		_: &AccountId,
		_: ServiceKind,
		_: Moment,
	) -> Option<ActiveAgreement<AccountId, Money>> {
		None
	}
	fn agreement(id: AgreementId) -> Option<ActiveAgreement<AccountId, Money>> {
		Self::concluded(id).filter(|a| a.end.is_none_or(|end| Now::get() < end))
	}
	fn concluded(id: AgreementId) -> Option<ActiveAgreement<AccountId, Money>> {
		AGREEMENTS.with(|all| all.borrow().get(&id).cloned())
	}
	fn has_active_agreement(_: &AccountId) -> bool {
		false
	}
	fn devices(id: AgreementId) -> Vec<DeviceId> {
		METERS.with(|all| {
			all.borrow().iter().filter(|(_, covered)| **covered == id).map(|(d, _)| *d).collect()
		})
	}
}

/// A postpaid monthly electricity agreement `id` between [`SUBSCRIBER`] and [`PROVIDER`] at
/// `tariff`, from `start` on, due 14 days after each invoice.
pub fn agreement(id: AgreementId, tariff: u32, start: Moment) -> ActiveAgreement<AccountId, Money> {
	ActiveAgreement {
		id,
		version: 1,
		subscriber: SUBSCRIBER,
		provider: PROVIDER,
		service: ServiceKind::Electricity,
		tariff,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
		start,
		end: None,
		notice_period: 0,
	}
}

/// A prepaid monthly electricity agreement `id` like [`agreement`], covering [`METER`], with
/// a low-credit threshold of `threshold`.
pub fn prepaid(
	id: AgreementId,
	tariff: u32,
	threshold: Money,
) -> ActiveAgreement<AccountId, Money> {
	cover(METER, id);
	ActiveAgreement {
		payment: PaymentMode::Prepaid { low_credit_threshold: threshold },
		..agreement(id, tariff, START)
	}
}

/// Stores (or replaces) an agreement in the double.
pub fn add_agreement(agreement: ActiveAgreement<AccountId, Money>) {
	AGREEMENTS.with(|all| all.borrow_mut().insert(agreement.id, agreement));
}

/// Usage of `quantity` Wh for `agreement`, ending at `at`, with `peak` W.
pub fn usage(
	agreement: AgreementId,
	at: Moment,
	quantity: u64,
	peak: Option<u32>,
) -> Usage<AccountId> {
	Usage {
		agreement,
		subscriber: SUBSCRIBER,
		provider: PROVIDER,
		service: ServiceKind::Electricity,
		device: 7,
		group: None,
		from: at.saturating_sub(HOUR),
		to: at,
		quantity,
		peak,
		session: None,
	}
}

/// A flat tariff: `price` per kWh, nothing else.
pub fn flat(price: Money) -> Tariff {
	Tariff {
		energy: Energy::Flat { price },
		standing_charge: 0,
		demand_charge: 0,
		session_fee: 0,
		tax_bps: 0,
	}
}

/// Two tiers: the first `bound` Wh at `low`, the rest at `high`, per kWh.
pub fn tiered(bound: u64, low: Money, high: Money) -> Tariff {
	Tariff {
		energy: Energy::Tiered {
			tiers: vec![Tier { up_to: Some(bound), price: low }, Tier { up_to: None, price: high }]
				.try_into()
				.expect("two tiers fit"),
		},
		..flat(0)
	}
}

impl pallet_billing::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Registry = MockRegistry;
	type Agreements = MockAgreements;
	type UnixTime = MockTime;
	type MaxVersions = ConstU32<MAX_VERSIONS>;
	type MaxPaymentsPerInvoice = ConstU32<MAX_PAYMENTS>;
	type MaxInvoicingWeight = InvoicingBudget;
	type RuntimeHoldReason = RuntimeHoldReason;
	type TokenValidity = frame_support::traits::ConstU64<TOKEN_VALIDITY>;
	type DisputeWindow = frame_support::traits::ConstU64<DISPUTE_WINDOW>;
	type ResponsePeriod = frame_support::traits::ConstU64<RESPONSE_PERIOD>;
	type ArbiterOrigin = frame_system::EnsureRoot<AccountId>;
	type ResponseLog = Cases;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

/// The cases pallet keeps the providers' response times, which disputes report to.
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

#[cfg(feature = "runtime-benchmarks")]
impl pallet_cases::BenchmarkHelper<Test> for BenchHelper {
	fn agreement() -> (AgreementId, AccountId, AccountId) {
		let id = AGREEMENTS.with(|all| all.borrow().len() as AgreementId);
		add_agreement(agreement(id, 0, MARCH));
		(id, SUBSCRIBER, PROVIDER)
	}
	fn set_time(now: Moment) {
		set_now(now);
	}
}

/// The benchmark helper for the mock: agreements in the double.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<Test> for BenchHelper {
	fn provider(service: ServiceKind) -> AccountId {
		match service {
			ServiceKind::Water => OTHER_PROVIDER,
			_ => PROVIDER,
		}
	}
	fn agreement(
		provider: &AccountId,
		subscriber: &AccountId,
		tariff: u32,
		start: Moment,
		end: Option<Moment>,
	) -> AgreementId {
		let id = AGREEMENTS.with(|all| all.borrow().len() as AgreementId);
		add_agreement(ActiveAgreement {
			provider: *provider,
			subscriber: *subscriber,
			end,
			..agreement(id, tariff, start)
		});
		id
	}
	fn prepaid_meter(
		provider: &AccountId,
		subscriber: &AccountId,
		tariff: u32,
		start: Moment,
		end: Option<Moment>,
		threshold: Money,
	) -> (AgreementId, DeviceId) {
		let id = AGREEMENTS.with(|all| all.borrow().len() as AgreementId);
		add_agreement(ActiveAgreement {
			provider: *provider,
			subscriber: *subscriber,
			start,
			end,
			notice_period: 0,
			..prepaid(id, tariff, threshold)
		});
		(id, METER)
	}
	fn token_key(_: &AccountId) -> DeviceKey {
		DeviceKey::Ed25519(sp_core::Pair::public(&token_pair()).0)
	}
	fn sign(_: &DeviceKey, payload: &[u8]) -> meterchain_primitives::DeviceSignature {
		meterchain_primitives::DeviceSignature::Ed25519(
			sp_core::Pair::sign(&token_pair(), payload).0,
		)
	}
	fn set_time(now: Moment) {
		set_now(now);
	}
}

/// Storage with [`PROVIDER`], [`OTHER_PROVIDER`], [`SUBSCRIBER`] and [`FRIEND`] funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	pallet_balances::GenesisConfig::<Test> {
		balances: [PROVIDER, OTHER_PROVIDER, SUBSCRIBER, FRIEND]
			.into_iter()
			.map(|who| (who, ENDOWMENT))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("balances");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		AGREEMENTS.with(|all| all.borrow_mut().clear());
		METERS.with(|all| all.borrow_mut().clear());
		GROUPS.with(|all| all.borrow_mut().clear());
		set_now(START);
	});
	ext
}

/// The pallet's events so far.
pub fn events() -> Vec<pallet_billing::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Billing(event) => Some(event),
			_ => None,
		})
		.collect()
}
