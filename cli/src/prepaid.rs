//! `prepaid` and `token` commands.

use crate::{
	args::{PrepaidCmd, TokenCmd},
	output::{hex, Out},
	units::{money, time},
	Ctx,
};
use codec::Encode;
use meterchain_client::{
	api::chain,
	metering::parse_device_secret,
	prepaid::{supply_name, token_key_of, PrepaidAccount},
	registry::parse_device_key,
	token::Meter,
	Client, Error,
};
use serde_json::json;

type Result<T = ()> = core::result::Result<T, Error>;

fn account_text(agreement: u64, a: &PrepaidAccount) -> String {
	format!(
		"agreement {agreement}: credit {}, owed {}, supply {}{}",
		money(a.balance),
		money(a.owed),
		supply_name(&a.supply),
		if a.low { " (low credit)" } else { "" }
	)
}

fn unhex(text: &str, what: &str) -> Result<Vec<u8>> {
	::hex::decode(text.trim().trim_start_matches("0x"))
		.map_err(|e| Error::Input(format!("{what}: not hex: {e}")))
}

/// The node connection, which `verify` opens unless given both the key and the genesis hash.
fn online(client: &Option<Client>) -> Result<&Client> {
	client.as_ref().ok_or_else(|| Error::Input("give --token-key and --genesis, or a node".into()))
}

pub async fn prepaid(ctx: &Ctx, out: &Out, cmd: PrepaidCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		PrepaidCmd::TopUp { agreement, amount } => {
			let receipt = client.top_up(&ctx.signer()?, agreement, amount).await?;
			let account = client.prepaid(agreement).await?;
			let balance = account.as_ref().map(|a| out.money(a.balance));
			let supply = account.as_ref().map(|a| supply_name(&a.supply));
			out.receipt(
				"topped up",
				&receipt,
				json!({ "agreement": agreement, "balance": balance, "supply": supply }),
			);
		},
		PrepaidCmd::Show { agreement } => {
			let account = client.prepaid(agreement).await?.ok_or_else(|| {
				Error::NotFound(format!("agreement {agreement} has no prepaid credit"))
			})?;
			out.show(
				account_text(agreement, &account),
				json!({
					"agreement": agreement,
					"balance": account.balance.to_string(),
					"owed": account.owed.to_string(),
					"supply": supply_name(&account.supply),
					"low": account.low,
				}),
			);
		},
		PrepaidCmd::Withdraw { agreement } => {
			let receipt = client.withdraw_credit(&ctx.signer()?, agreement).await?;
			let released = receipt.find(|event| match event {
				chain::Event::Billing(chain::billing::Event::CreditReleased { amount, .. }) => {
					Some(out.money(*amount))
				},
				_ => None,
			});
			let account = client.prepaid(agreement).await?;
			let owed = out.money(account.as_ref().map_or(0, |a| a.owed));
			out.receipt(
				"credit withdrawn",
				&receipt,
				json!({ "agreement": agreement, "released": released, "owed": owed }),
			);
		},
		PrepaidCmd::Supply { device } => {
			let supply = client.supply(device).await?.ok_or_else(|| {
				Error::NotFound(format!("no agreement covers device {device} now"))
			})?;
			out.show(
				format!("device {device}: supply {}", supply_name(&supply)),
				json!({ "device": device, "supply": supply_name(&supply) }),
			);
		},
	}
	Ok(())
}

pub async fn token(ctx: &Ctx, out: &Out, cmd: TokenCmd) -> Result {
	match cmd {
		TokenCmd::Buy { agreement, device, amount } => {
			let client = ctx.client().await?;
			let (token, receipt) =
				client.purchase_token(&ctx.signer()?, agreement, device, amount).await?;
			out.receipt(
				"token bought",
				&receipt,
				json!({ "device": device, "number": token.number,
					"amount": out.money(token.amount), "expires": out.time(token.expires) }),
			);
		},
		TokenCmd::Vend { device, number, token_key, out: file } => {
			let client = ctx.client().await?;
			let key = parse_device_secret(&token_key)?;
			let number = match number {
				Some(number) => number,
				None => client.token_number(device).await?,
			};
			let (signed, receipt) = client.vend_token(&ctx.signer()?, &key, device, number).await?;
			if let Some(path) = file {
				std::fs::write(&path, hex(&signed.encode()))
					.map_err(|e| Error::Input(format!("cannot write {}: {e}", path.display())))?;
			}
			out.receipt(
				"token issued",
				&receipt,
				json!({ "device": device, "number": number, "token": hex(&signed.encode()),
					"hash": hex(&signed.hash()) }),
			);
		},
		TokenCmd::List { device } => {
			let client = ctx.client().await?;
			let latest = client.token_number(device).await?;
			let mut table = crate::output::table(&[
				"token",
				"amount",
				"agreement",
				"bought",
				"expires",
				"issued",
			]);
			let mut rows = vec![];
			for number in 1..=latest {
				let Some(t) = client.token_purchase(device, number).await? else { continue };
				let hash = t.hash.map(|h| hex(&h));
				table.add_row(vec![
					number.to_string(),
					money(t.amount),
					t.agreement.to_string(),
					time(t.purchased),
					time(t.expires),
					hash.clone().unwrap_or_else(|| "not yet".into()),
				]);
				rows.push(json!({ "number": number, "agreement": t.agreement,
					"amount": t.amount.to_string(), "purchased": t.purchased,
					"expires": t.expires, "hash": hash }));
			}
			out.show(
				format!("device {device}: {latest} tokens\n{table}"),
				json!({ "device": device, "tokens": rows }),
			);
		},
		TokenCmd::Verify { token, device, token_key, genesis, last, at } => {
			let text = match std::path::Path::new(&token).is_file() {
				true => std::fs::read_to_string(&token)
					.map_err(|e| Error::Input(format!("cannot read {token}: {e}")))?,
				false => token,
			};
			let bytes = unhex(&text, "token")?;
			let offline = token_key.is_some() && genesis.is_some();
			let client = if offline { None } else { Some(ctx.client().await?) };
			let key = match &token_key {
				Some(text) => token_key_of(&parse_device_key(text)?),
				None => online(&client)?.token_key_for(device).await?,
			};
			let genesis: [u8; 32] = match &genesis {
				Some(text) => unhex(text, "genesis")?
					.try_into()
					.map_err(|_| Error::Input("genesis: not 32 bytes".into()))?,
				None => online(&client)?.genesis_hash().0,
			};
			let now = at.unwrap_or_else(crate::load::now_ms);
			let meter = Meter { device, genesis, key, last };
			let accepted =
				meter.check(&bytes, now).map_err(|e| Error::Mismatch(format!("refused: {e}")))?;
			// On line, the token must also be the one recorded for its purchase.
			let recorded = match &client {
				Some(client) => {
					let hash = meterchain_client::token::decode(&bytes)
						.map_err(|e| Error::Mismatch(e.to_string()))?
						.hash();
					let on_chain = client.token_purchase(device, accepted.number).await?;
					if on_chain.and_then(|p| p.hash) != Some(hash) {
						return Err(Error::Mismatch(format!(
							"token {} is not the token recorded on chain for its purchase",
							accepted.number
						)));
					}
					Some(true)
				},
				None => None,
			};
			out.show(
				format!(
					"token {} for device {device}: {} — the meter accepts it{}",
					accepted.number,
					money(accepted.amount),
					if recorded.is_some() { "; it is the token recorded on chain" } else { "" }
				),
				json!({ "device": device, "number": accepted.number,
					"amount": accepted.amount.to_string(), "expires": accepted.expires,
					"recorded": recorded }),
			);
		},
	}
	Ok(())
}
