//! The command line: the global options and the commands here, each command's arguments in the
//! file of its feature.

mod agreement;
mod billing;
mod cases;
mod chain;
mod governance;
mod kinds;
mod load;
mod metering;
mod registry;

pub use agreement::*;
pub use billing::*;
pub use cases::*;
pub use chain::*;
pub use governance::*;
pub use kinds::*;
pub use load::*;
pub use metering::*;
pub use registry::*;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Meterchain's command-line client: registry, agreements, metering, proofs, chain status and
/// load tools.
#[derive(Parser)]
#[command(name = "meterchain", version, about)]
pub struct Cli {
	/// Options of every command.
	#[command(flatten)]
	pub global: Global,
	/// Print JSON instead of text (amounts in smallest units, times in ms: exact).
	#[arg(long, global = true)]
	pub json: bool,
	/// Read and print amounts in the chain's smallest units (10^-12 MTR) and times in ms since
	/// the epoch, instead of MTR with decimals and RFC 3339 dates.
	#[arg(long, global = true)]
	pub raw: bool,
	/// What to do.
	#[command(subcommand)]
	pub command: Command,
}

/// What `--help` adds after the options: the exit codes (from the one table) and the signer.
pub fn after_help() -> String {
	format!(
		"{}\nAmounts are MTR with decimals (1.5, 0.30) and times RFC 3339 (2026-03-01T08:00:00Z, \
		 or a date); --raw takes and prints smallest units and ms.\n\
		 Signer: --as <//Alice | alice | mnemonic[//path] | 0x seed>, --key-file <file>, or \
		 $METERCHAIN_SURI; an encrypted polkadot.js key file's password is read from \
		 $METERCHAIN_KEY_PASSWORD.",
		crate::exit::help()
	)
}

/// Options of every command.
#[derive(Args)]
pub struct Global {
	/// The node's WebSocket JSON-RPC endpoint [default: $METERCHAIN_URL, else
	/// ws://127.0.0.1:9944].
	#[arg(long, global = true)]
	pub url: Option<String>,
	/// Who signs: a dev name (`alice`), a secret URI (`//Alice`), a mnemonic or a hex seed.
	#[arg(long = "as", global = true, value_name = "URI")]
	pub signer: Option<String>,
	/// Read the signer's key from a file (a secret URI, or a polkadot.js JSON export).
	#[arg(long, global = true, value_name = "FILE")]
	pub key_file: Option<PathBuf>,
	/// Return once the transaction is in a best block, without waiting for finality (reads
	/// then see the best block too).
	#[arg(long, global = true, env = "METERCHAIN_IN_BLOCK")]
	pub in_block: bool,
	/// Propose governance calls (provider, validator, ruling, upgrade commands) as a council
	/// motion, signed by a council member, instead of through the sudo key. Networks without
	/// sudo (staging, production) need it; members then vote with `council vote`.
	#[arg(long, global = true)]
	pub motion: bool,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
	/// Chain status and finality.
	#[command(subcommand)]
	Chain(ChainCmd),
	/// Fetch and verify storage proofs against finalized headers.
	#[command(subcommand)]
	Proof(ProofCmd),
	/// Follow Meterchain's events in finalized blocks.
	Events(EventsCmd),
	/// Providers (registered by governance).
	#[command(subcommand)]
	Provider(ProviderCmd),
	/// Subscribers (self-registered, with a deposit).
	#[command(subcommand)]
	Subscriber(SubscriberCmd),
	/// OCPP id tags for EV charging.
	#[command(subcommand)]
	Tag(TagCmd),
	/// Meters and chargers.
	#[command(subcommand)]
	Device(DeviceCmd),
	/// Groups of devices (charger groups, buildings).
	#[command(subcommand)]
	Group(GroupCmd),
	/// Gateways that submit readings for a provider.
	#[command(subcommand)]
	Gateway(GatewayCmd),
	/// Service agreements signed by both parties.
	#[command(subcommand)]
	Agreement(AgreementCmd),
	/// Device-signed readings and charging sessions: sign, submit, device state, usage.
	#[command(subcommand)]
	Metering(MeteringCmd),
	/// Tariffs: create, publish a new version, show.
	#[command(subcommand)]
	Tariff(TariffCmd),
	/// Invoices: issue, list, show with lines, pay, verify, estimate the running period.
	#[command(subcommand)]
	Invoice(InvoiceCmd),
	/// Disputes of invoices: open, answer (credit note or rejection), escalate, rule.
	#[command(subcommand)]
	Dispute(DisputeCmd),
	/// Instalment plans for invoices: offer, accept, show.
	#[command(subcommand)]
	Plan(PlanCmd),
	/// Questions, complaints and suggestions about an agreement, and providers' response times.
	#[command(subcommand)]
	Case(CaseCmd),
	/// Prepaid credit: top up, show the balance, a meter's supply status, withdraw.
	#[command(subcommand)]
	Prepaid(PrepaidCmd),
	/// Offline top-up tokens: buy, vend (sign and record), list, verify as a meter would.
	#[command(subcommand)]
	Token(TokenCmd),
	/// The utilities' council: members, open motions, votes.
	#[command(subcommand)]
	Council(CouncilCmd),
	/// The validator set (governance) and a validator's session keys.
	#[command(subcommand)]
	Validator(ValidatorCmd),
	/// Runtime upgrades: authorize (governance), then apply.
	#[command(subcommand)]
	Upgrade(UpgradeCmd),
	/// Export settled invoices before pruning removes them, and prove an export against the
	/// chain's summary afterwards; pruning's progress.
	#[command(subcommand)]
	Archive(ArchiveCmd),
	/// Load tests against a dev node.
	#[command(subcommand)]
	Bench(BenchCmd),
	/// Run a simulated fleet of meters and chargers against a dev node.
	Simulate(SimulateCmd),
}
