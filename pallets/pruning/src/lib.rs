//! # Pruning pallet
//!
//! Keeps state bounded while the billing record stays provable. Settled history leaves state a
//! year at a time and is replaced by summaries (seed 000's "lightweight blockchain": charges
//! summed per group into a charge list anchored to the latest header):
//!
//! - **Year summaries** ([`Summaries`]): per agreement and calendar year, and within it per
//!   ledger, the totals of quantity, billed, paid and credited, the number of records removed,
//!   and the Merkle root ([`meterchain_primitives::merkle`]) over the SCALE encodings of every
//!   one of them.
//! - **Lifetimes** ([`Lifetimes`]): an agreement keeps at most [`Config::KeptYears`] year
//!   summaries; beyond them the oldest fold into one lifetime summary (totals and a hash chain
//!   over the folded summaries), so that state per agreement is bounded however long it runs.
//! - **Charge lists** ([`ChargeLists`]): per group and billing period, the total charge and
//!   quantity of the removed records of the group's agreements, anchored to the hash of the
//!   latest block header when the compaction ran.
//!
//! ## Terminology
//!
//! - **Ledger**: a pallet that owns records (billing: invoices with their receipts, and top-up
//!   tokens; agreements: ended agreements, and expired proposals, which are dropped without a
//!   summary since they never took effect). It hands them over through
//!   [`meterchain_primitives::PrunableLedger`]; this pallet never reads another pallet's
//!   storage. The runtime names its ledgers as a tuple ([`Config::Ledgers`]); a ledger is known
//!   by its place in it.
//! - **Closed year**: a calendar year of one agreement that ended more than
//!   [`Config::Retention`] ago and whose records are all settled. Only closed years are pruned,
//!   whole: their records no longer change and come in a canonical order, so an archive that
//!   exported them beforehand can prove each one against the root without the chain's help.
//! - **Pass**: one walk over all of each ledger's agreement-years, ledger after ledger, in each
//!   ledger's order, with the ledger and its cursor stored here between blocks ([`Cursor`]). When a pass ends, the next
//!   one starts [`Config::PassInterval`] later.
//!
//! ## Hooks and views
//!
//! One call: [`Pallet::start_pass`] lets governance start a pass at once. View functions read
//! summaries, charge lists and the pass. `on_idle` runs the pass within at most [`Config::MaxPruningWeight`] of
//! what the block leaves (the runtime sets a tenth of a block), and only while the worst case
//! of one more step (a visit that closes a full year) still fits; the pass resumes in the next
//! block.
//!
//! ## Proving a pruned record
//!
//! Whoever keeps the records (the client's `meterchain archive export`, run before they are
//! pruned, or an archive node) recomputes the leaves of a closed year in the ledger's order; the
//! root they give must be the summary's root, and the count its `records`. One record is
//! proven alone with [`meterchain_primitives::merkle::prove`] and `verify`. A tampered record
//! changes its leaf and so fails; a missing one changes the root and the count.
//!
//! A year folded into its agreement's lifetime summary is proven in two steps: its records
//! against the year summary (kept by the archive, e.g. from `meterchain archive status`), and
//! the year summaries folded, in the order their `YearFolded` events name, against the
//! lifetime's `head`: [`meterchain_primitives::merkle::link`] from the zero hash over
//! `SCALE((year, summary))` of each.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod pass;
mod summary;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::{ChargeList, LedgerSummary, Lifetime, YearSummary, MAX_KEPT_YEARS};
pub use weights::WeightInfo;

// The pallet macros expand to paths the workspace's `unused_qualifications` lint would flag.
#[allow(unused_qualifications)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use meterchain_primitives::{
		AgreementId, GroupId, LedgerCursor, LedgerId, Moment, PrunableLedgers, Year, MAX_LEDGERS,
	};
	use sp_core::H256;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The pallets whose settled records are pruned, walked in this order (a tuple of
		/// ledgers; at most [`MAX_LEDGERS`]).
		type Ledgers: PrunableLedgers;
		/// Chain time.
		type UnixTime: UnixTime;
		/// How long (ms) records are kept after their year ended before they may be pruned.
		#[pallet::constant]
		type Retention: Get<Moment>;
		/// How long (ms) after a pass ended the next one starts.
		#[pallet::constant]
		type PassInterval: Get<Moment>;
		/// The most records one ledger may hand over for a closed year (the ledgers' bound;
		/// weights assume it).
		#[pallet::constant]
		type MaxRecordsPerYear: Get<u32>;
		/// How many year summaries an agreement keeps; older ones fold into its lifetime
		/// summary ([`Lifetimes`]). Less than [`MAX_KEPT_YEARS`].
		#[pallet::constant]
		type KeptYears: Get<u32>;
		/// The most weight pruning uses in one block (of what `on_idle` leaves).
		#[pallet::constant]
		type MaxPruningWeight: Get<Weight>;
		/// Who may start a pass at once instead of waiting for the next one: governance.
		type PassOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Weights of this pallet's hook.
		type WeightInfo: WeightInfo;
	}

	/// The summary of each pruned year of each agreement.
	// Hasher: Twox64Concat, agreement ids are assigned in sequence and years are small numbers.
	#[pallet::storage]
	pub type Summaries<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		Year,
		YearSummary<T::Hash>,
		OptionQuery,
	>;

	/// What each agreement's oldest year summaries folded into, once it had more than
	/// [`Config::KeptYears`] of them.
	// Hasher: Twox64Concat, agreement ids are assigned in sequence.
	#[pallet::storage]
	pub type Lifetimes<T: Config> = StorageMap<_, Twox64Concat, AgreementId, Lifetime, OptionQuery>;

	/// The charge list of each group and billing period (keyed by the period's start).
	// Hasher: Twox64Concat, group ids are assigned by the registry in sequence.
	#[pallet::storage]
	pub type ChargeLists<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		GroupId,
		Twox64Concat,
		Moment,
		ChargeList<T::Hash>,
		OptionQuery,
	>;

	/// Where the running pass stands: the ledger it walks, and where in that ledger's walk;
	/// absent between passes.
	#[pallet::storage]
	pub type Cursor<T: Config> = StorageValue<_, (LedgerId, LedgerCursor), OptionQuery>;

	/// When the next pass starts (0: at once).
	#[pallet::storage]
	pub type NextPass<T: Config> = StorageValue<_, Moment, ValueQuery>;

	/// The cut-off of the running pass, or of the last one when none runs: it prunes the years
	/// closed before this moment less the retention.
	#[pallet::storage]
	pub type PassCutoff<T: Config> = StorageValue<_, Moment, OptionQuery>;

	/// How many records have been pruned in all.
	#[pallet::storage]
	pub type PrunedRecords<T: Config> = StorageValue<_, u64, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A pass over the agreements started; it prunes years that ended before `before`.
		PassStarted { before: Moment },
		/// Ledger `ledger`'s records of year `year` of `agreement` left state: `records`
		/// records, committed by `root`.
		YearPruned {
			ledger: LedgerId,
			agreement: AgreementId,
			year: Year,
			records: u32,
			root: H256,
		},
		/// Removed records of `group` in the period starting at `period` were added to its
		/// charge list, which now totals `charge` for `quantity`.
		ChargeListUpdated { group: GroupId, period: Moment, charge: u128, quantity: u128 },
		/// The summary of `agreement`'s `year` was folded into its lifetime summary, whose hash
		/// chain now ends in `head`.
		YearFolded { agreement: AgreementId, year: Year, head: H256 },
		/// The pass ended; the next one starts at `next`.
		PassFinished { next: Moment },
		/// Governance brought the next pass forward to `at` (now).
		PassScheduled { at: Moment },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A pass is under way already.
		PassUnderWay,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::run(remaining.min(T::MaxPruningWeight::get()))
		}

		fn integrity_test() {
			assert!(T::MaxRecordsPerYear::get() > 0, "MaxRecordsPerYear must not be zero");
			assert!(T::PassInterval::get() > 0, "PassInterval must not be zero");
			assert!(
				T::KeptYears::get() > 0 && T::KeptYears::get() < MAX_KEPT_YEARS,
				"KeptYears must be between 1 and MAX_KEPT_YEARS - 1"
			);
			assert!(
				T::Ledgers::COUNT > 0 && u32::from(T::Ledgers::COUNT) <= MAX_LEDGERS,
				"between one and MAX_LEDGERS ledgers"
			);
			assert!(
				Self::step_weight().all_lte(T::MaxPruningWeight::get()),
				"MaxPruningWeight must fit one pruning step at its worst"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Starts a pass in the next block's idle time instead of at the scheduled time, e.g.
		/// after a backlog of settlements.
		///
		/// - Origin: [`Config::PassOrigin`] (the council, or root).
		/// - Errors: [`Error::PassUnderWay`].
		/// - Events: [`Event::PassScheduled`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::start_pass())]
		pub fn start_pass(origin: OriginFor<T>) -> DispatchResult {
			T::PassOrigin::ensure_origin(origin)?;
			ensure!(Cursor::<T>::get().is_none(), Error::<T>::PassUnderWay);
			let at = Self::now();
			NextPass::<T>::put(at);
			Self::deposit_event(Event::PassScheduled { at });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The summary of `agreement`'s pruned `year`.
		pub fn summary(agreement: AgreementId, year: Year) -> Option<YearSummary<T::Hash>> {
			Summaries::<T>::get(agreement, year)
		}

		/// The years of `agreement` whose summaries are kept, oldest first, and the lifetime
		/// summary the older ones folded into, if any did.
		pub fn history(agreement: AgreementId) -> (Vec<Year>, Option<Lifetime>) {
			let mut kept: Vec<Year> = Summaries::<T>::iter_key_prefix(agreement).collect();
			kept.sort_unstable();
			(kept, Lifetimes::<T>::get(agreement))
		}

		/// The charge list of `group` for the billing period starting at `period`.
		pub fn charge_list(group: GroupId, period: Moment) -> Option<ChargeList<T::Hash>> {
			ChargeLists::<T>::get(group, period)
		}

		/// Where pruning stands: whether a pass is under way, the cut-off of the running or
		/// last pass, and when the next pass starts.
		pub fn pass() -> (bool, Option<Moment>, Moment) {
			(Cursor::<T>::get().is_some(), PassCutoff::<T>::get(), NextPass::<T>::get())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The chain's time in milliseconds since the Unix epoch.
		pub(crate) fn now() -> Moment {
			T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
		}
	}
}
