//! # Agreements pallet
//!
//! Service agreements between a subscriber and a provider. An agreement counts only when both
//! parties signed the same terms, and an amendment or a mutual termination likewise (seed 003:
//! "a contract counts only when both subscriber and provider have signed the same terms (and
//! cancellation likewise)"). Other pallets ask it who pays whom, for what and how, through
//! [`meterchain_primitives::Agreements`]; it asks the registry who is who through
//! [`Config::Registry`].
//!
//! ## Terminology
//!
//! - **Terms** ([`Terms`]): provider, subscriber, service, tariff (one the provider published
//!   for that service, checked through [`Config::Tariffs`]), billing cycle (seed 002),
//!   payment mode (postpaid with due days, or prepaid with a low-credit threshold), the devices
//!   covered, start, optional end, notice period, the hash of the full contract document
//!   (optionally an encrypted copy), a nonce and a signing deadline. Their **hash** is
//!   `blake2_256(SCALE(terms))`.
//! - **Signing payload**: what a party signs off chain, `b"meterchain/agreements/v1"` ++ the
//!   chain's genesis hash ++ `SCALE(`[`SignedAction`]`)`. A signature over `<Bytes>` ++ payload
//!   ++ `</Bytes>` (what polkadot.js `signRaw` signs) is accepted too. The genesis hash makes a
//!   signature worthless on another chain; the action names the agreement and version it is
//!   for; concluded terms are remembered ([`UsedTerms`]) and carry a deadline, so no signature
//!   can be replayed.
//! - **Agreement** ([`AgreementRecord`]): concluded terms, numbered in conclusion order. Its
//!   **version** is 1, +1 per amendment; the hashes of earlier versions are kept.
//! - **Effective end**: the earliest of the terms' end, the end of a notice period and the
//!   moment the agreement was terminated. An agreement applies at `t` when
//!   `start <= t < effective end`.
//! - **Coverage**: an agreement covers its devices during `[start, effective end)`. A device is
//!   covered by at most one agreement at any time (and so per service: a device has one).
//! - **Open** agreement: one that has not ended ([`AgreementStatus::Ended`]). Once its effective
//!   end has passed anyone can [`close`](Pallet::close) it, which frees its devices and its
//!   subscriber's slot.
//!
//! ## Calls
//!
//! | index | call | who |
//! |---|---|---|
//! | 0 | [`propose`](Pallet::propose) | provider or subscriber of the terms |
//! | 1 | [`accept`](Pallet::accept) | the other party |
//! | 2 | [`reject`](Pallet::reject) | the other party |
//! | 3 | [`withdraw`](Pallet::withdraw) | the proposer |
//! | 4 | [`remove_expired_proposal`](Pallet::remove_expired_proposal) | anyone, after the deadline |
//! | 5 | [`conclude_signed`](Pallet::conclude_signed) | anyone, with both signatures |
//! | 6 | [`propose_amendment`](Pallet::propose_amendment) | a party |
//! | 7 | [`approve_amendment`](Pallet::approve_amendment) | the other party |
//! | 8 | [`cancel_amendment`](Pallet::cancel_amendment) | a party |
//! | 9 | [`amend_signed`](Pallet::amend_signed) | anyone, with both signatures |
//! | 10 | [`propose_termination`](Pallet::propose_termination) | a party |
//! | 11 | [`approve_termination`](Pallet::approve_termination) | the other party |
//! | 12 | [`terminate_signed`](Pallet::terminate_signed) | anyone, with both signatures |
//! | 13 | [`give_notice`](Pallet::give_notice) | a party |
//! | 14 | [`close`](Pallet::close) | anyone, after the effective end |
//! | 15 | [`cancel_termination`](Pallet::cancel_termination) | the proposer of a termination |
//!
//! Terms are concluded in one of two ways that end in the same active agreement: on chain (one
//! party proposes, the other accepts the same terms hash) or off chain (anyone submits the
//! terms with both signatures). Amendments and terminations have the same two ways. Each
//! call's documentation says what it does, its errors, its events and the seed behaviour it
//! serves.
//!
//! ## View functions
//!
//! `agreement(id)`, `agreements_of(who, start_after, limit)`, `proposal(terms_hash)`,
//! `pending_amendment(id)`, `pending_termination(id)`, `terms_hash(terms)` and
//! `signing_payload(action)`: see [`Pallet`]'s methods of those names.
//!
//! ## Design notes
//!
//! - **Checks on conclusion and amendment** (re-run when a proposal is accepted): terms not
//!   concluded before (`AlreadyConcluded`), `now <= deadline`, two different parties,
//!   `end > start`, notice period at most [`Config::MaxNoticePeriod`], the provider offers the
//!   service, the subscriber is registered, and every device exists, is the provider's, measures
//!   the service, is not decommissioned, is listed once and is not covered by another agreement
//!   during the new one's window; then room in the subscriber's and the devices' lists; then
//!   the signatures. An agreement without devices is allowed (e.g. EV charging at public
//!   chargers, answered by `active_between`).
//! - **Deposits.** Proposals (of terms or amendments) are user-created records that stay in
//!   storage until someone removes them, even past their deadline, so they hold
//!   [`Config::ProposalDeposit`] ([`HoldReason`]) until accepted, rejected, withdrawn, removed
//!   after their deadline, or cancelled. A termination
//!   proposal is one account per agreement, and only the parties can create it, so it holds
//!   nothing. Agreements themselves hold nothing: they are the chain's record of what was
//!   agreed and stay for audit (the pruning pallet compacts old ones).
//! - **One pending amendment, one pending termination per agreement.** An amendment concluded
//!   off chain, or the agreement's end, cancels a pending amendment (its deposit returns).
//! - **Coverage windows are stored** ([`DeviceAgreements`] keeps `(agreement, service, start,
//!   effective end)` per device, not just the id): the overlap check and `active_for_device`,
//!   which metering asks for every reading, read one small list and at most one record. Giving
//!   notice and amending update the windows.
//! - **Replay protection** needs no per-signature storage: a concluded terms hash is never
//!   concluded again, terms expire at their deadline, amendments are signed for a version,
//!   terminations for the version in force.
//! - **Time** is [`Config::UnixTime`] in milliseconds ([`Moment`]); the genesis hash is
//!   `frame_system`'s block hash 0 (stored from block 1 on).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod agreements;
mod amendments;
mod checks;
mod conclusion;
mod errors;
mod events;
mod proposals;
pub mod pruning;
mod signatures;
mod terminations;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
pub use pruning::ArchivedAgreement;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{pallet_macros::import_section, traits::fungible};
use meterchain_primitives::{AgreementId, DeviceId, Moment};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The storage layout's version.
const STORAGE_VERSION: frame_support::traits::StorageVersion =
	frame_support::traits::StorageVersion::new(1);

/// The most agreement ids `agreements_of` returns at once.
pub const MAX_PAGE: u32 = 100;

// The pallet macros expand to paths such as `frame_support::__private::Vec` where `Vec` is
// already in scope; the workspace's `unused_qualifications` lint would flag each expansion.
#[allow(unused_qualifications)]
#[import_section(events::events)]
#[import_section(errors::errors)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		dispatch::DispatchResultWithPostInfo,
		pallet_prelude::*,
		traits::{Get, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{IdentifyAccount, Verify};

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency from which proposal deposits are held.
		type Currency: fungible::Inspect<Self::AccountId>
			+ fungible::Mutate<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The registry: who is a provider offering which service, who is a subscriber, whose
		/// the devices are.
		type Registry: meterchain_primitives::Registry<AccountId = Self::AccountId>;

		/// The published tariffs (the billing pallet in the runtime): terms must name one of
		/// the provider's own, for their service.
		type Tariffs: meterchain_primitives::Tariffs<Self::AccountId>;

		/// Chain time (`pallet_timestamp` in the runtime).
		type UnixTime: UnixTime;

		/// A signature by a party over a signing payload (`MultiSignature` in the runtime:
		/// parties sign with their account keys, sr25519, ed25519 or ecdsa).
		type OffchainSignature: Verify<Signer = Self::OffchainPublic> + Parameter;

		/// The public key behind a party's account (`MultiSigner` in the runtime).
		type OffchainPublic: IdentifyAccount<AccountId = Self::AccountId> + Clone;

		/// Held from whoever proposes terms or an amendment on chain, until the proposal is
		/// settled.
		#[pallet::constant]
		type ProposalDeposit: Get<BalanceOf<Self>>;

		/// The most devices one agreement covers.
		#[pallet::constant]
		type MaxDevices: Get<u32>;

		/// The longest encrypted contract document, in bytes.
		#[pallet::constant]
		type MaxDocumentLen: Get<u32>;

		/// The most earlier versions an agreement keeps: it can be amended this many times.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// The most agreements one subscriber can have open (not ended) at once.
		#[pallet::constant]
		type MaxOpenPerSubscriber: Get<u32>;

		/// The most open agreements that can cover one device (back to back in time).
		#[pallet::constant]
		type MaxAgreementsPerDevice: Get<u32>;

		/// The longest notice period terms may state, in milliseconds.
		#[pallet::constant]
		type MaxNoticePeriod: Get<Moment>;

		/// How far ahead of their conclusion (or amendment) terms may set their signing
		/// deadline, in milliseconds. Bounds how long a signature stays usable, so that an
		/// ended agreement's terms need not be remembered forever to stop a replay: pruning
		/// forgets them once the agreement ended this long ago (keep it below pruning's
		/// retention).
		#[pallet::constant]
		type MaxSigningWindow: Get<Moment>;

		/// What other pallets still hold of an agreement (billing): an ended agreement is
		/// pruned only once they hold nothing.
		type Holdings: meterchain_primitives::AgreementHoldings;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up registry records for the benchmarks (the registry pallet in the runtime).
		#[cfg(feature = "runtime-benchmarks")]
		type RegistryBenchmark: meterchain_primitives::RegistryBenchmarking<Self::AccountId>;

		/// Publishes tariffs for the benchmarks (the billing pallet in the runtime).
		#[cfg(feature = "runtime-benchmarks")]
		type TariffsBenchmark: meterchain_primitives::TariffsBenchmarking<Self::AccountId>;

		/// Makes key pairs, signatures and chain time for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::OffchainPublic, Self::OffchainSignature>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A proposal of terms or of an amendment, until it is settled.
		ProposalDeposit,
	}

	/// Terms proposed on chain and not yet settled, by terms hash.
	// Hasher: Identity, the key is a blake2-256 hash: already uniformly distributed.
	#[pallet::storage]
	pub type Proposals<T: Config> = StorageMap<_, Identity, H256, Proposal<T>, OptionQuery>;

	/// The agreements, ended ones included until pruning removes them ([`crate::pruning`]).
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Agreements<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, AgreementRecord<T>, OptionQuery>;

	/// The id the next concluded agreement gets.
	#[pallet::storage]
	pub type NextAgreementId<T: Config> = StorageValue<_, AgreementId, ValueQuery>;

	/// The hash of every version of terms ever concluded or applied as an amendment, and its
	/// agreement. Terms are never used twice: with the deadline, this is what stops a pair of
	/// signatures from being replayed.
	// Hasher: Identity, the key is a blake2-256 hash: already uniformly distributed.
	#[pallet::storage]
	pub type UsedTerms<T: Config> = StorageMap<_, Identity, H256, AgreementId, OptionQuery>;

	/// The amendment proposed on chain for an agreement, awaiting the other party.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type PendingAmendments<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, Proposal<T>, OptionQuery>;

	/// The party that proposed terminating an agreement, awaiting the other party.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type PendingTerminations<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, T::AccountId, OptionQuery>;

	/// The open agreements covering each device, with their windows; no two windows overlap.
	// Hasher: Twox64Concat, ids are assigned by the registry in sequence.
	#[pallet::storage]
	pub type DeviceAgreements<T: Config> = StorageMap<
		_,
		Twox64Concat,
		DeviceId,
		BoundedVec<Coverage, T::MaxAgreementsPerDevice>,
		ValueQuery,
	>;

	/// Every agreement of every party (as provider or as subscriber), ended ones included until
	/// pruning removes them.
	// Hasher: Blake2_128Concat for the user-chosen account, Twox64Concat for the sequential id.
	#[pallet::storage]
	pub type PartyAgreements<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		AgreementId,
		(),
		OptionQuery,
	>;

	/// The open (not ended) agreements of each subscriber, in conclusion order.
	// Hasher: Blake2_128Concat, the account is user-chosen.
	#[pallet::storage]
	pub type SubscriberOpen<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<AgreementId, T::MaxOpenPerSubscriber>,
		ValueQuery,
	>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOpenPerSubscriber::get() > 0, "MaxOpenPerSubscriber must not be zero");
			assert!(
				T::MaxAgreementsPerDevice::get() > 0,
				"MaxAgreementsPerDevice must not be zero"
			);
			assert!(T::MaxVersions::get() < u32::MAX, "MaxVersions must leave room for a version");
			assert!(T::MaxDevices::get() > 0, "MaxDevices must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Proposes `terms` to the other party, holding [`Config::ProposalDeposit`] until the
		/// proposal is accepted, rejected, withdrawn or removed after its deadline.
		///
		/// - Origin: signed by the terms' provider or subscriber.
		/// - Errors: `NotParty`, `AlreadyProposed`, the conclusion checks (`AlreadyConcluded`,
		///   `DeadlineExpired`, `DeadlineTooFar`, `SameParty`, `InvalidPeriod`, `NoticeTooLong`,
		///   `ServiceNotOffered`, `NotSubscriber`, `UnknownTariff`, `ForeignTariff`,
		///   `WrongTariffService`, `DuplicateDevice`, `UnknownDevice`,
		///   `ForeignDevice`, `WrongService`, `DeviceDecommissioned`, `DeviceAlreadyCovered`,
		///   `TooManyDeviceAgreements`, `TooManyOpenAgreements`), `InsufficientBalance`.
		/// - Event: `Proposed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose(terms.devices.len() as u32))]
		pub fn propose(origin: OriginFor<T>, terms: TermsOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (terms_hash, deposit) = Self::do_propose(&who, &terms)?;
			Self::deposit_event(Event::Proposed {
				terms_hash,
				proposer: who,
				provider: terms.provider,
				subscriber: terms.subscriber,
				deposit,
			});
			Ok(())
		}

		/// Accepts the proposal of terms `terms_hash`: the checks run again, the agreement is
		/// concluded and the proposer's deposit released.
		///
		/// - Origin: signed by the party that did not propose.
		/// - Errors: `UnknownProposal` (also when accepted already), `WrongParty`, the
		///   conclusion checks, `IdsExhausted`.
		/// - Event: `Concluded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::accept(T::MaxDevices::get()))]
		pub fn accept(origin: OriginFor<T>, terms_hash: H256) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (id, terms) = Self::do_accept(&who, terms_hash)?;
			let devices = terms.devices.len() as u32;
			Self::deposit_event(Event::Concluded {
				id,
				terms_hash,
				provider: terms.provider,
				subscriber: terms.subscriber,
			});
			Ok(Some(T::WeightInfo::accept(devices)).into())
		}

		/// Rejects the proposal of terms `terms_hash` and releases the proposer's deposit.
		///
		/// - Origin: signed by the party that did not propose.
		/// - Errors: `UnknownProposal`, `WrongParty`.
		/// - Event: `ProposalRejected`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reject())]
		pub fn reject(origin: OriginFor<T>, terms_hash: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject(&who, terms_hash)?;
			Self::deposit_event(Event::ProposalRejected { terms_hash, by: who });
			Ok(())
		}

		/// Withdraws the caller's proposal of terms `terms_hash` and releases its deposit.
		///
		/// - Origin: signed by the proposer.
		/// - Errors: `UnknownProposal`, `WrongParty`.
		/// - Event: `ProposalWithdrawn`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, terms_hash: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(&who, terms_hash)?;
			Self::deposit_event(Event::ProposalWithdrawn { terms_hash, proposer: who });
			Ok(())
		}

		/// Removes the proposal of terms `terms_hash` once its deadline has passed, releasing
		/// the deposit to the proposer.
		///
		/// - Origin: any signed account.
		/// - Errors: `UnknownProposal`, `NotExpired`.
		/// - Event: `ProposalExpired`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_expired_proposal())]
		pub fn remove_expired_proposal(origin: OriginFor<T>, terms_hash: H256) -> DispatchResult {
			ensure_signed(origin)?;
			let proposer = Self::do_remove_expired_proposal(terms_hash)?;
			Self::deposit_event(Event::ProposalExpired { terms_hash, proposer });
			Ok(())
		}

		/// Concludes `terms` signed off chain by both parties: each signature is over the
		/// signing payload of `SignedAction::Conclude(terms)` (raw or `<Bytes>`-wrapped). A
		/// proposal of the same terms, if any, is settled and its deposit released.
		///
		/// - Origin: any signed account (e.g. the provider's portal).
		/// - Errors: the conclusion checks, `BadSubscriberSignature`, `BadProviderSignature`,
		///   `IdsExhausted`.
		/// - Event: `Concluded`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::conclude_signed(terms.devices.len() as u32))]
		pub fn conclude_signed(
			origin: OriginFor<T>,
			terms: TermsOf<T>,
			subscriber_signature: T::OffchainSignature,
			provider_signature: T::OffchainSignature,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let (id, terms_hash) =
				Self::do_conclude_signed(&terms, &subscriber_signature, &provider_signature)?;
			Self::deposit_event(Event::Concluded {
				id,
				terms_hash,
				provider: terms.provider,
				subscriber: terms.subscriber,
			});
			Ok(())
		}

		/// Proposes `terms` as the next version of agreement `id`, holding
		/// [`Config::ProposalDeposit`] until the amendment is approved or cancelled.
		///
		/// - Origin: signed by a party of the agreement.
		/// - Errors: `UnknownAgreement`, `NotParty`, `AlreadyEnded`, `AmendmentPending`,
		///   `AmendmentChangesParties`, `TooManyVersions`, the conclusion checks (except the
		///   subscriber's open slots), `InsufficientBalance`.
		/// - Event: `AmendmentProposed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::propose_amendment(terms.devices.len() as u32))]
		pub fn propose_amendment(
			origin: OriginFor<T>,
			id: AgreementId,
			terms: TermsOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let (terms_hash, deposit) = Self::do_propose_amendment(&who, id, terms)?;
			Self::deposit_event(Event::AmendmentProposed {
				id,
				terms_hash,
				proposer: who,
				deposit,
			});
			Ok(())
		}

		/// Approves the pending amendment of agreement `id`, whose terms hash must be
		/// `terms_hash`: the checks run again, the terms become the next version (the old
		/// hash joins the history), the devices' coverage follows and the deposit is released.
		///
		/// - Origin: signed by the party that did not propose the amendment.
		/// - Errors: `UnknownAgreement`, `NoAmendment`, `TermsMismatch`, `WrongParty`,
		///   `AlreadyEnded`, `TooManyVersions`, the conclusion checks (except open slots).
		/// - Event: `Amended`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::approve_amendment(T::MaxDevices::get()))]
		pub fn approve_amendment(
			origin: OriginFor<T>,
			id: AgreementId,
			terms_hash: H256,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (version, devices) = Self::do_approve_amendment(&who, id, terms_hash)?;
			Self::deposit_event(Event::Amended { id, version, terms_hash });
			Ok(Some(T::WeightInfo::approve_amendment(devices)).into())
		}

		/// Cancels the pending amendment of agreement `id` and releases its deposit.
		///
		/// - Origin: signed by a party of the agreement (the proposer withdraws, the other
		///   rejects).
		/// - Errors: `UnknownAgreement`, `NotParty`, `NoAmendment`.
		/// - Event: `AmendmentCancelled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_amendment())]
		pub fn cancel_amendment(origin: OriginFor<T>, id: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let terms_hash = Self::do_cancel_amendment(&who, id)?;
			Self::deposit_event(Event::AmendmentCancelled { id, terms_hash });
			Ok(())
		}

		/// Amends agreement `id` to `terms`, signed off chain by both parties: each signature
		/// is over the signing payload of `SignedAction::Amend { agreement: id, version:
		/// current + 1, terms }`. A pending amendment is cancelled.
		///
		/// - Origin: any signed account.
		/// - Errors: `UnknownAgreement`, `AlreadyEnded`, `AmendmentChangesParties`,
		///   `TooManyVersions`, the conclusion checks (except open slots),
		///   `BadSubscriberSignature`, `BadProviderSignature`.
		/// - Events: `AmendmentCancelled` (if one was pending), `Amended`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::amend_signed(terms.devices.len() as u32))]
		pub fn amend_signed(
			origin: OriginFor<T>,
			id: AgreementId,
			terms: TermsOf<T>,
			subscriber_signature: T::OffchainSignature,
			provider_signature: T::OffchainSignature,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let (version, terms_hash) =
				Self::do_amend_signed(id, terms, &subscriber_signature, &provider_signature)?;
			Self::deposit_event(Event::Amended { id, version, terms_hash });
			Ok(())
		}

		/// Proposes ending agreement `id` now, by mutual consent.
		///
		/// - Origin: signed by a party of the agreement.
		/// - Errors: `UnknownAgreement`, `NotParty`, `AlreadyEnded`, `TerminationPending`.
		/// - Event: `TerminationProposed`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::propose_termination())]
		pub fn propose_termination(origin: OriginFor<T>, id: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_termination(&who, id)?;
			Self::deposit_event(Event::TerminationProposed { id, by: who });
			Ok(())
		}

		/// Approves the pending termination of agreement `id`: it ends now, its devices and
		/// its subscriber's slot are freed, a pending amendment is cancelled.
		///
		/// - Origin: signed by the party that did not propose the termination.
		/// - Errors: `UnknownAgreement`, `NoTermination`, `WrongParty`, `AlreadyEnded`.
		/// - Events: `AmendmentCancelled` (if one was pending), `Terminated`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::approve_termination(T::MaxDevices::get()))]
		pub fn approve_termination(
			origin: OriginFor<T>,
			id: AgreementId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (at, devices) = Self::do_approve_termination(&who, id)?;
			Self::deposit_event(Event::Terminated { id, at });
			Ok(Some(T::WeightInfo::approve_termination(devices)).into())
		}

		/// Ends agreement `id` now, signed off chain by both parties: each signature is over
		/// the signing payload of `SignedAction::Terminate { agreement: id, version: current,
		/// deadline }`. The signatures are good until `deadline`, which may lie at most
		/// [`Config::MaxSigningWindow`] ahead.
		///
		/// - Origin: any signed account.
		/// - Errors: `UnknownAgreement`, `AlreadyEnded`, `DeadlineExpired`, `DeadlineTooFar`,
		///   `BadSubscriberSignature`, `BadProviderSignature`.
		/// - Events: `AmendmentCancelled` (if one was pending), `Terminated`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::terminate_signed(T::MaxDevices::get()))]
		pub fn terminate_signed(
			origin: OriginFor<T>,
			id: AgreementId,
			deadline: Moment,
			subscriber_signature: T::OffchainSignature,
			provider_signature: T::OffchainSignature,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (at, devices) = Self::do_terminate_signed(
				id,
				deadline,
				&subscriber_signature,
				&provider_signature,
			)?;
			Self::deposit_event(Event::Terminated { id, at });
			Ok(Some(T::WeightInfo::terminate_signed(devices)).into())
		}

		/// Gives notice on agreement `id`: it ends once the notice period of its terms has
		/// passed (or at its stated end, if earlier).
		///
		/// - Origin: signed by a party of the agreement.
		/// - Errors: `UnknownAgreement`, `NotParty`, `AlreadyEnded`, `NoticeAlreadyGiven`.
		/// - Event: `NoticeGiven`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::give_notice(T::MaxDevices::get()))]
		pub fn give_notice(origin: OriginFor<T>, id: AgreementId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (ends_at, devices) = Self::do_give_notice(&who, id)?;
			Self::deposit_event(Event::NoticeGiven { id, by: who, ends_at });
			Ok(Some(T::WeightInfo::give_notice(devices)).into())
		}

		/// Closes agreement `id` once its effective end has passed: it is marked ended, its
		/// devices and its subscriber's slot (so the subscriber may deregister) are freed, and
		/// pending amendment and termination are dropped.
		///
		/// - Origin: any signed account.
		/// - Errors: `UnknownAgreement`, `AlreadyEnded` (closed already), `NotEnded`.
		/// - Events: `AmendmentCancelled` (if one was pending), `Closed`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::close(T::MaxDevices::get()))]
		pub fn close(origin: OriginFor<T>, id: AgreementId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (at, devices) = Self::do_close(id)?;
			Self::deposit_event(Event::Closed { id, at });
			Ok(Some(T::WeightInfo::close(devices)).into())
		}

		/// Withdraws the caller's proposal to terminate agreement `id`. Without it, an offer to
		/// terminate could be accepted at any later time against its proposer's will.
		///
		/// - Origin: signed by the proposer of the termination.
		/// - Errors: `UnknownAgreement`, `NoTermination`, `WrongParty`.
		/// - Event: `TerminationCancelled`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::cancel_termination())]
		pub fn cancel_termination(origin: OriginFor<T>, id: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_termination(&who, id)?;
			Self::deposit_event(Event::TerminationCancelled { id, by: who });
			Ok(())
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Agreement `id` with its terms, version, history and status, ended or not.
		pub fn agreement(id: AgreementId) -> Option<AgreementRecord<T>> {
			Agreements::<T>::get(id)
		}

		/// Up to `limit` (at most 100) ids of the agreements `who` is a party of, ended ones
		/// included, in storage order, continuing after `start_after` (the last id of the
		/// previous page).
		pub fn agreements_of(
			who: T::AccountId,
			start_after: Option<AgreementId>,
			limit: u32,
		) -> Vec<AgreementId> {
			Self::party_agreements(&who, start_after, limit)
		}

		/// The proposal of terms `terms_hash`, if pending.
		pub fn proposal(terms_hash: H256) -> Option<Proposal<T>> {
			Proposals::<T>::get(terms_hash)
		}

		/// The pending amendment of agreement `id`, if any.
		pub fn pending_amendment(id: AgreementId) -> Option<Proposal<T>> {
			PendingAmendments::<T>::get(id)
		}

		/// The party that proposed terminating agreement `id`, if any.
		pub fn pending_termination(id: AgreementId) -> Option<T::AccountId> {
			PendingTerminations::<T>::get(id)
		}

		/// The hash of `terms`: what `accept` and `approve_amendment` name.
		pub fn terms_hash(terms: TermsOf<T>) -> H256 {
			Self::hash_of(&terms)
		}

		/// The exact bytes a party signs for `action` on this chain.
		pub fn signing_payload(action: SignedActionOf<T>) -> Vec<u8> {
			Self::payload(&action)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The chain's current time in milliseconds.
	pub fn now() -> Moment {
		use frame_support::traits::UnixTime;
		T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
	}
}
