//! Ending agreements: mutual termination (on chain or with two signatures, immediate),
//! notice by one party (ends after the agreed notice period), and closing once the end passed.

use crate::{
	earliest, AgreementRecord, AgreementStatus, Agreements, Config, Error, Pallet,
	PendingTerminations, SignedAction, SubscriberOpen,
};
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use meterchain_primitives::{AgreementId, Moment};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// `who`, a party, proposes terminating agreement `id`.
	pub(crate) fn do_propose_termination(who: &T::AccountId, id: AgreementId) -> DispatchResult {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(record.terms.is_party(who), Error::<T>::NotParty);
		ensure!(record.is_open_at(Self::now()), Error::<T>::AlreadyEnded);
		ensure!(!PendingTerminations::<T>::contains_key(id), Error::<T>::TerminationPending);
		PendingTerminations::<T>::insert(id, who);
		Ok(())
	}

	/// `who`, its proposer, withdraws the proposal to terminate agreement `id`.
	pub(crate) fn do_cancel_termination(who: &T::AccountId, id: AgreementId) -> DispatchResult {
		ensure!(Agreements::<T>::contains_key(id), Error::<T>::UnknownAgreement);
		let proposer = PendingTerminations::<T>::get(id).ok_or(Error::<T>::NoTermination)?;
		ensure!(proposer == *who, Error::<T>::WrongParty);
		PendingTerminations::<T>::remove(id);
		Ok(())
	}

	/// `who`, the party that did not propose it, approves terminating agreement `id`: it ends
	/// now. Returns the moment and how many devices were freed.
	pub(crate) fn do_approve_termination(
		who: &T::AccountId,
		id: AgreementId,
	) -> Result<(Moment, u32), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let proposer = PendingTerminations::<T>::get(id).ok_or(Error::<T>::NoTermination)?;
		ensure!(record.terms.other_party(&proposer) == Some(who), Error::<T>::WrongParty);
		let now = Self::now();
		ensure!(record.is_open_at(now), Error::<T>::AlreadyEnded);
		let devices = Self::end(id, record, now)?;
		Ok((now, devices))
	}

	/// Ends agreement `id` now, both parties having signed its termination in its current
	/// version. Returns the moment and how many devices were freed.
	pub(crate) fn do_terminate_signed(
		id: AgreementId,
		deadline: Moment,
		subscriber_signature: &T::OffchainSignature,
		provider_signature: &T::OffchainSignature,
	) -> Result<(Moment, u32), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		let now = Self::now();
		ensure!(record.is_open_at(now), Error::<T>::AlreadyEnded);
		ensure!(now <= deadline, Error::<T>::DeadlineExpired);
		ensure!(
			deadline <= now.saturating_add(T::MaxSigningWindow::get()),
			Error::<T>::DeadlineTooFar
		);
		Self::check_signatures(
			&SignedAction::<()>::Terminate { agreement: id, version: record.version, deadline },
			&record.terms.subscriber,
			&record.terms.provider,
			subscriber_signature,
			provider_signature,
		)?;
		let devices = Self::end(id, record, now)?;
		Ok((now, devices))
	}

	/// `who`, a party, gives notice on agreement `id`. Returns when it ends and how many
	/// devices' coverage was shortened.
	pub(crate) fn do_give_notice(
		who: &T::AccountId,
		id: AgreementId,
	) -> Result<(Moment, u32), DispatchError> {
		let mut record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(record.terms.is_party(who), Error::<T>::NotParty);
		let now = Self::now();
		ensure!(record.is_open_at(now), Error::<T>::AlreadyEnded);
		ensure!(record.status == AgreementStatus::Active, Error::<T>::NoticeAlreadyGiven);
		let notice_end = now.saturating_add(record.terms.notice_period);
		let ends_at = earliest(record.terms.end, Some(notice_end)).unwrap_or(notice_end);
		record.status = AgreementStatus::NoticeGiven { by: who.clone(), ends_at };
		Self::cover(&record.terms.devices, record.coverage(id))?;
		let devices = record.terms.devices.len() as u32;
		Agreements::<T>::insert(id, record);
		Ok((ends_at, devices))
	}

	/// Closes agreement `id`, whose effective end has passed. Returns when it ended and how
	/// many devices were freed.
	pub(crate) fn do_close(id: AgreementId) -> Result<(Moment, u32), DispatchError> {
		let record = Agreements::<T>::get(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(!record.is_ended(), Error::<T>::AlreadyEnded);
		let at =
			record.effective_end().filter(|end| *end <= Self::now()).ok_or(Error::<T>::NotEnded)?;
		let devices = Self::end(id, record, at)?;
		Ok((at, devices))
	}

	/// Ends agreement `id` (now `record`) at `at`: frees its devices and its subscriber's slot
	/// and drops pending amendment and termination. Returns how many devices were freed.
	fn end(
		id: AgreementId,
		mut record: AgreementRecord<T>,
		at: Moment,
	) -> Result<u32, DispatchError> {
		record.status = AgreementStatus::Ended { at };
		Self::uncover(&record.terms.devices, id);
		SubscriberOpen::<T>::mutate_exists(&record.terms.subscriber, |open| {
			if let Some(ids) = open {
				ids.retain(|open_id| *open_id != id);
				if ids.is_empty() {
					*open = None;
				}
			}
		});
		PendingTerminations::<T>::remove(id);
		Self::cancel_pending_amendment(id)?;
		let devices = record.terms.devices.len() as u32;
		Agreements::<T>::insert(id, record);
		Ok(devices)
	}
}
