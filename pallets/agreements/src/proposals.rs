//! Concluding on chain: one party proposes terms (holding a deposit), the other accepts or
//! rejects them; the proposer can withdraw them, anyone can remove them after their deadline.

use crate::{BalanceOf, Config, Error, HoldReason, Pallet, Proposal, Proposals, TermsOf};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use meterchain_primitives::AgreementId;
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Proposes `terms` on behalf of `who`, a party, holding the deposit. Returns the terms
	/// hash and the deposit.
	pub(crate) fn do_propose(
		who: &T::AccountId,
		terms: &TermsOf<T>,
	) -> Result<(H256, BalanceOf<T>), DispatchError> {
		ensure!(terms.is_party(who), Error::<T>::NotParty);
		let terms_hash = Self::hash_of(terms);
		ensure!(!Proposals::<T>::contains_key(terms_hash), Error::<T>::AlreadyProposed);
		Self::check_conclusion(terms, terms_hash)?;
		let deposit = Self::hold_deposit(who)?;
		Proposals::<T>::insert(
			terms_hash,
			Proposal { terms: terms.clone(), proposer: who.clone(), deposit },
		);
		Ok((terms_hash, deposit))
	}

	/// `who`, the party that did not propose, accepts proposal `terms_hash`: the agreement is
	/// concluded. Returns its id and terms.
	pub(crate) fn do_accept(
		who: &T::AccountId,
		terms_hash: H256,
	) -> Result<(AgreementId, TermsOf<T>), DispatchError> {
		let proposal = Proposals::<T>::get(terms_hash).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			proposal.terms.other_party(&proposal.proposer) == Some(who),
			Error::<T>::WrongParty
		);
		Self::check_conclusion(&proposal.terms, terms_hash)?;
		let id = Self::conclude(proposal.terms.clone(), terms_hash)?;
		Self::remove_proposal(terms_hash, &proposal)?;
		Ok((id, proposal.terms))
	}

	/// `who`, the party that did not propose, rejects proposal `terms_hash`.
	pub(crate) fn do_reject(who: &T::AccountId, terms_hash: H256) -> DispatchResult {
		let proposal = Proposals::<T>::get(terms_hash).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(
			proposal.terms.other_party(&proposal.proposer) == Some(who),
			Error::<T>::WrongParty
		);
		Self::remove_proposal(terms_hash, &proposal)
	}

	/// `who`, the proposer, withdraws proposal `terms_hash`.
	pub(crate) fn do_withdraw(who: &T::AccountId, terms_hash: H256) -> DispatchResult {
		let proposal = Proposals::<T>::get(terms_hash).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(proposal.proposer == *who, Error::<T>::WrongParty);
		Self::remove_proposal(terms_hash, &proposal)
	}

	/// Removes proposal `terms_hash` after its deadline. Returns its proposer.
	pub(crate) fn do_remove_expired_proposal(
		terms_hash: H256,
	) -> Result<T::AccountId, DispatchError> {
		let proposal = Proposals::<T>::get(terms_hash).ok_or(Error::<T>::UnknownProposal)?;
		ensure!(Self::now() > proposal.terms.deadline, Error::<T>::NotExpired);
		Self::remove_proposal(terms_hash, &proposal)?;
		Ok(proposal.proposer)
	}

	/// Removes proposal `terms_hash` and releases its deposit.
	pub(crate) fn remove_proposal(terms_hash: H256, proposal: &Proposal<T>) -> DispatchResult {
		Proposals::<T>::remove(terms_hash);
		Self::release_deposit(&proposal.proposer, proposal.deposit)
	}

	/// Holds the proposal deposit from `who`. Returns it.
	pub(crate) fn hold_deposit(who: &T::AccountId) -> Result<BalanceOf<T>, DispatchError> {
		let deposit = T::ProposalDeposit::get();
		T::Currency::hold(&HoldReason::ProposalDeposit.into(), who, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		Ok(deposit)
	}

	/// Releases `amount` of `who`'s proposal deposits.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		// Best effort: settling a proposal must not fail because less than recorded is held.
		T::Currency::release(
			&HoldReason::ProposalDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		)?;
		Ok(())
	}
}
