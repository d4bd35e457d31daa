//! What pruning leaves in state in place of the records it removed.

use codec::{Decode, Encode, MaxEncodedLen};
use meterchain_primitives::Money;
use scale_info::TypeInfo;
use sp_core::H256;

/// One agreement's pruned year.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct YearSummary<Hash> {
	/// How many records it replaced.
	pub records: u32,
	/// Their total quantity, in the service's base units.
	pub quantity: u128,
	/// What they billed in all.
	pub billed: Money,
	/// What was paid towards them.
	pub paid: Money,
	/// What credit notes took off them.
	pub credited: Money,
	/// The Merkle root over their leaves, in the ledger's order.
	pub root: H256,
	/// The hash of the latest header when the year was pruned (the parent of the block that
	/// pruned it).
	pub anchor: Hash,
}

/// Seed 000's charge list: a group's removed charges of one billing period, summed.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct ChargeList<Hash> {
	/// How many records were summed.
	pub records: u32,
	/// Their total charge (what they billed).
	pub charge: Money,
	/// Their total quantity.
	pub quantity: u128,
	/// The hash of the latest header when records were last added to it.
	pub anchor: Hash,
}
