//! The pass over the mock ledger: what is pruned and what stays, summaries and charge lists,
//! the budget per block, the pause between passes, proofs of archived records, and the
//! invariants.

use crate::{
	mock::*, ChargeLists, Cursor, Event, LedgerSummary, Lifetimes, NextPass, PassCutoff,
	PrunedRecords, Summaries, WeightInfo, YearSummary,
};
use codec::{Decode, Encode};
use frame_support::{traits::Hooks, weights::Weight};
use meterchain_primitives::{merkle, AgreementId, PrunedRecord};

/// The year whose end plus the retention lies just before the time the tests run at.
const OLD: u16 = 2024;
/// Time at which years up to [`OLD`] are past their retention, and 2025 is not.
fn after_retention_of_old() -> u64 {
	year_end(OLD) + RETENTION + 1
}

fn idle() -> Weight {
	Pruning::on_idle(System::block_number(), Weight::MAX)
}

fn next_block() {
	System::set_block_number(System::block_number() + 1);
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Pruning(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The records the ledger still holds of `agreement`.
fn held(agreement: AgreementId) -> usize {
	Ledger::get().iter().filter(|((a, _), _)| *a == agreement).map(|(_, r)| r.len()).sum()
}

/// The first ledger's summary of `agreement`'s `year`.
fn first(agreement: AgreementId, year: u16) -> Option<LedgerSummary<sp_core::H256>> {
	Summaries::<Test>::get(agreement, year).and_then(|summary| summary.ledger(0).cloned())
}

fn leaves(records: &[PrunedRecord]) -> Vec<sp_core::H256> {
	records.iter().map(|r| r.leaf).collect()
}

#[test]
fn a_settled_year_past_retention_becomes_a_summary_of_its_totals_and_root() {
	build_and_execute(|| {
		let year: Vec<_> = (0..3).map(|n| record(7, OLD, n, 100 + u128::from(n), None)).collect();
		year.iter().cloned().for_each(|h| hold(7, h));
		let expected_root =
			merkle::root(&leaves(&year.iter().map(|h| h.record.clone()).collect::<Vec<_>>()));
		Now::set(after_retention_of_old());

		idle();

		let summary = first(7, OLD).expect("a summary");
		assert_eq!(summary.records, 3);
		assert_eq!((summary.billed, summary.paid, summary.credited), (303, 303, 0));
		assert_eq!(summary.quantity, 30);
		assert_eq!(summary.root, expected_root);
		assert_eq!(summary.anchor, System::parent_hash());
		assert_eq!(held(7), 0);
		assert_eq!(PrunedRecords::<Test>::get(), 3);
		let before = after_retention_of_old() - RETENTION;
		assert_eq!(
			events(),
			vec![
				Event::PassStarted { before },
				Event::YearPruned {
					ledger: 0,
					agreement: 7,
					year: OLD,
					records: 3,
					root: expected_root
				},
				Event::PassFinished { next: after_retention_of_old() + INTERVAL },
			]
		);
	});
}

#[test]
fn a_year_within_retention_or_with_an_unsettled_record_stays_whole() {
	build_and_execute(|| {
		// Agreement 1: 2024 holds an unpaid record, so all of 2024 stays.
		hold(1, record(1, OLD, 0, 10, None));
		hold(1, Held { settled: false, ..record(1, OLD, 1, 10, None) });
		// Agreement 2: 2025 ended, but not a retention ago.
		hold(2, record(2, OLD + 1, 0, 10, None));
		Now::set(after_retention_of_old());

		idle();

		assert_eq!((held(1), held(2)), (2, 1));
		assert_eq!(Summaries::<Test>::iter().count(), 0);
		assert_eq!(PrunedRecords::<Test>::get(), 0);
	});
}

#[test]
fn each_closed_year_of_an_agreement_gets_its_own_summary_and_open_years_stay() {
	build_and_execute(|| {
		hold(3, record(3, OLD - 1, 0, 5, None));
		hold(3, record(3, OLD, 0, 6, None));
		hold(3, record(3, OLD, 1, 7, None));
		hold(3, record(3, OLD + 1, 0, 8, None));
		Now::set(after_retention_of_old());

		idle();

		assert_eq!(first(3, OLD - 1).map(|s| (s.records, s.billed)), Some((1, 5)));
		assert_eq!(first(3, OLD).map(|s| (s.records, s.billed)), Some((2, 13)));
		assert_eq!(first(3, OLD + 1), None);
		assert_eq!(held(3), 1);
	});
}

#[test]
fn grouped_records_add_up_in_their_groups_charge_list_anchored_to_the_latest_header() {
	build_and_execute(|| {
		// Agreements 1 and 2 are in group 9, 3 in none; all bill the same period.
		hold(1, record(1, OLD, 0, 100, Some(9)));
		hold(2, record(2, OLD, 0, 250, Some(9)));
		hold(3, record(3, OLD, 0, 999, None));
		Now::set(after_retention_of_old());

		idle();

		let period = year_end(OLD) - YEAR;
		let list = ChargeLists::<Test>::get(9, period).expect("a charge list");
		assert_eq!((list.records, list.charge, list.quantity), (2, 350, 20));
		assert_eq!(list.anchor, System::parent_hash());
		assert_eq!(ChargeLists::<Test>::iter().count(), 1);
		assert!(events().contains(&Event::ChargeListUpdated {
			group: 9,
			period,
			charge: 350,
			quantity: 20
		}));
	});
}

#[test]
fn the_pass_stops_at_its_budget_and_resumes_in_the_next_block() {
	build_and_execute(|| {
		// Ten full years: each step costs its worst case.
		for agreement in 0..10 {
			for n in 0..MAX_RECORDS {
				hold(agreement, record(agreement, OLD, n, 1, Some(n.into())));
			}
		}
		Now::set(after_retention_of_old());
		// Room for the bookkeeping and three steps.
		let step = Pruning::step_weight();
		let budget = <() as WeightInfo>::run_base().saturating_add(step.saturating_mul(3));
		Budget::set(budget);

		let used = idle();

		assert!(used.all_lte(budget), "{used} within {budget}");
		assert_eq!(Summaries::<Test>::iter().count(), 3);
		// The cursor is the first ledger's: after agreement 2's year.
		let (ledger, cursor) = Cursor::<Test>::get().expect("a pass under way");
		assert_eq!(ledger, 0);
		assert_eq!(<(AgreementId, u16)>::decode(&mut &cursor[..]), Ok((2, OLD)));
		// The pass goes on in the next blocks until the ledger is done.
		let mut blocks = 1;
		while Cursor::<Test>::get().is_some() {
			next_block();
			assert!(idle().all_lte(budget));
			blocks += 1;
		}
		assert_eq!(Summaries::<Test>::iter().count(), 10);
		// Ten steps at three per block.
		assert_eq!(blocks, 4);
		assert_eq!(PrunedRecords::<Test>::get(), 10 * u64::from(MAX_RECORDS));
	});
}

#[test]
fn a_budget_smaller_than_one_step_starts_nothing() {
	build_and_execute(|| {
		hold(1, record(1, OLD, 0, 1, None));
		Now::set(after_retention_of_old());
		Budget::set(Pruning::step_weight().saturating_sub(Weight::from_parts(1, 0)));

		let used = idle();

		assert!(used.all_lte(Budget::get()));
		assert_eq!(held(1), 1);
		assert_eq!((Cursor::<Test>::get(), PassCutoff::<Test>::get()), (None, None));
		assert!(events().is_empty());
	});
}

#[test]
fn the_next_pass_waits_for_the_interval_and_then_prunes_what_closed_since() {
	build_and_execute(|| {
		hold(1, record(1, OLD, 0, 1, None));
		hold(2, Held { settled: false, ..record(2, OLD, 0, 1, None) });
		let start = after_retention_of_old();
		Now::set(start);
		idle();
		assert_eq!(NextPass::<Test>::get(), start + INTERVAL);
		assert_eq!(held(2), 1);

		// Agreement 2's year is settled (paid late); no pass runs before the interval is over.
		Ledger::mutate(|ledger| {
			ledger.get_mut(&(2, OLD)).into_iter().flatten().for_each(|h| h.settled = true)
		});
		next_block();
		Now::set(start + INTERVAL - 1);
		System::reset_events();
		idle();
		assert!(events().is_empty());
		assert_eq!(held(2), 1);

		next_block();
		Now::set(start + INTERVAL);
		idle();
		assert_eq!(held(2), 0);
		assert_eq!(first(2, OLD).map(|s| s.records), Some(1));
	});
}

#[test]
fn running_pruning_twice_changes_nothing() {
	build_and_execute(|| {
		for agreement in 0..4 {
			hold(agreement, record(agreement, OLD, 0, 1, Some(1)));
			hold(agreement, record(agreement, OLD + 1, 0, 1, Some(1)));
		}
		Now::set(after_retention_of_old());
		idle();
		let snapshot = || {
			(
				Summaries::<Test>::iter().collect::<Vec<_>>(),
				ChargeLists::<Test>::iter().collect::<Vec<_>>(),
				PrunedRecords::<Test>::get(),
				Ledger::get(),
			)
		};
		let once = snapshot();
		assert_eq!(once.0.len(), 4);

		next_block();
		Now::set(after_retention_of_old() + INTERVAL);
		idle();

		assert_eq!(snapshot(), once);
		assert!(events()
			.contains(&Event::PassFinished { next: after_retention_of_old() + 2 * INTERVAL }));
	});
}

#[test]
fn an_archived_record_proves_against_its_summary_and_a_tampered_or_missing_one_does_not() {
	build_and_execute(|| {
		// The archive: what the ledger held before pruning, in its order.
		let archive: Vec<PrunedRecord> =
			(0..5).map(|n| record(4, OLD, n, 10 * u128::from(n), None).record).collect();
		archive
			.iter()
			.cloned()
			.for_each(|record| hold(4, Held { year: OLD, settled: true, record }));
		Now::set(after_retention_of_old());
		idle();
		let summary = first(4, OLD).expect("a summary");

		let all = leaves(&archive);
		let proof = merkle::prove(&all, 2).expect("a record in range");
		assert!(merkle::verify(&summary.root, &all[2], &proof));
		// A record altered after the fact has another leaf.
		let tampered = merkle::leaf(b"an invoice with a smaller total");
		assert!(!merkle::verify(&summary.root, &tampered, &proof));
		// An archive that lost a record no longer gives the root, nor the count.
		let missing = [&all[..2], &all[3..]].concat();
		assert_ne!(merkle::root(&missing), summary.root);
		assert_ne!(missing.len() as u32, summary.records);
	});
}

#[test]
fn the_invariants_catch_a_miscount_and_a_closable_year_left_behind() {
	build_and_execute(|| {
		hold(1, record(1, OLD, 0, 1, None));
		Now::set(after_retention_of_old());
		idle();
		assert_eq!(Pruning::do_try_state(), Ok(()));

		PrunedRecords::<Test>::put(2);
		assert!(Pruning::do_try_state().is_err());
		PrunedRecords::<Test>::put(1);

		// A closed year the pass should have pruned, left in the ledger.
		hold(2, record(2, OLD, 0, 1, None));
		assert!(Pruning::do_try_state().is_err());
		Ledger::kill();
	});
}

#[test]
fn governance_starts_a_pass_at_once_but_not_while_one_runs() {
	use frame_support::{assert_noop, assert_ok};
	build_and_execute(|| {
		Now::set(after_retention_of_old());
		idle();
		assert_eq!(NextPass::<Test>::get(), after_retention_of_old() + INTERVAL);
		// A year settles after the pass; governance does not wait for the next.
		hold(1, record(1, OLD, 0, 1, None));
		assert_noop!(
			Pruning::start_pass(RuntimeOrigin::signed(1)),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Pruning::start_pass(RuntimeOrigin::root()));
		assert_eq!(NextPass::<Test>::get(), after_retention_of_old());
		assert!(events().contains(&Event::PassScheduled { at: after_retention_of_old() }));
		next_block();
		// One step per block: the pass is under way after the first.
		Budget::set(<() as WeightInfo>::run_base().saturating_add(Pruning::step_weight()));
		hold(2, record(2, OLD, 0, 1, None));
		idle();
		assert!(Cursor::<Test>::get().is_some());
		assert_noop!(
			Pruning::start_pass(RuntimeOrigin::root()),
			crate::Error::<Test>::PassUnderWay
		);
		while Cursor::<Test>::get().is_some() {
			next_block();
			idle();
		}
		assert_eq!((held(1), held(2)), (0, 0));
	});
}

#[test]
fn each_ledger_gets_its_own_summary_of_a_year_and_the_pass_walks_them_in_turn() {
	build_and_execute(|| {
		let billed: Vec<_> = (0..2).map(|n| record(5, OLD, n, 40, Some(3))).collect();
		billed.iter().cloned().for_each(|h| hold(5, h));
		// The second ledger's record of the same agreement-year (e.g. the agreement itself).
		let other = Held {
			record: PrunedRecord {
				quantity: 0,
				billed: 0,
				paid: 0,
				group: None,
				..record(5, OLD, 9, 0, None).record
			},
			..record(5, OLD, 9, 0, None)
		};
		hold_other(5, other.clone());
		Now::set(after_retention_of_old());
		// One step per block: the pass crosses from the first ledger to the second.
		Budget::set(<() as WeightInfo>::run_base().saturating_add(Pruning::step_weight()));

		idle();
		assert_eq!(Cursor::<Test>::get().map(|(ledger, _)| ledger), Some(0));
		assert_eq!(Summaries::<Test>::get(5, OLD).map(|s| s.ledgers.len()), Some(1));
		let mut blocks = 1;
		while Cursor::<Test>::get().is_some() {
			next_block();
			idle();
			blocks += 1;
		}
		assert!(blocks >= 2, "the second ledger's year was closed in a later block");

		let summary = Summaries::<Test>::get(5, OLD).expect("a summary");
		assert_eq!(summary.ledgers.len(), 2);
		assert_eq!(summary.records(), 3);
		let first = summary.ledger(0).expect("the first ledger's");
		let second = summary.ledger(1).expect("the second ledger's");
		let first_leaves: Vec<_> = billed.iter().map(|h| h.record.leaf).collect();
		assert_eq!((first.records, first.billed, first.root), (2, 80, merkle::root(&first_leaves)));
		assert_eq!(
			(second.records, second.billed, second.root),
			(1, 0, merkle::root(&[other.record.leaf]))
		);
		assert_eq!(PrunedRecords::<Test>::get(), 3);
		assert_eq!(Pruning::history(5), (vec![OLD], None));
		assert!(OtherLedger::get().is_empty());
		assert!(events().contains(&Event::YearPruned {
			ledger: 1,
			agreement: 5,
			year: OLD,
			records: 1,
			root: second.root
		}));
		// The charge list counts the billed records; the second ledger's has no group.
		let list = ChargeLists::<Test>::get(3, year_end(OLD) - YEAR).expect("a charge list");
		assert_eq!((list.records, list.charge), (2, 80));
	});
}

#[test]
fn a_dropped_record_leaves_state_without_a_summary() {
	build_and_execute(|| {
		// Year 0 in the second mock ledger: a record that never took effect.
		hold_other(8, Held { year: 0, ..record(8, OLD, 0, 0, None) });
		Now::set(after_retention_of_old());

		idle();

		assert!(OtherLedger::get().is_empty());
		assert_eq!(Summaries::<Test>::iter().count(), 0);
		assert_eq!(PrunedRecords::<Test>::get(), 0);
		assert!(Cursor::<Test>::get().is_none(), "the pass ended");
	});
}

#[test]
fn the_invariants_catch_a_closable_year_left_in_any_ledger() {
	build_and_execute(|| {
		Now::set(after_retention_of_old());
		idle();
		assert_eq!(Pruning::do_try_state(), Ok(()));

		hold_other(2, record(2, OLD, 0, 1, None));
		assert!(Pruning::do_try_state().is_err());
		OtherLedger::kill();
	});
}

#[test]
fn beyond_kept_years_the_oldest_summaries_fold_into_the_agreements_lifetime() {
	build_and_execute(|| {
		// Four closed years of agreement 6, two records of 10 each; it keeps two summaries.
		let years = [OLD - 3, OLD - 2, OLD - 1, OLD];
		for year in years {
			(0..2).for_each(|n| hold(6, record(6, year, n, 10, None)));
		}
		Now::set(after_retention_of_old());

		idle();

		// What an archive that read the two oldest summaries before they folded holds.
		let summary_of = |year| {
			let leaves: Vec<_> = (0..2).map(|n| record(6, year, n, 10, None).record.leaf).collect();
			let part = LedgerSummary {
				ledger: 0,
				records: 2,
				quantity: 20,
				billed: 20,
				paid: 20,
				credited: 0,
				root: merkle::root(&leaves),
				anchor: System::parent_hash(),
			};
			YearSummary { ledgers: vec![part].try_into().unwrap() }
		};
		let first = merkle::link(&Default::default(), &(OLD - 3, summary_of(OLD - 3)).encode());
		let head = merkle::link(&first, &(OLD - 2, summary_of(OLD - 2)).encode());

		let (kept, folded) = Pruning::history(6);
		assert_eq!(kept, vec![OLD - 1, OLD]);
		assert_eq!(Summaries::<Test>::iter_prefix(6).count(), KEPT_YEARS as usize);
		assert_eq!(Summaries::<Test>::get(6, OLD - 1), Some(summary_of(OLD - 1)));
		let folded = folded.expect("a lifetime summary");
		assert_eq!((folded.years, folded.records, folded.billed, folded.paid), (2, 4, 40, 40));
		assert_eq!(folded.head, head);
		assert!(events().contains(&Event::YearFolded { agreement: 6, year: OLD - 3, head: first }));
		assert!(events().contains(&Event::YearFolded { agreement: 6, year: OLD - 2, head }));
		assert_eq!(PrunedRecords::<Test>::get(), 8);
	});
}

#[test]
fn the_invariants_catch_too_many_kept_years_and_a_miscounted_lifetime() {
	build_and_execute(|| {
		(0..3).for_each(|k| hold(1, record(1, OLD - k, 0, 1, None)));
		Now::set(after_retention_of_old());
		idle();
		assert_eq!(Pruning::do_try_state(), Ok(()));
		assert_eq!(Lifetimes::<Test>::get(1).map(|l| l.records), Some(1));

		let summary = Summaries::<Test>::get(1, OLD).expect("a summary");
		Summaries::<Test>::insert(1, OLD - 5, summary);
		assert!(Pruning::do_try_state().is_err());
		Summaries::<Test>::remove(1, OLD - 5);
		Lifetimes::<Test>::mutate(1, |l| l.as_mut().map(|l| l.records = 2));
		assert!(Pruning::do_try_state().is_err());
		Lifetimes::<Test>::mutate(1, |l| l.as_mut().map(|l| l.records = 1));
	});
}
