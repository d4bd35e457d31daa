//! Off-chain signatures: the signing payload and its verification.

use crate::{Config, Error, Pallet, SignedAction, BYTES_PREFIX, BYTES_SUFFIX, SIGNING_DOMAIN};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::DispatchResult};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Verify, Zero};

impl<T: Config> Pallet<T> {
	/// The bytes a party signs for `action`: the domain tag, this chain's genesis hash and the
	/// SCALE encoding of the action.
	pub(crate) fn payload<Terms: Encode>(action: &SignedAction<Terms>) -> Vec<u8> {
		let genesis = frame_system::BlockHash::<T>::get(BlockNumberFor::<T>::zero());
		let genesis: &[u8] = genesis.as_ref();
		let mut payload =
			Vec::with_capacity(SIGNING_DOMAIN.len() + genesis.len() + action.size_hint());
		payload.extend_from_slice(SIGNING_DOMAIN);
		payload.extend_from_slice(genesis);
		action.encode_to(&mut payload);
		payload
	}

	/// Checks that `subscriber` and `provider` both signed `action`.
	pub(crate) fn check_signatures<Terms: Encode>(
		action: &SignedAction<Terms>,
		subscriber: &T::AccountId,
		provider: &T::AccountId,
		subscriber_signature: &T::OffchainSignature,
		provider_signature: &T::OffchainSignature,
	) -> DispatchResult {
		let payload = Self::payload(action);
		ensure!(
			Self::is_signed_by(&payload, subscriber_signature, subscriber),
			Error::<T>::BadSubscriberSignature
		);
		ensure!(
			Self::is_signed_by(&payload, provider_signature, provider),
			Error::<T>::BadProviderSignature
		);
		Ok(())
	}

	/// Whether `signature` is `who`'s signature of `payload`, raw or wrapped in
	/// `<Bytes>…</Bytes>` as polkadot.js `signRaw` signs it.
	fn is_signed_by(payload: &[u8], signature: &T::OffchainSignature, who: &T::AccountId) -> bool {
		if signature.verify(payload, who) {
			return true;
		}
		let mut wrapped =
			Vec::with_capacity(BYTES_PREFIX.len() + payload.len() + BYTES_SUFFIX.len());
		wrapped.extend_from_slice(BYTES_PREFIX);
		wrapped.extend_from_slice(payload);
		wrapped.extend_from_slice(BYTES_SUFFIX);
		signature.verify(&wrapped[..], who)
	}
}
