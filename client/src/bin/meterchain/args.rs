//! The command line.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Meterchain's command-line client: registry, agreements, metering, proofs, chain status and
/// load tools.
#[derive(Parser)]
#[command(name = "meterchain", version, about, after_help = EXIT_CODES)]
pub struct Cli {
	/// Options of every command.
	#[command(flatten)]
	pub global: Global,
	/// Print JSON instead of text.
	#[arg(long, global = true)]
	pub json: bool,
	/// What to do.
	#[command(subcommand)]
	pub command: Command,
}

const EXIT_CODES: &str = "Exit codes: 0 success, 1 refused by the chain or node, 2 bad input or \
	key, 3 node unreachable, 4 not found, 5 proof refused or invoice mismatch.\n\
	Signer: --as <//Alice | alice | mnemonic[//path] | 0x seed>, --key-file <file>, or \
	$METERCHAIN_SURI; an encrypted polkadot.js key file's password is read from \
	$METERCHAIN_KEY_PASSWORD.";

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
	/// Return once the transaction is in a best block, without waiting for finality.
	#[arg(long, global = true)]
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

/// The components of a tariff version. Prices are money (smallest units) per 1,000 base
/// units of the service: per kWh for electricity in Wh, per m³ for water in litres.
#[derive(Args)]
pub struct TariffSpec {
	/// One price for all usage.
	#[arg(long, conflicts_with_all = ["tiers", "bands"])]
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
	#[arg(long)]
	pub base: Option<u128>,
	/// Charged per billing period (in proportion to the part in force).
	#[arg(long, default_value_t = 0)]
	pub standing: u128,
	/// Charged per kW of the period's highest peak.
	#[arg(long, default_value_t = 0)]
	pub demand: u128,
	/// Charged per EV charging session.
	#[arg(long, default_value_t = 0)]
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
		#[arg(long)]
		service: String,
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
		/// In force from (ms since the epoch, in the future).
		#[arg(long)]
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
		/// The amount (smallest units).
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
	},
	/// Answer a dispute as the invoice's provider: a credit note, or a rejection.
	Answer {
		/// The invoice.
		id: u64,
		/// Accept, with a credit note of this amount.
		#[arg(long, conflicts_with = "reject")]
		credit: Option<u128>,
		/// Reject the dispute.
		#[arg(long)]
		reject: bool,
	},
	/// Escalate a rejected (or unanswered) dispute to the arbiter, as the subscriber.
	Escalate {
		/// The invoice.
		id: u64,
	},
	/// Rule on an escalated dispute as the arbiter (sudo, or a council motion): final.
	Rule {
		/// The invoice.
		id: u64,
		/// The credit note's amount; 0: the invoice stands.
		#[arg(long)]
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
		/// `DUE_MS:AMOUNT`, once per instalment, due dates increasing.
		#[arg(long = "instalment", value_name = "DUE_MS:AMOUNT", required = true)]
		instalments: Vec<String>,
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
		/// The amount (smallest units).
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
		/// question, complaint or suggestion.
		#[arg(long, default_value = "question")]
		kind: String,
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
		/// The amount (smallest units).
		#[arg(long)]
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
		/// The meter's clock (ms since the epoch); default: now.
		#[arg(long)]
		at: Option<u64>,
	},
}

/// A device's secret key, for signing as the device.
#[derive(Args)]
pub struct DeviceSecret {
	/// `sr25519://Meter1` / `ed25519://Meter1` (derived from a secret URI, for tests and
	/// demos), or `sr25519:0x<32-byte seed>` / `ed25519:0x<seed>`.
	#[arg(long, value_name = "SECRET")]
	pub device_key: String,
	/// The key epoch (the device's key rotations so far).
	#[arg(long, default_value_t = 0)]
	pub epoch: u32,
}

/// `meterchain metering …`
#[derive(Subcommand)]
pub enum MeteringCmd {
	/// Sign a reading as the meter; prints the signed report (SCALE hex) to submit.
	SignReading {
		/// The meter's device id.
		#[arg(long)]
		device: u64,
		/// Its key.
		#[command(flatten)]
		key: DeviceSecret,
		/// The reading's sequence number (+1 per reading).
		#[arg(long)]
		seq: u64,
		/// The cumulative register (Wh, litres).
		#[arg(long)]
		register: u64,
		/// When it was taken (ms since the epoch; default: now).
		#[arg(long)]
		time: Option<u64>,
		/// The interval's peak power (W) or flow (l/h).
		#[arg(long)]
		peak: Option<u32>,
	},
	/// Sign a finished EV charging session as the charger; prints the signed report.
	SignSession {
		/// The charger's device id.
		#[arg(long)]
		charger: u64,
		/// Its key.
		#[command(flatten)]
		key: DeviceSecret,
		/// The session's id at this charger (increases).
		#[arg(long)]
		session_id: u64,
		/// The OCPP id tag that started it.
		#[arg(long)]
		tag: String,
		/// Start (ms).
		#[arg(long)]
		start: u64,
		/// End (ms; default: now).
		#[arg(long)]
		end: Option<u64>,
		/// Energy register at start (Wh).
		#[arg(long)]
		meter_start: u64,
		/// Energy register at stop (Wh).
		#[arg(long)]
		meter_stop: u64,
		/// Highest power (W).
		#[arg(long)]
		max_power: u32,
	},
	/// Submit signed reports in one batch, as the signer (provider, gateway or aggregator).
	Submit {
		/// Signed reports (SCALE hex from `sign-reading` / `sign-session`).
		#[arg(required = true)]
		reports: Vec<String>,
	},
	/// Submit one signed report as the device itself: unsigned and feeless.
	SubmitOwn {
		/// The signed report.
		report: String,
	},
	/// A device's metering state: last sequence, time, register, hash-chain head.
	State {
		/// The device id.
		device: u64,
	},
	/// What an agreement's devices counted today and yesterday (UTC).
	Usage {
		/// The agreement id.
		agreement: u64,
	},
}

/// Who sets up a load's fleet.
#[derive(Args)]
pub struct FleetOwners {
	/// The account that funds the fleet's gateways and subscribers.
	#[arg(long, default_value = "alice")]
	pub funder: String,
	/// The provider that commissions the devices and concludes the agreements.
	#[arg(long, default_value = "bob")]
	pub provider: String,
}

/// `meterchain bench …`
#[derive(Subcommand)]
pub enum BenchCmd {
	/// Readings per second finalized, next to balance transfers per second on the same node.
	Readings(ReadingsBench),
}

/// `meterchain bench readings`
#[derive(Args)]
pub struct ReadingsBench {
	/// Simulated meters.
	#[arg(long, default_value_t = 4_000)]
	pub meters: u32,
	/// Gateways submitting for them.
	#[arg(long, default_value_t = 4)]
	pub gateways: u32,
	/// Readings per gateway batch (at most 1,000).
	#[arg(long, default_value_t = 1_000)]
	pub batch: u32,
	/// Accounts sending the transfers.
	#[arg(long, default_value_t = 64)]
	pub senders: u32,
	/// Seconds of each phase (readings, then transfers).
	#[arg(long, default_value_t = 60)]
	pub seconds: u64,
	/// Most batches waiting in the pool.
	#[arg(long, default_value_t = 16)]
	pub max_pending_batches: usize,
	/// Most transfers waiting in the pool.
	#[arg(long, default_value_t = 6_000)]
	pub max_pending_transfers: usize,
	/// Who sets up the fleet.
	#[command(flatten)]
	pub owners: FleetOwners,
}

/// `meterchain simulate`
#[derive(Args)]
pub struct SimulateCmd {
	/// Meters.
	#[arg(long, default_value_t = 100)]
	pub meters: u32,
	/// EV chargers.
	#[arg(long, default_value_t = 10)]
	pub chargers: u32,
	/// Gateways.
	#[arg(long, default_value_t = 2)]
	pub gateways: u32,
	/// The devices' reporting interval, in simulated seconds.
	#[arg(long, default_value_t = 900)]
	pub interval: u64,
	/// How much faster than real time (60: a 15-minute interval every 15 s).
	#[arg(long, default_value_t = 60)]
	pub speedup: u64,
	/// How long to run, in real seconds.
	#[arg(long, default_value_t = 120)]
	pub seconds: u64,
	/// Who sets up the fleet.
	#[command(flatten)]
	pub owners: FleetOwners,
}

/// `meterchain chain …`
#[derive(Subcommand)]
pub enum ChainCmd {
	/// Name, genesis, best and finalized blocks, peers.
	Status,
	/// The genesis hash alone (what off-line signatures are bound to).
	Genesis,
	/// Check that the last finalized block is final: its GRANDPA proof against the voters.
	Finality(VotersArg),
}

/// `meterchain archive …`
#[derive(Subcommand)]
pub enum ArchiveCmd {
	/// Export an agreement's invoices of a year, byte for byte as stored, to OUT/agreement-A-Y.json
	/// (provable), .csv and .espi.xml (Green Button). Run it before the year is pruned, or with
	/// --at against an archive node.
	Export {
		/// The agreement.
		agreement: u64,
		/// The calendar year (UTC) of the invoices' periods.
		year: u16,
		/// The directory to write into (created if missing).
		#[arg(long, default_value = ".")]
		out: PathBuf,
		/// Read at this block (hex hash), e.g. on an archive node after pruning.
		#[arg(long)]
		at: Option<String>,
		/// The service, for ESPI's service category (electricity, gas, water, heat, ev-charging).
		#[arg(long, default_value = "electricity")]
		service: String,
	},
	/// Check an export against the chain's summary of its year: the Merkle root and totals
	/// must match (exit 5 if not); with --invoice, also print that invoice's Merkle proof.
	Verify {
		/// The `.json` written by `archive export`.
		file: PathBuf,
		/// An invoice of the export to prove on its own.
		#[arg(long)]
		invoice: Option<u64>,
	},
	/// Start a pruning pass in the next block instead of at the scheduled daily time
	/// (governance: sudo, or with --motion a council motion).
	StartPass,
	/// Where pruning stands: whether a pass runs, its cut-off, when the next starts; and the
	/// summary of a year, if given.
	Status {
		/// An agreement whose pruned history to show (kept years, folded lifetime), and with
		/// --year that year's summaries.
		#[arg(long)]
		agreement: Option<u64>,
		/// The year of the agreement's summaries to show.
		#[arg(long, requires = "agreement")]
		year: Option<u16>,
	},
}

/// Which voter set to trust.
#[derive(Args)]
pub struct VotersArg {
	/// `dev`, `local`, `node` (trust the node's answer), or a plain chain-spec file.
	#[arg(long, default_value = "dev")]
	pub voters: String,
}

/// `meterchain proof …`
#[derive(Subcommand)]
pub enum ProofCmd {
	/// Fetch a proof of agreement ID at the last finalized block.
	Agreement {
		/// The agreement.
		id: u64,
		/// Write the proof to this file (default: stdout).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Fetch a proof of any storage key (hex).
	Key {
		/// The storage key, `0x` hex.
		key: String,
		/// Write the proof to this file (default: stdout).
		#[arg(long)]
		out: Option<PathBuf>,
	},
	/// Verify a proof file off line against a voter set; prints the proven value.
	Verify {
		/// The proof file.
		file: PathBuf,
		/// The trusted voters.
		#[command(flatten)]
		voters: VotersArg,
	},
}

/// `meterchain events`
#[derive(Args)]
pub struct EventsCmd {
	/// Stop after this many events (default: follow forever).
	#[arg(long)]
	pub count: Option<usize>,
}

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

/// `meterchain provider …`
#[derive(Subcommand)]
pub enum ProviderCmd {
	/// Register a provider (governance: the sudo key, or a council motion with `--motion`).
	Register {
		/// The provider's account.
		who: String,
		/// Its name.
		#[arg(long)]
		name: String,
		/// Services offered, comma-separated (electricity,water,gas,heat,ev_charging).
		#[arg(long, value_delimiter = ',')]
		services: Vec<String>,
		/// The key that signs prepaid top-up tokens (`sr25519:0x…`, `ed25519://Seed`, …).
		#[arg(long)]
		token_key: String,
	},
	/// Suspend a provider (governance; `--motion` on networks without sudo).
	Suspend {
		/// The provider.
		who: String,
	},
	/// Resume a suspended provider (governance; `--motion` on networks without sudo).
	Resume {
		/// The provider.
		who: String,
	},
	/// The signing provider changes its name, services and token key.
	Update {
		/// New name.
		#[arg(long)]
		name: String,
		/// Services offered, comma-separated.
		#[arg(long, value_delimiter = ',')]
		services: Vec<String>,
		/// The token-signing key.
		#[arg(long)]
		token_key: String,
	},
	/// Show a provider.
	Show {
		/// The provider.
		who: String,
	},
}

/// `meterchain subscriber …`
#[derive(Subcommand)]
pub enum SubscriberCmd {
	/// Register the signer as a subscriber (holds the deposit).
	Register(SubscriberData),
	/// Replace the signer's data hash and envelope.
	Update(SubscriberData),
	/// Deregister the signer (refused while an agreement is open).
	Deregister,
	/// Show a subscriber and its tags.
	Show {
		/// The subscriber.
		who: String,
	},
}

/// A subscriber's off-chain data, by hash.
#[derive(Args)]
pub struct SubscriberData {
	/// A file of personal data, hashed (blake2-256) locally; only the hash goes on chain.
	#[arg(long, conflicts_with = "data_hash")]
	pub data_file: Option<PathBuf>,
	/// The hash of the personal data, `0x` hex.
	#[arg(long)]
	pub data_hash: Option<String>,
	/// The provider an encrypted envelope is addressed to.
	#[arg(long, requires = "envelope")]
	pub envelope_for: Option<String>,
	/// The envelope's ciphertext, `0x` hex (encrypted by you, for that provider).
	#[arg(long)]
	pub envelope: Option<String>,
}

/// `meterchain tag …`
#[derive(Subcommand)]
pub enum TagCmd {
	/// Register an id tag for the signer.
	Register {
		/// The tag (up to 20 printable ASCII characters; case does not matter).
		tag: String,
		/// Expiry, in milliseconds since the epoch.
		#[arg(long)]
		expires_at: Option<u64>,
	},
	/// Block the signer's tag.
	Block {
		/// The tag.
		tag: String,
	},
	/// Unblock the signer's tag.
	Unblock {
		/// The tag.
		tag: String,
	},
	/// Remove the signer's tag.
	Remove {
		/// The tag.
		tag: String,
	},
	/// Show a tag.
	Show {
		/// The tag.
		tag: String,
	},
	/// What a charger answers when the tag is presented (Accepted, Blocked, Expired, …).
	Authorize {
		/// The tag.
		tag: String,
		/// The charger's device id.
		#[arg(long)]
		charger: u64,
	},
}

/// `meterchain device …`
#[derive(Subcommand)]
pub enum DeviceCmd {
	/// Commission a meter or charger for the signing provider.
	Commission {
		/// `meter` or `charger`.
		#[arg(long, default_value = "meter")]
		kind: String,
		/// What it measures.
		#[arg(long)]
		service: String,
		/// Its public key: `sr25519:0x…`, `ed25519:0x…`, or derived from a secret URI for
		/// tests (`sr25519://Meter1`).
		#[arg(long)]
		key: String,
		/// Reporting interval in seconds.
		#[arg(long, default_value_t = 900)]
		interval: u32,
		/// Group id.
		#[arg(long)]
		group: Option<u64>,
	},
	/// Suspend a device.
	Suspend {
		/// The device id.
		id: u64,
	},
	/// Resume a device.
	Resume {
		/// The device id.
		id: u64,
	},
	/// Decommission a device for good.
	Decommission {
		/// The device id.
		id: u64,
	},
	/// Give a device a new key.
	RotateKey {
		/// The device id.
		id: u64,
		/// The new key.
		#[arg(long)]
		key: String,
	},
	/// Move a device into a group (or out, without `--group`).
	SetGroup {
		/// The device id.
		id: u64,
		/// The group.
		#[arg(long)]
		group: Option<u64>,
	},
	/// Show a device.
	Show {
		/// The device id.
		id: u64,
	},
	/// What the device asks at boot: interval, status, chain time.
	Status {
		/// The device id.
		id: u64,
	},
}

/// `meterchain group …`
#[derive(Subcommand)]
pub enum GroupCmd {
	/// Create a group of the signing provider's devices.
	Create {
		/// Its name.
		#[arg(long)]
		name: String,
		/// The account allowed to submit for its devices.
		#[arg(long)]
		aggregator: Option<String>,
	},
	/// Set or clear a group's aggregator.
	SetAggregator {
		/// The group id.
		id: u64,
		/// The aggregator (none: clear).
		#[arg(long)]
		aggregator: Option<String>,
	},
	/// Remove an empty group.
	Remove {
		/// The group id.
		id: u64,
	},
	/// Show a group.
	Show {
		/// The group id.
		id: u64,
	},
}

/// `meterchain gateway …`
#[derive(Subcommand)]
pub enum GatewayCmd {
	/// Authorize a gateway for the signing provider.
	Authorize {
		/// The gateway's account.
		gateway: String,
	},
	/// Revoke a gateway.
	Revoke {
		/// The gateway's account.
		gateway: String,
	},
	/// Whether a gateway is authorized by a provider.
	Check {
		/// The gateway's account.
		gateway: String,
		/// The provider.
		#[arg(long)]
		provider: String,
	},
}

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
		#[arg(long)]
		service: String,
		/// Devices covered, comma-separated ids.
		#[arg(long, value_delimiter = ',')]
		devices: Vec<u64>,
		/// The tariff: one the provider published for the service (`tariff create`).
		#[arg(long)]
		tariff: u32,
		/// Billing cycle.
		#[arg(long, default_value = "monthly")]
		cycle: String,
		/// Prepaid with this low-credit threshold, instead of postpaid.
		#[arg(long)]
		prepaid: Option<u128>,
		/// Days until a postpaid invoice is due.
		#[arg(long, default_value_t = 14)]
		due_days: u16,
		/// The full contract document, hashed into the terms.
		#[arg(long)]
		document: Option<PathBuf>,
		/// Start (ms since the epoch; default: now).
		#[arg(long)]
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
		/// The subscriber's signature.
		#[arg(long)]
		subscriber_signature: String,
		/// The provider's signature.
		#[arg(long)]
		provider_signature: String,
	},
}
