//! Ledger pruning: billing's settled years leave state as summaries whose Merkle roots keep
//! every removed invoice provable.

use frame_support::{parameter_types, traits::ConstU64, weights::Weight};
use sp_runtime::Perbill;

use crate::{configs::system::MAXIMUM_BLOCK_REF_TIME, Agreements, Billing, Runtime, Timestamp};

/// A day, in the chain's milliseconds.
const DAY_MS: u64 = 86_400_000;

parameter_types! {
	/// Pruning uses at most a tenth of a block's compute, of what the block leaves idle.
	pub MaxPruningWeight: Weight =
		Weight::from_parts(Perbill::from_percent(10) * MAXIMUM_BLOCK_REF_TIME, u64::MAX);
}

impl pallet_pruning::Config for Runtime {
	/// Billing's invoices and top-up tokens first, then the agreements: an ended agreement
	/// goes once billing holds nothing of it, which pruning its last year in the same pass
	/// may have just brought about.
	type Ledgers = (Billing, Agreements);
	type UnixTime = Timestamp;
	/// A year's invoices stay in state for a whole year after it ended, long past any dispute
	/// window or instalment plan: state holds at most two years of invoices per agreement.
	type Retention = ConstU64<{ 365 * DAY_MS }>;
	/// A pass a day: years close once a year, so a day's delay costs nothing.
	type PassInterval = ConstU64<DAY_MS>;
	/// A billing year's invoices and tokens (an agreement is one record).
	type MaxRecordsPerYear = frame_support::traits::ConstU32<
		{ pallet_billing::MAX_INVOICES_PER_YEAR + pallet_billing::MAX_TOKENS_PER_YEAR },
	>;
	/// An agreement keeps its last ten pruned years' summaries (what tax and consumer law ask
	/// records be kept for, at most); older ones fold into its lifetime summary.
	type KeptYears = frame_support::traits::ConstU32<10>;
	type MaxPruningWeight = MaxPruningWeight;
	/// The council (or root) may start a pass at once.
	type PassOrigin = crate::configs::governance::CouncilMajority;
	type WeightInfo = pallet_pruning::weights::SubstrateWeight<Runtime>;
}
