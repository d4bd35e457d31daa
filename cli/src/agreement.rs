//! `agreement` commands: drafting terms, concluding them on chain or with off-line signatures,
//! amending and terminating.

use crate::load::now_ms;
use crate::{
	args::{AgreementCmd, AmendCmd, SignCmd, TerminateCmd},
	output::{self, hex, lines, Out},
	Ctx,
};
use meterchain_client::{
	agreements::{parse_hash, sign_action, terms_hash, PaymentDocument, TermsDocument},
	api::{Hash, SignedAction, Terms},
	keys::parse_account,
	Error,
};
use serde_json::json;
use std::path::Path;

type Result<T = ()> = core::result::Result<T, Error>;

fn read_terms(path: &Path) -> Result<Terms> {
	let text = std::fs::read_to_string(path)
		.map_err(|e| Error::Input(format!("cannot read {}: {e}", path.display())))?;
	let document: TermsDocument = serde_json::from_str(&text)
		.map_err(|e| Error::Input(format!("{} is not a terms document: {e}", path.display())))?;
	document.to_terms()
}

fn signature(text: &str) -> Result<[u8; 64]> {
	let bytes = hex::decode(text.trim().trim_start_matches("0x"))
		.map_err(|e| Error::Input(format!("signature: {e}")))?;
	bytes.try_into().map_err(|_| Error::Input("a signature has 64 bytes".into()))
}

fn write_or_print(out: &Out, path: Option<&Path>, text: &str, what: &str) -> Result {
	match path {
		Some(path) => {
			std::fs::write(path, text)
				.map_err(|e| Error::Input(format!("cannot write {}: {e}", path.display())))?;
			out.show(format!("{what} written to {}", path.display()), json!({ "file": path }));
		},
		None => output::print_line(text),
	}
	Ok(())
}

/// `meterchain agreement …`
pub async fn agreement(ctx: &Ctx, out: &Out, cmd: AgreementCmd) -> Result {
	match cmd {
		AgreementCmd::Draft {
			provider,
			subscriber,
			service,
			devices,
			tariff,
			cycle,
			prepaid,
			due_days,
			document,
			start,
			valid_hours,
			notice_days,
			out: file,
		} => {
			let document_hash = match document {
				Some(path) => {
					let bytes = std::fs::read(&path).map_err(|e| {
						Error::Input(format!("cannot read {}: {e}", path.display()))
					})?;
					Hash(sp_crypto_hashing::blake2_256(&bytes))
				},
				None => Hash::zero(),
			};
			let now = now_ms();
			let draft = TermsDocument {
				provider: parse_account(&provider)?.to_string(),
				subscriber: parse_account(&subscriber)?.to_string(),
				service: service.name(),
				tariff,
				cycle: cycle.name(),
				payment: match prepaid {
					Some(threshold) => PaymentDocument::Prepaid { low_credit_threshold: threshold },
					None => PaymentDocument::Postpaid { due_days },
				},
				devices,
				start: start.unwrap_or(now),
				end: None,
				notice_period: notice_days.saturating_mul(24 * 3600 * 1000),
				document_hash: hex(document_hash.as_bytes()),
				encrypted_document: None,
				nonce: now,
				deadline: now.saturating_add(valid_hours.saturating_mul(3600 * 1000)),
			};
			draft.to_terms()?; // refuse a draft the chain could not take
			let text =
				serde_json::to_string_pretty(&draft).map_err(|e| Error::Input(e.to_string()))?;
			write_or_print(out, file.as_deref(), &text, "terms")?;
		},
		AgreementCmd::Hash { terms } => {
			let hash = terms_hash(&read_terms(&terms)?);
			out.show(format!("{hash:?}"), json!({ "terms_hash": format!("{hash:?}") }));
		},
		AgreementCmd::Propose { terms } => {
			let terms = read_terms(&terms)?;
			let client = ctx.client().await?;
			let (hash, receipt) = client.propose(&ctx.signer()?, &terms).await?;
			out.receipt("proposed", &receipt, json!({ "terms_hash": format!("{hash:?}") }));
		},
		AgreementCmd::Accept { terms_hash } => {
			let client = ctx.client().await?;
			let (id, receipt) = client.accept(&ctx.signer()?, parse_hash(&terms_hash)?).await?;
			out.receipt("agreement concluded", &receipt, json!({ "agreement": id }));
		},
		AgreementCmd::Reject { terms_hash } => {
			let client = ctx.client().await?;
			let receipt = client.reject(&ctx.signer()?, parse_hash(&terms_hash)?).await?;
			out.receipt("proposal rejected", &receipt, json!({}));
		},
		AgreementCmd::Withdraw { terms_hash } => {
			let client = ctx.client().await?;
			let receipt = client.withdraw(&ctx.signer()?, parse_hash(&terms_hash)?).await?;
			out.receipt("proposal withdrawn", &receipt, json!({}));
		},
		AgreementCmd::Sign(cmd) => sign(ctx, out, cmd).await?,
		AgreementCmd::SubmitSigned { terms, subscriber_signature, provider_signature } => {
			let terms = read_terms(&terms)?;
			let client = ctx.client().await?;
			let (id, receipt) = client
				.conclude_signed(
					&ctx.signer()?,
					&terms,
					signature(&subscriber_signature)?,
					signature(&provider_signature)?,
				)
				.await?;
			out.receipt("agreement concluded", &receipt, json!({ "agreement": id }));
		},
		AgreementCmd::Amend(cmd) => amend(ctx, out, cmd).await?,
		AgreementCmd::Terminate(cmd) => terminate(ctx, out, cmd).await?,
		AgreementCmd::Close { id } => {
			let client = ctx.client().await?;
			let receipt = client.close(&ctx.signer()?, id).await?;
			out.receipt("agreement closed", &receipt, json!({}));
		},
		AgreementCmd::Show { id } => {
			let client = ctx.client().await?;
			let record =
				client.agreement(id).await?.ok_or(Error::NotFound(format!("agreement {id}")))?;
			let mut value = output::agreement(out, id, &record);
			if !out.json {
				value.as_object_mut().map(|o| o.remove("terms"));
			}
			out.show(lines(&value), value);
		},
		AgreementCmd::List { who } => {
			let client = ctx.client().await?;
			let ids = client.agreements_of(&parse_account(&who)?).await?;
			let text = if ids.is_empty() {
				"no agreements".to_string()
			} else {
				ids.iter().map(u64::to_string).collect::<Vec<_>>().join("\n")
			};
			out.show(text, json!({ "agreements": ids }));
		},
	}
	Ok(())
}

/// `meterchain agreement sign`: off line when `--genesis` (and for amendments and
/// terminations `--version`) are given.
async fn sign(ctx: &Ctx, out: &Out, cmd: SignCmd) -> Result {
	let signer = ctx.signer()?;
	let needs_chain = cmd.genesis.is_none()
		|| (cmd.version.is_none() && (cmd.amend.is_some() || cmd.terminate.is_some()));
	let client = if needs_chain { Some(ctx.client().await?) } else { None };
	let genesis = match (&cmd.genesis, &client) {
		(Some(text), _) => parse_hash(text)?,
		(None, Some(client)) => client.genesis_hash(),
		(None, None) => return Err(Error::Input("give --genesis".into())),
	};
	let version_of = |id: u64| {
		let client = client.clone();
		async move {
			if let Some(version) = cmd.version {
				return Ok(version);
			}
			let client = client.ok_or_else(|| Error::Input("give --version".into()))?;
			let record =
				client.agreement(id).await?.ok_or(Error::NotFound(format!("agreement {id}")))?;
			Ok::<u32, Error>(record.version)
		}
	};
	let action = match (cmd.amend, cmd.terminate, &cmd.terms) {
		(Some(id), None, Some(path)) => SignedAction::Amend {
			agreement: id,
			version: version_of(id).await?,
			terms: read_terms(path)?,
		},
		(None, Some(id), _) => SignedAction::Terminate {
			agreement: id,
			version: version_of(id).await?,
			deadline: cmd.deadline.unwrap_or_else(|| {
				now_ms().saturating_add(cmd.valid_hours.saturating_mul(3_600_000))
			}),
		},
		(None, None, Some(path)) => SignedAction::Conclude(read_terms(path)?),
		_ => {
			return Err(Error::Input("give --terms, --amend ID --terms, or --terminate ID".into()))
		},
	};
	let signature = hex(&sign_action(&signer, &genesis, &action));
	let deadline = match &action {
		SignedAction::Terminate { deadline, .. } => Some(*deadline),
		_ => None,
	};
	out.show(
		signature.clone(),
		json!({
			"signer": signer.account_id().to_string(),
			"genesis": format!("{genesis:?}"),
			"signature": signature,
			"deadline": deadline.map(|d| out.time(d)),
		}),
	);
	Ok(())
}

async fn amend(ctx: &Ctx, out: &Out, cmd: AmendCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		AmendCmd::Propose { id, terms } => {
			let terms = read_terms(&terms)?;
			let receipt = client.propose_amendment(&ctx.signer()?, id, &terms).await?;
			let hash = format!("{:?}", terms_hash(&terms));
			out.receipt("amendment proposed", &receipt, json!({ "terms_hash": hash }));
		},
		AmendCmd::Approve { id, terms_hash } => {
			let receipt =
				client.approve_amendment(&ctx.signer()?, id, parse_hash(&terms_hash)?).await?;
			out.receipt("agreement amended", &receipt, json!({}));
		},
		AmendCmd::Cancel { id } => {
			let receipt = client.cancel_amendment(&ctx.signer()?, id).await?;
			out.receipt("amendment cancelled", &receipt, json!({}));
		},
		AmendCmd::SubmitSigned { id, terms, subscriber_signature, provider_signature } => {
			let receipt = client
				.amend_signed(
					&ctx.signer()?,
					id,
					&read_terms(&terms)?,
					signature(&subscriber_signature)?,
					signature(&provider_signature)?,
				)
				.await?;
			out.receipt("agreement amended", &receipt, json!({}));
		},
	}
	Ok(())
}

async fn terminate(ctx: &Ctx, out: &Out, cmd: TerminateCmd) -> Result {
	let client = ctx.client().await?;
	let signer = ctx.signer()?;
	let (what, receipt) = match cmd {
		TerminateCmd::Propose { id } => {
			("termination proposed", client.propose_termination(&signer, id).await?)
		},
		TerminateCmd::Approve { id } => {
			("agreement terminated", client.approve_termination(&signer, id).await?)
		},
		TerminateCmd::Cancel { id } => {
			("termination cancelled", client.cancel_termination(&signer, id).await?)
		},
		TerminateCmd::Notice { id } => ("notice given", client.give_notice(&signer, id).await?),
		TerminateCmd::SubmitSigned { id, deadline, subscriber_signature, provider_signature } => (
			"agreement terminated",
			client
				.terminate_signed(
					&signer,
					id,
					deadline,
					signature(&subscriber_signature)?,
					signature(&provider_signature)?,
				)
				.await?,
		),
	};
	out.receipt(what, &receipt, json!({}));
	Ok(())
}
