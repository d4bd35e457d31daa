//! Printing results: text for people, JSON (`--json`) for scripts.

use meterchain_client::{
	agreements::{cycle_name, service_name, TermsDocument},
	api::{
		Agreement, AgreementStatus, DeviceKey, DeviceKind, DeviceRecord, DeviceStatus, GroupInfo,
		PaymentMode, ProviderInfo, ProviderStatus, SubscriberInfo, TagInfo,
	},
	Error, Receipt,
};
use serde_json::{json, Value};

/// Where results go.
pub struct Out {
	/// JSON instead of text.
	pub json: bool,
}

impl Out {
	/// Prints a result: `text` for people, `value` for `--json`.
	pub fn show(&self, text: impl AsRef<str>, value: Value) {
		if self.json {
			print_line(value);
		} else {
			print_line(text.as_ref());
		}
	}

	/// Prints a governance transaction: `what` happened (through sudo), or a council motion to
	/// do it was proposed (`--motion`), with how to carry it on.
	pub fn governed(&self, what: &str, receipt: &Receipt, fields: Value) {
		let Some(motion) = receipt.motion() else { return self.receipt(what, receipt, fields) };
		let mut fields = fields;
		if let Value::Object(object) = &mut fields {
			object.insert("motion".into(), json!(motion.index));
			object.insert("motion_hash".into(), json!(format!("{:?}", motion.hash)));
			object.insert("ayes_needed".into(), json!(motion.threshold));
			object.insert(
				"next".into(),
				json!(format!(
					"members vote with `council vote {0} --aye`; then anyone runs `council close {0}`",
					motion.index
				)),
			);
		}
		self.receipt(
			&format!("motion {} proposed ({what} once passed)", motion.index),
			receipt,
			fields,
		);
	}

	/// Prints a successful transaction with `fields` (e.g. the new device's id).
	pub fn receipt(&self, what: &str, receipt: &Receipt, fields: Value) {
		let events = receipt.event_names.clone();
		let state = if receipt.finalized { "finalized" } else { "in best block" };
		let mut value = json!({
			"ok": what,
			"block": format!("{:?}", receipt.block_hash),
			"extrinsic": format!("{:?}", receipt.extrinsic_hash),
			"finalized": receipt.finalized,
			"events": events,
		});
		if let (Some(object), Value::Object(extra)) = (value.as_object_mut(), fields.clone()) {
			object.extend(extra);
		}
		let mut text = format!("{what}: block {:?} ({state})", receipt.block_hash);
		if let Value::Object(extra) = &fields {
			for (key, field) in extra {
				text.push_str(&format!("\n  {key}: {}", plain(field)));
			}
		}
		text.push_str(&format!("\n  events: {}", events.join(", ")));
		self.show(text, value);
	}

	/// An amount as a field: exact smallest units (a string) in JSON, MTR for people (or
	/// the raw number with `--raw`).
	pub fn money(&self, raw: u128) -> Value {
		if self.json {
			json!(raw.to_string())
		} else {
			json!(crate::units::money(raw))
		}
	}

	/// A moment as a field: ms in JSON, RFC 3339 for people (ms with `--raw`).
	pub fn time(&self, ms: u64) -> Value {
		if self.json {
			json!(ms)
		} else {
			json!(crate::units::time(ms))
		}
	}

	/// Prints an error: to stderr as text, or as JSON on stdout with `--json`.
	pub fn error(&self, error: &Error) {
		if self.json {
			let mut value = json!({ "error": error.to_string() });
			if let Some((pallet, name)) = error.chain_error() {
				value["pallet"] = json!(pallet);
				value["chain_error"] = json!(name);
			}
			print_line(value);
		} else {
			eprintln!("error: {error}");
		}
	}
}

/// A table for a list, with `headers`: aligned columns, no borders (easy to read and to
/// `grep`); rows are added by the caller.
pub fn table(headers: &[&str]) -> comfy_table::Table {
	let mut table = comfy_table::Table::new();
	table.load_preset(comfy_table::presets::NOTHING).set_header(headers.to_vec());
	table
}

/// A JSON value as plain text (strings without quotes).
pub fn plain(value: &Value) -> String {
	match value {
		Value::String(s) => s.clone(),
		other => other.to_string(),
	}
}

/// Prints `value` as indented `key: value` lines.
pub fn lines(value: &Value) -> String {
	match value {
		Value::Object(map) => map
			.iter()
			.map(|(key, v)| match v {
				Value::Object(_) => format!("{key}:\n{}", indent(&lines(v))),
				other => format!("{key}: {}", plain(other)),
			})
			.collect::<Vec<_>>()
			.join("\n"),
		other => plain(other),
	}
}

fn indent(text: &str) -> String {
	text.lines().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
}

/// Prints a line on standard output. When the reader has gone (`meterchain … | head`), the
/// command ends quietly, as command-line tools do, instead of panicking.
pub fn print_line(line: impl std::fmt::Display) {
	use std::io::Write;
	if let Err(error) = writeln!(std::io::stdout().lock(), "{line}") {
		if error.kind() == std::io::ErrorKind::BrokenPipe {
			std::process::exit(0);
		}
	}
}

/// `0x` hex.
pub fn hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// A device key as `scheme:0xhex`.
pub fn key(key: &DeviceKey) -> String {
	match key {
		DeviceKey::Sr25519(k) => format!("sr25519:{}", hex(k)),
		DeviceKey::Ed25519(k) => format!("ed25519:{}", hex(k)),
	}
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// A provider as JSON.
pub fn provider(info: &ProviderInfo) -> Value {
	json!({
		"name": text(&info.name.0),
		"services": info.services.0.iter().map(service_name).collect::<Vec<_>>(),
		"token_key": key(&info.token_key),
		"status": match info.status { ProviderStatus::Active => "active", ProviderStatus::Suspended => "suspended" },
		"registered_at": info.registered_at,
	})
}

/// A subscriber as JSON.
pub fn subscriber(info: &SubscriberInfo, tags: &[String]) -> Value {
	json!({
		"data_hash": format!("{:?}", info.data_hash),
		"envelope_for": info.envelope.as_ref().map(|e| e.recipient.to_string()),
		"deposit": info.deposit.to_string(),
		"registered_at": info.registered_at,
		"tags": tags,
	})
}

/// A tag as JSON.
pub fn tag(info: &TagInfo) -> Value {
	json!({
		"owner": info.owner.to_string(),
		"expires_at": info.expires_at,
		"blocked": info.blocked_since.is_some(),
		"blocked_since": info.blocked_since,
		"registered_at": info.registered_at,
	})
}

/// A device as JSON.
pub fn device(record: &DeviceRecord) -> Value {
	json!({
		"provider": record.provider.to_string(),
		"kind": match record.kind { DeviceKind::Meter => "meter", DeviceKind::Charger => "charger" },
		"service": service_name(&record.service),
		"key": key(&record.key),
		"key_epoch": record.key_epoch,
		"status": device_status(&record.status),
		"group": record.group,
		"reporting_interval_secs": record.reporting_interval_secs,
		"commissioned_at": record.commissioned_at,
	})
}

/// A device status name.
pub fn device_status(status: &DeviceStatus) -> &'static str {
	match status {
		DeviceStatus::Active => "active",
		DeviceStatus::Suspended => "suspended",
		DeviceStatus::Decommissioned => "decommissioned",
	}
}

/// A group as JSON.
pub fn group(info: &GroupInfo) -> Value {
	json!({
		"provider": info.provider.to_string(),
		"name": text(&info.name.0),
		"aggregator": info.aggregator.as_ref().map(|a| a.to_string()),
		"devices": info.devices,
	})
}

/// An agreement as JSON.
pub fn agreement(out: &Out, id: u64, record: &Agreement) -> Value {
	let status = match &record.status {
		AgreementStatus::Active => json!("active"),
		AgreementStatus::NoticeGiven { by, ends_at } => {
			json!({ "notice_given": { "by": by.to_string(), "ends_at": out.time(*ends_at) } })
		},
		AgreementStatus::Ended { at } => json!({ "ended": { "at": out.time(*at) } }),
	};
	let payment = match &record.terms.payment {
		PaymentMode::Postpaid { due_days } => format!("postpaid, due in {due_days} days"),
		PaymentMode::Prepaid { low_credit_threshold } => {
			format!("prepaid, low credit below {}", crate::units::money(*low_credit_threshold))
		},
	};
	json!({
		"id": id,
		"version": record.version,
		"status": status,
		"terms_hash": format!("{:?}", record.terms_hash),
		"provider": record.terms.provider.to_string(),
		"subscriber": record.terms.subscriber.to_string(),
		"service": service_name(&record.terms.service),
		"tariff": record.terms.tariff,
		"cycle": cycle_name(&record.terms.cycle),
		"payment": payment,
		"devices": record.terms.devices.0,
		"start": out.time(record.terms.start),
		"end": record.terms.end.map(|end| out.time(end)),
		"concluded_at": out.time(record.concluded_at),
		"earlier_versions": record.history.0.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>(),
		"terms": serde_json::to_value(TermsDocument::from_terms(&record.terms)).unwrap_or_default(),
	})
}
