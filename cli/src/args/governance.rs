//! The arguments of `council`, `validator` and `upgrade`.

use super::*;

/// `meterchain council …`
#[derive(Subcommand)]
pub enum CouncilCmd {
	/// The council's members.
	Members,
	/// The open motions: call hash, ayes and nays, threshold, end.
	Motions,
	/// The signer, a member, votes on an open motion.
	Vote {
		/// The motion's number.
		index: u32,
		/// Vote aye (give `--aye` or `--nay`).
		#[arg(long, conflicts_with = "nay", required_unless_present = "nay")]
		aye: bool,
		/// Vote nay.
		#[arg(long)]
		nay: bool,
	},
	/// Close an open motion (anyone): it passes with its ayes, or fails after its end.
	Close {
		/// The motion's number.
		index: u32,
	},
}

/// `meterchain validator …`
#[derive(Subcommand)]
pub enum ValidatorCmd {
	/// The validator set the council decided on, and the current session's validators.
	List,
	/// Add a validator (governance: a council majority). It should have set its keys.
	Add {
		/// The validator's account.
		who: String,
	},
	/// Remove a validator (governance: a council majority).
	Remove {
		/// The validator's account.
		who: String,
	},
	/// On the validator's own node (`--url`, unsafe RPC methods, reachable only by its
	/// operator): generate new session keys in its keystore and register them, signed by the
	/// validator's account (`--as`). They take effect from the session after next.
	Keys,
}

/// `meterchain upgrade …`
#[derive(Subcommand)]
pub enum UpgradeCmd {
	/// Authorize a runtime (governance with root authority: sudo, or two thirds of the council
	/// with `--motion`). Only the code's hash goes on chain.
	Authorize {
		/// The runtime's wasm (`…compact.compressed.wasm`).
		wasm: PathBuf,
	},
	/// Apply an authorized runtime (anyone): the chain checks the code against the hash.
	Apply {
		/// The runtime's wasm.
		wasm: PathBuf,
	},
}
