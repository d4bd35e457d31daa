//! `dispute open|answer|escalate|rule|show` and `plan offer|accept|show`.

use crate::{
	args::{DisputeCmd, PlanCmd},
	output::{hex, Out},
	units, Ctx,
};
use meterchain_client::{
	billing::status_name,
	disputes::{dispute_status_name, Instalment},
	Client, Error,
};
use serde_json::json;

type Result<T = ()> = core::result::Result<T, Error>;

fn bad(text: String) -> Error {
	Error::Input(text)
}

/// A statement to put on chain (a dispute's reason, a case's body or answer): the blake2-256
/// hash of a file, or bytes given in hex (e.g. a ciphertext for the other party). `flag` names
/// the options in messages: `--{flag}-file`, `--{flag}-hex`.
pub(crate) fn statement(
	file: Option<std::path::PathBuf>,
	hex_bytes: Option<String>,
	flag: &str,
) -> Result<Vec<u8>> {
	match (file, hex_bytes) {
		(Some(path), _) => {
			let bytes = std::fs::read(&path)
				.map_err(|e| bad(format!("cannot read {}: {e}", path.display())))?;
			Ok(sp_crypto_hashing::blake2_256(&bytes).to_vec())
		},
		(None, Some(text)) => ::hex::decode(text.trim().trim_start_matches("0x"))
			.map_err(|e| bad(format!("--{flag}-hex: not hex: {e}"))),
		(None, None) => Err(bad(format!("give --{flag}-file FILE or --{flag}-hex HEX"))),
	}
}

/// `DUE:AMOUNT`: a date (RFC 3339, whose own colons come first) and an amount.
fn instalment(text: &str) -> Result<Instalment> {
	let (due, amount) = text.rsplit_once(':').ok_or_else(|| {
		bad(format!("an instalment is DUE:AMOUNT, e.g. 2027-01-31:12.5: {text:?}"))
	})?;
	Ok(Instalment {
		due: units::moment(due).map_err(bad)?,
		amount: units::amount(amount).map_err(bad)?,
	})
}

/// `owed` split into `count` instalments `every` ms apart from `first`; the last takes the
/// remainder, so they add up to `owed` exactly.
fn split(owed: u128, count: u32, first: u64, every: u64) -> Vec<Instalment> {
	let share = owed / u128::from(count);
	(0..count)
		.map(|n| Instalment {
			due: first.saturating_add(every.saturating_mul(u64::from(n))),
			amount: if n + 1 == count { owed - share * u128::from(count - 1) } else { share },
		})
		.collect()
}

/// Reports where the invoice stands after a dispute step.
async fn status(client: &Client, id: u64) -> Result<serde_json::Value> {
	let invoice =
		client.invoice(id).await?.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?;
	let dispute = client.dispute_of(id).await?;
	Ok(json!({
		"invoice": id,
		"status": status_name(&invoice.status),
		"credited": invoice.credited.to_string(),
		"dispute": dispute.as_ref().map(|d| dispute_status_name(&d.status)),
		"credit_note": dispute.and_then(|d| d.note).map(|n| n.amount.to_string()),
	}))
}

pub async fn dispute(ctx: &Ctx, out: &Out, cmd: DisputeCmd) -> Result {
	let client = &ctx.client().await?;
	match cmd {
		DisputeCmd::Open { id, reason_file, reason_hex, claim } => {
			let reason = statement(reason_file, reason_hex, "reason")?;
			let claim = match claim {
				Some(claim) => claim,
				None => {
					let invoice = client
						.invoice(id)
						.await?
						.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?;
					invoice.total.saturating_sub(invoice.credited)
				},
			};
			let receipt = client.dispute(&ctx.signer()?, id, reason.clone(), claim).await?;
			let mut fields = status(client, id).await?;
			fields["reason"] = json!(hex(&reason));
			fields["claim"] = json!(claim.to_string());
			out.receipt("invoice disputed", &receipt, fields);
		},
		DisputeCmd::Answer { id, credit, reject } => {
			if credit.is_none() && !reject {
				return Err(bad("give --credit AMOUNT (accept) or --reject".into()));
			}
			let receipt = client.answer_dispute(&ctx.signer()?, id, credit).await?;
			out.receipt("dispute answered", &receipt, status(client, id).await?);
		},
		DisputeCmd::Escalate { id } => {
			let receipt = client.escalate_dispute(&ctx.signer()?, id).await?;
			out.receipt("dispute escalated", &receipt, status(client, id).await?);
		},
		DisputeCmd::Rule { id, credit } => {
			let receipt =
				client.governance(ctx.authority()).rule_dispute(&ctx.signer()?, id, credit).await?;
			out.governed("dispute ruled", &receipt, status(client, id).await?);
		},
		DisputeCmd::Show { id } => {
			let dispute = client
				.dispute_of(id)
				.await?
				.ok_or_else(|| Error::NotFound(format!("a dispute of invoice {id}")))?;
			let mut value = status(client, id).await?;
			value["reason"] = json!(hex(&dispute.reason.0));
			value["opened"] = out.time(dispute.opened);
			value["respond_by"] = out.time(dispute.respond_by);
			value["answered"] = json!(dispute.answered);
			let note = dispute.note.map_or("no credit note".into(), |n| {
				format!("credit note {} at {}", units::money(n.amount), units::time(n.issued))
			});
			out.show(
				format!(
					"invoice {id}: dispute {}, opened {}, answer due {}; {note}",
					dispute_status_name(&dispute.status),
					dispute.opened,
					dispute.respond_by
				),
				value,
			);
		},
	}
	Ok(())
}

pub async fn plan(ctx: &Ctx, out: &Out, cmd: PlanCmd) -> Result {
	let client = &ctx.client().await?;
	match cmd {
		PlanCmd::Offer { id, instalments, split: parts, first, every_days } => {
			let instalments = match parts {
				Some(count) => {
					let invoice = client
						.invoice(id)
						.await?
						.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?;
					let owed =
						invoice.total.saturating_sub(invoice.paid).saturating_sub(invoice.credited);
					if owed == 0 {
						return Err(bad(format!("invoice {id} owes nothing")));
					}
					let every = every_days.saturating_mul(86_400_000);
					let first =
						first.unwrap_or_else(|| crate::load::now_ms().saturating_add(every));
					split(owed, count, first, every)
				},
				None => instalments.iter().map(|t| instalment(t)).collect::<Result<Vec<_>>>()?,
			};
			let owed: u128 = instalments.iter().map(|i| i.amount).sum();
			let schedule: Vec<String> = instalments
				.iter()
				.map(|i| format!("{} due {}", units::money(i.amount), units::time(i.due)))
				.collect();
			let count = instalments.len();
			let receipt = client.offer_plan(&ctx.signer()?, id, instalments).await?;
			out.receipt(
				"plan offered",
				&receipt,
				json!({ "invoice": id, "instalments": count, "total": out.money(owed),
					"schedule": schedule.join("; ") }),
			);
		},
		PlanCmd::Accept { id } => {
			let receipt = client.accept_plan(&ctx.signer()?, id).await?;
			let due = client.invoice(id).await?.map(|i| i.due);
			let due = due.map(|due| out.time(due));
			out.receipt("plan accepted", &receipt, json!({ "invoice": id, "next_due": due }));
		},
		PlanCmd::Show { id } => {
			let plan = client
				.plan(id)
				.await?
				.ok_or_else(|| Error::NotFound(format!("a plan for invoice {id}")))?;
			let mut text = format!(
				"invoice {id}: plan {}",
				if plan.accepted { "accepted" } else { "offered" }
			);
			for (n, i) in plan.instalments.0.iter().enumerate() {
				let (amount, due) = (units::money(i.amount), units::time(i.due));
				text.push_str(&format!("\n  instalment {}: {amount} due {due}", n + 1));
			}
			let rows: Vec<_> = plan
				.instalments
				.0
				.iter()
				.map(|i| json!({ "due": i.due, "amount": i.amount.to_string() }))
				.collect();
			out.show(
				text,
				json!({ "invoice": id, "accepted": plan.accepted, "instalments": rows }),
			);
		},
	}
	Ok(())
}
