//! A test runtime: System and the metering pallet, with test doubles for the registry, the
//! agreements, the usage sink and time. Devices sign with real sr25519 or ed25519 keys.

use crate::{self as pallet_metering, Limit, Pallet, ServiceLimits};
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::UnixTime};
use meterchain_primitives::{
	canonical_id_tag, ActiveAgreement, AgreementId, Agreements, BillingCycle, ChargingSession,
	DeviceId, DeviceInfo, DeviceKey, DeviceKind, DeviceReport, DeviceSignature, DeviceStatus,
	GroupId, IdTag, Moment, PaymentMode, Reading, Registry, ServiceKind, TagStatus, Usage,
	UsageRefused, UsageSink,
};
use sp_core::{ed25519, sr25519, ConstU32, ConstU64, Pair, H256};
use sp_runtime::{BuildStorage, Weight};
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;

pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Metering: pallet_metering,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Chain time when every test starts (ms).
pub const START: Moment = 1_700_000_000_000;
/// Fifteen minutes, the usual reporting interval (ms).
pub const QUARTER: Moment = 15 * 60 * 1000;
/// How far ahead of chain time a report may be (ms).
pub const DRIFT: Moment = 60_000;
/// The mock chain's genesis hash.
pub const GENESIS: H256 = H256::repeat_byte(0x42);
/// The most reports per batch.
pub const MAX_BATCH: u32 = 8;
/// Blocks between a device's own submissions.
pub const OWN_INTERVAL: u64 = 10;

/// The provider, its gateway, a group aggregator, a stranger and the subscribers.
pub const PROVIDER: AccountId = 1;
pub const GATEWAY: AccountId = 2;
pub const AGGREGATOR: AccountId = 3;
pub const STRANGER: AccountId = 4;
pub const SUBSCRIBER: AccountId = 10;
pub const DRIVER: AccountId = 11;
/// Meters (1, 2: sr25519; 3: ed25519), a charger, and a meter nobody has an agreement for.
pub const METER: DeviceId = 1;
pub const METER_2: DeviceId = 2;
pub const ED_METER: DeviceId = 3;
pub const CHARGER: DeviceId = 4;
pub const UNCOVERED: DeviceId = 5;
/// The agreements: the subscriber's electricity, and the driver's EV charging.
pub const AGREEMENT: AgreementId = 7;
pub const EV_AGREEMENT: AgreementId = 8;
/// The driver's id tag.
pub const TAG: &[u8] = b"DRIVER-1";
/// The group of meter 2, with [`AGGREGATOR`].
pub const GROUP: GroupId = 5;

parameter_types! {
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

/// Electricity: a 100 kW connection; EV charging: 350 kW; fluids: 10 m³/h.
pub struct MockLimits;
impl ServiceLimits for MockLimits {
	fn limit(service: ServiceKind) -> Limit {
		match service {
			ServiceKind::Electricity | ServiceKind::Heat => {
				Limit { per_hour: 100_000, peak: 100_000 }
			},
			ServiceKind::EvCharging => Limit { per_hour: 350_000, peak: 350_000 },
			ServiceKind::Water | ServiceKind::Gas => Limit { per_hour: 10_000, peak: 10_000 },
		}
	}
}

thread_local! {
	static DEVICES: RefCell<BTreeMap<DeviceId, DeviceInfo<AccountId>>> =
		const { RefCell::new(BTreeMap::new()) };
	static PAIRS: RefCell<BTreeMap<DeviceId, (sr25519::Pair, ed25519::Pair)>> =
		const { RefCell::new(BTreeMap::new()) };
	static INACTIVE_PROVIDERS: RefCell<BTreeSet<AccountId>> = const { RefCell::new(BTreeSet::new()) };
	static GATEWAYS: RefCell<BTreeSet<(AccountId, AccountId)>> = const { RefCell::new(BTreeSet::new()) };
	static TAGS: RefCell<BTreeMap<IdTag, (AccountId, TagStatus)>> = const { RefCell::new(BTreeMap::new()) };
	static COVERAGE: RefCell<BTreeMap<DeviceId, Vec<ActiveAgreement<AccountId, u128>>>> =
		const { RefCell::new(BTreeMap::new()) };
	static BILLED: RefCell<BTreeSet<AgreementId>> = const { RefCell::new(BTreeSet::new()) };
	static TAG_ASKED_AT: RefCell<Option<Moment>> = const { RefCell::new(None) };
	static EV: RefCell<BTreeMap<(AccountId, AccountId), ActiveAgreement<AccountId, u128>>> =
		const { RefCell::new(BTreeMap::new()) };
	static USAGE: RefCell<Vec<Usage<AccountId>>> = const { RefCell::new(Vec::new()) };
	static BENCH_PAIRS: RefCell<BTreeMap<[u8; 32], sr25519::Pair>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// The registry double.
pub struct MockRegistry;

impl MockRegistry {
	/// Commissions device `id` (`ed`: with an ed25519 key, else sr25519) for [`PROVIDER`].
	pub fn add_device(id: DeviceId, kind: DeviceKind, service: ServiceKind, ed: bool) {
		let seed = [id as u8; 32];
		let (sr, edp) = (sr25519::Pair::from_seed(&seed), ed25519::Pair::from_seed(&seed));
		let key =
			if ed { DeviceKey::Ed25519(edp.public().0) } else { DeviceKey::Sr25519(sr.public().0) };
		PAIRS.with(|pairs| pairs.borrow_mut().insert(id, (sr, edp)));
		let info = DeviceInfo {
			provider: PROVIDER,
			kind,
			service,
			key,
			key_epoch: 0,
			status: DeviceStatus::Active,
			group: None,
			reporting_interval_secs: 900,
		};
		DEVICES.with(|map| map.borrow_mut().insert(id, info));
	}

	/// Changes device `id`'s record.
	pub fn update(id: DeviceId, change: impl FnOnce(&mut DeviceInfo<AccountId>)) {
		DEVICES.with(|map| map.borrow_mut().get_mut(&id).map(change));
	}

	/// Rotates device `id`'s key to the one of `seed` (sr25519), bumping its epoch.
	pub fn rotate(id: DeviceId, seed: u8) {
		let pair = sr25519::Pair::from_seed(&[seed; 32]);
		let public = pair.public().0;
		PAIRS.with(|pairs| {
			let mut pairs = pairs.borrow_mut();
			let ed = pairs.get(&id).map(|(_, ed)| *ed).expect("a device");
			pairs.insert(id, (pair, ed));
		});
		Self::update(id, |device| {
			device.key = DeviceKey::Sr25519(public);
			device.key_epoch += 1;
		});
	}

	/// Suspends or resumes provider `who`.
	pub fn set_provider_active(who: AccountId, active: bool) {
		INACTIVE_PROVIDERS.with(|set| {
			if active {
				set.borrow_mut().remove(&who)
			} else {
				set.borrow_mut().insert(who)
			}
		});
	}
}

impl Registry for MockRegistry {
	type AccountId = AccountId;

	fn is_active_provider(who: &AccountId) -> bool {
		*who == PROVIDER && !INACTIVE_PROVIDERS.with(|set| set.borrow().contains(who))
	}
	fn offers_service(provider: &AccountId, _: ServiceKind) -> bool {
		Self::is_active_provider(provider)
	}
	fn is_subscriber(who: &AccountId) -> bool {
		*who == SUBSCRIBER || *who == DRIVER
	}
	fn device(id: DeviceId) -> Option<DeviceInfo<AccountId>> {
		DEVICES.with(|map| map.borrow().get(&id).cloned())
	}
	fn may_submit_for(who: &AccountId, id: DeviceId) -> bool {
		let Some(device) = Self::device(id) else { return false };
		*who == device.provider
			|| GATEWAYS.with(|set| set.borrow().contains(&(device.provider, *who)))
			|| (device.group == Some(GROUP) && *who == AGGREGATOR)
	}
	fn token_key(_: &AccountId) -> Option<DeviceKey> {
		None
	}
	fn tag_owner(tag: &IdTag, charger: DeviceId, at: Moment) -> Result<AccountId, TagStatus> {
		TAG_ASKED_AT.with(|asked| *asked.borrow_mut() = Some(at));
		if Self::device(charger).is_none_or(|d| d.kind != DeviceKind::Charger) {
			return Err(TagStatus::Invalid);
		}
		let tag = canonical_id_tag(tag).ok_or(TagStatus::Invalid)?;
		match TAGS.with(|tags| tags.borrow().get(&tag).copied()) {
			Some((owner, TagStatus::Accepted)) => Ok(owner),
			Some((_, status)) => Err(status),
			None => Err(TagStatus::Invalid),
		}
	}
}

/// The moment metering last asked the registry about a tag (a session's start).
pub fn tag_asked_at() -> Option<Moment> {
	TAG_ASKED_AT.with(|asked| *asked.borrow())
}

/// Sets the status of the driver's tag.
pub fn set_tag_status(status: TagStatus) {
	let tag = canonical_id_tag(&id_tag()).expect("a valid tag");
	TAGS.with(|tags| tags.borrow_mut().insert(tag, (DRIVER, status)));
}

/// The driver's tag as the charger reports it (lower case: tags match without case).
pub fn id_tag() -> IdTag {
	IdTag::truncate_from(TAG.to_ascii_lowercase())
}

/// The agreements double.
pub struct MockAgreements;

fn agreement(
	id: AgreementId,
	subscriber: AccountId,
	service: ServiceKind,
) -> ActiveAgreement<AccountId, u128> {
	ActiveAgreement {
		id,
		version: 1,
		subscriber,
		provider: PROVIDER,
		service,
		tariff: 1,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
		start: START - 30 * 24 * 3_600_000,
		end: None,
		notice_period: 0,
	}
}

/// Makes the electricity agreement of device `id` start at `start` and end at `end`.
pub fn set_coverage(id: DeviceId, start: Moment, end: Option<Moment>) {
	COVERAGE.with(|map| map.borrow_mut().remove(&id));
	add_coverage(id, AGREEMENT, SUBSCRIBER, start, end);
}

/// Adds electricity agreement `agreement` of `subscriber` covering device `id` from `start`
/// until `end` (the device's earlier agreements stay).
pub fn add_coverage(
	id: DeviceId,
	agreement_id: AgreementId,
	subscriber: AccountId,
	start: Moment,
	end: Option<Moment>,
) {
	COVERAGE.with(|map| {
		let mut covered = agreement(agreement_id, subscriber, ServiceKind::Electricity);
		covered.start = start;
		covered.end = end;
		map.borrow_mut().entry(id).or_default().push(covered);
	});
}

/// Makes billing refuse `agreement`'s usage from now on, as after its final bill.
pub fn finally_billed(agreement: AgreementId) {
	BILLED.with(|set| set.borrow_mut().insert(agreement));
}

impl Agreements for MockAgreements {
	type AccountId = AccountId;
	type Balance = u128;

	fn active_for_device(
		device: DeviceId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<AccountId, u128>> {
		COVERAGE.with(|map| {
			map.borrow().get(&device).and_then(|list| {
				list.iter().find(|a| a.service == service && a.applies_at(at)).cloned()
			})
		})
	}
	fn active_between(
		subscriber: &AccountId,
		provider: &AccountId,
		service: ServiceKind,
		at: Moment,
	) -> Option<ActiveAgreement<AccountId, u128>> {
		EV.with(|map| map.borrow().get(&(*subscriber, *provider)).cloned())
			.filter(|a| a.service == service && a.applies_at(at))
	}
	fn agreement(_: AgreementId) -> Option<ActiveAgreement<AccountId, u128>> {
		None
	}
	fn has_active_agreement(_: &AccountId) -> bool {
		false
	}
	fn devices(id: AgreementId) -> Vec<DeviceId> {
		COVERAGE.with(|map| {
			map.borrow()
				.iter()
				.filter(|(_, list)| list.iter().any(|a| a.id == id))
				.map(|(device, _)| *device)
				.collect()
		})
	}
}

/// The usage-sink double: remembers what it was given.
pub struct MockSink;
impl UsageSink<AccountId> for MockSink {
	fn record(usage: &Usage<AccountId>) -> Result<Weight, UsageRefused> {
		if BILLED.with(|set| set.borrow().contains(&usage.agreement)) {
			return Err(UsageRefused::AlreadyBilled);
		}
		USAGE.with(|all| all.borrow_mut().push(usage.clone()));
		// Recording the first usage of an agreement costs the most (a billing period opens).
		if USAGE.with(|all| all.borrow().iter().filter(|u| u.agreement == usage.agreement).count())
			== 1
		{
			Ok(Self::record_weight())
		} else {
			Ok(Weight::from_parts(200_000, 10))
		}
	}
	fn record_weight() -> Weight {
		Weight::from_parts(1_000_000, 100)
	}
}

/// The usage recorded so far.
pub fn usage() -> Vec<Usage<AccountId>> {
	USAGE.with(|all| all.borrow().clone())
}

impl pallet_metering::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Registry = MockRegistry;
	type Agreements = MockAgreements;
	type UsageSink = MockSink;
	type UnixTime = MockTime;
	type Limits = MockLimits;
	type MaxBatch = ConstU32<MAX_BATCH>;
	type MaxClockDrift = ConstU64<DRIFT>;
	type OwnSubmissionInterval = ConstU64<OWN_INTERVAL>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Signs `report` with device `id`'s current key, for the chain of `genesis`.
pub fn sign_for(id: DeviceId, report: DeviceReport, genesis: &H256) -> DeviceReport {
	let payload = report.signing_payload(&genesis.0);
	let Some(device) = MockRegistry::device(id) else {
		// An uncommissioned device still signs, with a key nobody knows.
		let pair = sr25519::Pair::from_seed(&[id as u8; 32]);
		let signature = DeviceSignature::Sr25519(pair.sign(&payload).0);
		return match report {
			DeviceReport::Reading { reading, .. } => DeviceReport::Reading { reading, signature },
			DeviceReport::Session { session, .. } => DeviceReport::Session { session, signature },
		};
	};
	let signature = PAIRS.with(|pairs| {
		let pairs = pairs.borrow();
		let (sr, ed) = pairs.get(&id).expect("a key pair");
		match device.key {
			DeviceKey::Sr25519(_) => DeviceSignature::Sr25519(sr.sign(&payload).0),
			DeviceKey::Ed25519(_) => DeviceSignature::Ed25519(ed.sign(&payload).0),
		}
	});
	match report {
		DeviceReport::Reading { reading, .. } => DeviceReport::Reading { reading, signature },
		DeviceReport::Session { session, .. } => DeviceReport::Session { session, signature },
	}
}

/// A reading of device `id`, signed by it for this chain.
pub fn reading(id: DeviceId, seq: u64, timestamp: Moment, register: u64) -> DeviceReport {
	let epoch = MockRegistry::device(id).map_or(0, |d| d.key_epoch);
	let reading = Reading { device: id, key_epoch: epoch, seq, timestamp, register, peak: None };
	let unsigned = DeviceReport::Reading { reading, signature: DeviceSignature::Sr25519([0; 64]) };
	sign_for(id, unsigned, &GENESIS)
}

/// A charging session at [`CHARGER`] with the driver's tag, signed by the charger.
pub fn session(
	id: u64,
	start: Moment,
	end: Moment,
	meter_start: u64,
	meter_stop: u64,
) -> DeviceReport {
	let session = ChargingSession {
		charger: CHARGER,
		key_epoch: MockRegistry::device(CHARGER).map_or(0, |d| d.key_epoch),
		session_id: id,
		id_tag: id_tag(),
		start,
		end,
		meter_start,
		meter_stop,
		max_power: 11_000,
	};
	let unsigned = DeviceReport::Session { session, signature: DeviceSignature::Sr25519([0; 64]) };
	sign_for(CHARGER, unsigned, &GENESIS)
}

/// Builds test externalities.
pub struct ExtBuilder {
	genesis_hash: H256,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { genesis_hash: GENESIS }
	}
}

impl ExtBuilder {
	/// At block 1 and time [`START`], with the genesis hash, devices, a gateway, a group with an
	/// aggregator, the driver's tag and the agreements.
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		let genesis_hash = self.genesis_hash;
		ext.execute_with(|| {
			System::set_block_number(1);
			frame_system::BlockHash::<Test>::insert(0, genesis_hash);
			set_now(START);
			DEVICES.with(|map| map.borrow_mut().clear());
			COVERAGE.with(|map| map.borrow_mut().clear());
			EV.with(|map| map.borrow_mut().clear());
			USAGE.with(|all| all.borrow_mut().clear());
			BILLED.with(|set| set.borrow_mut().clear());
			TAG_ASKED_AT.with(|asked| *asked.borrow_mut() = None);
			TAGS.with(|tags| tags.borrow_mut().clear());
			GATEWAYS.with(|set| set.borrow_mut().clear());
			INACTIVE_PROVIDERS.with(|set| set.borrow_mut().clear());
			MockRegistry::add_device(METER, DeviceKind::Meter, ServiceKind::Electricity, false);
			MockRegistry::add_device(METER_2, DeviceKind::Meter, ServiceKind::Electricity, false);
			MockRegistry::update(METER_2, |d| d.group = Some(GROUP));
			MockRegistry::add_device(ED_METER, DeviceKind::Meter, ServiceKind::Electricity, true);
			MockRegistry::add_device(CHARGER, DeviceKind::Charger, ServiceKind::EvCharging, false);
			MockRegistry::add_device(UNCOVERED, DeviceKind::Meter, ServiceKind::Electricity, false);
			for meter in [METER, METER_2, ED_METER] {
				set_coverage(meter, START - 30 * 24 * 3_600_000, None);
			}
			GATEWAYS.with(|set| set.borrow_mut().insert((PROVIDER, GATEWAY)));
			set_tag_status(TagStatus::Accepted);
			EV.with(|map| {
				map.borrow_mut().insert(
					(DRIVER, PROVIDER),
					agreement(EV_AGREEMENT, DRIVER, ServiceKind::EvCharging),
				)
			});
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Pallet::<Test>::do_try_state().expect("the metering invariants hold");
		});
	}
}

/// Benchmark setup in the mock: devices under [`PROVIDER`], the caller made a gateway.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<Test> for MockBenchmarkHelper {
	fn device_key(seed: u32) -> DeviceKey {
		let pair = sr25519::Pair::from_seed(&sp_io::hashing::blake2_256(&seed.to_le_bytes()));
		let public = pair.public().0;
		BENCH_PAIRS.with(|pairs| pairs.borrow_mut().insert(public, pair));
		DeviceKey::Sr25519(public)
	}
	fn sign(key: &DeviceKey, payload: &[u8]) -> DeviceSignature {
		let pair = BENCH_PAIRS.with(|pairs| pairs.borrow().get(key.as_bytes()).cloned());
		DeviceSignature::Sr25519(pair.expect("a key from device_key").sign(payload).0)
	}
	fn device(kind: DeviceKind, key: DeviceKey, submitter: &AccountId) -> (DeviceId, IdTag) {
		let id = DEVICES.with(|map| map.borrow().keys().last().map_or(100, |last| last + 1));
		let service = if kind == DeviceKind::Charger {
			ServiceKind::EvCharging
		} else {
			ServiceKind::Electricity
		};
		MockRegistry::add_device(id, kind, service, false);
		MockRegistry::update(id, |d| d.key = key);
		GATEWAYS.with(|set| set.borrow_mut().insert((PROVIDER, *submitter)));
		set_coverage(id, 0, None);
		EV.with(|map| {
			let mut ev = agreement(EV_AGREEMENT, DRIVER, ServiceKind::EvCharging);
			ev.start = 0;
			map.borrow_mut().insert((DRIVER, PROVIDER), ev)
		});
		(id, id_tag())
	}
	fn set_time(now: Moment) {
		set_now(now);
	}
}
