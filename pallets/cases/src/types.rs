//! What the cases pallet stores: cases with their answers, and each provider's response
//! times.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use meterchain_primitives::{AgreementId, Moment, Reason};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

pub use meterchain_primitives::CaseId;

/// What a case is about.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub enum CaseKind {
	/// A question to the provider.
	Question,
	/// A complaint about the service.
	Complaint,
	/// A suggestion.
	Suggestion,
}

/// Where a case stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub enum CaseStatus {
	/// Waiting for the provider's answer.
	Open,
	/// The provider answered it.
	Answered,
	/// The provider rejected it; the subscriber may escalate.
	Rejected,
	/// Before the arbiter.
	Escalated,
	/// The arbiter upheld it (final).
	Upheld,
	/// The arbiter dismissed it (final).
	Dismissed,
}

/// The provider's answer to a case.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct CaseAnswer {
	/// When it was given.
	pub at: Moment,
	/// Its hash, or its ciphertext for the subscriber.
	pub body: Reason,
}

/// A question, complaint or suggestion about an agreement.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct Case<T: Config> {
	/// The agreement it is about.
	pub agreement: AgreementId,
	/// Who opened it: the agreement's subscriber.
	pub subscriber: T::AccountId,
	/// Who is to answer: the agreement's provider.
	pub provider: T::AccountId,
	/// Question, complaint or suggestion.
	pub kind: CaseKind,
	/// The subscriber's text: its hash, or its ciphertext for the provider.
	pub body: Reason,
	/// When it was opened.
	pub opened: Moment,
	/// By when the provider is to answer.
	pub respond_by: Moment,
	/// The provider's answer, once given.
	pub answer: Option<CaseAnswer>,
	/// Where it stands.
	pub status: CaseStatus,
}

/// How a provider answers its subscribers' cases and disputes.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub struct ResponseStats {
	/// Cases and disputes opened against it.
	pub received: u32,
	/// How many of them it answered.
	pub answered: u32,
	/// How many it answered by the deadline.
	pub on_time: u32,
	/// How many the subscriber escalated unanswered after the deadline passed.
	pub lapsed: u32,
	/// The time it took to answer, summed over the answered ones (ms).
	pub total_response: Moment,
	/// The longest it took to answer one (ms).
	pub longest_response: Moment,
}

impl ResponseStats {
	/// The average time to an answer (ms); `None` before the first answer.
	pub fn average_response(&self) -> Option<Moment> {
		(self.answered > 0).then(|| self.total_response / Moment::from(self.answered))
	}

	/// Cases and disputes received but neither answered nor lapsed: still before the provider.
	pub fn waiting(&self) -> u32 {
		self.received.saturating_sub(self.answered).saturating_sub(self.lapsed)
	}
}
