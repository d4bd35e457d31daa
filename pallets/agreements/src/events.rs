//! The pallet's events: a section of the pallet module (`#[pallet_section]`), imported into it
//! by `lib.rs`, so that the skeleton stays readable.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A party proposed terms on chain; `deposit` is held from it.
		Proposed {
			terms_hash: H256,
			proposer: T::AccountId,
			provider: T::AccountId,
			subscriber: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// The other party rejected proposed terms; the proposer's deposit was released.
		ProposalRejected { terms_hash: H256, by: T::AccountId },
		/// The proposer withdrew its proposal and its deposit was released.
		ProposalWithdrawn { terms_hash: H256, proposer: T::AccountId },
		/// A proposal past its deadline was removed and its proposer's deposit released.
		ProposalExpired { terms_hash: H256, proposer: T::AccountId },
		/// Both parties signed the terms: agreement `id` is in force. A proposal of the same
		/// terms, if any, was settled and its deposit released.
		Concluded {
			id: AgreementId,
			terms_hash: H256,
			provider: T::AccountId,
			subscriber: T::AccountId,
		},
		/// A party proposed an amendment on chain; `deposit` is held from it.
		AmendmentProposed {
			id: AgreementId,
			terms_hash: H256,
			proposer: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// A pending amendment was cancelled (by a party, or because the agreement was amended
		/// otherwise or ended) and its proposer's deposit released.
		AmendmentCancelled { id: AgreementId, terms_hash: H256 },
		/// Both parties signed new terms: they are version `version` of agreement `id`.
		Amended { id: AgreementId, version: u32, terms_hash: H256 },
		/// A party proposed terminating the agreement by mutual consent.
		TerminationProposed { id: AgreementId, by: T::AccountId },
		/// The proposer of a termination withdrew it.
		TerminationCancelled { id: AgreementId, by: T::AccountId },
		/// Both parties agreed to end the agreement: it ended at `at` (now).
		Terminated { id: AgreementId, at: Moment },
		/// A party gave notice: the agreement ends at `ends_at`.
		NoticeGiven { id: AgreementId, by: T::AccountId, ends_at: Moment },
		/// An agreement whose end had passed was closed; it ended at `at`.
		Closed { id: AgreementId, at: Moment },
	}
}
