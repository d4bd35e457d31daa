//! A test runtime: System and pruning, over two ledgers each kept in one storage value
//! ([`Ledger`], [`OtherLedger`]): agreements' records by year, settled or not, walked in
//! (agreement, year) order. Time is [`Now`], in milliseconds; in this
//! mock's calendar year `y` spans `[(y - 2000) * YEAR, (y - 1999) * YEAR)`.

use crate as pallet_pruning;
use alloc::collections::BTreeMap;
use codec::{Decode, Encode};
use frame_support::{derive_impl, parameter_types, traits::UnixTime, weights::Weight};
use meterchain_primitives::{
	merkle, AgreementId, GroupId, LedgerCursor, Moment, PrunableLedger, PrunedRecord, Visit, Year,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Pruning: pallet_pruning,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// A mock year, in milliseconds.
pub const YEAR: Moment = 365 * 24 * 3_600 * 1_000;
/// How long a year is kept after it ended.
pub const RETENTION: Moment = YEAR;
/// The pause between passes.
pub const INTERVAL: Moment = 24 * 3_600 * 1_000;
/// How many year summaries an agreement keeps.
pub const KEPT_YEARS: u32 = 2;
/// The most records a year hands over.
pub const MAX_RECORDS: u32 = 16;
/// What the mock ledger charges for a visit that closes a year, at most.
pub const CLOSE_WEIGHT: Weight = Weight::from_parts(40_000_000, 4_000);
/// What the mock ledger charges for a visit that keeps a year, or finds none.
pub const KEEP_WEIGHT: Weight = Weight::from_parts(5_000_000, 500);

/// When year `year` ends in this mock's calendar.
pub fn year_end(year: Year) -> Moment {
	Moment::from(year - 1999) * YEAR
}

parameter_types! {
	/// The chain's time.
	pub static Now: Moment = 0;
	/// Pruning's budget per block.
	pub static Budget: Weight = Weight::from_parts(2_000_000_000_000, 10 * 1024 * 1024);
}

pub struct Clock;
impl UnixTime for Clock {
	fn now() -> core::time::Duration {
		core::time::Duration::from_millis(Now::get())
	}
}

/// One record the mock ledger holds.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode)]
pub struct Held {
	pub year: Year,
	pub settled: bool,
	pub record: PrunedRecord,
}

/// An agreement-year's records in a mock ledger.
pub type Years = BTreeMap<(AgreementId, Year), Vec<Held>>;

/// The first mock ledger (id 0): each agreement-year's records.
#[frame_support::storage_alias]
pub type Ledger = StorageValue<MockLedger, Years, frame_support::pallet_prelude::ValueQuery>;

/// The second mock ledger (id 1). Its entries of year 0 are not history: it drops them.
#[frame_support::storage_alias]
pub type OtherLedger = StorageValue<MockLedger, Years, frame_support::pallet_prelude::ValueQuery>;

/// A settled record of `agreement` in `year`, `n`-th of its kind, billed `billed`.
pub fn record(
	agreement: AgreementId,
	year: Year,
	n: u32,
	billed: u128,
	group: Option<GroupId>,
) -> Held {
	Held {
		year,
		settled: true,
		record: PrunedRecord {
			group,
			period: year_end(year) - YEAR,
			quantity: 10,
			billed,
			paid: billed,
			credited: 0,
			leaf: merkle::leaf(&(agreement, year, n).encode()),
		},
	}
}

/// Adds `held` to the first ledger under `agreement`.
pub fn hold(agreement: AgreementId, held: Held) {
	Ledger::mutate(|ledger| ledger.entry((agreement, held.year)).or_default().push(held));
}

/// Adds `held` to the second ledger under `agreement`.
pub fn hold_other(agreement: AgreementId, held: Held) {
	OtherLedger::mutate(|ledger| ledger.entry((agreement, held.year)).or_default().push(held));
}

/// Whether `year`'s `records` may be closed before `before`: ended, and all settled.
fn closable(year: Year, records: &[Held], before: Moment) -> bool {
	year > 0 && year_end(year) <= before && records.iter().all(|h| h.settled)
}

/// A mock ledger, `L` its id: walks its agreement-years in order; the cursor is the last one
/// visited, encoded.
pub struct MockLedger<const L: u8>;

impl<const L: u8> MockLedger<L> {
	fn get() -> Years {
		if L == 0 {
			Ledger::get()
		} else {
			OtherLedger::get()
		}
	}

	fn put(years: Years) {
		if L == 0 {
			Ledger::put(years)
		} else {
			OtherLedger::put(years)
		}
	}
}

impl<const L: u8> PrunableLedger for MockLedger<L> {
	fn close_next(cursor: &[u8], before: Moment) -> (Visit, Weight) {
		let mut ledger = Self::get();
		let after = <(AgreementId, Year)>::decode(&mut &cursor[..]).ok();
		let next = match after {
			Some(after) => ledger
				.range((core::ops::Bound::Excluded(after), core::ops::Bound::Unbounded))
				.next(),
			None => ledger.iter().next(),
		};
		let Some((&(agreement, year), records)) = next else { return (Visit::End, KEEP_WEIGHT) };
		let next = LedgerCursor::truncate_from((agreement, year).encode());
		if year == 0 {
			ledger.remove(&(agreement, year));
			Self::put(ledger);
			return (Visit::Dropped { next }, KEEP_WEIGHT);
		}
		if !closable(year, records, before) {
			return (Visit::Kept { next }, KEEP_WEIGHT);
		}
		let records = ledger.remove(&(agreement, year)).unwrap_or_default();
		Self::put(ledger);
		let records = records.into_iter().map(|h| h.record).collect();
		(Visit::Closed { agreement, year, records, next }, CLOSE_WEIGHT)
	}

	fn close_weight() -> Weight {
		CLOSE_WEIGHT
	}

	fn closable_remains(before: Moment) -> bool {
		Self::get().iter().any(|(&(_, year), records)| closable(year, records, before))
	}
}

impl pallet_pruning::Config for Test {
	type Ledgers = (MockLedger<0>, MockLedger<1>);
	type UnixTime = Clock;
	type Retention = frame_support::traits::ConstU64<RETENTION>;
	type PassInterval = frame_support::traits::ConstU64<INTERVAL>;
	type MaxRecordsPerYear = frame_support::traits::ConstU32<MAX_RECORDS>;
	type KeptYears = frame_support::traits::ConstU32<KEPT_YEARS>;
	type MaxPruningWeight = Budget;
	type PassOrigin = frame_system::EnsureRoot<u64>;
	type WeightInfo = ();
}

/// Genesis at block 1 (so that events are kept), at time 0.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh chain, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	Now::set(0);
	Budget::set(Weight::from_parts(2_000_000_000_000, 10 * 1024 * 1024));
	new_test_ext().execute_with(|| {
		test();
		Pruning::do_try_state().expect("the pruning invariants hold");
	});
}
