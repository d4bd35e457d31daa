//! Subscribers: self-registration against a deposit, personal data kept off chain.

use crate::{
	BalanceOf, CiphertextOf, Config, Envelope, Error, HoldReason, IdTags, Pallet, Providers,
	SubscriberInfo, SubscriberTags, Subscribers,
};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use meterchain_primitives::Agreements;
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Registers `who` as a subscriber and holds the deposit, which it returns.
	pub(crate) fn do_register_subscriber(
		who: &T::AccountId,
		data_hash: H256,
		envelope: Option<(T::AccountId, CiphertextOf<T>)>,
	) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(!Subscribers::<T>::contains_key(who), Error::<T>::AlreadyRegistered);
		let envelope = Self::envelope(envelope)?;
		let deposit = T::SubscriberDeposit::get();
		T::Currency::hold(&HoldReason::SubscriberDeposit.into(), who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		Subscribers::<T>::insert(
			who,
			SubscriberInfo { data_hash, envelope, deposit, registered_at: Self::now() },
		);
		Ok(deposit)
	}

	/// Replaces subscriber `who`'s data hash and envelope.
	pub(crate) fn do_update_subscriber(
		who: &T::AccountId,
		data_hash: H256,
		envelope: Option<(T::AccountId, CiphertextOf<T>)>,
	) -> DispatchResult {
		let mut subscriber = Subscribers::<T>::get(who).ok_or(Error::<T>::NotSubscriber)?;
		subscriber.envelope = Self::envelope(envelope)?;
		subscriber.data_hash = data_hash;
		Subscribers::<T>::insert(who, subscriber);
		Ok(())
	}

	/// Deregisters subscriber `who`, removing its tags and releasing its deposit. Returns the
	/// released deposit and how many tags were removed.
	pub(crate) fn do_deregister_subscriber(
		who: &T::AccountId,
	) -> Result<(BalanceOf<T>, u32), DispatchError> {
		let subscriber = Subscribers::<T>::get(who).ok_or(Error::<T>::NotSubscriber)?;
		ensure!(!T::Agreements::has_active_agreement(who), Error::<T>::HasActiveAgreement);
		let tags = SubscriberTags::<T>::take(who);
		for tag in &tags {
			IdTags::<T>::remove(tag);
		}
		// Best effort: deregistration must not fail because less than recorded is on hold.
		let released = T::Currency::release(
			&HoldReason::SubscriberDeposit.into(),
			who,
			subscriber.deposit,
			Precision::BestEffort,
		)?;
		Subscribers::<T>::remove(who);
		Ok((released, tags.len() as u32))
	}

	/// Checks an envelope's recipient and turns it into a record.
	fn envelope(
		envelope: Option<(T::AccountId, CiphertextOf<T>)>,
	) -> Result<Option<Envelope<T>>, DispatchError> {
		envelope
			.map(|(recipient, ciphertext)| {
				ensure!(Providers::<T>::contains_key(&recipient), Error::<T>::UnknownRecipient);
				Ok(Envelope { recipient, ciphertext })
			})
			.transpose()
	}
}
