//! Billing as a ledger pruning walks: invoices indexed by agreement and year, settled years
//! closed whole with everything stored about their invoices, unsettled or recent years kept.

use super::*;
use crate::{
	calendar::year_end, Accruals, AgreementInvoices, ArchivedInvoice, ArchivedToken, Credit,
	Disputes, Error, Invoices, Plans, Receipts, TokenNumbers, Tokens, YearIndex, YearRecords,
	MAX_TOKENS_PER_YEAR,
};
use codec::Encode;
use frame_support::assert_noop;
use meterchain_primitives::ActiveAgreement;
use meterchain_primitives::AgreementHoldings;
use meterchain_primitives::{merkle, PrunableLedger, Visit};

/// The year of the tests' March.
const YEAR: u16 = 2026;

/// A March invoice of 10,000 for agreement 0, which ran through March only and whose meter
/// is in group 5; returns its id.
fn march_invoice() -> InvoiceId {
	cover(METER, 0);
	in_group(METER, 5);
	let tariff = create(flat(1_000));
	add_agreement(ActiveAgreement { end: Some(APRIL), ..agreement(0, tariff, MARCH) });
	set_now(MARCH + 14 * DAY);
	record(0, MARCH + 14 * DAY, 10_000);
	set_now(APRIL + DAY);
	issue()
}

/// What an archive holds of `invoice` before it is pruned.
fn archived(invoice: InvoiceId) -> ArchivedInvoice<Test> {
	ArchivedInvoice {
		id: invoice,
		invoice: Invoices::<Test>::get(invoice).expect("issued"),
		receipts: Billing::receipts(invoice),
		plan: Plans::<Test>::get(invoice),
		dispute: Disputes::<Test>::get(invoice),
	}
}

/// Visits the next agreement-year; checks that it weighed no more than the worst case.
fn close(cursor: &[u8], before: u64) -> Visit {
	let (visit, weight) = <Billing as PrunableLedger>::close_next(cursor, before);
	assert!(weight.all_lte(<Billing as PrunableLedger>::close_weight()));
	visit
}

#[test]
fn each_invoice_is_indexed_under_its_agreement_and_its_periods_year_with_its_group() {
	run(|| {
		let invoice = march_invoice();
		assert_eq!(
			YearRecords::<Test>::get(0, YEAR),
			Some(YearIndex {
				group: Some(5),
				invoices: vec![invoice].try_into().unwrap(),
				..Default::default()
			})
		);
	});
}

#[test]
fn a_settled_year_past_the_cutoff_leaves_state_whole_and_comes_back_as_records() {
	run(|| {
		let invoice = march_invoice();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 4_000));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(FRIEND), invoice, 6_000));
		let kept = archived(invoice);
		assert_eq!(kept.receipts.len(), 2);

		let Visit::Closed { agreement, year, records, next } = close(&[], year_end(YEAR)) else {
			panic!("the year closes")
		};

		assert_eq!((agreement, year, records.len()), (0, YEAR, 1));
		let record = &records[0];
		assert_eq!(record.leaf, merkle::leaf(&kept.encode()));
		assert_eq!((record.billed, record.paid, record.credited), (10_000, 10_000, 0));
		assert_eq!((record.quantity, record.period, record.group), (10_000, MARCH, Some(5)));
		assert!(Invoices::<Test>::get(invoice).is_none());
		assert!(Receipts::<Test>::iter_prefix(invoice).next().is_none());
		assert!(AgreementInvoices::<Test>::get(0, invoice).is_none());
		assert!(YearRecords::<Test>::get(0, YEAR).is_none());
		// Nothing after it.
		assert_eq!(close(&next, year_end(YEAR)), Visit::End);
		assert!(!<Billing as PrunableLedger>::closable_remains(year_end(YEAR)));
	});
}

#[test]
fn an_unpaid_or_disputed_invoice_or_a_recent_year_keeps_the_year_in_state() {
	run(|| {
		let invoice = march_invoice();
		// Unpaid.
		assert!(matches!(close(&[], u64::MAX), Visit::Kept { .. }));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		// Paid, but disputed.
		assert_ok!(Billing::dispute(
			RuntimeOrigin::signed(SUBSCRIBER),
			invoice,
			b"wrong reading".to_vec().try_into().unwrap(),
			1
		));
		assert!(matches!(close(&[], u64::MAX), Visit::Kept { .. }));
		assert!(!<Billing as PrunableLedger>::closable_remains(u64::MAX));
		// Answered without a credit note: settled, but the year is not over before the cut-off.
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, None));
		assert!(matches!(close(&[], year_end(YEAR) - 1), Visit::Kept { .. }));
		assert!(<Billing as PrunableLedger>::closable_remains(year_end(YEAR)));
		assert!(Invoices::<Test>::get(invoice).is_some());
		// Past the cut-off it closes, with its dispute.
		assert!(matches!(close(&[], year_end(YEAR)), Visit::Closed { .. }));
		assert!(Disputes::<Test>::get(invoice).is_none());
	});
}

#[test]
fn the_walk_visits_each_agreement_year_once_and_then_ends() {
	run(|| {
		let march = march_invoice();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), march, 10_000));
		// A second, unpaid year of the same agreement.
		YearRecords::<Test>::insert(
			0,
			YEAR + 1,
			YearIndex {
				group: None,
				invoices: vec![march + 1].try_into().unwrap(),
				..Default::default()
			},
		);

		let mut cursor = Vec::new();
		let (mut closed, mut kept) = (0, 0);
		loop {
			match close(&cursor, year_end(YEAR + 1)) {
				Visit::Closed { next, .. } => (closed, cursor) = (closed + 1, next.into_inner()),
				Visit::Kept { next } => (kept, cursor) = (kept + 1, next.into_inner()),
				Visit::End => break,
				Visit::Dropped { .. } => panic!("billing drops nothing"),
			}
		}

		assert_eq!((closed, kept), (1, 1));
		assert!(YearRecords::<Test>::get(0, YEAR + 1).is_some());
		YearRecords::<Test>::remove(0, YEAR + 1);
	});
}

#[test]
fn a_year_with_a_period_still_running_stays_open() {
	run(|| {
		// An agreement without an end: April opens when March is invoiced.
		march_usage(flat(1_000), 10_000);
		let invoice = issue();
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		// April of the same year is still accruing (invoicing fell a year behind).
		assert!(Accruals::<Test>::get(0).is_some_and(|a| a.current.period.start == APRIL));
		assert!(matches!(close(&[], year_end(YEAR) + 1), Visit::Kept { .. }));
		assert!(!<Billing as PrunableLedger>::closable_remains(year_end(YEAR) + 1));
	});
}

/// Prepaid agreement 0 covering [`METER`], from March; a token of 2,000 bought on March 2nd.
fn march_token() {
	let tariff = create(flat(1_000));
	add_agreement(prepaid(0, tariff, 100));
	set_now(MARCH + DAY);
	assert_ok!(Billing::purchase_token(RuntimeOrigin::signed(SUBSCRIBER), 0, METER, 2_000));
}

#[test]
fn a_token_is_indexed_in_the_year_it_was_bought_and_closes_with_it_once_expired() {
	run(|| {
		march_token();
		let index = YearRecords::<Test>::get(0, YEAR).expect("indexed");
		assert_eq!(index.tokens.into_inner(), vec![(METER, 1)]);
		// A token valid beyond the year's end (bought late in the year) keeps the year.
		Tokens::<Test>::mutate(METER, 1, |t| t.as_mut().map(|t| t.expires = year_end(YEAR) + DAY));
		let purchase = Tokens::<Test>::get(METER, 1).expect("bought");
		Accruals::<Test>::remove(0);
		assert!(matches!(close(&[], year_end(YEAR)), Visit::Kept { .. }));
		assert!(Tokens::<Test>::get(METER, 1).is_some());

		let Visit::Closed { records, .. } = close(&[], purchase.expires) else {
			panic!("the year closes once the token expired")
		};

		let archived = ArchivedToken { device: METER, number: 1, purchase };
		assert_eq!(records.len(), 1);
		assert_eq!(records[0].leaf, merkle::leaf(&archived.encode()));
		assert_eq!((records[0].billed, records[0].paid, records[0].group), (0, 0, None));
		assert!(Tokens::<Test>::get(METER, 1).is_none());
		// The device's numbering goes on: a used number is never handed out again.
		assert_eq!(TokenNumbers::<Test>::get(METER), 1);
		assert!(YearRecords::<Test>::get(0, YEAR).is_none());
	});
}

#[test]
fn a_year_holds_a_bounded_number_of_tokens() {
	run(|| {
		march_token();
		YearRecords::<Test>::mutate(0, YEAR, |index| {
			let index = index.as_mut().expect("indexed");
			while index.tokens.try_push((METER + 1, 9)).is_ok() {}
		});
		assert_eq!(
			YearRecords::<Test>::get(0, YEAR).map(|i| i.tokens.len() as u32),
			Some(MAX_TOKENS_PER_YEAR)
		);
		assert_noop!(
			Billing::purchase_token(RuntimeOrigin::signed(SUBSCRIBER), 0, METER, 1),
			Error::<Test>::TooManyTokens
		);
		YearRecords::<Test>::remove(0, YEAR);
		Tokens::<Test>::remove(METER, 1);
	});
}

#[test]
fn billing_holds_an_agreement_until_its_invoices_are_pruned_and_nothing_else_is_owed() {
	run(|| {
		let invoice = march_invoice();
		assert!(<Billing as AgreementHoldings>::holds(0));
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 10_000));
		assert!(<Billing as AgreementHoldings>::holds(0), "its invoice is still in state");
		assert!(matches!(close(&[], year_end(YEAR)), Visit::Closed { .. }));
		assert_eq!(Accruals::<Test>::get(0), None, "it ran through March only");
		assert!(!<Billing as AgreementHoldings>::holds(0));
		// Credit left over is still owed to the subscriber.
		Credit::<Test>::insert(0, 1);
		assert!(<Billing as AgreementHoldings>::holds(0));
		Credit::<Test>::remove(0);
		assert!(!<Billing as AgreementHoldings>::holds(1));
		// A question about it waiting for the provider's answer keeps it too.
		assert_ok!(Cases::open_case(
			RuntimeOrigin::signed(SUBSCRIBER),
			0,
			pallet_cases::CaseKind::Question,
			Default::default()
		));
		assert!(<Billing as AgreementHoldings>::holds(0));
		assert_ok!(Cases::answer_case(
			RuntimeOrigin::signed(PROVIDER),
			0,
			Default::default(),
			false
		));
		assert!(!<Billing as AgreementHoldings>::holds(0));
	});
}

#[test]
fn try_state_counts_a_year_as_left_behind_only_if_it_was_settled_before_the_cutoff() {
	run(|| {
		let invoice = march_invoice();
		assert_ok!(Billing::dispute(
			RuntimeOrigin::signed(SUBSCRIBER),
			invoice,
			b"wrong reading".to_vec().try_into().unwrap(),
			1
		));
		// Answered with a credit note a day after the year ended, the rest paid a day later:
		// a pass that cut off before the payment had nothing to close; one that cut off after
		// it had.
		set_now(year_end(YEAR) + DAY);
		assert_ok!(Billing::answer_dispute(RuntimeOrigin::signed(PROVIDER), invoice, Some(4_000)));
		set_now(year_end(YEAR) + 2 * DAY);
		assert_ok!(Billing::pay(RuntimeOrigin::signed(SUBSCRIBER), invoice, 6_000));
		for before in [year_end(YEAR), year_end(YEAR) + DAY, year_end(YEAR) + 2 * DAY - 1] {
			assert!(!<Billing as PrunableLedger>::closable_remains(before));
		}
		assert!(<Billing as PrunableLedger>::closable_remains(year_end(YEAR) + 2 * DAY));
	});
}
