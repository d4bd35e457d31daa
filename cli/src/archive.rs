//! `archive` commands: export a year of invoices before pruning, verify an export after it.

use crate::{args::ArchiveCmd, output::Out, Ctx};
use codec::Decode;
use meterchain_client::{
	api::{Agreement, Hash},
	archive::{espi_kind, ArchivedYear, Verdict},
	Error,
};
use serde_json::json;

type Result<T = ()> = core::result::Result<T, Error>;

fn write(path: &std::path::Path, text: &str) -> Result {
	std::fs::write(path, text)
		.map_err(|e| Error::Input(format!("cannot write {}: {e}", path.display())))
}

fn hash(text: &str) -> Result<Hash> {
	let bytes = hex::decode(text.trim_start_matches("0x"))
		.map_err(|e| Error::Input(format!("--at: not a hex block hash: {e}")))?;
	let bytes: [u8; 32] =
		bytes.try_into().map_err(|_| Error::Input("--at: a block hash has 32 bytes".into()))?;
	Ok(Hash::from(bytes))
}

fn verdict_json(verdict: &Verdict) -> serde_json::Value {
	json!({
		"verified": verdict.holds(),
		"root": format!("{:?}", verdict.root),
		"chain_root": format!("{:?}", verdict.chain_root),
		"totals": verdict.totals,
		"chain_totals": verdict.chain_totals,
		"agreement_root": verdict.agreement_root.map(|r| format!("{r:?}")),
		"chain_agreement_root": verdict.chain_agreement_root.map(|r| format!("{r:?}")),
	})
}

/// A ledger's name, by its place in the runtime's ledgers.
fn ledger_name(ledger: u8) -> &'static str {
	match ledger {
		meterchain_client::archive::BILLING_LEDGER => "billing",
		meterchain_client::archive::AGREEMENTS_LEDGER => "agreements",
		_ => "unknown ledger",
	}
}

/// `meterchain archive …`
pub async fn archive(ctx: &Ctx, out: &Out, cmd: ArchiveCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		ArchiveCmd::Export { agreement, year, out: dir, at, service } => {
			let at = at.as_deref().map(hash).transpose()?;
			let archived = client.archive_year(agreement, year, at).await?;
			// The agreement's service: given, or its record's — in state, else in the archive
			// (an agreement that ended that year is archived with it).
			let service = match service {
				Some(service) => service.kind(),
				None => match client.agreement(agreement).await? {
					Some(record) => record.terms.service,
					None => archived
						.agreement_record
						.as_deref()
						.and_then(|bytes| Agreement::decode(&mut &bytes[..]).ok())
						.map(|record| record.terms.service)
						.ok_or_else(|| {
							Error::NotFound(format!(
								"agreement {agreement} is pruned: give its service with --service"
							))
						})?,
				},
			};
			std::fs::create_dir_all(&dir)
				.map_err(|e| Error::Input(format!("cannot create {}: {e}", dir.display())))?;
			let stem = dir.join(format!("agreement-{agreement}-{year}"));
			let json_path = stem.with_extension("json");
			let text = serde_json::to_string_pretty(&archived)
				.map_err(|e| Error::Input(format!("cannot serialize the archive: {e}")))?;
			write(&json_path, &text)?;
			write(&stem.with_extension("csv"), &archived.csv()?)?;
			let now = std::time::SystemTime::now()
				.duration_since(std::time::UNIX_EPOCH)
				.map_or(0, |d| d.as_millis() as u64);
			write(&stem.with_extension("espi.xml"), &archived.espi(espi_kind(&service), now)?)?;
			let totals = archived.totals()?;
			let value = json!({
				"agreement": agreement,
				"year": year,
				"block": format!("{:?}", archived.block),
				"invoices": archived.invoices.iter().map(|i| i.id).collect::<Vec<_>>(),
				"tokens": archived.tokens.iter().map(|t| (t.device, t.number)).collect::<Vec<_>>(),
				"agreement_root": archived.agreement_root().map(|r| format!("{r:?}")),
				"root": format!("{:?}", archived.root()),
				"totals": totals,
				"files": [json_path.display().to_string(),
					stem.with_extension("csv").display().to_string(),
					stem.with_extension("espi.xml").display().to_string()],
			});
			out.show(
				format!(
					"exported {} invoice(s), {} token(s){} of agreement {agreement} in {year} to {} (.csv, .espi.xml beside it); Merkle root {:?}",
					archived.invoices.len(),
					archived.tokens.len(),
					if archived.agreement_record.is_some() { " and the ended agreement's record" } else { "" },
					json_path.display(),
					archived.root()
				),
				value,
			);
		},
		ArchiveCmd::Verify { file, invoice } => {
			let text = std::fs::read_to_string(&file)
				.map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?;
			let archived: ArchivedYear = serde_json::from_str(&text)
				.map_err(|e| Error::Input(format!("{} is not an archive: {e}", file.display())))?;
			let verdict = client.verify_archive(&archived).await?;
			if !verdict.holds() {
				return Err(Error::Mismatch(format!(
					"the archive of agreement {} in {} is not what the chain pruned: root {:?} (chain {:?}), totals {:?} (chain {:?}), agreement record root {:?} (chain {:?})",
					archived.agreement,
					archived.year,
					verdict.root,
					verdict.chain_root,
					verdict.totals,
					verdict.chain_totals,
					verdict.agreement_root,
					verdict.chain_agreement_root
				)));
			}
			let mut value = verdict_json(&verdict);
			if let Some(id) = invoice {
				let proof = archived
					.prove(id)
					.ok_or_else(|| Error::NotFound(format!("invoice {id} in the archive")))?;
				value["invoice"] = json!({
					"id": id,
					"leaf_index": proof.index,
					"leaves": proof.leaves,
					"siblings": proof.siblings.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>(),
				});
			}
			let record = match (verdict.agreement_root, verdict.chain_agreement_root) {
				(Some(_), _) => "; the agreement's record matches its summary too",
				(None, Some(_)) => {
					"; the chain also pruned the agreement's record, which this archive lacks"
				},
				(None, None) => "",
			};
			out.show(
				format!(
					"verified: {} record(s) of agreement {} in {} match the chain's summary (root {:?}){record}",
					verdict.totals.records, archived.agreement, archived.year, verdict.chain_root
				),
				value,
			);
		},
		ArchiveCmd::StartPass => {
			let receipt =
				client.governance(ctx.authority()).start_pruning_pass(&ctx.signer()?).await?;
			out.governed("pruning pass started", &receipt, json!({}));
		},
		ArchiveCmd::Status { agreement, year } => {
			let (running, cutoff, next) = client.pruning_pass().await?;
			let mut value = json!({ "pass_running": running, "cutoff": cutoff, "next_pass": next });
			let mut text = format!(
				"pruning: {}; last cut-off {}; next pass {}",
				if running { "a pass is under way" } else { "idle" },
				cutoff.map_or("none".into(), crate::units::time),
				crate::units::time(next)
			);
			if let Some(agreement) = agreement {
				let (kept, lifetime) = client.pruned_history(agreement).await?;
				let folded = lifetime.as_ref().map(|l| {
					json!({
						"years": l.years,
						"records": l.records,
						"quantity": l.quantity,
						"billed": l.billed,
						"paid": l.paid,
						"credited": l.credited,
						"head": format!("{:?}", l.head),
					})
				});
				value["history"] = json!({ "kept": kept, "folded": folded });
				text.push_str(&format!(
					"\nagreement {agreement}: year summaries kept for {kept:?}"
				));
				if let Some(l) = lifetime {
					text.push_str(&format!(
						"; {} older year(s) folded ({} records, billed {}), head {:?}",
						l.years, l.records, l.billed, l.head
					));
				}
			}
			if let (Some(agreement), Some(year)) = (agreement, year) {
				let summary = client.year_summary(agreement, year).await?.ok_or_else(|| {
					Error::NotFound(format!("a summary of agreement {agreement} in {year}"))
				})?;
				let ledgers: Vec<_> = summary
					.ledgers
					.0
					.iter()
					.map(|s| {
						json!({
							"ledger": ledger_name(s.ledger),
							"records": s.records,
							"quantity": s.quantity,
							"billed": s.billed,
							"paid": s.paid,
							"credited": s.credited,
							"root": format!("{:?}", s.root),
							"anchor": format!("{:?}", s.anchor),
						})
					})
					.collect();
				value["summary"] = json!(ledgers);
				for s in &summary.ledgers.0 {
					text.push_str(&format!(
						"\nagreement {agreement} in {year}, {}: {} record(s), billed {}, paid {}, credited {}, root {:?}",
						ledger_name(s.ledger), s.records, s.billed, s.paid, s.credited, s.root
					));
				}
			}
			out.show(text, value);
		},
	}
	Ok(())
}
