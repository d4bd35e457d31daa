//! Automatic invoicing in `on_idle`.

use super::*;
use crate::{features::sweep::MAX_CURSOR_LEN, Accruals, Invoices, NextSweep, SweepCursor};
use frame_support::{traits::Hooks, weights::Weight};

fn idle(budget: Weight) -> Weight {
	InvoicingBudget::set(&budget);
	<Billing as Hooks<u64>>::on_idle(1, Weight::MAX)
}

/// `n` agreements at one tariff with usage in March; time moved into April.
fn march_for(n: u64) {
	let id = create(flat(1_000));
	set_now(MARCH + DAY);
	for agreement_id in 0..n {
		add_agreement(agreement(agreement_id, id, MARCH));
		record(agreement_id, MARCH + DAY, 1_000 + agreement_id);
	}
}

#[test]
fn after_a_month_boundary_every_ended_period_is_invoiced_and_the_next_opened() {
	run(|| {
		march_for(3);
		// The first sweep runs at once (nothing ended yet) and schedules the next for April.
		idle(Weight::MAX);
		assert_eq!(NextSweep::<Test>::get(), APRIL);
		assert_eq!(Invoices::<Test>::iter().count(), 0);
		set_now(APRIL - 1);
		idle(Weight::MAX);
		assert_eq!(Invoices::<Test>::iter().count(), 0, "no sweep before the boundary");

		set_now(APRIL + HOUR);
		idle(Weight::MAX);
		let mut totals: Vec<_> =
			Invoices::<Test>::iter().map(|(_, i)| (i.agreement, i.total)).collect();
		totals.sort();
		assert_eq!(totals, vec![(0, 1_000), (1, 1_001), (2, 1_002)]);
		for agreement in 0..3 {
			assert_eq!(period_start(agreement), Some(APRIL));
		}
		assert_eq!(SweepCursor::<Test>::get(), None);
		assert!(events().contains(&Event::SweepStarted { boundary: APRIL }));
		assert_eq!(events().last(), Some(&Event::SweepFinished));
		// Nothing more to do until May.
		idle(Weight::MAX);
		assert_eq!(Invoices::<Test>::iter().count(), 3);
	});
}

#[test]
fn a_sweep_stops_at_its_budget_and_resumes_in_the_next_block() {
	run(|| {
		march_for(3);
		idle(Weight::MAX);
		set_now(APRIL + HOUR);
		let one = one_close();
		let mut blocks = 0;
		loop {
			let used = idle(one);
			assert!(used.all_lte(one), "within the budget");
			blocks += 1;
			if SweepCursor::<Test>::get().is_none() {
				break;
			}
			assert!(blocks < 10, "the sweep makes progress");
		}
		assert_eq!(blocks, 4, "one agreement per block, then the end of the map");
		assert_eq!(Invoices::<Test>::iter().count(), 3, "each invoiced once");
		// A budget below the base does nothing.
		set_now(MAY + HOUR);
		assert_eq!(idle(Weight::from_parts(1, 1)), Weight::zero());
		assert_eq!(Invoices::<Test>::iter().count(), 3);
	});
}

/// The budget of a sweep that can close one period in a block.
fn one_close() -> Weight {
	use frame_support::{traits::Get, weights::RuntimeDbWeight};
	let read = <<Test as frame_system::Config>::DbWeight as Get<RuntimeDbWeight>>::get().reads(1);
	<() as crate::WeightInfo>::sweep_base()
		.saturating_add(Billing::close_weight())
		.saturating_add(read)
		.saturating_add(read)
}

/// An agreement whose invoicing fell three periods behind is caught up block after block,
/// where the budget ran out. Found by the billing fuzzer (issue 23): the sweep's cursor moved
/// past the agreement, whose other periods then waited for the next month's sweep.
#[test]
fn an_agreement_behind_by_several_periods_is_caught_up_across_blocks() {
	run(|| {
		march_for(1);
		idle(Weight::MAX);
		set_now(MAY + 31 * DAY + HOUR);
		let mut invoiced = Vec::new();
		while invoiced.len() < 10 {
			idle(one_close());
			invoiced.push(Invoices::<Test>::iter().count());
			if SweepCursor::<Test>::get().is_none() {
				break;
			}
		}
		assert_eq!(invoiced[..3], [1, 2, 3], "March, April and May, one a block");
		assert_eq!(invoiced.last(), Some(&3), "the sweep ends: {invoiced:?}");
	});
}

#[test]
fn a_cursor_holds_an_accrual_s_key() {
	run(|| {
		assert_eq!(Accruals::<Test>::hashed_key_for(u64::MAX).len(), MAX_CURSOR_LEN as usize);
	});
}
