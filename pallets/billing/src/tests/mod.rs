//! Unit tests of the billing pallet, by capability. Every test ends by checking the pallet's
//! invariants (`try_state`).

mod disputes;
mod invoicing;
mod payments;
mod plans;
mod prepaid;
mod pricing;
mod pruning;
mod sweep;
mod tariffs;
mod terms;
mod tokens;

use crate::{mock::*, Accruals, Event, InvoiceId, NextInvoiceId, Tariff};
use frame_support::assert_ok;
use meterchain_primitives::{AgreementId, ServiceKind, UsageSink};

/// Runs `test` on fresh storage, then checks the invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold");
	});
}

/// Creates `tariff` for electricity by [`PROVIDER`], in force from now; returns its id.
pub fn create(tariff: Tariff) -> u32 {
	let id = crate::NextTariffId::<Test>::get();
	assert_ok!(Billing::create_tariff(
		RuntimeOrigin::signed(PROVIDER),
		ServiceKind::Electricity,
		tariff
	));
	id
}

/// Hands `quantity` Wh at `at` for `agreement` to billing, as metering does.
pub fn record(agreement: AgreementId, at: u64, quantity: u64) {
	assert!(Billing::record(&usage(agreement, at, quantity, None)).is_ok());
}

/// Agreement 0 at a new `tariff` from March on, with `quantity` Wh in mid-March; time moved
/// to April 2nd. Returns the tariff id.
pub fn march_usage(tariff: Tariff, quantity: u64) -> u32 {
	let id = create(tariff);
	add_agreement(agreement(0, id, MARCH));
	set_now(MARCH + 14 * DAY);
	record(0, MARCH + 14 * DAY, quantity);
	set_now(APRIL + DAY);
	id
}

/// Issues agreement 0's invoice for its ended period; returns its id.
pub fn issue() -> InvoiceId {
	let id = NextInvoiceId::<Test>::get();
	assert_ok!(Billing::issue_invoice(RuntimeOrigin::signed(FRIEND), 0));
	assert!(events()
		.iter()
		.any(|e| matches!(e, Event::InvoiceIssued { invoice, .. } if *invoice == id)));
	id
}

/// The running period's start of `agreement`.
pub fn period_start(agreement: AgreementId) -> Option<u64> {
	Accruals::<Test>::get(agreement).map(|a| a.current.period.start)
}
