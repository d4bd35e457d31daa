//! Cases: seed 003's channel for questions, complaints and suggestions about an agreement.
//!
//! A case runs like a dispute without the money:
//!
//! 1. The agreement's subscriber opens it with a body — the hash of its text, which the
//!    subscriber's portal sends to the provider encrypted, or a short ciphertext — and the
//!    provider has [`Config::ResponsePeriod`] to answer.
//! 2. The provider answers (with the hash or ciphertext of its reply): the case is then
//!    **answered**, or **rejected** when the provider turns a complaint down.
//! 3. A rejected case, or one left unanswered past its deadline, can be escalated by the
//!    subscriber to [`Config::ArbiterOrigin`], which upholds or dismisses it. The ruling is
//!    final.
//!
//! Personal data never goes on chain: what the chain keeps is who wrote what (by hash) when,
//! and when it was answered — enough for either side to prove the exchange later.
//!
//! **Response times** are kept per provider ([`ResponseStats`]) for cases and disputes alike,
//! so anyone can see how fast a utility answers its subscribers and how often it lets a
//! deadline pass: the view function `response_times(provider)`.
//!
//! A subscriber can have at most [`Config::MaxOpenCases`] cases waiting for an answer per
//! agreement, so the channel cannot be used to flood a provider.

use crate::{Cases, Config, Error, Event, NextCaseId, OpenCases, Pallet, Reason, ResponseTimes};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{ensure, traits::Get, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use meterchain_primitives::{AgreementId, Agreements as _, Moment};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::DispatchResult;

/// A case's number, assigned in the order cases are opened.
pub type CaseId = u64;

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

impl<T: Config> Pallet<T> {
	pub(crate) fn do_open_case(
		who: T::AccountId,
		agreement: AgreementId,
		kind: CaseKind,
		body: Reason,
	) -> DispatchResult {
		let terms = T::Agreements::concluded(agreement).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(terms.subscriber == who, Error::<T>::NotSubscriber);
		let open = OpenCases::<T>::get(agreement);
		ensure!(open < T::MaxOpenCases::get(), Error::<T>::TooManyOpenCases);
		let id = NextCaseId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = Self::now();
		let respond_by = now.saturating_add(T::ResponsePeriod::get());
		Self::note_received(&terms.provider);
		Cases::<T>::insert(
			id,
			Case {
				agreement,
				subscriber: who,
				provider: terms.provider,
				kind,
				body,
				opened: now,
				respond_by,
				answer: None,
				status: CaseStatus::Open,
			},
		);
		NextCaseId::<T>::put(next);
		OpenCases::<T>::insert(agreement, open.saturating_add(1));
		Self::deposit_event(Event::CaseOpened { case: id, agreement, kind, respond_by });
		Ok(())
	}

	pub(crate) fn do_answer_case(
		who: T::AccountId,
		id: CaseId,
		body: Reason,
		rejected: bool,
	) -> DispatchResult {
		let mut case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		ensure!(case.provider == who, Error::<T>::NotCaseProvider);
		ensure!(case.status == CaseStatus::Open, Error::<T>::CaseNotOpen);
		let now = Self::now();
		Self::note_answered(&who, case.opened, case.respond_by, now);
		Self::leave_open(case.agreement);
		case.answer = Some(CaseAnswer { at: now, body });
		case.status = if rejected { CaseStatus::Rejected } else { CaseStatus::Answered };
		Cases::<T>::insert(id, case);
		Self::deposit_event(Event::CaseAnswered { case: id, rejected });
		Ok(())
	}

	pub(crate) fn do_escalate_case(who: T::AccountId, id: CaseId) -> DispatchResult {
		let mut case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		ensure!(case.subscriber == who, Error::<T>::NotSubscriber);
		let unanswered = case.status == CaseStatus::Open && Self::now() > case.respond_by;
		ensure!(case.status == CaseStatus::Rejected || unanswered, Error::<T>::CannotEscalate);
		if unanswered {
			Self::note_lapsed(&case.provider);
			Self::leave_open(case.agreement);
		}
		case.status = CaseStatus::Escalated;
		Cases::<T>::insert(id, case);
		Self::deposit_event(Event::CaseEscalated { case: id });
		Ok(())
	}

	pub(crate) fn do_rule_case(id: CaseId, upheld: bool) -> DispatchResult {
		let mut case = Cases::<T>::get(id).ok_or(Error::<T>::UnknownCase)?;
		ensure!(case.status == CaseStatus::Escalated, Error::<T>::NotEscalated);
		case.status = if upheld { CaseStatus::Upheld } else { CaseStatus::Dismissed };
		Cases::<T>::insert(id, case);
		Self::deposit_event(Event::CaseRuled { case: id, upheld });
		Ok(())
	}

	/// A case of `agreement` no longer waits for the provider.
	fn leave_open(agreement: AgreementId) {
		OpenCases::<T>::mutate_exists(agreement, |open| {
			*open = open.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
	}

	/// `provider` received a case or dispute.
	pub(crate) fn note_received(provider: &T::AccountId) {
		ResponseTimes::<T>::mutate(provider, |stats| {
			stats.received = stats.received.saturating_add(1)
		});
	}

	/// `provider` answered at `now` a case or dispute opened at `opened`, due by `respond_by`.
	pub(crate) fn note_answered(
		provider: &T::AccountId,
		opened: Moment,
		respond_by: Moment,
		now: Moment,
	) {
		let took = now.saturating_sub(opened);
		ResponseTimes::<T>::mutate(provider, |stats| {
			stats.answered = stats.answered.saturating_add(1);
			if now <= respond_by {
				stats.on_time = stats.on_time.saturating_add(1);
			}
			stats.total_response = stats.total_response.saturating_add(took);
			stats.longest_response = stats.longest_response.max(took);
		});
	}

	/// A case or dispute before `provider` was escalated unanswered past its deadline.
	pub(crate) fn note_lapsed(provider: &T::AccountId) {
		ResponseTimes::<T>::mutate(provider, |stats| stats.lapsed = stats.lapsed.saturating_add(1));
	}
}
