//! Block limits, accounts and chain time.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU32, ConstU64},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

use crate::{
	weights, AccountId, Aura, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, RuntimeTask, SLOT_DURATION, SS58_PREFIX, VERSION,
};

/// Share of a block that ordinary transactions may fill; the rest is kept for operational
/// transactions (e.g. governance fixing a problem while the chain is congested).
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Compute time per block: 2 of the 6 seconds, leaving time to propagate and import the block.
pub const MAXIMUM_BLOCK_REF_TIME: u64 = 2 * WEIGHT_REF_TIME_PER_SECOND;

/// Maximum encoded size of a block.
pub const MAXIMUM_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	/// Block hashes kept for mortal transactions: 2400 blocks = 4 hours.
	pub const BlockHashCount: BlockNumber = 2400;
	/// The runtime version, exposed to `frame_system`.
	pub const Version: RuntimeVersion = VERSION;
	/// Weight limits of a block and of each dispatch class, with the base costs of a block and
	/// of an extrinsic measured on the reference machine (`crate::weights`).
	pub RuntimeBlockWeights: BlockWeights = block_weights();
	/// Length limits of a block and of each dispatch class.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAXIMUM_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	/// Address format prefix.
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// What `BlockWeights::with_sensible_defaults` builds — normal transactions up to
/// [`NORMAL_DISPATCH_RATIO`] of the block, the rest reserved for operational ones, 10% for
/// initialization — but with the measured base weights instead of the generic constants.
fn block_weights() -> BlockWeights {
	let block = Weight::from_parts(MAXIMUM_BLOCK_REF_TIME, u64::MAX);
	let normal = NORMAL_DISPATCH_RATIO * block;
	BlockWeights::builder()
		.base_block(weights::block_weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(block);
			class.reserved = Some(block - normal);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The nodes store state in ParityDB only, so its read/write costs are the right ones.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	/// The transaction extensions weighed on this machine with ParityDB's costs (the
	/// default `()` charges RocksDB's).
	type ExtensionsWeightInfo = weights::frame_system_extensions::WeightInfo<Runtime>;
}

impl pallet_timestamp::Config for Runtime {
	/// UTC milliseconds since the Unix epoch; billing periods are computed from it.
	type Moment = u64;
	type OnTimestampSet = Aura;
	/// Aura derives its slot duration as twice this value.
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}
