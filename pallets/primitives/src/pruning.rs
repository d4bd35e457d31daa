//! Pruning settled history: what a pallet that owns records tells the pruning pallet.
//!
//! The unit of pruning is an **agreement's closed year**: a calendar year (UTC) of one agreement
//! that ended more than the retention ago and whose records are all settled (invoices paid or
//! credited, with their receipts). Its records leave state together and become one summary
//! whose Merkle root ([`crate::merkle`]) commits every one of them.
//!
//! Pruning whole years rather than single records is what makes an archive provable without
//! help from the chain: the records of a closed year no longer change, the owner hands them over
//! in a canonical order (by record id), and so an archive that exported them beforehand knows
//! every leaf and its place. A year with an unsettled record (an unpaid invoice) stays in state
//! as it is: it is still owed.
//!
//! A runtime may have several ledgers (billing's invoices and top-up tokens, the agreements
//! themselves once ended): the pruning pallet walks them one after the other
//! ([`PrunableLedgers`], a tuple), and keeps one summary per ledger in each agreement-year.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::ConstU32;
use sp_core::H256;
use sp_runtime::BoundedVec;
use sp_runtime::Weight;

use crate::{AgreementId, GroupId, Moment, Money, Year};

/// One record removed from state, as the pruning pallet sums and commits it.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct PrunedRecord {
	/// The group whose charge list it counts in (seed 000's per-group charge list), if its
	/// agreement's devices belong to one.
	pub group: Option<GroupId>,
	/// The start of the billing period it belongs to: its charge list's period.
	pub period: Moment,
	/// The quantity it billed, in the service's base units.
	pub quantity: u64,
	/// What it billed.
	pub billed: Money,
	/// What was paid towards it.
	pub paid: Money,
	/// What credit notes took off it.
	pub credited: Money,
	/// [`crate::merkle::leaf`] of the record's SCALE encoding, as the owner defines it.
	pub leaf: H256,
}

/// The most bytes a ledger's cursor may take (a raw storage key of a double map of two
/// `Twox64Concat` ids is 64 bytes).
pub const MAX_CURSOR_LEN: u32 = 128;

/// Where a ledger's walk over its agreement-years stands; opaque to the pruning pallet. Empty:
/// at the start.
pub type LedgerCursor = BoundedVec<u8, ConstU32<MAX_CURSOR_LEN>>;

/// What the owner found at the next agreement-year it holds.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Visit {
	/// The year was closed and removed from state; here are its records in canonical order.
	Closed {
		/// The agreement.
		agreement: AgreementId,
		/// The year closed.
		year: Year,
		/// Its records, in the order their leaves enter the Merkle tree (at most what the
		/// owner's bound for a year allows).
		records: Vec<PrunedRecord>,
		/// Where the walk goes on.
		next: LedgerCursor,
	},
	/// The year cannot be pruned now (not over a retention ago, or not all settled).
	Kept {
		/// Where the walk goes on.
		next: LedgerCursor,
	},
	/// A record that is not history was removed: it never took effect (an expired proposal
	/// that no one signed), so there is nothing to summarize or to prove later.
	Dropped {
		/// Where the walk goes on.
		next: LedgerCursor,
	},
	/// No agreement-year after the cursor: the pass is over.
	End,
}

/// Which of the runtime's ledgers a summary's records came from: its place in the
/// [`PrunableLedgers`] tuple (0: the first).
pub type LedgerId = u8;

/// The most ledgers the pruning pallet walks.
pub const MAX_LEDGERS: u32 = 4;

/// A pallet whose settled records the pruning pallet removes, a closed year at a time.
///
/// The pruning pallet never reads the owner's storage: it walks the owner's agreement-years
/// through [`Self::close_next`], keeping the owner's cursor between blocks, sums and commits
/// what comes back, and stores the summary.
pub trait PrunableLedger {
	/// Visits the agreement-year after `cursor` (from the first if it is empty). If the year
	/// ended before `before` and all its records are settled, removes them from state and
	/// returns them. Returns what the visit weighed, at most [`Self::close_weight`].
	fn close_next(cursor: &[u8], before: Moment) -> (Visit, Weight);

	/// The weight of [`Self::close_next`] at its worst: a visit that closes a full year. The
	/// pass starts a visit only while this still fits its budget, and is charged what the
	/// visit reports.
	fn close_weight() -> Weight;

	/// Whether some agreement-year that ended before `before`, with all its records settled
	/// before `before` too, is still in state (for `try_state`: a pass that cut off at
	/// `before` left none). Only what was settled by then counts: a record settled since, after
	/// the pass had gone by, waits for the next pass. A ledger reports only what its state can
	/// date.
	fn closable_remains(before: Moment) -> bool;
}

/// The ledgers one pruning pass walks, one after the other: a tuple of [`PrunableLedger`]s, each
/// known by its place ([`LedgerId`]).
pub trait PrunableLedgers {
	/// How many ledgers there are.
	const COUNT: LedgerId;

	/// [`PrunableLedger::close_next`] of ledger `ledger`; [`Visit::End`] for an unknown one.
	fn close_next(ledger: LedgerId, cursor: &[u8], before: Moment) -> (Visit, Weight);

	/// The dearest [`PrunableLedger::close_weight`] of them all.
	fn close_weight() -> Weight;

	/// Whether any of them still holds an agreement-year closable before `before`.
	fn closable_remains(before: Moment) -> bool;
}

macro_rules! impl_prunable_ledgers {
	($count:expr; $($id:tt $ledger:ident),+) => {
		impl<$($ledger: PrunableLedger),+> PrunableLedgers for ($($ledger,)+) {
			const COUNT: LedgerId = $count;

			fn close_next(ledger: LedgerId, cursor: &[u8], before: Moment) -> (Visit, Weight) {
				match ledger {
					$($id => $ledger::close_next(cursor, before),)+
					_ => (Visit::End, Weight::zero()),
				}
			}

			fn close_weight() -> Weight {
				Weight::zero()$(.max($ledger::close_weight()))+
			}

			fn closable_remains(before: Moment) -> bool {
				false $(|| $ledger::closable_remains(before))+
			}
		}
	};
}

impl_prunable_ledgers!(1; 0 A);
impl_prunable_ledgers!(2; 0 A, 1 B);
impl_prunable_ledgers!(3; 0 A, 1 B, 2 C);
impl_prunable_ledgers!(4; 0 A, 1 B, 2 C, 3 D);

/// What a pallet holds about an agreement that keeps its record alive: a pallet may only prune
/// an ended agreement once no other pallet still refers to it.
pub trait AgreementHoldings {
	/// Whether anything about `agreement` is still held (unpruned invoices, a running accrual,
	/// credit, an open case…).
	fn holds(agreement: AgreementId) -> bool;

	/// `agreement`'s record left state (it was pruned): forget what was kept only while it
	/// could still be referred to (billing's usage ledger, which refuses late usage).
	fn released(agreement: AgreementId) {
		let _ = agreement;
	}
}

/// Without a billing pallet nothing is held.
impl AgreementHoldings for () {
	fn holds(_: AgreementId) -> bool {
		false
	}
}
