//! A test runtime: System, Balances and the registry, with test doubles for agreements,
//! prepaid credit and time.

use crate::{
	self as pallet_registry,
	tests::{name, services},
	NameOf, Pallet, Services,
};
use core::cell::{Cell, RefCell};
use frame_support::{derive_impl, parameter_types, traits::UnixTime};
use frame_system::EnsureRoot;
use meterchain_primitives::{
	ActiveAgreement, AgreementId, Agreements, BillingCycle, CreditCheck, DeviceId, DeviceKey,
	Moment, PaymentMode, ServiceKind,
};
use sp_runtime::BuildStorage;
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Registry: pallet_registry,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// The subscriber deposit.
pub const DEPOSIT: Balance = 100;
/// Longest names.
pub const MAX_NAME: u32 = 16;
/// Longest envelope.
pub const MAX_ENVELOPE: u32 = 64;
/// Most tags per subscriber.
pub const MAX_TAGS: u32 = 3;
/// Reporting interval bounds, in seconds.
pub const MIN_INTERVAL: u32 = 60;
pub const MAX_INTERVAL: u32 = 86_400;
/// Chain time when every test starts, in milliseconds.
pub const START: Moment = 1_700_000_000_000;

parameter_types! {
	pub const SubscriberDeposit: Balance = DEPOSIT;
	pub const MaxNameLen: u32 = MAX_NAME;
	pub const MaxEnvelopeLen: u32 = MAX_ENVELOPE;
	pub const MaxTagsPerSubscriber: u32 = MAX_TAGS;
	pub const MinReportingInterval: u32 = MIN_INTERVAL;
	pub const MaxReportingInterval: u32 = MAX_INTERVAL;
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
	static WITH_AGREEMENT: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
	static BETWEEN: RefCell<BTreeMap<(AccountId, AccountId), ActiveAgreement<AccountId, Balance>>> =
		const { RefCell::new(BTreeMap::new()) };
	static HAS_CREDIT: Cell<bool> = const { Cell::new(true) };
}

/// A test double for the agreements pallet.
pub struct MockAgreements;

impl MockAgreements {
	/// Marks `who` as the subscriber of an agreement that has not ended (or clears the mark).
	pub fn set_active(who: AccountId, active: bool) {
		WITH_AGREEMENT.with(|set| {
			let mut set = set.borrow_mut();
			if active {
				set.insert(who);
			} else {
				set.remove(&who);
			}
		});
	}

	/// Records an EV-charging agreement between `subscriber` and `provider`, from `start` to
	/// `end`, prepaid or postpaid.
	pub fn set_between(
		subscriber: AccountId,
		provider: AccountId,
		prepaid: bool,
		start: Moment,
		end: Option<Moment>,
	) {
		let payment = if prepaid {
			PaymentMode::Prepaid { low_credit_threshold: 10 }
		} else {
			PaymentMode::Postpaid { due_days: 14 }
		};
		let agreement = ActiveAgreement {
			id: 7,
			version: 1,
			subscriber,
			provider,
			service: ServiceKind::EvCharging,
			tariff: 0,
			cycle: BillingCycle::Monthly,
			payment,
			start,
			end,
			notice_period: 0,
		};
		BETWEEN.with(|map| map.borrow_mut().insert((subscriber, provider), agreement));
	}
}

impl Agreements for MockAgreements {
	type AccountId = AccountId;
	type Balance = Balance;

	fn active_for_device(
		_: DeviceId,
		_: ServiceKind,
		_: Moment,
	) -> Option<ActiveAgreement<AccountId, Balance>> {
		None
	}

	fn active_between(
		subscriber: &AccountId,
		provider: &AccountId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<AccountId, Balance>> {
		BETWEEN.with(|map| {
			map.borrow()
				.get(&(*subscriber, *provider))
				.filter(|a| a.service == service && a.applies_at(at))
				.cloned()
		})
	}

	fn agreement(_: AgreementId) -> Option<ActiveAgreement<AccountId, Balance>> {
		None
	}

	fn has_active_agreement(who: &AccountId) -> bool {
		WITH_AGREEMENT.with(|set| set.borrow().contains(who))
	}

	// No device coverage in these tests (as `active_for_device` answers).
	fn devices(_: AgreementId) -> Vec<DeviceId> {
		Vec::new()
	}
}

/// A test double for prepaid credit: one switch for everybody.
pub struct MockCredit;

impl MockCredit {
	/// Sets whether prepaid subscribers have credit.
	pub fn set(has_credit: bool) {
		HAS_CREDIT.with(|flag| flag.set(has_credit));
	}
}

impl CreditCheck<AccountId> for MockCredit {
	fn has_credit(_: &AccountId, _: AgreementId) -> bool {
		HAS_CREDIT.with(|flag| flag.get())
	}
}

impl pallet_registry::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ProviderOrigin = EnsureRoot<AccountId>;
	type SubscriberDeposit = SubscriberDeposit;
	type Agreements = MockAgreements;
	type CreditCheck = MockCredit;
	type UnixTime = MockTime;
	type MaxNameLen = MaxNameLen;
	type MaxEnvelopeLen = MaxEnvelopeLen;
	type MaxTagsPerSubscriber = MaxTagsPerSubscriber;
	type MinReportingInterval = MinReportingInterval;
	type MaxReportingInterval = MaxReportingInterval;
	type WeightInfo = ();
}

/// The provider registered at genesis: electricity and EV charging.
pub const PROVIDER: AccountId = 1;
/// A second provider registered at genesis: water only.
pub const OTHER_PROVIDER: AccountId = 2;
/// Funded accounts that are not registered.
pub const ALICE: AccountId = 10;
pub const BOB: AccountId = 11;
/// An account without funds.
pub const PAUPER: AccountId = 99;
/// Every funded account's balance.
pub const ENDOWMENT: Balance = 1_000;

/// The genesis providers' token keys.
pub fn token_key(who: AccountId) -> DeviceKey {
	DeviceKey::Ed25519([who as u8; 32])
}

/// Builds the test externalities.
pub struct ExtBuilder {
	providers: Vec<(AccountId, NameOf<Test>, Services, DeviceKey)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			providers: vec![
				(
					PROVIDER,
					name(b"Grid & Charge"),
					services(&[ServiceKind::Electricity, ServiceKind::EvCharging]),
					token_key(PROVIDER),
				),
				(
					OTHER_PROVIDER,
					name(b"Waterworks"),
					services(&[ServiceKind::Water]),
					token_key(2),
				),
			],
		}
	}
}

impl ExtBuilder {
	/// Registers no provider at genesis.
	pub fn without_providers(mut self) -> Self {
		self.providers.clear();
		self
	}

	/// The externalities, at block 1 and time [`START`], with clean test doubles.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: [PROVIDER, OTHER_PROVIDER, ALICE, BOB, 12, 13]
				.into_iter()
				.map(|who| (who, ENDOWMENT))
				.collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_registry::GenesisConfig::<Test> { providers: self.providers }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			set_now(START);
			WITH_AGREEMENT.with(|set| set.borrow_mut().clear());
			BETWEEN.with(|map| map.borrow_mut().clear());
			MockCredit::set(true);
		});
		ext
	}

	/// Runs `test`, then checks the registry's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Pallet::<Test>::do_try_state().expect("the registry's invariants hold");
		});
	}
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().without_providers().build()
}
