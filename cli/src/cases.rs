//! `case open|answer|escalate|rule|show|times`.

use crate::{
	args::{CaseCmd, CaseText},
	disputes::statement,
	output::{hex, Out},
	Ctx,
};
use meterchain_client::{
	cases::{
		average_response, case_kind_name, case_status_name, waiting, Case, CaseId, ResponseStats,
	},
	keys::parse_account,
	Client, Error,
};
use serde_json::{json, Value};

type Result<T = ()> = core::result::Result<T, Error>;

fn text(text: CaseText) -> Result<Vec<u8>> {
	statement(text.body_file, text.body_hex, "body")
}

async fn fetch(client: &Client, id: CaseId) -> Result<Case> {
	client.case(id).await?.ok_or_else(|| Error::NotFound(format!("case {id}")))
}

/// A case as JSON.
fn case_value(id: CaseId, case: &Case) -> Value {
	json!({
		"case": id,
		"agreement": case.agreement,
		"kind": case_kind_name(&case.kind),
		"status": case_status_name(&case.status),
		"subscriber": case.subscriber.to_string(),
		"provider": case.provider.to_string(),
		"body": hex(&case.body.0),
		"opened": case.opened,
		"respond_by": case.respond_by,
		"answered": case.answer.as_ref().map(|a| a.at),
		"answer": case.answer.as_ref().map(|a| hex(&a.body.0)),
	})
}

/// Where a case stands after a step.
async fn status(client: &Client, id: CaseId) -> Result<Value> {
	let case = fetch(client, id).await?;
	Ok(json!({ "case": id, "status": case_status_name(&case.status) }))
}

/// Response times as JSON; times in ms.
fn stats_value(provider: &str, stats: &ResponseStats) -> Value {
	json!({
		"provider": provider,
		"received": stats.received,
		"answered": stats.answered,
		"on_time": stats.on_time,
		"lapsed": stats.lapsed,
		"waiting": waiting(stats),
		"average_ms": average_response(stats),
		"longest_ms": stats.longest_response,
	})
}

/// `1 h 2 min 3 s` from ms.
fn duration(ms: u64) -> String {
	let secs = ms / 1_000;
	let (d, h, m, s) = (secs / 86_400, secs / 3_600 % 24, secs / 60 % 60, secs % 60);
	let parts: Vec<String> = [(d, "d"), (h, "h"), (m, "min"), (s, "s")]
		.iter()
		.filter(|(n, _)| *n > 0)
		.map(|(n, unit)| format!("{n} {unit}"))
		.collect();
	if parts.is_empty() {
		format!("{ms} ms")
	} else {
		parts.join(" ")
	}
}

pub async fn case(ctx: &Ctx, out: &Out, cmd: CaseCmd) -> Result {
	let client = &ctx.client().await?;
	match cmd {
		CaseCmd::Open { agreement, kind, text: body } => {
			let kind = kind.kind();
			let body = text(body)?;
			let (id, receipt) =
				client.open_case(&ctx.signer()?, agreement, kind, body.clone()).await?;
			let case = fetch(client, id).await?;
			out.receipt("case opened", &receipt, case_value(id, &case));
		},
		CaseCmd::Answer { id, text: body, reject } => {
			let receipt = client.answer_case(&ctx.signer()?, id, text(body)?, reject).await?;
			out.receipt("case answered", &receipt, status(client, id).await?);
		},
		CaseCmd::Escalate { id } => {
			let receipt = client.escalate_case(&ctx.signer()?, id).await?;
			out.receipt("case escalated", &receipt, status(client, id).await?);
		},
		CaseCmd::Rule { id, uphold, dismiss: _ } => {
			let receipt =
				client.governance(ctx.authority()).rule_case(&ctx.signer()?, id, uphold).await?;
			out.governed("case ruled", &receipt, status(client, id).await?);
		},
		CaseCmd::Show { id } => {
			let case = fetch(client, id).await?;
			let mut value = case_value(id, &case);
			value["open_cases_of_agreement"] = json!(client.open_cases(case.agreement).await?);
			let answer = match &case.answer {
				Some(answer) => {
					format!("answered after {}", duration(answer.at.saturating_sub(case.opened)))
				},
				None => format!("answer due {}", crate::units::time(case.respond_by)),
			};
			out.show(
				format!(
					"case {id}: {} about agreement {}, {}; opened {}, {answer}",
					case_kind_name(&case.kind),
					case.agreement,
					case_status_name(&case.status),
					case.opened,
				),
				value,
			);
		},
		CaseCmd::Times { provider } => {
			let account = parse_account(&provider)?;
			let stats = client.response_times(&account).await?;
			let average = average_response(&stats).map_or("no answer yet".into(), |ms| {
				format!("average {}, longest {}", duration(ms), duration(stats.longest_response))
			});
			out.show(
				format!(
					"provider {provider}: {} received, {} answered ({} on time), {} lapsed, {} \
					 waiting; {average}",
					stats.received,
					stats.answered,
					stats.on_time,
					stats.lapsed,
					waiting(&stats),
				),
				stats_value(&account.to_string(), &stats),
			);
		},
	}
	Ok(())
}
