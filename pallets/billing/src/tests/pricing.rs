//! Properties of the tariff arithmetic, over many generated tariffs and usages: no overflow
//! within realistic bounds, lines that sum to the total, every line rounded half up as
//! written, and bills that never fall when usage grows.

use crate::mock::{APRIL, MARCH};
use crate::{
	calendar::Period,
	pricing::{bill, round_half_up, PricingError},
	Band, Charge, Energy, PeriodUsage, Tariff, Tier, Window, MAX_BANDS, MAX_TIERS, PRICE_BASIS,
};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Gen(u64);

impl Gen {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
	}
	fn below(&mut self, bound: u64) -> u64 {
		self.next() % bound.max(1)
	}
}

/// Realistic bounds: prices up to 10^15 smallest units per kWh (1,000 tokens at 12
/// decimals), usage up to 10^12 base units in a period (1 TWh), peaks up to 10 GW.
const MAX_PRICE: u64 = 1_000_000_000_000_000;
const MAX_USAGE: u64 = 1_000_000_000_000;

fn tariff(g: &mut Gen) -> Tariff {
	let price = |g: &mut Gen| u128::from(g.below(MAX_PRICE));
	let energy = match g.below(3) {
		0 => Energy::Flat { price: price(g) },
		1 => {
			let n = 1 + g.below(u64::from(MAX_TIERS));
			let mut bound = 0;
			let tiers: Vec<Tier> = (0..n)
				.map(|i| {
					bound += 1 + g.below(MAX_USAGE / 8);
					Tier { up_to: (i + 1 < n).then_some(bound), price: price(g) }
				})
				.collect();
			Energy::Tiered { tiers: tiers.try_into().expect("within MAX_TIERS") }
		},
		_ => {
			let n = g.below(u64::from(MAX_BANDS) + 1) as u16;
			let bands: Vec<Band> = (0..n)
				.map(|i| Band {
					window: Window { days: 0x7f, from_minute: i * 360, to_minute: i * 360 + 360 },
					price: price(g),
				})
				.collect();
			Energy::TimeOfUse { base: price(g), bands: bands.try_into().expect("within MAX_BANDS") }
		},
	};
	Tariff {
		energy,
		standing_charge: price(g),
		demand_charge: price(g),
		session_fee: price(g),
		tax_bps: g.below(10_001) as u16,
	}
}

/// The terms of tariff 0, monthly and postpaid.
fn monthly_postpaid() -> crate::PeriodTerms {
	crate::PeriodTerms {
		tariff: 0,
		notice: 0,
		cycle: meterchain_primitives::BillingCycle::Monthly,
		payment: meterchain_primitives::PaymentMode::Postpaid { due_days: 14 },
	}
}

fn accrual(g: &mut Gen, tariff: &Tariff) -> PeriodUsage {
	let windows = match &tariff.energy {
		Energy::TimeOfUse { bands, .. } => bands.iter().map(|b| b.window).collect::<Vec<_>>(),
		_ => Vec::new(),
	};
	let mut accrual = PeriodUsage::open(
		Period { start: MARCH, end: APRIL },
		monthly_postpaid(),
		Some(1),
		windows.try_into().expect("fits"),
	);
	for _ in 0..g.below(20) {
		let at = MARCH + g.below(APRIL - MARCH);
		let session = g.below(2) == 0;
		accrual.add(at, g.below(MAX_USAGE / 20), Some(g.below(10_000_000_000) as u32), session);
	}
	accrual
}

fn divisor(charge: Charge, period: u64) -> u128 {
	match charge {
		Charge::Usage | Charge::Tier(_) | Charge::Band(_) | Charge::OffBand => PRICE_BASIS.into(),
		Charge::Standing => period.into(),
		Charge::Demand => 1_000,
		Charge::Sessions => 1,
		Charge::Tax => 10_000,
	}
}

#[test]
fn realistic_bills_never_overflow_and_their_lines_sum_to_the_total() {
	let mut g = Gen(0x5eed);
	for _ in 0..20_000 {
		let tariff = tariff(&mut g);
		let accrual = accrual(&mut g, &tariff);
		let in_force = g.below(accrual.period.len() + 1);
		let (lines, total) = bill(&tariff, &accrual, in_force).expect("within bounds, no overflow");
		assert_eq!(lines.iter().map(|l| l.amount).sum::<u128>(), total);
		// The usage lines account for all usage, once.
		let usage: u128 = lines
			.iter()
			.filter(|l| {
				matches!(
					l.charge,
					Charge::Usage | Charge::Tier(_) | Charge::Band(_) | Charge::OffBand
				)
			})
			.map(|l| l.quantity)
			.sum();
		assert_eq!(usage, u128::from(accrual.quantity));
	}
}

#[test]
fn every_line_is_the_exact_amount_rounded_half_up() {
	let mut g = Gen(0xbeef);
	for _ in 0..20_000 {
		let tariff = tariff(&mut g);
		let accrual = accrual(&mut g, &tariff);
		let (lines, _) = bill(&tariff, &accrual, accrual.period.len()).expect("no overflow");
		for line in lines {
			let d = divisor(line.charge, accrual.period.len());
			let exact = line.quantity * line.rate; // fits: checked by `bill`
										  // amount = round(exact / d): |amount·d − exact| ≤ d/2, ties up.
			let scaled = line.amount * d;
			assert!(scaled + d / 2 >= exact && scaled <= exact + d / 2, "{line:?}");
			if d.is_multiple_of(2) && exact % d == d / 2 {
				assert!(scaled > exact, "a tie rounds up: {line:?}");
			}
		}
	}
}

#[test]
fn more_usage_never_costs_less() {
	let mut g = Gen(0xcafe);
	for _ in 0..20_000 {
		let tariff = tariff(&mut g);
		let accrual = accrual(&mut g, &tariff);
		let mut more = accrual.clone();
		let at = MARCH + g.below(APRIL - MARCH);
		more.add(at, g.below(MAX_USAGE / 20), None, false);
		let in_force = accrual.period.len();
		let (_, before) = bill(&tariff, &accrual, in_force).expect("no overflow");
		let (_, after) = bill(&tariff, &more, in_force).expect("no overflow");
		assert!(after >= before, "{tariff:?}: {before} then {after}");
	}
}

#[test]
fn overflow_is_refused_not_wrapped() {
	assert_eq!(round_half_up(u128::MAX, 2, 1), Err(PricingError::Overflow));
	assert_eq!(
		round_half_up(u128::MAX, 1, 2),
		Err(PricingError::Overflow),
		"the half added overflows"
	);
	assert_eq!(round_half_up(7, 1, 0), Ok(0));
	let tariff = Tariff {
		energy: Energy::Flat { price: u128::MAX },
		standing_charge: 0,
		demand_charge: 0,
		session_fee: 0,
		tax_bps: 0,
	};
	let mut accrual = PeriodUsage::open(
		Period { start: MARCH, end: APRIL },
		monthly_postpaid(),
		Some(1),
		Default::default(),
	);
	accrual.add(MARCH, 2, None, false);
	assert_eq!(bill(&tariff, &accrual, 0), Err(PricingError::Overflow));
}

#[test]
fn rounding_is_half_up() {
	assert_eq!(round_half_up(1, 1_499, 1_000), Ok(1));
	assert_eq!(round_half_up(1, 1_500, 1_000), Ok(2));
	assert_eq!(round_half_up(1, 2_500, 1_000), Ok(3), "not to even");
	assert_eq!(round_half_up(3, 1, 10_000), Ok(0));
}
