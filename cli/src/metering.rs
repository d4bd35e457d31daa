//! `metering`, `bench` and `simulate` commands.

use crate::load::{self, now_ms, BenchOptions, Progress, SimOptions};
use crate::{
	args::{BenchCmd, DeviceSecret, FleetOwners, MeteringCmd, SimulateCmd},
	output::{lines, Out},
	Ctx,
};
use codec::{Decode, Encode};
use meterchain_client::{
	device::{id_tag, ChargingSession, DeviceReport, Reading},
	keys::Account,
	metering::parse_device_secret,
	Error,
};
use serde_json::{json, Value};
use std::io::IsTerminal;

type Result<T = ()> = core::result::Result<T, Error>;

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", ::hex::encode(bytes))
}

fn parse_report(text: &str) -> Result<DeviceReport> {
	let bytes = ::hex::decode(text.trim().trim_start_matches("0x"))
		.map_err(|e| Error::Input(format!("a report is SCALE hex: {e}")))?;
	DeviceReport::decode(&mut &bytes[..])
		.map_err(|e| Error::Input(format!("not a signed report: {e}")))
}

fn signed(out: &Out, report: &DeviceReport) {
	let encoded = hex(&report.encode());
	out.show(&encoded, json!({ "device": report.device(), "report": encoded }));
}

fn owners(owners: &FleetOwners) -> Result<(Account, Account)> {
	Ok((Account::parse(&owners.funder)?, Account::parse(&owners.provider)?))
}

/// Prints progress to stderr: one line a step, and ticks rewritten in place on a terminal.
fn progress(quiet: bool) -> impl FnMut(Progress) {
	let terminal = std::io::stderr().is_terminal();
	move |event| {
		if quiet {
			return;
		}
		match event {
			Progress::Step(step) => eprintln!("{}{step}", if terminal { "\n" } else { "" }),
			Progress::Tick { phase, elapsed, submitted, finalized, pending } => {
				let line = format!(
					"[{phase} {elapsed:>4}s] submitted {submitted}, finalized {finalized}, \
					 pool {pending}"
				);
				if terminal {
					eprint!("\r{line}   ");
				} else {
					eprintln!("{line}");
				}
			},
		}
	}
}

/// `meterchain metering …`
pub async fn metering(ctx: &Ctx, out: &Out, cmd: MeteringCmd) -> Result {
	match cmd {
		MeteringCmd::SignReading { device, key, seq, register, time, peak } => {
			let (genesis, secret) = signing(ctx, &key).await?;
			let reading = Reading {
				device,
				key_epoch: key.epoch,
				seq,
				timestamp: time.unwrap_or_else(now_ms),
				register,
				peak,
			};
			signed(out, &secret.sign_reading(&genesis, reading));
		},
		MeteringCmd::SignSession {
			charger,
			key,
			session_id,
			tag,
			start,
			end,
			meter_start,
			meter_stop,
			max_power,
		} => {
			let (genesis, secret) = signing(ctx, &key).await?;
			let session = ChargingSession {
				charger,
				key_epoch: key.epoch,
				session_id,
				id_tag: id_tag(&tag).ok_or_else(|| {
					Error::Input(format!("an id tag is at most 20 bytes: {tag:?}"))
				})?,
				start,
				end: end.unwrap_or_else(now_ms),
				meter_start,
				meter_stop,
				max_power,
			};
			signed(out, &secret.sign_session(&genesis, session));
		},
		MeteringCmd::Submit { reports } => {
			let reports = reports.iter().map(|r| parse_report(r)).collect::<Result<Vec<_>>>()?;
			let signer = ctx.signer()?;
			let (outcome, receipt) = ctx.client().await?.submit_reports(&signer, &reports).await?;
			let rejected: Vec<Value> = outcome
				.rejected
				.iter()
				.map(
					|(device, reason)| json!({ "device": device, "reason": format!("{reason:?}") }),
				)
				.collect();
			out.receipt(
				"batch submitted",
				&receipt,
				json!({ "accepted": outcome.accepted, "rejected": rejected }),
			);
			// The batch was included, so its receipt (with the reasons) is the output; that
			// nothing counted is still a refusal for scripts: exit code 1, no second document.
			if !outcome.rejected.is_empty() && outcome.accepted == 0 {
				std::process::exit(1);
			}
		},
		MeteringCmd::SubmitOwn { report } => {
			let report = parse_report(&report)?;
			let receipt = ctx.client().await?.submit_own_report(&report).await?;
			out.receipt("own report submitted", &receipt, json!({ "device": report.device() }));
		},
		MeteringCmd::State { device } => {
			let state = ctx
				.client()
				.await?
				.metering_state(device)
				.await?
				.ok_or_else(|| Error::NotFound(format!("device {device} has not reported")))?;
			let value = json!({
				"device": device,
				"key_epoch": state.key_epoch,
				"readings": state.readings,
				"last_seq": state.last_seq,
				"last_timestamp": state.last_timestamp,
				"last_register": state.last_register,
				"missed": state.missed,
				"last_session": state.last_session,
				"head": format!("{:?}", state.head),
				"last_own_submission": state.last_own_submission,
			});
			out.show(lines(&value), value);
		},
		MeteringCmd::Usage { agreement } => {
			let usage = ctx.client().await?.recent_usage(agreement).await?.ok_or_else(|| {
				Error::NotFound(format!("agreement {agreement} covers no device"))
			})?;
			let devices: Vec<Value> = usage
				.devices
				.iter()
				.map(|d| {
					json!({
						"device": d.device,
						"last_reading": d.last_reading,
						"last_register": d.last_register,
						"today": d.today,
						"yesterday": d.yesterday,
					})
				})
				.collect();
			let mut text = format!(
				"agreement {agreement}, UTC day {}: today {}, yesterday {}",
				usage.day, usage.today, usage.yesterday
			);
			for d in &usage.devices {
				text.push_str(&format!(
					"\n  device {}: today {}, yesterday {}, register {} at {}",
					d.device, d.today, d.yesterday, d.last_register, d.last_reading
				));
			}
			let value = json!({
				"agreement": agreement,
				"day": usage.day,
				"today": usage.today,
				"yesterday": usage.yesterday,
				"devices": devices,
			});
			out.show(text, value);
		},
	}
	Ok(())
}

/// The genesis hash to sign for (from the node) and the device's key.
async fn signing(
	ctx: &Ctx,
	key: &DeviceSecret,
) -> Result<([u8; 32], meterchain_client::device::DeviceKeyPair)> {
	let secret = parse_device_secret(&key.device_key)?;
	let genesis = ctx.client().await?.genesis_hash().0;
	Ok((genesis, secret))
}

/// `meterchain bench …`
pub async fn bench(ctx: &Ctx, out: &Out, cmd: BenchCmd) -> Result {
	let BenchCmd::Readings(args) = cmd;
	let (funder, provider) = owners(&args.owners)?;
	let client = ctx.client().await?.with_wait(meterchain_client::Wait::InBlock);
	let options = BenchOptions {
		meters: args.meters,
		gateways: args.gateways,
		batch: args.batch,
		senders: args.senders,
		seconds: args.seconds,
		max_pending_batches: args.max_pending_batches,
		max_pending_transfers: args.max_pending_transfers,
	};
	let report =
		load::bench_readings(&client, &funder, &provider, options, &mut progress(false)).await?;
	let rate = |r: &load::Rate| {
		json!({
			"count": r.count,
			"seconds": r.seconds,
			"blocks": r.blocks,
			"per_second": (r.per_second() * 10.0).round() / 10.0,
		})
	};
	let value = json!({
		"meters": args.meters,
		"gateways": args.gateways,
		"batch": args.batch,
		"readings": rate(&report.readings),
		"transfers": rate(&report.transfers),
		"ratio": (report.ratio() * 100.0).round() / 100.0,
		"rejected": report.rejected,
		"submitted_readings": report.submitted_readings,
		"submitted_transfers": report.submitted_transfers,
		"refused_submissions": report.refused_submissions,
		"last_refusal": report.last_refusal,
	});
	let text = format!(
		"\nreadings:  {:>8.1}/s finalized ({} in {} blocks, {:.0} s)\n\
		 transfers: {:>8.1}/s finalized ({} in {} blocks, {:.0} s)\n\
		 ratio:     {:>8.2}× readings per transfer\n\
		 rejected readings: {}; refused submissions: {} (last: {})",
		report.readings.per_second(),
		report.readings.count,
		report.readings.blocks,
		report.readings.seconds,
		report.transfers.per_second(),
		report.transfers.count,
		report.transfers.blocks,
		report.transfers.seconds,
		report.ratio(),
		report.rejected.values().sum::<u64>(),
		report.refused_submissions,
		report.last_refusal.as_deref().unwrap_or("none"),
	);
	out.show(text, value);
	Ok(())
}

/// `meterchain simulate`
pub async fn simulate(ctx: &Ctx, out: &Out, cmd: SimulateCmd) -> Result {
	let (funder, provider) = owners(&cmd.owners)?;
	let client = ctx.client().await?.with_wait(meterchain_client::Wait::InBlock);
	let options = SimOptions {
		meters: cmd.meters,
		chargers: cmd.chargers,
		gateways: cmd.gateways,
		interval_secs: cmd.interval,
		speedup: cmd.speedup,
		seconds: cmd.seconds,
	};
	let report = load::simulate(&client, &funder, &provider, options, &mut progress(false)).await?;
	let value = json!({
		"meters": cmd.meters,
		"chargers": cmd.chargers,
		"seconds": cmd.seconds,
		"submitted": report.submitted,
		"readings": report.readings,
		"sessions": report.sessions,
		"rejected": report.rejected,
		"refused_submissions": report.refused_submissions,
		"last_refusal": report.last_refusal,
	});
	let text = format!(
		"\nsubmitted {} reports: {} readings and {} sessions accepted in finalized blocks, \
		 {} refused {:?}",
		report.submitted,
		report.readings,
		report.sessions,
		report.rejected.values().sum::<u64>(),
		report.rejected,
	);
	out.show(text, value);
	Ok(())
}
