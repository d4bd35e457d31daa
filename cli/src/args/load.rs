//! The arguments of `bench` and `simulate`.

use super::*;

/// Who sets up a load's fleet.
#[derive(Args)]
pub struct FleetOwners {
	/// The account that funds the fleet's gateways and subscribers.
	#[arg(long, default_value = "alice")]
	pub funder: String,
	/// The provider that commissions the devices and concludes the agreements.
	#[arg(long, default_value = "bob")]
	pub provider: String,
}

/// `meterchain bench …`
#[derive(Subcommand)]
pub enum BenchCmd {
	/// Readings per second finalized, next to balance transfers per second on the same node.
	Readings(ReadingsBench),
}

/// `meterchain bench readings`
#[derive(Args)]
pub struct ReadingsBench {
	/// Simulated meters.
	#[arg(long, default_value_t = 4_000)]
	pub meters: u32,
	/// Gateways submitting for them.
	#[arg(long, default_value_t = 4)]
	pub gateways: u32,
	/// Readings per gateway batch (at most 1,000).
	#[arg(long, default_value_t = 1_000)]
	pub batch: u32,
	/// Accounts sending the transfers.
	#[arg(long, default_value_t = 64)]
	pub senders: u32,
	/// Seconds of each phase (readings, then transfers).
	#[arg(long, default_value_t = 60)]
	pub seconds: u64,
	/// Most batches waiting in the pool.
	#[arg(long, default_value_t = 16)]
	pub max_pending_batches: usize,
	/// Most transfers waiting in the pool.
	#[arg(long, default_value_t = 6_000)]
	pub max_pending_transfers: usize,
	/// Who sets up the fleet.
	#[command(flatten)]
	pub owners: FleetOwners,
}

/// `meterchain simulate`
#[derive(Args)]
pub struct SimulateCmd {
	/// Meters.
	#[arg(long, default_value_t = 100)]
	pub meters: u32,
	/// EV chargers.
	#[arg(long, default_value_t = 10)]
	pub chargers: u32,
	/// Gateways.
	#[arg(long, default_value_t = 2)]
	pub gateways: u32,
	/// The devices' reporting interval, in simulated seconds.
	#[arg(long, default_value_t = 900)]
	pub interval: u64,
	/// How much faster than real time (60: a 15-minute interval every 15 s).
	#[arg(long, default_value_t = 60)]
	pub speedup: u64,
	/// How long to run, in real seconds.
	#[arg(long, default_value_t = 120)]
	pub seconds: u64,
	/// Who sets up the fleet.
	#[command(flatten)]
	pub owners: FleetOwners,
}
