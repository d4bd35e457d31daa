//! The arguments of `chain`, `archive`, `proof` and `events`.

use super::*;

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
		/// The service, for ESPI's service category; default: the agreement's, read from the
		/// chain (give it once the agreement itself was pruned).
		#[arg(long, value_enum)]
		service: Option<Service>,
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
