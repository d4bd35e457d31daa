//! What each call does, as `do_<call>` functions: the calls in `lib.rs` check the origin and
//! hand over to these.

use crate::{
	Case, CaseAnswer, CaseId, CaseKind, CaseStatus, Cases, Config, Error, Event, NextCaseId,
	OpenCases, Pallet,
};
use frame_support::{ensure, traits::Get};
use meterchain_primitives::{AgreementId, Agreements as _, Reason, ResponseLog as _};
use sp_runtime::DispatchResult;

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
		Self::received(&terms.provider);
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
		Self::answered(&who, case.opened, case.respond_by, now);
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
			Self::lapsed(&case.provider);
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
}
