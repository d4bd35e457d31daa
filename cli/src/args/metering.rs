//! The arguments of `metering`.

use super::*;

/// A device's secret key, for signing as the device.
#[derive(Args)]
pub struct DeviceSecret {
	/// `sr25519://Meter1` / `ed25519://Meter1` (derived from a secret URI, for tests and
	/// demos), or `sr25519:0x<32-byte seed>` / `ed25519:0x<seed>`.
	#[arg(long, value_name = "SECRET")]
	pub device_key: String,
	/// The key epoch (the device's key rotations so far).
	#[arg(long, default_value_t = 0)]
	pub epoch: u32,
}

/// `meterchain metering …`
#[derive(Subcommand)]
pub enum MeteringCmd {
	/// Sign a reading as the meter; prints the signed report (SCALE hex) to submit.
	SignReading {
		/// The meter's device id.
		#[arg(long)]
		device: u64,
		/// Its key.
		#[command(flatten)]
		key: DeviceSecret,
		/// The reading's sequence number (+1 per reading).
		#[arg(long)]
		seq: u64,
		/// The cumulative register (Wh, litres).
		#[arg(long)]
		register: u64,
		/// When it was taken (RFC 3339; default: now).
		#[arg(long, value_parser = crate::units::moment)]
		time: Option<u64>,
		/// The interval's peak power (W) or flow (l/h).
		#[arg(long)]
		peak: Option<u32>,
	},
	/// Sign a finished EV charging session as the charger; prints the signed report.
	SignSession {
		/// The charger's device id.
		#[arg(long)]
		charger: u64,
		/// Its key.
		#[command(flatten)]
		key: DeviceSecret,
		/// The session's id at this charger (increases).
		#[arg(long)]
		session_id: u64,
		/// The OCPP id tag that started it.
		#[arg(long)]
		tag: String,
		/// Start (RFC 3339).
		#[arg(long, value_parser = crate::units::moment)]
		start: u64,
		/// End (RFC 3339; default: now).
		#[arg(long, value_parser = crate::units::moment)]
		end: Option<u64>,
		/// Energy register at start (Wh).
		#[arg(long)]
		meter_start: u64,
		/// Energy register at stop (Wh).
		#[arg(long)]
		meter_stop: u64,
		/// Highest power (W).
		#[arg(long)]
		max_power: u32,
	},
	/// Submit signed reports in one batch, as the signer (provider, gateway or aggregator).
	Submit {
		/// Signed reports (SCALE hex from `sign-reading` / `sign-session`).
		#[arg(required = true)]
		reports: Vec<String>,
	},
	/// Submit one signed report as the device itself: unsigned and feeless.
	SubmitOwn {
		/// The signed report.
		report: String,
	},
	/// A device's metering state: last sequence, time, register, hash-chain head.
	State {
		/// The device id.
		device: u64,
	},
	/// What an agreement's devices counted today and yesterday (UTC).
	Usage {
		/// The agreement id.
		agreement: u64,
	},
}
