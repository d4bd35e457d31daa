//! The arguments of `tariff`, `invoice`, `dispute`, `plan`, `prepaid` and `token`.

use super::*;

/// The components of a tariff version. Prices are MTR per 1,000 base
/// units of the service: per kWh for electricity in Wh, per m³ for water in litres.
#[derive(Args)]
pub struct TariffSpec {
	/// One price for all usage.
	#[arg(long, conflicts_with_all = ["tiers", "bands"], value_parser = crate::units::amount)]
	pub price: Option<u128>,
	/// A block price over the period's usage, `<up to>:<price>` (base units), in order; the
	/// last is `:<price>` (no bound). Repeat for each tier.
	#[arg(long = "tier", id = "tiers", value_name = "UP_TO:PRICE")]
	pub tiers: Vec<String>,
	/// A time-of-use band, `<days>/<HH:MM>-<HH:MM>/<price>` in UTC; days `mon-fri`,
	/// `sat,sun`, `all`, … Repeat for each band; usage outside them is at `--base`.
	#[arg(long = "band", id = "bands", value_name = "DAYS/FROM-TO/PRICE", requires = "base")]
	pub bands: Vec<String>,
	/// The price outside every band.
	#[arg(long, value_parser = crate::units::amount)]
	pub base: Option<u128>,
	/// Charged per billing period (in proportion to the part in force).
	#[arg(long, default_value_t = 0, value_parser = crate::units::amount)]
	pub standing: u128,
	/// Charged per kW of the period's highest peak.
	#[arg(long, default_value_t = 0, value_parser = crate::units::amount)]
	pub demand: u128,
	/// Charged per EV charging session.
	#[arg(long, default_value_t = 0, value_parser = crate::units::amount)]
	pub session_fee: u128,
	/// Tax on the other lines, in basis points (2000 = 20 %).
	#[arg(long, default_value_t = 0)]
	pub tax_bps: u16,
}

/// `meterchain tariff …`
#[derive(Subcommand)]
pub enum TariffCmd {
	/// Create a tariff as the signing provider, in force from now; prints its id.
	Create {
		/// The service it prices.
		#[arg(long, value_enum)]
		service: Service,
		/// Its first version.
		#[command(flatten)]
		spec: TariffSpec,
	},
	/// Publish a new version, in force from a future moment for the billing periods that
	/// start then or later.
	Publish {
		/// The tariff.
		id: u32,
		/// The new version.
		#[command(flatten)]
		spec: TariffSpec,
		/// In force from (RFC 3339, in the future).
		#[arg(long, value_parser = crate::units::moment)]
		from: u64,
	},
	/// Show a tariff and its versions (or one version).
	Show {
		/// The tariff.
		id: u32,
		/// Only this version.
		#[arg(long)]
		version: Option<u32>,
	},
}

/// `meterchain invoice …`
#[derive(Subcommand)]
pub enum InvoiceCmd {
	/// Invoice an agreement's ended billing period now (anyone may).
	Issue {
		/// The agreement.
		agreement: u64,
	},
	/// List an agreement's invoices and its credit.
	List {
		/// The agreement.
		agreement: u64,
	},
	/// Show an invoice with its lines and payments.
	Show {
		/// The invoice.
		id: u64,
	},
	/// Pay towards an invoice as the signer; more than is outstanding becomes credit.
	Pay {
		/// The invoice.
		id: u64,
		/// The amount (MTR).
		#[arg(value_parser = crate::units::amount)]
		amount: u128,
	},
	/// Recompute an invoice from its usage and the tariff version that priced it; exits 5 if
	/// it does not match.
	Verify {
		/// The invoice.
		id: u64,
	},
	/// What the agreement's running period would be billed if it ended now.
	Estimate {
		/// The agreement.
		agreement: u64,
	},
}

/// `meterchain dispute …`
#[derive(Subcommand)]
pub enum DisputeCmd {
	/// Dispute an invoice as its subscriber. Only the hash of the reason file goes on chain
	/// (or, with --reason-hex, bytes such as a ciphertext for the provider).
	Open {
		/// The invoice.
		id: u64,
		/// A file with the subscriber's statement; its blake2-256 hash is the reason.
		#[arg(long, value_name = "FILE", conflicts_with = "reason_hex")]
		reason_file: Option<PathBuf>,
		/// The reason as hex bytes (at most 512).
		#[arg(long, value_name = "HEX")]
		reason_hex: Option<String>,
		/// The amount to be credited, in MTR (default: all the
		/// invoice still asks). An answer granting less may be escalated.
		#[arg(long, value_name = "AMOUNT", value_parser = crate::units::amount)]
		claim: Option<u128>,
	},
	/// Answer a dispute as the invoice's provider: a credit note, or a rejection.
	Answer {
		/// The invoice.
		id: u64,
		/// Accept, with a credit note of this amount.
		#[arg(long, conflicts_with = "reject", value_parser = crate::units::amount)]
		credit: Option<u128>,
		/// Reject the dispute.
		#[arg(long)]
		reject: bool,
	},
	/// Escalate a dispute to the arbiter, as the subscriber: one rejected, answered with a
	/// credit note below the claim, or unanswered past its deadline.
	Escalate {
		/// The invoice.
		id: u64,
	},
	/// Rule on an escalated dispute as the arbiter (sudo, or a council motion): final.
	Rule {
		/// The invoice.
		id: u64,
		/// The credit note's amount; 0: the invoice stands.
		#[arg(long, value_parser = crate::units::amount)]
		credit: u128,
	},
	/// Show an invoice's dispute and its credit note.
	Show {
		/// The invoice.
		id: u64,
	},
}

/// `meterchain plan …`
#[derive(Subcommand)]
pub enum PlanCmd {
	/// Offer a plan as the invoice's provider: instalments adding up to what it owes.
	Offer {
		/// The invoice.
		id: u64,
		/// `DUE:AMOUNT` (an RFC 3339 date and MTR), once per instalment, due dates increasing;
		/// they must add up to what the invoice still owes. Or let `--split` compute them.
		#[arg(long = "instalment", value_name = "DUE:AMOUNT", required_unless_present = "split")]
		instalments: Vec<String>,
		/// Split what the invoice still owes into this many equal instalments (the last takes
		/// the remainder of the division).
		#[arg(long, conflicts_with = "instalments", value_parser = clap::value_parser!(u32).range(1..=24))]
		split: Option<u32>,
		/// With --split: when the first instalment is due (RFC 3339; default: one interval
		/// from now).
		#[arg(long, requires = "split", value_parser = crate::units::moment)]
		first: Option<u64>,
		/// With --split: days between instalments.
		#[arg(long, requires = "split", default_value_t = 30)]
		every_days: u64,
	},
	/// Accept the plan offered, as the invoice's subscriber.
	Accept {
		/// The invoice.
		id: u64,
	},
	/// Show the plan of an invoice.
	Show {
		/// The invoice.
		id: u64,
	},
}

/// `meterchain prepaid …`
#[derive(Subcommand)]
pub enum PrepaidCmd {
	/// Add credit to a prepaid agreement as its subscriber (held on the signer's account).
	TopUp {
		/// The agreement.
		agreement: u64,
		/// The amount (MTR).
		#[arg(value_parser = crate::units::amount)]
		amount: u128,
	},
	/// The credit of a prepaid agreement: balance, what is owed, supply.
	Show {
		/// The agreement.
		agreement: u64,
	},
	/// Whether a meter may supply now (what the meter reads): on or off.
	Supply {
		/// The device.
		device: u64,
	},
	/// Take back, as the subscriber, the credit no prepaid period will use: the agreement
	/// ended or became postpaid, and its last prepaid period is closed.
	Withdraw {
		/// The agreement.
		agreement: u64,
	},
}

/// `meterchain token …`
#[derive(Subcommand)]
pub enum TokenCmd {
	/// Buy a top-up token for a meter as the agreement's subscriber (the credit is added now).
	Buy {
		/// The prepaid agreement.
		#[arg(long)]
		agreement: u64,
		/// The meter.
		#[arg(long)]
		device: u64,
		/// The amount (MTR).
		#[arg(long, value_parser = crate::units::amount)]
		amount: u128,
	},
	/// The provider's vending service: sign a bought token with the token key and record it
	/// on chain (the signer pays the fee). Prints the token for the meter.
	Vend {
		/// The meter.
		#[arg(long)]
		device: u64,
		/// The token's number (default: the device's latest).
		#[arg(long)]
		number: Option<u32>,
		/// The provider's token secret key: `sr25519://Bob//topup`, `ed25519:0x<seed>`.
		#[arg(long, value_name = "SECRET")]
		token_key: String,
		/// Also write the token (hex) to this file, for the meter.
		#[arg(long, value_name = "FILE")]
		out: Option<PathBuf>,
	},
	/// The tokens bought for a meter, with the hashes of those issued.
	List {
		/// The meter.
		device: u64,
	},
	/// Check a token as the meter would, off line; exits 5 if the meter would refuse it, or
	/// if it is not the token recorded on chain. With both `--token-key` and `--genesis` it
	/// needs no node.
	Verify {
		/// The token: hex, as `vend` prints it, or a file holding it (as `vend --out` writes).
		token: String,
		/// The meter.
		#[arg(long)]
		device: u64,
		/// The provider's token public key (`sr25519:0x…`); default: read from the chain.
		#[arg(long, value_name = "KEY")]
		token_key: Option<String>,
		/// The chain's genesis hash (`0x…`); default: the node's.
		#[arg(long)]
		genesis: Option<String>,
		/// The last token number the meter accepted.
		#[arg(long, default_value_t = 0)]
		last: u32,
		/// The meter's clock (RFC 3339); default: now.
		#[arg(long, value_parser = crate::units::moment)]
		at: Option<u64>,
	},
}
