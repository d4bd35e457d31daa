//! `dispute open|answer|escalate|rule|show` and `plan offer|accept|show`.

use crate::{
	args::{DisputeCmd, PlanCmd},
	output::{hex, Out},
	Ctx,
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

fn instalment(text: &str) -> Result<Instalment> {
	let (due, amount) = text
		.split_once(':')
		.ok_or_else(|| bad(format!("an instalment is DUE_MS:AMOUNT: {text:?}")))?;
	let number = |t: &str, what: &str| {
		t.trim().parse::<u128>().map_err(|_| bad(format!("{what}: not a number: {t:?}")))
	};
	let due = number(due, "due")?;
	Ok(Instalment {
		due: u64::try_from(due).map_err(|_| bad(format!("due: too large: {due}")))?,
		amount: number(amount, "amount")?,
	})
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
			let receipt = client.rule_dispute(&ctx.signer()?, id, credit).await?;
			out.governed("dispute ruled", &receipt, status(client, id).await?);
		},
		DisputeCmd::Show { id } => {
			let dispute = client
				.dispute_of(id)
				.await?
				.ok_or_else(|| Error::NotFound(format!("a dispute of invoice {id}")))?;
			let mut value = status(client, id).await?;
			value["reason"] = json!(hex(&dispute.reason.0));
			value["opened"] = json!(dispute.opened);
			value["respond_by"] = json!(dispute.respond_by);
			value["answered"] = json!(dispute.answered);
			let note = dispute.note.map_or("no credit note".into(), |n| {
				format!("credit note {} at {}", n.amount, n.issued)
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
		PlanCmd::Offer { id, instalments } => {
			let instalments =
				instalments.iter().map(|t| instalment(t)).collect::<Result<Vec<_>>>()?;
			let count = instalments.len();
			let receipt = client.offer_plan(&ctx.signer()?, id, instalments).await?;
			out.receipt("plan offered", &receipt, json!({ "invoice": id, "instalments": count }));
		},
		PlanCmd::Accept { id } => {
			let receipt = client.accept_plan(&ctx.signer()?, id).await?;
			let due = client.invoice(id).await?.map(|i| i.due);
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
				text.push_str(&format!("\n  instalment {}: {} due {}", n + 1, i.amount, i.due));
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
