//! What pruning leaves in state in place of the records it removed.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use meterchain_primitives::{LedgerId, Money, MAX_LEDGERS};
use scale_info::TypeInfo;
use sp_core::H256;

/// One agreement's pruned year: a summary per ledger that pruned records of it (billing's
/// invoices and tokens, the agreement itself in the year it ended), in the order they did.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct YearSummary<Hash> {
	/// The ledgers' summaries, at most one per ledger.
	pub ledgers: BoundedVec<LedgerSummary<Hash>, ConstU32<MAX_LEDGERS>>,
}

impl<Hash> Default for YearSummary<Hash> {
	fn default() -> Self {
		Self { ledgers: BoundedVec::new() }
	}
}

impl<Hash> YearSummary<Hash> {
	/// The summary of ledger `ledger`'s records, if it pruned some.
	pub fn ledger(&self, ledger: LedgerId) -> Option<&LedgerSummary<Hash>> {
		self.ledgers.iter().find(|summary| summary.ledger == ledger)
	}

	/// How many records all its ledgers replaced.
	pub fn records(&self) -> u64 {
		self.ledgers.iter().map(|summary| u64::from(summary.records)).sum()
	}
}

/// The records one ledger removed of an agreement's year.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct LedgerSummary<Hash> {
	/// The ledger (its place in the runtime's tuple of ledgers).
	pub ledger: LedgerId,
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

/// The most year summaries an agreement may keep before the oldest fold into its lifetime
/// summary (the bound of [`crate::Config::KeptYears`]).
pub const MAX_KEPT_YEARS: u32 = 16;

/// What an agreement's folded year summaries add up to, and the hash chain that commits them.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Lifetime {
	/// How many year summaries were folded.
	pub years: u32,
	/// The records they replaced, over all ledgers.
	pub records: u64,
	/// Their total quantity.
	pub quantity: u128,
	/// What they billed.
	pub billed: Money,
	/// What was paid towards them.
	pub paid: Money,
	/// What credit notes took off them.
	pub credited: Money,
	/// [`meterchain_primitives::merkle::link`] over `SCALE((year, summary))` of each folded
	/// year, from the zero hash, in the order they were folded.
	pub head: H256,
}
