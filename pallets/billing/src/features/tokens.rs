//! Offline top-up tokens (seed 004): buying one on chain, and recording the token the
//! provider's vending service signed for it.
//!
//! A purchase is a top-up of the agreement's credit that also gives the device its next token
//! number — numbers only increase, per device — and an expiry. The vending service (which holds
//! the provider's token key, never its account key) signs the token
//! ([`meterchain_primitives::TopUpToken`]) and anyone may submit it: the chain checks that it
//! matches the purchase and carries the provider's token key's signature for this chain, and
//! records its hash, so the subscriber can check that what it was handed is what was issued.
//! The meter checks the same signature off line and refuses a number it has already accepted.

use crate::{Config, Error, Event, Money, Pallet, TokenNumbers, TokenPurchase, Tokens};
use frame_support::{ensure, traits::Get};
use meterchain_primitives::{AgreementId, Agreements, DeviceId, Registry, SignedToken};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_purchase_token(
		who: T::AccountId,
		id: AgreementId,
		device: DeviceId,
		amount: Money,
	) -> DispatchResult {
		let (agreement, threshold) = Self::prepaid_agreement_of(&who, id)?;
		let info = T::Registry::device(device).ok_or(Error::<T>::UnknownDevice)?;
		let now = Self::now();
		let covering = T::Agreements::active_for_device(device, info.service, now);
		ensure!(covering.is_some_and(|a| a.id == id), Error::<T>::DeviceNotCovered);
		let number = TokenNumbers::<T>::get(device).checked_add(1).ok_or(Error::<T>::Overflow)?;
		Self::ensure_token_room(id, now)?;
		Self::add_credit(&agreement, threshold, amount)?;
		Self::index_token(id, now, device, number);

		let expires = now.saturating_add(T::TokenValidity::get());
		TokenNumbers::<T>::insert(device, number);
		Tokens::<T>::insert(
			device,
			number,
			TokenPurchase { agreement: id, amount, purchased: now, expires, hash: None },
		);
		Self::deposit_event(Event::TokenPurchased {
			agreement: id,
			device,
			number,
			amount,
			expires,
		});
		Ok(())
	}

	pub(crate) fn do_issue_token(signed: SignedToken) -> DispatchResult {
		let token = signed.token;
		let mut purchase =
			Tokens::<T>::get(token.device, token.number).ok_or(Error::<T>::UnknownToken)?;
		ensure!(purchase.hash.is_none(), Error::<T>::TokenAlreadyIssued);
		ensure!(
			purchase.amount == token.amount && purchase.expires == token.expires,
			Error::<T>::TokenMismatch
		);
		let provider =
			T::Registry::device_provider(token.device).ok_or(Error::<T>::UnknownDevice)?;
		let key = T::Registry::token_key(&provider).ok_or(Error::<T>::BadTokenSignature)?;
		let payload = token.signing_payload(&Self::genesis_hash());
		ensure!(key.verify(&payload, &signed.signature), Error::<T>::BadTokenSignature);

		let hash = signed.hash();
		purchase.hash = Some(hash);
		Tokens::<T>::insert(token.device, token.number, purchase);
		Self::deposit_event(Event::TokenIssued {
			device: token.device,
			number: token.number,
			hash,
		});
		Ok(())
	}

	/// This chain's genesis hash, which a token's signature covers.
	pub(crate) fn genesis_hash() -> [u8; 32] {
		use sp_runtime::traits::Zero;
		let hash = frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		);
		<[u8; 32]>::try_from(hash.as_ref()).unwrap_or_default()
	}
}
