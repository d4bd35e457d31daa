//! The client's recomputation of an invoice (`meterchain_client::billing::recompute`) is written
//! independently of the billing pallet on purpose: a portal checks a bill without trusting the
//! chain's code. This pins the two together: for random tariffs (flat, tiered, time of use,
//! with every other component) and random usage, the bill the pallet's pricing computes is one
//! the client finds right, and the same bill with one line a unit off is one it finds wrong.
//! No node: the pallet's types cross to the client's through their SCALE encoding, as they do
//! on the wire.

use codec::{Decode, Encode};
use meterchain_client::billing::{recompute, Invoice as ClientInvoice, Tariff as ClientTariff};
use meterchain_primitives::{BillingCycle, PaymentMode};
use pallet_billing::{
	pricing, Band, Energy, Invoice, InvoiceStatus, Period, PeriodTerms, PeriodUsage, Tariff, Tier,
	Window,
};
use proptest::prelude::*;
use sp_runtime::AccountId32;

/// March 2026 (UTC), the billed period.
const MARCH: u64 = 1_772_323_200_000;
const APRIL: u64 = MARCH + 31 * 86_400_000;

fn energy() -> impl Strategy<Value = Energy> {
	let price = || 0u128..5_000_000_000_000;
	let flat = price().prop_map(|price| Energy::Flat { price });
	let tiered = (prop::collection::vec(1u64..200_000, 0..7), prop::collection::vec(price(), 8))
		.prop_map(|(steps, prices)| {
			let mut bound = 0;
			let mut tiers: Vec<Tier> = steps
				.iter()
				.zip(&prices)
				.map(|(step, price)| {
					bound += step;
					Tier { up_to: Some(bound), price: *price }
				})
				.collect();
			tiers.push(Tier { up_to: None, price: prices[7] });
			Energy::Tiered { tiers: tiers.try_into().expect("at most 8 tiers") }
		});
	// Up to four bands in separate six-hour slots of the day, on any weekdays.
	let band = (1u8..=127, 1u16..=360, price());
	let time_of_use = (prop::collection::vec(band, 1..=4), price()).prop_map(|(bands, base)| {
		let bands: Vec<Band> = bands
			.into_iter()
			.enumerate()
			.map(|(slot, (days, minutes, price))| {
				let from_minute = slot as u16 * 360;
				Band {
					window: Window { days, from_minute, to_minute: from_minute + minutes },
					price,
				}
			})
			.collect();
		Energy::TimeOfUse { base, bands: bands.try_into().expect("at most 4 bands") }
	});
	prop_oneof![flat, tiered, time_of_use]
}

fn tariff() -> impl Strategy<Value = Tariff> {
	(
		energy(),
		0u128..10_000_000_000_000,
		0u128..10_000_000_000,
		0u128..1_000_000_000,
		0u16..=10_000,
	)
		.prop_map(|(energy, standing_charge, demand_charge, session_fee, tax_bps)| Tariff {
			energy,
			standing_charge,
			demand_charge,
			session_fee,
			tax_bps,
		})
}

/// Reports in March: (ms into the month, quantity, peak, a charging session?).
fn reports() -> impl Strategy<Value = Vec<(u64, u64, Option<u32>, bool)>> {
	prop::collection::vec(
		(0..APRIL - MARCH, 0u64..500_000, prop::option::of(0u32..400_000), any::<bool>()),
		0..24,
	)
}

/// The pallet's bill for `reports` priced by `tariff`, in force `in_force` ms of March, as an
/// invoice; `None` if it does not fit the money type (the pallet refuses it).
fn pallet_invoice(
	tariff: &Tariff,
	reports: &[(u64, u64, Option<u32>, bool)],
	in_force: u64,
) -> Option<Invoice<meterchain_runtime::Runtime>> {
	let windows = match &tariff.energy {
		Energy::TimeOfUse { bands, .. } => {
			bands.iter().map(|b| b.window).collect::<Vec<_>>().try_into().expect("bands fit")
		},
		_ => Default::default(),
	};
	let terms = PeriodTerms {
		tariff: 0,
		notice: 0,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
	};
	let mut usage = PeriodUsage::open(Period { start: MARCH, end: APRIL }, terms, Some(1), windows);
	for (at, quantity, peak, session) in reports {
		usage.add(MARCH + at, *quantity, *peak, *session);
	}
	let (lines, total) = pricing::bill(tariff, &usage, in_force).ok()?;
	Some(Invoice {
		agreement: 0,
		subscriber: AccountId32::new([1; 32]),
		provider: AccountId32::new([2; 32]),
		period: Period { start: MARCH, end: APRIL },
		tariff: 0,
		version: 1,
		quantity: usage.quantity,
		lines,
		total,
		paid: 0,
		credit_applied: 0,
		credited: 0,
		issued: APRIL,
		due: APRIL + 14 * 86_400_000,
		status: InvoiceStatus::Open,
		payments: 0,
		disputed: false,
		plan: false,
	})
}

/// `value` as the client decodes it from the wire.
fn as_client<T: Decode>(value: &impl Encode) -> T {
	T::decode(&mut &value.encode()[..]).expect("the client decodes the chain's encoding")
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: 256,
		rng_seed: proptest::test_runner::RngSeed::Fixed(24),
		..ProptestConfig::default()
	})]

	#[test]
	fn the_client_finds_every_pallet_bill_right_and_a_bill_a_unit_off_wrong(
		tariff in tariff(),
		reports in reports(),
		in_force in 1..=APRIL - MARCH,
		line_pick in any::<prop::sample::Index>(),
	) {
		let Some(invoice) = pallet_invoice(&tariff, &reports, in_force) else {
			return Err(TestCaseError::reject("the bill does not fit a u128"));
		};
		let client_tariff: ClientTariff = as_client(&tariff);
		let mut client_invoice: ClientInvoice = as_client(&invoice);
		let found = recompute(&client_invoice, &client_tariff);
		prop_assert!(found.is_empty(), "{found:?} in {invoice:?}");

		if !client_invoice.lines.0.is_empty() {
			let n = line_pick.index(client_invoice.lines.0.len());
			client_invoice.lines.0[n].amount += 1;
			client_invoice.total += 1;
			prop_assert!(
				!recompute(&client_invoice, &client_tariff).is_empty(),
				"line {n} a unit off went unnoticed"
			);
		}
	}
}
