//! Load on a dev chain, for `meterchain bench readings` and `meterchain simulate`: the CLI's
//! own, not the library's (a portal or integrator has no use for it).
//!
//! - [`bench_readings`]: fills blocks with gateway batches of device-signed readings, then
//!   with balance transfers, on the same node in the same run, and reports both rates as
//!   finalized blocks carried them (chain time, so the node's own pace counts, not the
//!   client's).
//! - [`simulate`]: a fleet of meters and chargers reporting at their interval, sped up, for a
//!   while, with progress.
//!
//! Both set up their own [`Fleet`] first (accounts derived from `//MeterchainLoad//<run>`, so
//! runs never collide) and keep the node's pool bounded instead of flooding it.

pub mod fleet;
pub mod watch;

pub use fleet::{now_ms, Fleet, FleetSpec};
pub use watch::{rate, BlockStat, Rate, Watcher};

use meterchain_client::{api::chain, device::DeviceReport, keys::Account, Client, Error, Result};
use std::{
	collections::BTreeMap,
	time::{Duration, Instant},
};

/// A failure to talk to the node.
pub(crate) fn node<E: core::fmt::Display>(error: E) -> Error {
	Error::node_message(error.to_string())
}

/// Most reports in one gateway batch (the runtime's `MaxBatch`).
pub const MAX_BATCH: usize = 1_000;

/// What a load reports as it goes.
pub enum Progress<'a> {
	/// A setup step.
	Step(&'a str),
	/// Once a second while load runs.
	Tick {
		/// `readings`, `transfers` or `fleet`.
		phase: &'a str,
		/// Seconds into the phase.
		elapsed: u64,
		/// Items handed to the node so far in the phase.
		submitted: u64,
		/// Items in finalized blocks so far in the phase.
		finalized: u64,
		/// Transactions waiting in the node's pool.
		pending: usize,
	},
}

/// Signs and submits for several accounts with locally kept nonces.
struct Pump<'a> {
	client: &'a Client,
	signers: &'a [Account],
	nonces: Vec<u64>,
	/// Submissions the node refused (e.g. a full pool) or that were not tried after one.
	refused: u64,
	/// Why the node refused the last one.
	last_refusal: Option<String>,
}

impl<'a> Pump<'a> {
	async fn new(client: &'a Client, signers: &'a [Account]) -> Result<Self> {
		let mut nonces = Vec::with_capacity(signers.len());
		for signer in signers {
			nonces.push(client.next_nonce(&signer.account_id()).await?);
		}
		Ok(Self { client, signers, nonces, refused: 0, last_refusal: None })
	}

	/// Submits one call per `(signer index, call)`: each signer's calls in order, signers
	/// concurrently. A signer stops at the first call the node refuses (e.g. a full pool), so
	/// that its nonces never leave a gap. Returns, per call, whether the node took it.
	async fn send<C: subxt::tx::Payload>(&mut self, calls: Vec<(usize, C)>) -> Result<Vec<bool>> {
		// Nonces in order per signer, and everything signed in one go.
		let mut next = self.nonces.clone();
		let signers: Vec<usize> = calls.iter().map(|(signer, _)| *signer).collect();
		let to_sign: Vec<(C, &Account, u64)> = calls
			.into_iter()
			.map(|(signer, call)| {
				next[signer] += 1;
				(call, &self.signers[signer], next[signer] - 1)
			})
			.collect();
		let signed = self.client.sign_all(&to_sign).await?;
		let mut by_signer: BTreeMap<usize, Vec<(usize, Vec<u8>)>> = BTreeMap::new();
		for (position, (signer, bytes)) in signers.into_iter().zip(signed).enumerate() {
			by_signer.entry(signer).or_default().push((position, bytes));
		}
		let client = self.client;
		let jobs = by_signer.into_iter().map(|(signer, extrinsics)| async move {
			let mut outcomes = Vec::with_capacity(extrinsics.len());
			let mut error = None;
			for (position, bytes) in extrinsics {
				let ok = error.is_none() && {
					let result = client.submit_encoded(&bytes).await;
					result.map_err(|e| error = Some(e.to_string())).is_ok()
				};
				outcomes.push((position, ok));
			}
			(signer, outcomes, error)
		});
		let mut taken = vec![false; to_sign.len()];
		for (signer, outcomes, error) in futures::future::join_all(jobs).await {
			for (position, ok) in outcomes {
				taken[position] = ok;
				self.nonces[signer] += u64::from(ok);
				self.refused += u64::from(!ok);
			}
			if error.is_some() {
				self.last_refusal = error;
			}
		}
		Ok(taken)
	}
}

impl Pump<'_> {
	/// Submits gateway batches `(gateway, (call, reports in it))`; returns how many reports
	/// the node took.
	async fn send_batches<C: subxt::tx::Payload>(
		&mut self,
		batches: Vec<(usize, (C, u64))>,
	) -> Result<u64> {
		if batches.is_empty() {
			return Ok(0);
		}
		let sizes: Vec<u64> = batches.iter().map(|(_, (_, size))| *size).collect();
		let calls = batches.into_iter().map(|(gateway, (call, _))| (gateway, call)).collect();
		let outcomes = self.send(calls).await?;
		Ok(sizes.iter().zip(outcomes).filter(|(_, taken)| *taken).map(|(size, _)| size).sum())
	}
}

/// Waits until the pool is empty and a block finalized after that, or `timeout` passed.
async fn drain(client: &Client, watcher: &Watcher, timeout: Duration) -> Result<()> {
	let until = Instant::now() + timeout;
	while client.pending_count().await? > 0 && Instant::now() < until {
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	let best = client.header(None).await?.number;
	while Instant::now() < until {
		if watcher.blocks().last().is_some_and(|block| block.number >= best) {
			break;
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
	Ok(())
}

/// The sum of `pick` over `blocks` numbered above `after`.
fn finalized_since(watcher: &Watcher, after: u32, pick: fn(&BlockStat) -> u64) -> u64 {
	watcher.blocks().iter().filter(|b| b.number > after).map(pick).sum()
}

/// Options of [`bench_readings`].
#[derive(Clone, Copy, Debug)]
pub struct BenchOptions {
	/// Simulated meters.
	pub meters: u32,
	/// Gateways submitting for them.
	pub gateways: u32,
	/// Readings per gateway batch (at most [`MAX_BATCH`]).
	pub batch: u32,
	/// Accounts sending transfers.
	pub senders: u32,
	/// Seconds of each phase.
	pub seconds: u64,
	/// Most transactions in the pool while readings run (batches).
	pub max_pending_batches: usize,
	/// Most transactions in the pool while transfers run.
	pub max_pending_transfers: usize,
}

/// What [`bench_readings`] measured.
#[derive(Clone, Debug, Default)]
pub struct BenchReport {
	/// Readings accepted in finalized blocks.
	pub readings: Rate,
	/// Balance transfers in finalized blocks.
	pub transfers: Rate,
	/// Readings refused, by reason (none expected).
	pub rejected: BTreeMap<String, u64>,
	/// Readings handed to the node.
	pub submitted_readings: u64,
	/// Transfers handed to the node.
	pub submitted_transfers: u64,
	/// Submissions the node refused (a full pool).
	pub refused_submissions: u64,
	/// Why the node refused the last of them.
	pub last_refusal: Option<String>,
}

impl BenchReport {
	/// Readings per second over transfers per second.
	pub fn ratio(&self) -> f64 {
		let transfers = self.transfers.per_second();
		if transfers > 0.0 {
			self.readings.per_second() / transfers
		} else {
			0.0
		}
	}
}

fn merge(into: &mut BTreeMap<String, u64>, blocks: &[BlockStat]) {
	for block in blocks {
		for (reason, count) in &block.rejected {
			*into.entry(reason.clone()).or_default() += count;
		}
	}
}

/// Measures readings per second and balance transfers per second on the node behind
/// `client`: a fleet of `options.meters` meters under `provider`, funded by `funder`.
pub async fn bench_readings(
	client: &Client,
	funder: &Account,
	provider: &Account,
	options: BenchOptions,
	progress: &mut dyn FnMut(Progress),
) -> Result<BenchReport> {
	if options.meters == 0 || options.batch == 0 || options.batch as usize > MAX_BATCH {
		return Err(Error::Input(format!(
			"need at least one meter and a batch of 1..={MAX_BATCH} readings"
		)));
	}
	let spec = FleetSpec {
		meters: options.meters,
		chargers: 0,
		gateways: options.gateways,
		senders: options.senders.max(1),
	};
	let mut fleet =
		Fleet::setup(client, funder, provider, spec, &mut |s| progress(Progress::Step(s))).await?;
	let watcher = Watcher::start(client).await?;
	let mut report = BenchReport::default();

	// Readings: each gateway cycles through its meters, one batch per gateway per round,
	// while the pool holds fewer than `max_pending_batches` transactions.
	let mut by_gateway: Vec<Vec<usize>> = vec![Vec::new(); fleet.gateways.len()];
	for (index, meter) in fleet.meters.iter().enumerate() {
		by_gateway[meter.gateway].push(index);
	}
	let mut cursors = vec![0usize; by_gateway.len()];
	let genesis = fleet.genesis;
	let gateways = fleet.gateways.clone();
	let mut pump = Pump::new(client, &gateways).await?;
	let readings = Phase {
		client,
		watcher: &watcher,
		name: "readings",
		seconds: options.seconds,
		max_pending: options.max_pending_batches,
		pick: |b| b.readings,
	};
	let (blocks, submitted) = readings
		.run(progress, async |_room| {
			let mut calls = Vec::new();
			for (gateway, meters) in by_gateway.iter().enumerate() {
				let size = (options.batch as usize).min(meters.len());
				let reports: Vec<DeviceReport> = (0..size)
					.map(|_| {
						let meter = meters[cursors[gateway] % meters.len()];
						cursors[gateway] += 1;
						fleet.meters[meter].reading(&genesis, now_ms(), 1)
					})
					.collect();
				if !reports.is_empty() {
					calls.push((gateway, meterchain_client::metering::batch_call(&reports)?));
				}
			}
			pump.send_batches(calls).await
		})
		.await?;
	report.submitted_readings = submitted;
	report.refused_submissions += pump.refused;
	report.last_refusal = pump.last_refusal.take();
	report.readings = rate(&blocks, |b| b.readings);
	merge(&mut report.rejected, &blocks);

	// Transfers: each sender sends 1 milli-unit to the funder, many in flight.
	let senders = fleet.senders.clone();
	let mut pump = Pump::new(client, &senders).await?;
	let dest = subxt::utils::MultiAddress::Id(funder.account_id());
	let mut next_sender = 0usize;
	let transfers = Phase {
		name: "transfers",
		max_pending: options.max_pending_transfers,
		pick: |b| b.transfers,
		..readings
	};
	let (blocks, submitted) = transfers
		.run(progress, async |room| {
			let calls = (0..room.min(500))
				.map(|_| {
					next_sender = (next_sender + 1) % senders.len();
					let call =
						chain::tx().balances().transfer_keep_alive(dest.clone(), 1_000_000_000);
					(next_sender, call)
				})
				.collect();
			Ok(pump.send(calls).await?.into_iter().filter(|taken| *taken).count() as u64)
		})
		.await?;
	report.submitted_transfers = submitted;
	report.refused_submissions += pump.refused;
	report.last_refusal = pump.last_refusal.take().or(report.last_refusal);
	report.transfers = rate(&blocks, |b| b.transfers);
	Ok(report)
}

/// One timed phase of load: `fill` submits while the pool has room, progress ticks once a
/// second, and at the end the pool drains and finality catches up.
#[derive(Clone, Copy)]
struct Phase<'a> {
	client: &'a Client,
	watcher: &'a Watcher,
	name: &'static str,
	seconds: u64,
	/// Most transactions in the pool before `fill` waits.
	max_pending: usize,
	/// What the phase counts in finalized blocks, for progress.
	pick: fn(&BlockStat) -> u64,
}

impl Phase<'_> {
	/// Runs the phase; returns the finalized blocks it covered and what `fill` submitted.
	/// `fill` gets the room left in the pool and returns how many items the node took.
	async fn run(
		&self,
		progress: &mut dyn FnMut(Progress),
		mut fill: impl AsyncFnMut(usize) -> Result<u64>,
	) -> Result<(Vec<BlockStat>, u64)> {
		let start_block = self.client.header(None).await?.number;
		let started = Instant::now();
		let (mut submitted, mut last_tick) = (0u64, 0u64);
		while started.elapsed().as_secs() < self.seconds {
			let pending = self.client.pending_count().await?;
			if pending < self.max_pending {
				submitted += fill(self.max_pending - pending).await?;
			} else {
				tokio::time::sleep(Duration::from_millis(100)).await;
			}
			let elapsed = started.elapsed().as_secs();
			if elapsed > last_tick {
				last_tick = elapsed;
				progress(Progress::Tick {
					phase: self.name,
					elapsed,
					submitted,
					finalized: finalized_since(self.watcher, start_block, self.pick),
					pending,
				});
			}
		}
		let step = format!("{} sent; waiting for the pool to drain and for finality", self.name);
		progress(Progress::Step(&step));
		drain(self.client, self.watcher, Duration::from_secs(120)).await?;
		let blocks = self.watcher.blocks().into_iter().filter(|b| b.number > start_block).collect();
		Ok((blocks, submitted))
	}
}

/// Options of [`simulate`].
#[derive(Clone, Copy, Debug)]
pub struct SimOptions {
	/// Meters.
	pub meters: u32,
	/// EV chargers (one session per interval each, by the fleet's driver).
	pub chargers: u32,
	/// Gateways.
	pub gateways: u32,
	/// The devices' reporting interval in simulated seconds (e.g. 900).
	pub interval_secs: u64,
	/// How much faster than real time the fleet runs: a 900 s interval at 60× reports
	/// every 15 s, with 15 minutes' consumption.
	pub speedup: u64,
	/// How long to run, in real seconds.
	pub seconds: u64,
}

/// What [`simulate`] saw in finalized blocks.
#[derive(Clone, Debug, Default)]
pub struct SimReport {
	/// Reports handed to the node.
	pub submitted: u64,
	/// Readings accepted.
	pub readings: u64,
	/// Sessions accepted.
	pub sessions: u64,
	/// Submissions the node refused (a full pool).
	pub refused_submissions: u64,
	/// Why the node refused the last of them.
	pub last_refusal: Option<String>,
	/// Reports refused, by reason.
	pub rejected: BTreeMap<String, u64>,
}

/// Runs a fleet of meters and chargers against the node behind `client`.
pub async fn simulate(
	client: &Client,
	funder: &Account,
	provider: &Account,
	options: SimOptions,
	progress: &mut dyn FnMut(Progress),
) -> Result<SimReport> {
	if options.meters + options.chargers == 0 || options.speedup == 0 || options.interval_secs == 0
	{
		return Err(Error::Input("need devices, an interval and a speed-up above 0".into()));
	}
	let spec = FleetSpec {
		meters: options.meters,
		chargers: options.chargers,
		gateways: options.gateways,
		senders: 0,
	};
	let mut fleet =
		Fleet::setup(client, funder, provider, spec, &mut |s| progress(Progress::Step(s))).await?;
	let watcher = Watcher::start(client).await?;
	let gateways = fleet.gateways.clone();
	let mut pump = Pump::new(client, &gateways).await?;
	let real_interval = (options.interval_secs * 1_000 / options.speedup).max(1);
	let count = (fleet.meters.len() + fleet.chargers.len()) as u64;
	let start = now_ms();
	// Devices are spread over the interval, as a real fleet is.
	let mut due: Vec<u64> = (0..count).map(|i| start + i * real_interval / count).collect();
	let mut report = SimReport::default();
	let (genesis, tag, meters) = (fleet.genesis, fleet.tag.clone(), fleet.meters.len());
	let phase = Phase {
		client,
		watcher: &watcher,
		name: "fleet",
		seconds: options.seconds,
		max_pending: usize::MAX,
		pick: |b| b.readings + b.sessions + b.rejected_total(),
	};
	let (blocks, submitted) = phase
		.run(progress, async |_room| {
			let now = now_ms();
			let mut per_gateway: Vec<Vec<DeviceReport>> = vec![Vec::new(); gateways.len()];
			for (index, at) in due.iter_mut().enumerate() {
				if *at > now {
					continue;
				}
				*at += real_interval;
				let device = match index.checked_sub(meters) {
					None => &mut fleet.meters[index],
					Some(charger) => &mut fleet.chargers[charger],
				};
				// Simulated energy: power × simulated elapsed time (Wh).
				let simulated_ms = now.saturating_sub(device.last) * options.speedup;
				let energy = u64::from(device.power) * simulated_ms / 3_600_000;
				let report = if index < meters {
					device.reading(&genesis, now, if device.seq == 0 { 0 } else { energy })
				} else {
					device.session(&genesis, &tag, now, energy)
				};
				per_gateway[device.gateway].push(report);
			}
			let mut calls = Vec::new();
			for (gateway, reports) in per_gateway.iter().enumerate() {
				for chunk in reports.chunks(MAX_BATCH) {
					calls.push((gateway, meterchain_client::metering::batch_call(chunk)?));
				}
			}
			let taken = pump.send_batches(calls).await?;
			tokio::time::sleep(Duration::from_millis(250)).await;
			Ok(taken)
		})
		.await?;
	report.submitted = submitted;
	report.refused_submissions = pump.refused;
	report.last_refusal = pump.last_refusal.take();
	report.readings = blocks.iter().map(|b| b.readings).sum();
	report.sessions = blocks.iter().map(|b| b.sessions).sum();
	merge(&mut report.rejected, &blocks);
	Ok(report)
}
