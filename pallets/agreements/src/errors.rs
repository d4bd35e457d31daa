//! The pallet's errors: a section of the pallet module (`#[pallet_section]`), imported into it
//! by `lib.rs`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod errors {
	#[pallet::error]
	pub enum Error<T> {
		/// No such proposal.
		UnknownProposal,
		/// No such agreement.
		UnknownAgreement,
		/// The agreement has no pending amendment.
		NoAmendment,
		/// The agreement has no pending termination.
		NoTermination,
		/// The caller is neither the provider nor the subscriber.
		NotParty,
		/// The caller is not the party this call is for (e.g. the proposer accepting its own
		/// proposal).
		WrongParty,
		/// The same terms are already proposed.
		AlreadyProposed,
		/// These terms were already concluded (or applied as an amendment).
		AlreadyConcluded,
		/// The terms' signing deadline has passed.
		DeadlineExpired,
		/// The proposal's deadline has not passed yet.
		NotExpired,
		/// Provider and subscriber are the same account.
		SameParty,
		/// The end is not after the start.
		InvalidPeriod,
		/// The notice period is longer than the configured maximum.
		NoticeTooLong,
		/// The provider is not active or does not offer the service.
		ServiceNotOffered,
		/// The subscriber is not registered.
		NotSubscriber,
		/// A device is listed twice.
		DuplicateDevice,
		/// A device does not exist.
		UnknownDevice,
		/// A device belongs to another provider.
		ForeignDevice,
		/// A device measures another service.
		WrongService,
		/// A device is decommissioned.
		DeviceDecommissioned,
		/// Another agreement covers a device during the terms' window.
		DeviceAlreadyCovered,
		/// A device is covered by the most open agreements it can be.
		TooManyDeviceAgreements,
		/// The subscriber has the most open agreements it can have.
		TooManyOpenAgreements,
		/// The subscriber's signature does not verify.
		BadSubscriberSignature,
		/// The provider's signature does not verify.
		BadProviderSignature,
		/// The balance cannot cover the proposal deposit.
		InsufficientBalance,
		/// An amendment cannot change the provider, the subscriber or the service.
		AmendmentChangesParties,
		/// The agreement already has a pending amendment.
		AmendmentPending,
		/// The amendment's terms are not those pending.
		TermsMismatch,
		/// The agreement was amended the most times it can be.
		TooManyVersions,
		/// The agreement already has a pending termination.
		TerminationPending,
		/// The agreement has ended, or its end has passed (then it can only be closed).
		AlreadyEnded,
		/// A party already gave notice.
		NoticeAlreadyGiven,
		/// The agreement's end has not passed (or it has none): it cannot be closed.
		NotEnded,
		/// All agreement ids are used.
		IdsExhausted,
		/// The terms name a tariff that was never published.
		UnknownTariff,
		/// The terms name another provider's tariff.
		ForeignTariff,
		/// The terms name a tariff for another service.
		WrongTariffService,
		/// The terms' signing deadline lies further ahead than [`Config::MaxSigningWindow`].
		DeadlineTooFar,
	}
}
