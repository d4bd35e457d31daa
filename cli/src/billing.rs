//! `tariff` and `invoice` commands.

use crate::{
	args::{InvoiceCmd, TariffCmd, TariffSpec},
	output::Out,
	units::{money, time},
	Ctx,
};
use meterchain_client::{
	agreements::service_name,
	api::BoundedVec,
	billing::{
		charge_name, parse_band as band, parse_tier as tier, status_name, Energy, Invoice, Tariff,
		Window,
	},
	Error,
};
use serde_json::{json, Value};

type Result<T = ()> = core::result::Result<T, Error>;

fn bad(text: String) -> Error {
	Error::Input(text)
}

/// The tariff the flags describe (the chain checks tiers and bands further).
pub fn tariff_of(spec: &TariffSpec) -> Result<Tariff> {
	let energy = if !spec.tiers.is_empty() {
		Energy::Tiered {
			tiers: BoundedVec(spec.tiers.iter().map(|t| tier(t)).collect::<Result<_>>()?),
		}
	} else if !spec.bands.is_empty() || spec.base.is_some() {
		Energy::TimeOfUse {
			base: spec.base.unwrap_or(0),
			bands: BoundedVec(spec.bands.iter().map(|b| band(b)).collect::<Result<_>>()?),
		}
	} else {
		Energy::Flat {
			price: spec.price.ok_or_else(|| bad("give --price, --tier or --band/--base".into()))?,
		}
	};
	Ok(Tariff {
		energy,
		standing_charge: spec.standing,
		demand_charge: spec.demand,
		session_fee: spec.session_fee,
		tax_bps: spec.tax_bps,
	})
}

fn window_text(w: &Window) -> String {
	let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
	let days: Vec<&str> = (0..7).filter(|d| w.days & (1 << d) != 0).map(|d| names[d]).collect();
	let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
	format!("{} {}-{}", days.join(","), hm(w.from_minute), hm(w.to_minute))
}

fn tariff_json(t: &Tariff) -> Value {
	let energy = match &t.energy {
		Energy::Flat { price } => json!({ "flat": price.to_string() }),
		Energy::Tiered { tiers } => json!({ "tiers": tiers.0.iter().map(|t| json!({
			"up_to": t.up_to, "price": t.price.to_string() })).collect::<Vec<_>>() }),
		Energy::TimeOfUse { base, bands } => json!({ "base": base.to_string(),
			"bands": bands.0.iter().map(|b| json!({ "window": window_text(&b.window),
				"price": b.price.to_string() })).collect::<Vec<_>>() }),
	};
	json!({
		"energy": energy,
		"standing_charge": t.standing_charge.to_string(),
		"demand_charge": t.demand_charge.to_string(),
		"session_fee": t.session_fee.to_string(),
		"tax_bps": t.tax_bps,
	})
}

fn tariff_text(version: u32, from: u64, t: &Tariff) -> String {
	let energy = match &t.energy {
		Energy::Flat { price } => format!("{} per 1,000 units", money(*price)),
		Energy::Tiered { tiers } => tiers
			.0
			.iter()
			.map(|t| match t.up_to {
				Some(up_to) => format!("up to {up_to}: {}", money(t.price)),
				None => format!("above: {}", money(t.price)),
			})
			.collect::<Vec<_>>()
			.join("; "),
		Energy::TimeOfUse { base, bands } => {
			let mut parts: Vec<String> = bands
				.0
				.iter()
				.map(|b| format!("{}: {}", window_text(&b.window), money(b.price)))
				.collect();
			parts.push(format!("otherwise {}", money(*base)));
			parts.join("; ")
		},
	};
	format!(
		"version {version} (from {}): usage {energy}; standing {}; demand {} per kW; \
		 session fee {}; tax {} %",
		time(from),
		money(t.standing_charge),
		money(t.demand_charge),
		money(t.session_fee),
		f64::from(t.tax_bps) / 100.0
	)
}

fn invoice_json(id: u64, invoice: &Invoice) -> Value {
	json!({
		"invoice": id,
		"agreement": invoice.agreement,
		"subscriber": invoice.subscriber.to_string(),
		"provider": invoice.provider.to_string(),
		"period": { "from": invoice.period.start, "to": invoice.period.end },
		"tariff": invoice.tariff,
		"version": invoice.version,
		"quantity": invoice.quantity,
		"lines": invoice.lines.0.iter().map(|l| json!({
			"charge": charge_name(&l.charge),
			"quantity": l.quantity.to_string(),
			"rate": l.rate.to_string(),
			"amount": l.amount.to_string(),
		})).collect::<Vec<_>>(),
		"total": invoice.total.to_string(),
		"paid": invoice.paid.to_string(),
		"credit_applied": invoice.credit_applied.to_string(),
		"credited": invoice.credited.to_string(),
		"outstanding": invoice.total.saturating_sub(invoice.paid.saturating_add(invoice.credited)).to_string(),
		"disputed": invoice.disputed,
		"plan": invoice.plan,
		"issued": invoice.issued,
		"due": invoice.due,
		"status": status_name(&invoice.status),
		"payments": invoice.payments,
	})
}

fn invoice_text(id: u64, invoice: &Invoice) -> String {
	let mut text = format!(
		"invoice {id}: agreement {}, period {} – {}, tariff {} v{}\n  usage: {}",
		invoice.agreement,
		time(invoice.period.start),
		time(invoice.period.end),
		invoice.tariff,
		invoice.version,
		invoice.quantity
	);
	for line in &invoice.lines.0 {
		text.push_str(&format!(
			"\n  {:<26} {:>16} × {:<20} = {}",
			charge_name(&line.charge),
			line.quantity,
			money(line.rate),
			money(line.amount)
		));
	}
	text.push_str(&format!(
		"\n  total {}, paid {} (credit {}), credit notes {}, owes {}, due {}{}: {}",
		money(invoice.total),
		money(invoice.paid),
		money(invoice.credit_applied),
		money(invoice.credited),
		money(invoice.total.saturating_sub(invoice.paid.saturating_add(invoice.credited))),
		time(invoice.due),
		if invoice.plan { " (instalment plan)" } else { "" },
		status_name(&invoice.status)
	));
	text
}

/// `meterchain tariff …`
pub async fn tariff(ctx: &Ctx, out: &Out, cmd: TariffCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		TariffCmd::Create { service, spec } => {
			let tariff = tariff_of(&spec)?;
			let (id, receipt) =
				client.create_tariff(&ctx.signer()?, service.kind(), tariff).await?;
			out.receipt("tariff created", &receipt, json!({ "tariff": id }));
		},
		TariffCmd::Publish { id, spec, from } => {
			let (version, receipt) =
				client.publish_version(&ctx.signer()?, id, tariff_of(&spec)?, from).await?;
			out.receipt("version published", &receipt, json!({ "tariff": id, "version": version }));
		},
		TariffCmd::Show { id, version } => {
			let info =
				client.tariff(id).await?.ok_or_else(|| Error::NotFound(format!("tariff {id}")))?;
			let schedule = &info.schedule.0;
			let wanted: Vec<u32> = match version {
				Some(v) if v == 0 || v as usize > schedule.len() => {
					return Err(Error::NotFound(format!("version {v} of tariff {id}")))
				},
				Some(v) => vec![v],
				None => (1..=schedule.len() as u32).collect(),
			};
			let mut texts =
				vec![format!("tariff {id}: {} by {}", service_name(&info.service), info.provider)];
			let mut versions = Vec::new();
			for v in wanted {
				let t = client
					.tariff_version(id, v)
					.await?
					.ok_or_else(|| Error::NotFound(format!("version {v} of tariff {id}")))?;
				let from = schedule[v as usize - 1];
				texts.push(format!("  {}", tariff_text(v, from, &t)));
				versions.push(json!({ "version": v, "from": from, "tariff": tariff_json(&t) }));
			}
			out.show(
				texts.join("\n"),
				json!({
					"tariff": id,
					"provider": info.provider.to_string(),
					"service": service_name(&info.service),
					"versions": versions,
				}),
			);
		},
	}
	Ok(())
}

/// `meterchain invoice …`
pub async fn invoice(ctx: &Ctx, out: &Out, cmd: InvoiceCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		InvoiceCmd::Issue { agreement } => {
			let (id, receipt) = client.issue_invoice(&ctx.signer()?, agreement).await?;
			out.receipt("invoice issued", &receipt, json!({ "invoice": id }));
		},
		InvoiceCmd::List { agreement } => {
			let ids = client.invoices_of(agreement).await?;
			let credit = client.credit(agreement).await?;
			let mut rows = Vec::new();
			let mut table =
				crate::output::table(&["invoice", "from", "to", "total", "paid", "status"]);
			for id in ids {
				if let Some(i) = client.invoice(id).await? {
					table.add_row(vec![
						id.to_string(),
						time(i.period.start),
						time(i.period.end),
						money(i.total),
						money(i.paid),
						status_name(&i.status).to_string(),
					]);
					rows.push(invoice_json(id, &i));
				}
			}
			out.show(
				format!("agreement {agreement}: credit {}\n{table}", money(credit)),
				json!({ "agreement": agreement, "credit": credit.to_string(), "invoices": rows }),
			);
		},
		InvoiceCmd::Show { id } => {
			let invoice = client
				.invoice(id)
				.await?
				.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?;
			let receipts = client.receipts(id).await?;
			let mut value = invoice_json(id, &invoice);
			value["receipts"] = json!(receipts
				.iter()
				.map(|r| json!({ "payer": r.payer.to_string(), "amount": r.amount.to_string(),
					"applied": r.applied.to_string(), "at": r.at }))
				.collect::<Vec<_>>());
			let mut text = invoice_text(id, &invoice);
			for (n, r) in receipts.iter().enumerate() {
				text.push_str(&format!(
					"\n  payment {n}: {} paid {} ({} applied) at {}",
					r.payer,
					money(r.amount),
					money(r.applied),
					time(r.at)
				));
			}
			out.show(text, value);
		},
		InvoiceCmd::Pay { id, amount } => {
			let receipt = client.pay(&ctx.signer()?, id, amount).await?;
			let status = client.invoice(id).await?.map(|i| status_name(&i.status));
			out.receipt("payment received", &receipt, json!({ "invoice": id, "status": status }));
		},
		InvoiceCmd::Verify { id } => {
			let (invoice, mismatches) = client.verify_invoice(id).await?;
			if !mismatches.is_empty() {
				return Err(Error::Mismatch(format!(
					"invoice {id} against its tariff and usage: {mismatches:?}"
				)));
			}
			out.show(
				format!(
					"invoice {id} matches version {} of tariff {}: {} lines, total {}",
					invoice.version,
					invoice.tariff,
					invoice.lines.0.len(),
					money(invoice.total)
				),
				json!({ "invoice": id, "matches": true, "total": invoice.total.to_string() }),
			);
		},
		InvoiceCmd::Estimate { agreement } => {
			let estimate = client.estimate(agreement).await?.ok_or_else(|| {
				Error::NotFound(format!("a running period of agreement {agreement}"))
			})?;
			let lines: Vec<Value> = estimate
				.lines
				.0
				.iter()
				.map(
					|l| json!({ "charge": charge_name(&l.charge), "amount": l.amount.to_string() }),
				)
				.collect();
			out.show(
				format!(
					"agreement {agreement}: period {} – {}, usage {}, so far {}",
					time(estimate.period.start),
					time(estimate.period.end),
					estimate.quantity,
					money(estimate.total)
				),
				json!({
					"agreement": agreement,
					"period": { "from": estimate.period.start, "to": estimate.period.end },
					"quantity": estimate.quantity,
					"lines": lines,
					"total": estimate.total.to_string(),
				}),
			);
		},
	}
	Ok(())
}
