//! What a provider owes its subscribers besides supply: answers. Disputes (billing) and cases
//! (the cases pallet) both run on a deadline, and both count in one public record of how each
//! provider answers, kept by the cases pallet ([`ResponseLog`]).

use crate::{AgreementId, Moment};
use sp_core::ConstU32;
use sp_runtime::BoundedVec;

/// The longest text a dispute, case or answer carries on chain.
pub const MAX_REASON_LEN: u32 = 512;

/// A dispute's or case's text, or an answer: its hash, or a short ciphertext for the other
/// side. Personal data never goes on chain in the clear.
pub type Reason = BoundedVec<u8, ConstU32<MAX_REASON_LEN>>;

/// The record of how providers answer disputes and cases. The cases pallet keeps it; billing
/// reports each dispute's steps to it.
pub trait ResponseLog {
	/// The chain's account id.
	type AccountId;

	/// `provider` received a dispute or case.
	fn received(provider: &Self::AccountId);
	/// `provider` answered at `now` a dispute or case opened at `opened`, due by `respond_by`.
	fn answered(provider: &Self::AccountId, opened: Moment, respond_by: Moment, now: Moment);
	/// A dispute or case before `provider` was escalated unanswered past its deadline.
	fn lapsed(provider: &Self::AccountId);
	/// How many cases about `agreement` wait for its provider's answer: an agreement with one
	/// is not pruned.
	fn open_cases(agreement: AgreementId) -> u32;
}
