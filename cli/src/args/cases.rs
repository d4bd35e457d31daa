//! The arguments of `case`.

use super::*;

/// A case's text or answer: only its hash goes on chain, or bytes such as a ciphertext.
#[derive(Args)]
pub struct CaseText {
	/// A file with the text; its blake2-256 hash goes on chain.
	#[arg(long, value_name = "FILE", conflicts_with = "body_hex")]
	pub body_file: Option<PathBuf>,
	/// The bytes to put on chain, as hex (at most 512): e.g. the text encrypted to the other
	/// party.
	#[arg(long, value_name = "HEX")]
	pub body_hex: Option<String>,
}

/// `meterchain case …`
#[derive(Subcommand)]
pub enum CaseCmd {
	/// Open a case about an agreement as its subscriber; the provider is to answer within the
	/// chain's response period (14 days).
	Open {
		/// The agreement.
		agreement: u64,
		/// What it is.
		#[arg(long, value_enum, default_value_t = Case::Question)]
		kind: Case,
		#[command(flatten)]
		text: CaseText,
	},
	/// Answer a case as the agreement's provider (or reject it, which lets the subscriber
	/// escalate).
	Answer {
		/// The case.
		id: u64,
		#[command(flatten)]
		text: CaseText,
		/// Turn the case down.
		#[arg(long)]
		reject: bool,
	},
	/// Escalate a rejected case, or one unanswered past its deadline, to the arbiter, as the
	/// subscriber.
	Escalate {
		/// The case.
		id: u64,
	},
	/// Rule on an escalated case as the arbiter (sudo, or a council motion): final.
	Rule {
		/// The case.
		id: u64,
		/// Uphold the case.
		#[arg(long, conflicts_with = "dismiss", required_unless_present = "dismiss")]
		uphold: bool,
		/// Dismiss the case.
		#[arg(long)]
		dismiss: bool,
	},
	/// Show a case: who, what (hash), deadline, answer, status.
	Show {
		/// The case.
		id: u64,
	},
	/// A provider's response times to cases and disputes: received, answered, on time,
	/// lapsed, average and longest time to answer.
	Times {
		/// The provider: SS58 address or dev name.
		provider: String,
	},
}
