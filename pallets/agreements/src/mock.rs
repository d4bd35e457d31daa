//! A test runtime: System, Balances and the agreements pallet, with test doubles for the
//! registry and time. Accounts are `AccountId32` and parties sign with `MultiSignature`, as in
//! the runtime; the provider signs with sr25519, the subscriber with ed25519.

use crate::{self as pallet_agreements, Pallet};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::UnixTime};
use meterchain_primitives::{
	DeviceId, DeviceInfo, DeviceKey, DeviceKind, DeviceStatus, Moment, Registry, ServiceKind,
	TariffId, Tariffs,
};
use sp_core::{ed25519, sr25519, ConstU32, Pair, H256};
use sp_runtime::{
	traits::{IdentifyAccount, IdentityLookup},
	AccountId32, BuildStorage, MultiSignature, MultiSigner,
};
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = AccountId32;
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Agreements: pallet_agreements,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

/// The proposal deposit.
pub const DEPOSIT: Balance = 100;
/// Every funded account's balance.
pub const ENDOWMENT: Balance = 1_000;
/// Chain time when every test starts, in milliseconds.
pub const START: Moment = 1_700_000_000_000;
/// One day in milliseconds.
pub const DAY: Moment = 24 * 60 * 60 * 1000;
/// The longest notice period: 90 days.
pub const MAX_NOTICE: Moment = 90 * DAY;
/// How far ahead terms may set their signing deadline.
pub const SIGNING_WINDOW: Moment = 30 * DAY;
/// The mock's bounds.
pub const MAX_DEVICES: u32 = 4;
pub const MAX_DOCUMENT: u32 = 64;
pub const MAX_VERSIONS: u32 = 3;
pub const MAX_OPEN: u32 = 3;
pub const MAX_PER_DEVICE: u32 = 2;
/// The mock chain's genesis hash.
pub const GENESIS: H256 = H256::repeat_byte(0x42);

parameter_types! {
	pub const ProposalDeposit: Balance = DEPOSIT;
	pub const MaxNoticePeriod: Moment = MAX_NOTICE;
	pub const MaxSigningWindow: Moment = SIGNING_WINDOW;
	/// The agreements another pallet (billing) still holds.
	pub storage Held: BTreeSet<meterchain_primitives::AgreementId> = BTreeSet::new();
	/// The mock's chain time, in milliseconds.
	pub storage Now: Moment = START;
}

/// What billing would hold: the agreements in [`Held`].
pub struct MockHoldings;
impl meterchain_primitives::AgreementHoldings for MockHoldings {
	fn holds(agreement: meterchain_primitives::AgreementId) -> bool {
		Held::get().contains(&agreement)
	}
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
	static PROVIDERS: RefCell<BTreeMap<AccountId, BTreeSet<ServiceKind>>> =
		const { RefCell::new(BTreeMap::new()) };
	static SUBSCRIBERS: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
	static DEVICES: RefCell<BTreeMap<DeviceId, DeviceInfo<AccountId>>> =
		const { RefCell::new(BTreeMap::new()) };
	static BENCHMARK_KEYS: RefCell<BTreeMap<MultiSigner, sr25519::Pair>> =
		const { RefCell::new(BTreeMap::new()) };
	static TARIFFS: RefCell<BTreeMap<TariffId, (AccountId, ServiceKind)>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// The provider's electricity tariffs in the test externalities (any of them can be named).
pub const TARIFFS_OF_PROVIDER: [TariffId; 3] = [7, 8, 9];
/// The provider's EV-charging tariff.
pub const EV_TARIFF: TariffId = 20;
/// The other provider's water tariff.
pub const WATER_TARIFF: TariffId = 30;
/// A tariff never published.
pub const NO_TARIFF: TariffId = 99;

/// A test double for the registry.
pub struct MockRegistry;

impl MockRegistry {
	/// Forgets everything.
	pub fn clear() {
		PROVIDERS.with(|map| map.borrow_mut().clear());
		SUBSCRIBERS.with(|set| set.borrow_mut().clear());
		DEVICES.with(|map| map.borrow_mut().clear());
		TARIFFS.with(|map| map.borrow_mut().clear());
	}

	/// Publishes tariff `id` of `provider` for `service`.
	pub fn add_tariff(id: TariffId, provider: &AccountId, service: ServiceKind) {
		TARIFFS.with(|map| map.borrow_mut().insert(id, (provider.clone(), service)));
	}

	/// Makes `who` an active provider offering exactly `services` (none: not a provider).
	pub fn set_provider(who: &AccountId, services: &[ServiceKind]) {
		PROVIDERS.with(|map| {
			let mut map = map.borrow_mut();
			if services.is_empty() {
				map.remove(who);
			} else {
				map.insert(who.clone(), services.iter().copied().collect());
			}
		});
	}

	/// Registers (or deregisters) subscriber `who`.
	pub fn set_subscriber(who: &AccountId, registered: bool) {
		SUBSCRIBERS.with(|set| {
			let mut set = set.borrow_mut();
			if registered {
				set.insert(who.clone());
			} else {
				set.remove(who);
			}
		});
	}

	/// Commissions meter `id` of `provider` for `service`.
	pub fn add_device(id: DeviceId, provider: &AccountId, service: ServiceKind) {
		let kind = if service == ServiceKind::EvCharging {
			DeviceKind::Charger
		} else {
			DeviceKind::Meter
		};
		let info = DeviceInfo {
			provider: provider.clone(),
			kind,
			service,
			key: DeviceKey::Sr25519([id as u8; 32]),
			key_epoch: 0,
			status: DeviceStatus::Active,
			group: None,
			reporting_interval_secs: 900,
		};
		DEVICES.with(|map| map.borrow_mut().insert(id, info));
	}

	/// Sets the status of device `id`.
	pub fn set_device_status(id: DeviceId, status: DeviceStatus) {
		DEVICES.with(|map| {
			if let Some(device) = map.borrow_mut().get_mut(&id) {
				device.status = status;
			}
		});
	}
}

impl Registry for MockRegistry {
	type AccountId = AccountId;

	fn is_active_provider(who: &AccountId) -> bool {
		PROVIDERS.with(|map| map.borrow().contains_key(who))
	}
	fn offers_service(provider: &AccountId, service: ServiceKind) -> bool {
		PROVIDERS.with(|map| map.borrow().get(provider).is_some_and(|s| s.contains(&service)))
	}
	fn is_subscriber(who: &AccountId) -> bool {
		SUBSCRIBERS.with(|set| set.borrow().contains(who))
	}
	fn device(id: DeviceId) -> Option<DeviceInfo<AccountId>> {
		DEVICES.with(|map| map.borrow().get(&id).cloned())
	}
	fn may_submit_for(who: &AccountId, device: DeviceId) -> bool {
		Self::device(device).is_some_and(|d| d.provider == *who)
	}
	fn token_key(_: &AccountId) -> Option<DeviceKey> {
		None
	}
}

/// The registry double also answers for the billing pallet's tariffs.
impl Tariffs<AccountId> for MockRegistry {
	fn tariff(id: TariffId) -> Option<(AccountId, ServiceKind)> {
		TARIFFS.with(|map| map.borrow().get(&id).cloned())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl meterchain_primitives::TariffsBenchmarking<AccountId> for MockRegistry {
	fn make_tariff(provider: &AccountId, service: ServiceKind) -> TariffId {
		let id = TARIFFS.with(|map| map.borrow().keys().last().map_or(0, |last| last + 1));
		Self::add_tariff(id, provider, service);
		id
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl meterchain_primitives::RegistryBenchmarking<AccountId> for MockRegistry {
	fn make_provider(who: &AccountId, service: ServiceKind) {
		PROVIDERS.with(|map| map.borrow_mut().entry(who.clone()).or_default().insert(service));
	}
	fn make_subscriber(who: &AccountId) {
		Self::set_subscriber(who, true);
	}
	fn make_device(provider: &AccountId, service: ServiceKind, _seed: u32) -> DeviceId {
		let id = DEVICES.with(|map| map.borrow().keys().last().map_or(0, |last| last + 1));
		Self::add_device(id, provider, service);
		id
	}
	fn make_keyed_device(
		provider: &AccountId,
		_kind: DeviceKind,
		service: ServiceKind,
		_key: DeviceKey,
	) -> DeviceId {
		Self::make_device(provider, service, 0)
	}
}

/// Key pairs and time for the benchmarks: sr25519 pairs derived from the seed.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<MultiSigner, MultiSignature> for MockBenchmarkHelper {
	fn signer(seed: u32) -> MultiSigner {
		let mut bytes = [0u8; 32];
		bytes[..4].copy_from_slice(&seed.to_le_bytes());
		let pair = sr25519::Pair::from_seed(&bytes);
		let signer = MultiSigner::from(pair.public());
		BENCHMARK_KEYS.with(|keys| keys.borrow_mut().insert(signer.clone(), pair));
		signer
	}
	fn sign(signer: &MultiSigner, message: &[u8]) -> MultiSignature {
		BENCHMARK_KEYS.with(|keys| {
			let keys = keys.borrow();
			let pair = keys.get(signer).expect("signers are made by `signer`");
			MultiSignature::from(pair.sign(message))
		})
	}
	fn set_now(now: Moment) {
		set_now(now);
	}
}

impl pallet_agreements::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Tariffs = MockRegistry;
	type UnixTime = MockTime;
	type OffchainSignature = MultiSignature;
	type OffchainPublic = MultiSigner;
	type ProposalDeposit = ProposalDeposit;
	type MaxDevices = ConstU32<MAX_DEVICES>;
	type MaxDocumentLen = ConstU32<MAX_DOCUMENT>;
	type MaxVersions = ConstU32<MAX_VERSIONS>;
	type MaxOpenPerSubscriber = ConstU32<MAX_OPEN>;
	type MaxAgreementsPerDevice = ConstU32<MAX_PER_DEVICE>;
	type MaxNoticePeriod = MaxNoticePeriod;
	type MaxSigningWindow = MaxSigningWindow;
	type Holdings = MockHoldings;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type RegistryBenchmark = MockRegistry;
	#[cfg(feature = "runtime-benchmarks")]
	type TariffsBenchmark = MockRegistry;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// A party's key pair: sr25519 or ed25519.
pub enum Key {
	/// An sr25519 pair.
	Sr(sr25519::Pair),
	/// An ed25519 pair.
	Ed(ed25519::Pair),
}

impl Key {
	/// The account of this key.
	pub fn account(&self) -> AccountId {
		match self {
			Key::Sr(pair) => MultiSigner::from(pair.public()).into_account(),
			Key::Ed(pair) => MultiSigner::from(pair.public()).into_account(),
		}
	}

	/// This key's signature of `message`.
	pub fn sign(&self, message: &[u8]) -> MultiSignature {
		match self {
			Key::Sr(pair) => pair.sign(message).into(),
			Key::Ed(pair) => pair.sign(message).into(),
		}
	}
}

/// The provider's key (sr25519).
pub fn provider_key() -> Key {
	Key::Sr(sr25519::Pair::from_seed(&[1; 32]))
}
/// The subscriber's key (ed25519).
pub fn subscriber_key() -> Key {
	Key::Ed(ed25519::Pair::from_seed(&[2; 32]))
}
/// A second provider's key (ed25519).
pub fn other_provider_key() -> Key {
	Key::Ed(ed25519::Pair::from_seed(&[3; 32]))
}
/// A second subscriber's key (sr25519).
pub fn other_subscriber_key() -> Key {
	Key::Sr(sr25519::Pair::from_seed(&[4; 32]))
}
/// A key of nobody in particular.
pub fn stranger_key() -> Key {
	Key::Sr(sr25519::Pair::from_seed(&[5; 32]))
}

/// The provider: electricity and EV charging.
pub fn provider() -> AccountId {
	provider_key().account()
}
/// The subscriber.
pub fn subscriber() -> AccountId {
	subscriber_key().account()
}
/// A second provider: water.
pub fn other_provider() -> AccountId {
	other_provider_key().account()
}
/// A second subscriber.
pub fn other_subscriber() -> AccountId {
	other_subscriber_key().account()
}
/// A funded account that is neither provider nor subscriber.
pub fn stranger() -> AccountId {
	stranger_key().account()
}
/// A registered subscriber without funds.
pub fn pauper() -> AccountId {
	AccountId32::new([99; 32])
}

/// The provider's electricity meters.
pub const METER: DeviceId = 1;
pub const METER_2: DeviceId = 2;
pub const METER_3: DeviceId = 3;
pub const METER_4: DeviceId = 4;
pub const METER_5: DeviceId = 5;
/// The second provider's water meter.
pub const WATER_METER: DeviceId = 10;
/// The provider's charger.
pub const CHARGER: DeviceId = 11;
/// The provider's decommissioned meter.
pub const OLD_METER: DeviceId = 12;
/// No device has this id.
pub const NO_DEVICE: DeviceId = 999;

/// Builds the test externalities.
pub struct ExtBuilder {
	genesis_hash: H256,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { genesis_hash: GENESIS }
	}
}

impl ExtBuilder {
	/// Makes `hash` the chain's genesis hash (instead of [`GENESIS`]).
	pub fn genesis_hash(mut self, hash: H256) -> Self {
		self.genesis_hash = hash;
		self
	}

	/// The externalities, at block 1 and time [`START`], with the genesis hash and the registry
	/// double holding the providers, subscribers and devices above.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: [provider(), subscriber(), other_provider(), other_subscriber(), stranger()]
				.into_iter()
				.map(|who| (who, ENDOWMENT))
				.collect(),
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		let genesis_hash = self.genesis_hash;
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			frame_system::BlockHash::<Test>::insert(0, genesis_hash);
			set_now(START);
			MockRegistry::clear();
			BENCHMARK_KEYS.with(|keys| keys.borrow_mut().clear());
			MockRegistry::set_provider(
				&provider(),
				&[ServiceKind::Electricity, ServiceKind::EvCharging],
			);
			MockRegistry::set_provider(&other_provider(), &[ServiceKind::Water]);
			for who in [subscriber(), other_subscriber(), pauper()] {
				MockRegistry::set_subscriber(&who, true);
			}
			for meter in [METER, METER_2, METER_3, METER_4, METER_5, OLD_METER] {
				MockRegistry::add_device(meter, &provider(), ServiceKind::Electricity);
			}
			MockRegistry::set_device_status(OLD_METER, DeviceStatus::Decommissioned);
			MockRegistry::add_device(WATER_METER, &other_provider(), ServiceKind::Water);
			MockRegistry::add_device(CHARGER, &provider(), ServiceKind::EvCharging);
			for tariff in TARIFFS_OF_PROVIDER {
				MockRegistry::add_tariff(tariff, &provider(), ServiceKind::Electricity);
			}
			MockRegistry::add_tariff(EV_TARIFF, &provider(), ServiceKind::EvCharging);
			MockRegistry::add_tariff(WATER_TARIFF, &other_provider(), ServiceKind::Water);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Pallet::<Test>::do_try_state().expect("the agreements' invariants hold");
		});
	}
}

/// Externalities for the benchmark test suite: an empty registry.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut ext = ExtBuilder::default().build();
	ext.execute_with(MockRegistry::clear);
	ext
}
