//! # Meterchain runtime
//!
//! The state transition function of Meterchain: a permissioned chain on which utilities
//! (electricity, water, gas, heat, EV charging) and their subscribers keep one shared, verifiable
//! record of contracts, consumption, bills and payments.
//!
//! The utilities run the validators: blocks are authored by [Aura](pallet_aura) in 6-second slots
//! and finalized by [GRANDPA](pallet_grandpa). This crate wires the FRAME pallets together:
//!
//! | index | pallet | why it is here |
//! |---|---|---|
//! | 0 | `System` | accounts, blocks, events |
//! | 1 | `Timestamp` | chain time in UTC milliseconds; billing periods are derived from it |
//! | 2 | `Aura` | round-robin block production among the utilities' validators |
//! | 3 | `Grandpa` | deterministic finality, with proofs light clients and devices can check |
//! | 4 | `Balances` | the chain's token: fees, deposits and (later) payments |
//! | 5 | `TransactionPayment` | fees, so that spam costs its sender |
//! | 6 | `Utility` | `batch` / `batch_all`, e.g. for operators commissioning many meters |
//! | 7 | `Sudo` | the development chains' root key; the `staging` preset has none |
//! | 8 | `Consortium` | the validator set the council decides on, and root authority for its motions |
//! | 9 | `Session` | hourly sessions: validators' keys and the hand-over of a new validator set |
//! | 10 | `Registry` | providers, subscribers, id tags, devices (meters, chargers), groups, gateways |
//! | 11 | `Agreements` | service agreements that count only when both parties signed the same terms |
//! | 12 | `Metering` | device-signed readings and charging sessions |
//! | 13 | `Billing` | tariffs, invoices, payments, prepaid credit, disputes and cases |
//! | 14 | `Council` | the utilities' council: motions, votes, the origin of governance |
//! | 15 | `CouncilMembership` | who sits on the council |
//!
//! Meterchain's own pallets talk through the traits of `meterchain-primitives`; the `Config`s in
//! `configs/` plug them together.
//!
//! Layout: this file holds the types, the version and the pallet list; `configs/` holds one file
//! per concern with each pallet's `Config`; [`apis`] implements the runtime APIs that nodes and
//! clients call; [`genesis_config_presets`] holds the named genesis presets the chain specs use.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros expand to code that trips this lint.
#![allow(unused_qualifications)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types, so that the node can handle blocks and extrinsics without knowing the runtime's
/// concrete call types (and keeps syncing across runtime upgrades that change them).
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers: one for block production, one for finality votes.
	pub struct SessionKeys {
		/// Aura block-authoring key (sr25519).
		pub aura: Aura,
		/// GRANDPA finality-voting key (ed25519).
		pub grandpa: Grandpa,
	}
}

/// The runtime version. Bump `spec_version` with every runtime change that is deployed, and
/// `transaction_version` whenever the encoding of existing calls or transaction extensions
/// changes (signed transactions built for an older version then fail instead of misbehaving).
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("meterchain"),
	impl_name: alloc::borrow::Cow::Borrowed("meterchain-node"),
	authoring_version: 1,
	spec_version: 100,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block time: one Aura slot. It cannot be changed once the chain runs (Aura would stall).
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration, equal to the target block time.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// Number of blocks in one minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Number of blocks in one hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Number of blocks in one day.
pub const DAYS: BlockNumber = HOURS * 24;

/// The smallest units in one token (12 decimals).
pub const UNIT: Balance = 1_000_000_000_000;
/// One thousandth of a token.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// One millionth of a token.
pub const MICRO_UNIT: Balance = 1_000_000;

/// The token's ticker, shown by wallets through the chain spec's properties.
pub const TOKEN_SYMBOL: &str = "MTR";
/// Decimal places of [`TOKEN_SYMBOL`].
pub const TOKEN_DECIMALS: u8 = 12;
/// SS58 address prefix (42: the generic Substrate prefix).
pub const SS58_PREFIX: u16 = 42;

/// Minimum balance an account must keep to exist.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Signature of a transaction (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;

/// An account: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Money, in the token's smallest unit. Never a float.
pub type Balance = u128;

/// Transaction counter of an account.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// A block number.
pub type BlockNumber = u32;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The checks every signed transaction passes through, in order.
///
/// There is no `CheckMetadataHash`: it needs the wasm builder's `metadata-hash` feature, which
/// compiles a second copy of the wasm executor into the build script. Offline signers that want
/// the metadata hash can get it when a hardware-wallet flow needs it.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations of the runtime, aside from the ones declared in the pallets.
#[allow(unused_parens)]
type Migrations = ();

/// Executive: dispatches blocks and transactions to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	// The consortium's validator set feeds the session pallet, which sets Aura's and GRANDPA's
	// authorities: declared before them, so that genesis and each block's hooks run in that order.
	#[runtime::pallet_index(8)]
	pub type Consortium = pallet_consortium;

	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Utility = pallet_utility;

	#[runtime::pallet_index(7)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(10)]
	pub type Registry = pallet_registry;

	#[runtime::pallet_index(11)]
	pub type Agreements = pallet_agreements;

	#[runtime::pallet_index(12)]
	pub type Metering = pallet_metering;

	#[runtime::pallet_index(13)]
	pub type Billing = pallet_billing;

	#[runtime::pallet_index(17)]
	pub type Cases = pallet_cases;

	// After billing, so that in a block's idle time invoicing comes first.
	#[runtime::pallet_index(16)]
	pub type Pruning = pallet_pruning;

	#[runtime::pallet_index(14)]
	pub type Council = pallet_collective<Instance1>;

	#[runtime::pallet_index(15)]
	pub type CouncilMembership = pallet_membership<Instance1>;
}
