//! Tariff arithmetic: from a period's accrued usage and a tariff version to invoice lines.
//!
//! ## Rounding, once for every line
//!
//! Every line is `amount = ⌊(quantity × rate + divisor / 2) / divisor⌋` — the exact product
//! rounded half up to a smallest money unit — where the divisor is the unit the rate is
//! quoted in:
//!
//! | line | quantity | rate | divisor |
//! |---|---|---|---|
//! | usage, tier, band, off-band | base units | money per [`PRICE_BASIS`] units | [`PRICE_BASIS`] |
//! | standing charge | ms of the period in force | money per period | the period's ms |
//! | demand charge | peak W | money per kW | 1,000 |
//! | sessions | sessions | money per session | 1 |
//! | tax | the sum of the lines above | basis points | 10,000 |
//!
//! The total is the sum of the lines' amounts, so the lines always sum to the total; tax is
//! computed on the sum of the rounded lines above it. All arithmetic is checked: a tariff and
//! usage whose bill does not fit a `u128` is refused, never wrapped.

use crate::types::{Charge, Energy, Line, Lines, Money, PeriodUsage, Tariff, PRICE_BASIS};
use alloc::vec::Vec;

/// Why a bill could not be computed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PricingError {
	/// An amount does not fit the money type.
	Overflow,
}

/// `⌊(quantity × rate + divisor / 2) / divisor⌋`: the rounding of every line, the primitives'
/// [`meterchain_primitives::rounding::round_half_up`] (one rule for the chain and for anyone
/// recomputing a bill).
pub fn round_half_up(quantity: u128, rate: Money, divisor: u128) -> Result<Money, PricingError> {
	meterchain_primitives::rounding::round_half_up(quantity, rate, divisor)
		.ok_or(PricingError::Overflow)
}

/// A line of `quantity` at `rate` per `divisor`.
fn line(charge: Charge, quantity: u128, rate: Money, divisor: u128) -> Result<Line, PricingError> {
	Ok(Line { charge, quantity, rate, amount: round_half_up(quantity, rate, divisor)? })
}

/// The lines and total of the bill for `accrual`, one period's usage, priced by `tariff`, with
/// the agreement in force for `in_force_ms` of the period.
pub fn bill(
	tariff: &Tariff,
	accrual: &PeriodUsage,
	in_force_ms: u64,
) -> Result<(Lines, Money), PricingError> {
	let mut lines = Vec::new();
	let basis = u128::from(PRICE_BASIS);
	match &tariff.energy {
		Energy::Flat { price } => {
			if accrual.quantity > 0 {
				lines.push(line(Charge::Usage, accrual.quantity.into(), *price, basis)?);
			}
		},
		Energy::Tiered { tiers } => {
			let mut below = 0u64;
			for (n, tier) in tiers.iter().enumerate() {
				let top = tier.up_to.unwrap_or(u64::MAX).min(accrual.quantity);
				let in_tier = top.saturating_sub(below);
				if in_tier > 0 {
					lines.push(line(Charge::Tier(n as u8), in_tier.into(), tier.price, basis)?);
				}
				below = below.max(top);
			}
		},
		Energy::TimeOfUse { base, bands } => {
			let mut in_bands = 0u64;
			for (n, band) in bands.iter().enumerate() {
				let quantity = accrual.by_window.get(n).copied().unwrap_or(0);
				in_bands = in_bands.saturating_add(quantity);
				if quantity > 0 {
					lines.push(line(Charge::Band(n as u8), quantity.into(), band.price, basis)?);
				}
			}
			let off = accrual.quantity.saturating_sub(in_bands);
			if off > 0 {
				lines.push(line(Charge::OffBand, off.into(), *base, basis)?);
			}
		},
	}
	if tariff.standing_charge > 0 && in_force_ms > 0 {
		let period = u128::from(accrual.period.len());
		let in_force = u128::from(in_force_ms).min(period);
		lines.push(line(Charge::Standing, in_force, tariff.standing_charge, period)?);
	}
	if tariff.demand_charge > 0 && accrual.peak > 0 {
		lines.push(line(Charge::Demand, accrual.peak.into(), tariff.demand_charge, 1_000)?);
	}
	if tariff.session_fee > 0 && accrual.sessions > 0 {
		lines.push(line(Charge::Sessions, accrual.sessions.into(), tariff.session_fee, 1)?);
	}
	let subtotal = sum(&lines)?;
	if tariff.tax_bps > 0 && subtotal > 0 {
		lines.push(line(Charge::Tax, subtotal, tariff.tax_bps.into(), 10_000)?);
	}
	let total = sum(&lines)?;
	// At most one line per tier or band, one off-band, standing, demand, sessions and tax:
	// within `MAX_LINES` by construction.
	Ok((Lines::truncate_from(lines), total))
}

/// The sum of the lines' amounts.
pub fn sum(lines: &[Line]) -> Result<Money, PricingError> {
	lines
		.iter()
		.try_fold(0u128, |total, line| total.checked_add(line.amount))
		.ok_or(PricingError::Overflow)
}
