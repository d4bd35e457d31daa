//! The arguments of `agreement`.

use super::*;

/// `meterchain agreement …`
#[derive(Subcommand)]
pub enum AgreementCmd {
	/// Write a terms document (JSON) with sensible defaults, to edit and sign.
	Draft {
		/// The provider.
		#[arg(long)]
		provider: String,
		/// The subscriber.
		#[arg(long)]
		subscriber: String,
		/// The service.
		#[arg(long, value_enum)]
		service: Service,
		/// Devices covered, comma-separated ids.
		#[arg(long, value_delimiter = ',')]
		devices: Vec<u64>,
		/// The tariff: one the provider published for the service (`tariff create`).
		#[arg(long)]
		tariff: u32,
		/// Billing cycle.
		#[arg(long, value_enum, default_value_t = Cycle::Monthly)]
		cycle: Cycle,
		/// Prepaid with this low-credit threshold, instead of postpaid.
		#[arg(long, value_parser = crate::units::amount)]
		prepaid: Option<u128>,
		/// Days until a postpaid invoice is due.
		#[arg(long, default_value_t = 14)]
		due_days: u16,
		/// The full contract document, hashed into the terms.
		#[arg(long)]
		document: Option<PathBuf>,
		/// Start (RFC 3339; default: now).
		#[arg(long, value_parser = crate::units::moment)]
		start: Option<u64>,
		/// Hours the terms can be concluded in.
		#[arg(long, default_value_t = 24)]
		valid_hours: u64,
		/// Notice period in days.
		#[arg(long, default_value_t = 30)]
		notice_days: u64,
		/// Write to this file (default: stdout).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// The terms hash of a terms document.
	Hash {
		/// The terms document.
		terms: PathBuf,
	},
	/// Propose terms on chain (the other party accepts).
	Propose {
		/// The terms document.
		terms: PathBuf,
	},
	/// Accept a proposal: the agreement is concluded.
	Accept {
		/// The terms hash.
		terms_hash: String,
	},
	/// Reject a proposal.
	Reject {
		/// The terms hash.
		terms_hash: String,
	},
	/// Withdraw your proposal.
	Withdraw {
		/// The terms hash.
		terms_hash: String,
	},
	/// Sign off line (no node needed with --genesis): conclude terms, amend or terminate.
	Sign(SignCmd),
	/// Submit terms signed off line by both parties.
	SubmitSigned {
		/// The terms document.
		terms: PathBuf,
		/// The subscriber's signature, `0x` hex.
		#[arg(long)]
		subscriber_signature: String,
		/// The provider's signature, `0x` hex.
		#[arg(long)]
		provider_signature: String,
	},
	/// Amend an agreement: propose, approve or cancel on chain, or submit signed.
	#[command(subcommand)]
	Amend(AmendCmd),
	/// End an agreement: mutual (propose/approve/cancel/submit-signed) or by notice.
	#[command(subcommand)]
	Terminate(TerminateCmd),
	/// Close an agreement whose end has passed.
	Close {
		/// The agreement.
		id: u64,
	},
	/// Show an agreement.
	Show {
		/// The agreement.
		id: u64,
	},
	/// The agreements an account is a party of.
	List {
		/// The account.
		who: String,
	},
}

/// `meterchain agreement sign`
#[derive(Args)]
pub struct SignCmd {
	/// Terms to conclude, or the new terms of an amendment.
	#[arg(long)]
	pub terms: Option<PathBuf>,
	/// Sign an amendment of this agreement to `--terms`.
	#[arg(long, conflicts_with = "terminate", requires = "terms")]
	pub amend: Option<u64>,
	/// Sign the termination of this agreement.
	#[arg(long)]
	pub terminate: Option<u64>,
	/// The agreement's current version (for --amend/--terminate; default: read from the chain).
	#[arg(long)]
	pub version: Option<u32>,
	/// For --terminate: the last moment (RFC 3339) the signatures may be submitted; both
	/// parties sign the same one, and the chain takes at most 30 days ahead. Default: in
	/// --valid-hours.
	#[arg(long, requires = "terminate", value_parser = crate::units::moment)]
	pub deadline: Option<u64>,
	/// For --terminate without --deadline: how long the signature stays good.
	#[arg(long, default_value_t = 24)]
	pub valid_hours: u64,
	/// The chain's genesis hash, to sign without a node.
	#[arg(long)]
	pub genesis: Option<String>,
}

/// `meterchain agreement amend …`
#[derive(Subcommand)]
pub enum AmendCmd {
	/// Propose new terms for agreement ID.
	Propose {
		/// The agreement.
		id: u64,
		/// The new terms document.
		terms: PathBuf,
	},
	/// Approve the pending amendment.
	Approve {
		/// The agreement.
		id: u64,
		/// The amendment's terms hash.
		terms_hash: String,
	},
	/// Cancel the pending amendment.
	Cancel {
		/// The agreement.
		id: u64,
	},
	/// Submit an amendment signed off line by both parties.
	SubmitSigned {
		/// The agreement.
		id: u64,
		/// The new terms document.
		terms: PathBuf,
		/// The subscriber's signature.
		#[arg(long)]
		subscriber_signature: String,
		/// The provider's signature.
		#[arg(long)]
		provider_signature: String,
	},
}

/// `meterchain agreement terminate …`
#[derive(Subcommand)]
pub enum TerminateCmd {
	/// Propose ending agreement ID now.
	Propose {
		/// The agreement.
		id: u64,
	},
	/// Approve the other party's proposal: the agreement ends now.
	Approve {
		/// The agreement.
		id: u64,
	},
	/// Withdraw your termination proposal.
	Cancel {
		/// The agreement.
		id: u64,
	},
	/// Give notice: the agreement ends after its notice period.
	Notice {
		/// The agreement.
		id: u64,
	},
	/// Submit a termination signed off line by both parties.
	SubmitSigned {
		/// The agreement.
		id: u64,
		/// The deadline both signed (RFC 3339; `agreement sign --terminate` shows it).
		#[arg(long, value_parser = crate::units::moment)]
		deadline: u64,
		/// The subscriber's signature.
		#[arg(long)]
		subscriber_signature: String,
		/// The provider's signature.
		#[arg(long)]
		provider_signature: String,
	},
}
