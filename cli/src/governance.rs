//! `council`, `validator` and `upgrade` commands.

use crate::{
	args::{CouncilCmd, UpgradeCmd, ValidatorCmd},
	output::Out,
	Ctx,
};
use meterchain_client::{
	governance::{Closed, Motion},
	keys::parse_account,
	Error,
};
use serde_json::{json, Value};
use std::path::Path;

type Result<T = ()> = core::result::Result<T, Error>;

fn accounts<T: ToString>(list: &[T]) -> Vec<String> {
	list.iter().map(ToString::to_string).collect()
}

fn motion_json(m: &Motion) -> Value {
	json!({
		"index": m.index,
		"hash": format!("{:?}", m.hash),
		"threshold": m.threshold,
		"ayes": accounts(&m.ayes),
		"nays": accounts(&m.nays),
		"end": m.end,
	})
}

/// `meterchain council …`
pub async fn council(ctx: &Ctx, out: &Out, cmd: CouncilCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		CouncilCmd::Members => {
			let members = accounts(&client.council_members().await?);
			out.show(format!("council: {}", members.join(", ")), json!({ "members": members }));
		},
		CouncilCmd::Motions => {
			let motions = client.motions().await?;
			let text = if motions.is_empty() {
				"no open motions".to_string()
			} else {
				motions
					.iter()
					.map(|m| {
						format!(
							"motion {}: {:?}, {} of {} ayes, {} nays, ends at block {}",
							m.index,
							m.hash,
							m.ayes.len(),
							m.threshold,
							m.nays.len(),
							m.end
						)
					})
					.collect::<Vec<_>>()
					.join("\n")
			};
			let list: Vec<Value> = motions.iter().map(motion_json).collect();
			out.show(text, json!({ "motions": list }));
		},
		CouncilCmd::Vote { index, aye, nay: _ } => {
			let receipt = client.vote_motion(&ctx.signer()?, index, aye).await?;
			let motion = client.motion(index).await.ok();
			let mut fields = json!({ "motion": index, "aye": aye });
			if let (Some(m), Value::Object(object)) = (motion, &mut fields) {
				object.insert("ayes".into(), json!(m.ayes.len()));
				object.insert("threshold".into(), json!(m.threshold));
			}
			out.receipt("voted", &receipt, fields);
		},
		CouncilCmd::Close { index } => {
			let (receipt, closed) = client.close_motion(&ctx.signer()?, index).await?;
			let (what, executed) = match closed {
				Closed::Executed => ("motion passed and executed", true),
				Closed::Disapproved => ("motion failed (not enough ayes by its end)", false),
			};
			out.receipt(what, &receipt, json!({ "motion": index, "executed": executed }));
		},
	}
	Ok(())
}

/// `meterchain validator …`
pub async fn validator(ctx: &Ctx, out: &Out, cmd: ValidatorCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		ValidatorCmd::List => {
			let set = accounts(&client.validators().await?);
			let active = accounts(&client.session_validators().await?);
			let session = client.session_index().await?;
			out.show(
				format!(
					"validator set: {}\nsession {session} validators: {}",
					set.join(", "),
					active.join(", ")
				),
				json!({ "validators": set, "session": session, "session_validators": active }),
			);
		},
		ValidatorCmd::Add { who } => {
			let who = parse_account(&who)?;
			let receipt =
				client.governance(ctx.authority()).add_validator(&ctx.signer()?, &who).await?;
			out.governed("validator added", &receipt, json!({ "validator": who.to_string() }));
		},
		ValidatorCmd::Remove { who } => {
			let who = parse_account(&who)?;
			let receipt =
				client.governance(ctx.authority()).remove_validator(&ctx.signer()?, &who).await?;
			out.governed("validator removed", &receipt, json!({ "validator": who.to_string() }));
		},
		ValidatorCmd::Keys => {
			let validator = ctx.signer()?;
			let (keys, proof) = client.rotate_session_keys(&validator.account_id()).await?;
			let receipt = client.set_session_keys(&validator, &keys, proof).await?;
			let keys = format!("0x{}", hex::encode(&keys));
			out.receipt("session keys set", &receipt, json!({ "keys": keys }));
		},
	}
	Ok(())
}

fn wasm(path: &Path) -> Result<Vec<u8>> {
	std::fs::read(path).map_err(|e| Error::Input(format!("cannot read {}: {e}", path.display())))
}

/// `meterchain upgrade …`
pub async fn upgrade(ctx: &Ctx, out: &Out, cmd: UpgradeCmd) -> Result {
	let client = ctx.client().await?;
	match cmd {
		UpgradeCmd::Authorize { wasm: path } => {
			let code = wasm(&path)?;
			let hash = format!("0x{}", hex::encode(sp_crypto_hashing::blake2_256(&code)));
			let receipt =
				client.governance(ctx.authority()).authorize_upgrade(&ctx.signer()?, &code).await?;
			out.governed("upgrade authorized", &receipt, json!({ "code_hash": hash }));
		},
		UpgradeCmd::Apply { wasm: path } => {
			let receipt = client.apply_upgrade(&ctx.signer()?, wasm(&path)?).await?;
			out.receipt("runtime upgraded", &receipt, json!({}));
		},
	}
	Ok(())
}
