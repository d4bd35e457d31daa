//! `provider`, `subscriber`, `tag`, `device`, `group` and `gateway` commands.

use crate::{
	args::{
		DeviceCmd, GatewayCmd, GroupCmd, ProviderCmd, Service, SubscriberCmd, SubscriberData,
		TagCmd,
	},
	output::{self, lines, Out},
	Ctx,
};
use meterchain_client::{
	agreements::parse_hash,
	api::{Hash, ServiceKind, TagStatus},
	keys::parse_account,
	registry::{parse_device_key, DeviceSpec},
	Error,
};
use serde_json::json;

type Result<T = ()> = core::result::Result<T, Error>;

fn services(names: &[Service]) -> Vec<ServiceKind> {
	names.iter().map(|s| s.kind()).collect()
}

fn found<T>(what: String, value: Option<T>) -> Result<T> {
	value.ok_or(Error::NotFound(what))
}

/// `meterchain provider …`
pub async fn provider(ctx: &Ctx, out: &Out, cmd: ProviderCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		ProviderCmd::Register { who, name, services: names, token_key } => {
			let who = parse_account(&who)?;
			let receipt = client
				.governance(ctx.authority())
				.register_provider(
					&ctx.signer()?,
					&who,
					&name,
					&services(&names),
					parse_device_key(&token_key)?,
				)
				.await?;
			out.governed("provider registered", &receipt, json!({ "provider": who.to_string() }));
		},
		ProviderCmd::Suspend { who } => {
			let receipt = client
				.governance(ctx.authority())
				.suspend_provider(&ctx.signer()?, &parse_account(&who)?)
				.await?;
			out.governed("provider suspended", &receipt, json!({}));
		},
		ProviderCmd::Resume { who } => {
			let receipt = client
				.governance(ctx.authority())
				.resume_provider(&ctx.signer()?, &parse_account(&who)?)
				.await?;
			out.governed("provider resumed", &receipt, json!({}));
		},
		ProviderCmd::Update { name, services: names, token_key } => {
			let receipt = client
				.update_provider(
					&ctx.signer()?,
					&name,
					&services(&names),
					parse_device_key(&token_key)?,
				)
				.await?;
			out.receipt("provider updated", &receipt, json!({}));
		},
		ProviderCmd::Show { who } => {
			let account = parse_account(&who)?;
			let info = found(format!("provider {who}"), client.provider(&account).await?)?;
			let value = output::provider(&info);
			out.show(lines(&value), value);
		},
	}
	Ok(())
}

fn data_hash(data: &SubscriberData) -> Result<Hash> {
	match (&data.data_file, &data.data_hash) {
		(Some(file), _) => {
			let bytes = std::fs::read(file)
				.map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?;
			Ok(Hash(sp_crypto_hashing::blake2_256(&bytes)))
		},
		(None, Some(hash)) => parse_hash(hash),
		(None, None) => Err(Error::Input("give --data-file or --data-hash".into())),
	}
}

fn envelope(data: &SubscriberData) -> Result<Option<(meterchain_client::api::AccountId, Vec<u8>)>> {
	match (&data.envelope_for, &data.envelope) {
		(Some(to), Some(text)) => {
			let bytes = hex::decode(text.trim_start_matches("0x"))
				.map_err(|e| Error::Input(format!("--envelope: {e}")))?;
			Ok(Some((parse_account(to)?, bytes)))
		},
		_ => Ok(None),
	}
}

/// `meterchain subscriber …`
pub async fn subscriber(ctx: &Ctx, out: &Out, cmd: SubscriberCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		SubscriberCmd::Register(data) => {
			let signer = ctx.signer()?;
			let receipt =
				client.register_subscriber(&signer, data_hash(&data)?, envelope(&data)?).await?;
			let who = signer.account_id().to_string();
			out.receipt("subscriber registered", &receipt, json!({ "subscriber": who }));
		},
		SubscriberCmd::Update(data) => {
			let receipt = client
				.update_subscriber(&ctx.signer()?, data_hash(&data)?, envelope(&data)?)
				.await?;
			out.receipt("subscriber updated", &receipt, json!({}));
		},
		SubscriberCmd::Deregister => {
			let receipt = client.deregister_subscriber(&ctx.signer()?).await?;
			out.receipt("subscriber deregistered", &receipt, json!({}));
		},
		SubscriberCmd::Show { who } => {
			let account = parse_account(&who)?;
			let info = found(format!("subscriber {who}"), client.subscriber(&account).await?)?;
			let tags = client.subscriber_tags(&account).await?;
			let value = output::subscriber(&info, &tags);
			out.show(lines(&value), value);
		},
	}
	Ok(())
}

fn tag_status(status: &TagStatus) -> &'static str {
	match status {
		TagStatus::Accepted => "Accepted",
		TagStatus::Blocked => "Blocked",
		TagStatus::Expired => "Expired",
		TagStatus::Invalid => "Invalid",
		TagStatus::NoCredit => "NoCredit",
	}
}

/// `meterchain tag …`
pub async fn tag(ctx: &Ctx, out: &Out, cmd: TagCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		TagCmd::Register { tag, expires_at } => {
			let receipt = client.register_tag(&ctx.signer()?, &tag, expires_at).await?;
			out.receipt("tag registered", &receipt, json!({ "tag": tag.to_ascii_uppercase() }));
		},
		TagCmd::Block { tag } => {
			let receipt = client.set_tag_blocked(&ctx.signer()?, &tag, true).await?;
			out.receipt("tag blocked", &receipt, json!({}));
		},
		TagCmd::Unblock { tag } => {
			let receipt = client.set_tag_blocked(&ctx.signer()?, &tag, false).await?;
			out.receipt("tag unblocked", &receipt, json!({}));
		},
		TagCmd::Remove { tag } => {
			let receipt = client.remove_tag(&ctx.signer()?, &tag).await?;
			out.receipt("tag removed", &receipt, json!({}));
		},
		TagCmd::Show { tag } => {
			let info = found(format!("tag {tag}"), client.tag(&tag).await?)?;
			let value = output::tag(&info);
			out.show(lines(&value), value);
		},
		TagCmd::Authorize { tag, charger } => {
			let status = tag_status(&client.tag_authorization(&tag, charger).await?);
			out.show(status, json!({ "tag": tag, "charger": charger, "status": status }));
		},
	}
	Ok(())
}

/// `meterchain device …`
pub async fn device(ctx: &Ctx, out: &Out, cmd: DeviceCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		DeviceCmd::Commission { kind, service, key, interval, group } => {
			let spec = DeviceSpec {
				kind: kind.kind(),
				service: service.kind(),
				key: parse_device_key(&key)?,
				reporting_interval_secs: interval,
				group,
			};
			let (id, receipt) = client.commission_device(&ctx.signer()?, spec).await?;
			out.receipt("device commissioned", &receipt, json!({ "device": id }));
		},
		DeviceCmd::Suspend { id } => {
			let receipt = client.suspend_device(&ctx.signer()?, id).await?;
			out.receipt("device suspended", &receipt, json!({}));
		},
		DeviceCmd::Resume { id } => {
			let receipt = client.resume_device(&ctx.signer()?, id).await?;
			out.receipt("device resumed", &receipt, json!({}));
		},
		DeviceCmd::Decommission { id } => {
			let receipt = client.decommission_device(&ctx.signer()?, id).await?;
			out.receipt("device decommissioned", &receipt, json!({}));
		},
		DeviceCmd::RotateKey { id, key } => {
			let receipt =
				client.rotate_device_key(&ctx.signer()?, id, parse_device_key(&key)?).await?;
			out.receipt("device key rotated", &receipt, json!({}));
		},
		DeviceCmd::SetGroup { id, group } => {
			let receipt = client.set_device_group(&ctx.signer()?, id, group).await?;
			out.receipt("device group set", &receipt, json!({ "group": group }));
		},
		DeviceCmd::Show { id } => {
			let record = found(format!("device {id}"), client.device(id).await?)?;
			let value = output::device(&record);
			out.show(lines(&value), value);
		},
		DeviceCmd::Status { id } => {
			let report = found(format!("device {id}"), client.device_status(id).await?)?;
			let value = json!({
				"status": output::device_status(&report.status),
				"reporting_interval_secs": report.reporting_interval_secs,
				"now": report.now,
				"key_epoch": report.key_epoch,
			});
			out.show(lines(&value), value);
		},
	}
	Ok(())
}

/// `meterchain group …`
pub async fn group(ctx: &Ctx, out: &Out, cmd: GroupCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		GroupCmd::Create { name, aggregator } => {
			let aggregator = aggregator.as_deref().map(parse_account).transpose()?;
			let (id, receipt) = client.create_group(&ctx.signer()?, &name, aggregator).await?;
			out.receipt("group created", &receipt, json!({ "group": id }));
		},
		GroupCmd::SetAggregator { id, aggregator } => {
			let aggregator = aggregator.as_deref().map(parse_account).transpose()?;
			let receipt = client.set_group_aggregator(&ctx.signer()?, id, aggregator).await?;
			out.receipt("group aggregator set", &receipt, json!({}));
		},
		GroupCmd::Remove { id } => {
			let receipt = client.remove_group(&ctx.signer()?, id).await?;
			out.receipt("group removed", &receipt, json!({}));
		},
		GroupCmd::Show { id } => {
			let info = found(format!("group {id}"), client.group(id).await?)?;
			let value = output::group(&info);
			out.show(lines(&value), value);
		},
	}
	Ok(())
}

/// `meterchain gateway …`
pub async fn gateway(ctx: &Ctx, out: &Out, cmd: GatewayCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		GatewayCmd::Authorize { gateway } => {
			let receipt =
				client.authorize_gateway(&ctx.signer()?, &parse_account(&gateway)?).await?;
			out.receipt("gateway authorized", &receipt, json!({}));
		},
		GatewayCmd::Revoke { gateway } => {
			let receipt = client.revoke_gateway(&ctx.signer()?, &parse_account(&gateway)?).await?;
			out.receipt("gateway revoked", &receipt, json!({}));
		},
		GatewayCmd::Check { gateway, provider } => {
			let authorized =
				client.is_gateway(&parse_account(&provider)?, &parse_account(&gateway)?).await?;
			let text = if authorized { "authorized" } else { "not authorized" };
			out.show(text, json!({ "authorized": authorized }));
		},
	}
	Ok(())
}
