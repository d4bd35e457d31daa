//! A simulated fleet on a dev chain: gateways, subscribers with agreements at the provider's
//! tariffs, meters and chargers with their own keys, set up in a few blocks through
//! `utility.batch_all`.

use meterchain_client::{
	agreements::{sign_action, sr25519, TermsDocument},
	api::{
		chain::{
			self,
			runtime_types::{
				meterchain_runtime::RuntimeCall, pallet_agreements::pallet::Call as AgreementsCall,
				pallet_balances::pallet::Call as BalancesCall,
				pallet_registry::pallet::Call as RegistryCall,
			},
		},
		DeviceId, DeviceKey as ChainKey, DeviceKind, RegistryEvent, RuntimeEvent, ServiceKind,
		SignedAction,
	},
	billing::{self, Tariff},
	device::{ChargingSession, DeviceKeyPair, DeviceReport, IdTag, Reading},
	keys::Account,
	units::UNIT,
	Client, Error, Receipt, Result,
};
use sp_core::{sr25519::Pair as Sr25519, Pair};

/// Most meters one agreement covers (the runtime's `MaxDevices`).
pub const METERS_PER_AGREEMENT: usize = 16;
/// Most open agreements per subscriber (the runtime's `MaxOpenPerSubscriber`).
pub const AGREEMENTS_PER_SUBSCRIBER: usize = 32;
/// Calls per `batch_all` in the setup.
const SETUP_BATCH: usize = 200;

/// What to set up.
#[derive(Clone, Copy, Debug)]
pub struct FleetSpec {
	/// Meters (electricity).
	pub meters: u32,
	/// EV chargers.
	pub chargers: u32,
	/// Gateways that submit the devices' reports (devices are spread over them).
	pub gateways: u32,
	/// Funded accounts for balance transfers (the load test's comparison).
	pub senders: u32,
}

/// A simulated device: its key and what it reported last.
pub struct SimDevice {
	/// The device's id on chain.
	pub id: DeviceId,
	key: DeviceKeyPair,
	/// The gateway (index into [`Fleet::gateways`]) that submits its reports.
	pub gateway: usize,
	/// The last sequence number (readings) or session id (chargers) it used.
	pub seq: u64,
	/// Its register (Wh).
	pub register: u64,
	/// The time (ms) of its last report, or of its commissioning.
	pub last: u64,
	/// Its average power (W), for simulated consumption.
	pub power: u32,
}

impl SimDevice {
	/// The next reading at `now` (ms) with `quantity` more on the register.
	pub fn reading(&mut self, genesis: &[u8; 32], now: u64, quantity: u64) -> DeviceReport {
		self.seq += 1;
		self.register += quantity;
		self.last = now;
		let reading = Reading {
			device: self.id,
			key_epoch: 0,
			seq: self.seq,
			timestamp: now,
			register: self.register,
			peak: Some(self.power),
		};
		self.key.sign_reading(genesis, reading)
	}

	/// A charging session by `tag` from its last report until `now`, of `energy` Wh.
	pub fn session(
		&mut self,
		genesis: &[u8; 32],
		tag: &str,
		now: u64,
		energy: u64,
	) -> DeviceReport {
		self.seq += 1;
		let session = ChargingSession {
			charger: self.id,
			key_epoch: 0,
			session_id: self.seq,
			id_tag: IdTag::truncate_from(tag.as_bytes().to_vec()),
			start: self.last,
			end: now,
			meter_start: self.register,
			meter_stop: self.register + energy,
			max_power: self.power,
		};
		self.register += energy;
		self.last = now;
		self.key.sign_session(genesis, session)
	}
}

/// The fleet, once set up.
pub struct Fleet {
	/// The gateways (funded, authorized by the provider).
	pub gateways: Vec<Account>,
	/// The meters, covered by agreements of the fleet's subscribers.
	pub meters: Vec<SimDevice>,
	/// The chargers; the driver's tag is accepted at them.
	pub chargers: Vec<SimDevice>,
	/// The EV driver's id tag.
	pub tag: String,
	/// Funded accounts for balance transfers.
	pub senders: Vec<Account>,
	/// The chain's genesis hash, which device signatures commit to.
	pub genesis: [u8; 32],
}

/// Wall-clock time in ms (a dev node's chain time follows it).
pub fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn account(run: &str, role: &str, index: usize) -> Result<Account> {
	Account::from_uri(&format!("//MeterchainLoad//{run}//{role}//{index}"))
}

fn device_key(run: &str, role: &str, index: usize) -> DeviceKeyPair {
	let seed = sp_crypto_hashing::blake2_256(format!("{run}/{role}/{index}").as_bytes());
	DeviceKeyPair::Sr25519(Sr25519::from_seed(&seed))
}

/// Calls `calls` from `signer` in `batch_all`s of [`SETUP_BATCH`], all submitted at once.
async fn batched(
	client: &Client,
	signer: &Account,
	calls: Vec<RuntimeCall>,
) -> Result<Vec<Receipt>> {
	let txs: Vec<_> = calls
		.chunks(SETUP_BATCH)
		.map(|chunk| chain::tx().utility().batch_all(chunk.to_vec()))
		.collect();
	client.submit_all(&txs, signer).await
}

impl Fleet {
	/// Sets up a fleet under `provider` (an active provider offering electricity and EV
	/// charging, e.g. the dev chain's Bob), with accounts funded by `funder`. `progress` hears
	/// each step.
	pub async fn setup(
		client: &Client,
		funder: &Account,
		provider: &Account,
		spec: FleetSpec,
		progress: &mut dyn FnMut(&str),
	) -> Result<Self> {
		let run = now_ms().to_string();
		let genesis = client.genesis_hash().0;
		let gateways = (0..spec.gateways.max(1) as usize)
			.map(|i| account(&run, "gateway", i))
			.collect::<Result<Vec<_>>>()?;
		let subscribers = (0..(spec.meters as usize)
			.div_ceil(METERS_PER_AGREEMENT * AGREEMENTS_PER_SUBSCRIBER))
			.map(|i| account(&run, "subscriber", i))
			.collect::<Result<Vec<_>>>()?;
		let driver = account(&run, "driver", 0)?;
		let senders = (0..spec.senders as usize)
			.map(|i| account(&run, "sender", i))
			.collect::<Result<Vec<_>>>()?;

		progress(&format!(
			"funding {} gateways, {} subscribers and {} senders",
			gateways.len(),
			subscribers.len() + 1,
			senders.len()
		));
		let fund = |who: &Account, units: u128| {
			RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
				dest: subxt::utils::MultiAddress::Id(who.account_id()),
				value: units * UNIT,
			})
		};
		let mut calls: Vec<_> = gateways.iter().map(|g| fund(g, 1_000)).collect();
		calls.extend(subscribers.iter().chain([&driver]).map(|s| fund(s, 10)));
		calls.extend(senders.iter().map(|s| fund(s, 1_000)));
		batched(client, funder, calls).await?;

		progress(&format!(
			"authorizing gateways, commissioning {} meters and {} chargers",
			spec.meters, spec.chargers
		));
		let mut calls: Vec<_> = gateways
			.iter()
			.map(|g| {
				RuntimeCall::Registry(RegistryCall::authorize_gateway { gateway: g.account_id() })
			})
			.collect();
		let commission = |kind, service, key: &DeviceKeyPair| {
			RuntimeCall::Registry(RegistryCall::commission_device {
				kind,
				service,
				key: ChainKey::Sr25519(key.public()),
				reporting_interval_secs: 900,
				group: None,
			})
		};
		let meter_keys: Vec<_> =
			(0..spec.meters as usize).map(|i| device_key(&run, "meter", i)).collect();
		let charger_keys: Vec<_> =
			(0..spec.chargers as usize).map(|i| device_key(&run, "charger", i)).collect();
		calls.extend(
			meter_keys.iter().map(|k| commission(DeviceKind::Meter, ServiceKind::Electricity, k)),
		);
		calls.extend(
			charger_keys
				.iter()
				.map(|k| commission(DeviceKind::Charger, ServiceKind::EvCharging, k)),
		);
		let receipts = batched(client, provider, calls).await?;
		let ids: Vec<DeviceId> = receipts
			.iter()
			.flat_map(|receipt| &receipt.events)
			.filter_map(|event| match event {
				RuntimeEvent::Registry(RegistryEvent::DeviceCommissioned { id, .. }) => Some(*id),
				_ => None,
			})
			.collect();
		if ids.len() != meter_keys.len() + charger_keys.len() {
			return Err(Error::node_message(format!(
				"{} devices commissioned, not all",
				ids.len()
			)));
		}
		progress(&format!(
			"registering {} subscribers and the driver's tag",
			subscribers.len() + 1
		));
		let tag = format!("LOAD-{}", &run[run.len().saturating_sub(10)..]);
		let mut registrations = Vec::new();
		for subscriber in subscribers.iter().chain([&driver]) {
			registrations.push(client.register_subscriber(subscriber, Default::default(), None));
		}
		futures::future::try_join_all(registrations).await?;
		if !charger_keys.is_empty() {
			client.register_tag(&driver, &tag, None).await?;
		}

		// The chargers' first sessions start now: after the tag was registered (a session is
		// judged by the tag as it was when it started).
		let start = now_ms();
		let gateway_count = gateways.len();
		let sim = |(index, (id, key)): (usize, (&DeviceId, DeviceKeyPair)), power| SimDevice {
			id: *id,
			key,
			gateway: index % gateway_count,
			seq: 0,
			register: 0,
			last: start,
			power,
		};
		let meters: Vec<SimDevice> = ids
			.iter()
			.zip(meter_keys)
			.enumerate()
			.map(|(i, pair)| sim((i, pair), 200 + (i as u32 * 7_919) % 1_300))
			.collect();
		let chargers: Vec<SimDevice> = ids[meters.len()..]
			.iter()
			.zip(charger_keys)
			.enumerate()
			.map(|(i, pair)| sim((i, pair), 7_000 + (i as u32 * 7_919) % 4_000))
			.collect();

		progress("publishing the provider's electricity and EV-charging tariffs");
		// 0.30 MTR per kWh and 5 MTR a month; EV charging 0.45 MTR per kWh and 1 MTR a session;
		// 20 % tax: so that the fleet's usage is billed as a utility's would be.
		let electricity =
			Tariff { standing_charge: 5 * UNIT, ..billing::flat(3 * UNIT / 10, 0, 2_000) };
		let charging = Tariff { session_fee: UNIT, ..billing::flat(45 * UNIT / 100, 0, 2_000) };
		let (electricity, _) =
			client.create_tariff(provider, ServiceKind::Electricity, electricity).await?;
		let (charging, _) =
			client.create_tariff(provider, ServiceKind::EvCharging, charging).await?;

		progress("concluding agreements (signed by both parties off line)");
		let agreement_start = start.saturating_sub(60_000);
		let terms = |subscriber: &Account, service: &str, devices: Vec<u64>, nonce: u64| {
			let tariff = if service == "ev_charging" { charging } else { electricity };
			TermsDocument::postpaid(
				&provider.account_id(),
				&subscriber.account_id(),
				service,
				tariff,
				devices,
				agreement_start,
				nonce,
			)
			.to_terms()
		};
		let genesis_hash = client.genesis_hash();
		let conclude = |subscriber: &Account, terms: meterchain_client::api::Terms| {
			let action = SignedAction::Conclude(terms.clone());
			RuntimeCall::Agreements(AgreementsCall::conclude_signed {
				subscriber_signature: sr25519(sign_action(subscriber, &genesis_hash, &action)),
				provider_signature: sr25519(sign_action(provider, &genesis_hash, &action)),
				terms,
			})
		};
		let mut calls = Vec::new();
		for (index, chunk) in meters.chunks(METERS_PER_AGREEMENT).enumerate() {
			let subscriber = &subscribers[index / AGREEMENTS_PER_SUBSCRIBER];
			let devices = chunk.iter().map(|m| m.id).collect();
			calls.push(conclude(
				subscriber,
				terms(subscriber, "electricity", devices, index as u64)?,
			));
		}
		if !chargers.is_empty() {
			calls.push(conclude(&driver, terms(&driver, "ev_charging", Vec::new(), 0)?));
		}
		batched(client, provider, calls).await?;
		progress(&format!(
			"fleet ready: {} meters, {} chargers behind {} gateways",
			meters.len(),
			chargers.len(),
			gateways.len()
		));
		Ok(Self { gateways, meters, chargers, tag, senders, genesis })
	}
}
