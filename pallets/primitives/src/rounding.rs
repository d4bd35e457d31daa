//! The rounding rule of every bill line, written once: the chain's billing applies it, and
//! anyone recomputing a bill (a portal, an auditor, a meter showing its cost) uses the same.

use crate::Money;

/// `⌊(quantity × rate + divisor / 2) / divisor⌋`: `quantity` at `rate` money per `divisor`
/// units, rounded half up (never to even) to a smallest money unit. A zero divisor gives zero
/// (an empty period has nothing to charge). `None` if an intermediate does not fit a `u128`.
pub fn round_half_up(quantity: u128, rate: Money, divisor: u128) -> Option<Money> {
	if divisor == 0 {
		return Some(0);
	}
	let product = quantity.checked_mul(rate)?;
	Some(product.checked_add(divisor / 2)? / divisor)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn halves_round_up_never_to_even_and_overflow_is_none() {
		assert_eq!(round_half_up(1, 1_499, 1_000), Some(1));
		assert_eq!(round_half_up(1, 1_500, 1_000), Some(2));
		assert_eq!(round_half_up(1, 2_500, 1_000), Some(3), "not to even");
		assert_eq!(round_half_up(3, 1, 10_000), Some(0));
		assert_eq!(round_half_up(7, 1, 0), Some(0));
		assert_eq!(round_half_up(u128::MAX, 2, 1), None);
		assert_eq!(round_half_up(u128::MAX, 1, 2), None, "the half added overflows");
	}
}
