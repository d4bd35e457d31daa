//! # Cases pallet
//!
//! The channel of questions, complaints and suggestions between a subscriber and its provider,
//! and the public record of how fast each provider answers them and its subscribers'
//! disputes.
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
//! **Response times** are kept per provider ([`ResponseStats`]) for cases and disputes alike:
//! billing reports its disputes through [`meterchain_primitives::ResponseLog`], which this
//! pallet implements. Anyone can see how fast a utility answers its subscribers and how often
//! it lets a deadline pass: the view function `response_times(provider)`.
//!
//! A subscriber can have at most [`Config::MaxOpenCases`] cases waiting for an answer per
//! agreement, so the channel cannot be used to flood a provider; an agreement with a case
//! waiting is not pruned.
//!
//! ## Calls
//!
//! | index | call | who |
//! |---|---|---|
//! | 0 | [`open_case`](Pallet::open_case) | the agreement's subscriber |
//! | 1 | [`answer_case`](Pallet::answer_case) | the agreement's provider |
//! | 2 | [`escalate_case`](Pallet::escalate_case) | the subscriber, after a rejection or no answer |
//! | 3 | [`rule_case`](Pallet::rule_case) | the arbiter origin |
//!
//! ## View functions
//!
//! `case(id)`, `open_cases(agreement)` and `response_times(provider)`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod dispatchable_impls;
mod response_log;
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
pub use types::*;
pub use weights::WeightInfo;

// The pallet macros expand to paths such as `frame_support::__private::Vec` where `Vec` is
// already in scope; the workspace's `unused_qualifications` lint would flag each expansion.
#[allow(unused_qualifications)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{Get, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use meterchain_primitives::{AgreementId, Moment, Reason};

	/// The storage layout's version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The agreements: who is whose subscriber and provider.
		type Agreements: meterchain_primitives::Agreements<AccountId = Self::AccountId>;

		/// Chain time (`pallet_timestamp` in the runtime).
		type UnixTime: UnixTime;

		/// How long the provider has to answer a case before the subscriber may escalate it
		/// unanswered (ms).
		#[pallet::constant]
		type ResponsePeriod: Get<Moment>;

		/// Who rules on escalated cases; the ruling is final.
		type ArbiterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most cases of one agreement that can wait for the provider's answer at once.
		#[pallet::constant]
		type MaxOpenCases: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up agreements and chain time for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self>;
	}

	/// Questions, complaints and suggestions about agreements.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Cases<T: Config> = StorageMap<_, Twox64Concat, CaseId, Case<T>, OptionQuery>;

	/// The id the next case gets.
	#[pallet::storage]
	pub type NextCaseId<T: Config> = StorageValue<_, CaseId, ValueQuery>;

	/// How many cases of each agreement wait for the provider's answer (absent: none).
	// Hasher: Twox64Concat, agreement ids are assigned in sequence.
	#[pallet::storage]
	pub type OpenCases<T: Config> = StorageMap<_, Twox64Concat, AgreementId, u32, ValueQuery>;

	/// How each provider answers cases and disputes.
	// Hasher: Blake2_128Concat, account ids are chosen by users.
	#[pallet::storage]
	pub type ResponseTimes<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ResponseStats, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The subscriber opened case `case` about `agreement`; the provider is to answer by
		/// `respond_by`.
		CaseOpened { case: CaseId, agreement: AgreementId, kind: CaseKind, respond_by: Moment },
		/// The provider answered the case, or `rejected` it.
		CaseAnswered { case: CaseId, rejected: bool },
		/// The subscriber escalated the case to the arbiter.
		CaseEscalated { case: CaseId },
		/// The arbiter `upheld` the case or dismissed it.
		CaseRuled { case: CaseId, upheld: bool },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No such agreement.
		UnknownAgreement,
		/// Only the agreement's subscriber opens or escalates its cases.
		NotSubscriber,
		/// The agreement has the most cases waiting for an answer it can have.
		TooManyOpenCases,
		/// No such case.
		UnknownCase,
		/// Only the case's provider answers it.
		NotCaseProvider,
		/// The case was answered already, or escalated.
		CaseNotOpen,
		/// Only a rejected case, or one unanswered past its deadline, can be escalated.
		CannotEscalate,
		/// The case is not before the arbiter.
		NotEscalated,
		/// The case counter is exhausted.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOpenCases::get() > 0, "MaxOpenCases must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens a question, complaint or suggestion about `agreement`. `body` is the hash of
		/// its text (sent to the provider encrypted, off chain) or a ciphertext. The provider
		/// is to answer within `ResponsePeriod`.
		///
		/// - Origin: signed by the agreement's subscriber (also after it ended).
		/// - Errors: `UnknownAgreement`, `NotSubscriber`, `TooManyOpenCases`, `Overflow`.
		/// - Events: `CaseOpened`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_case())]
		pub fn open_case(
			origin: OriginFor<T>,
			agreement: AgreementId,
			kind: CaseKind,
			body: Reason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open_case(who, agreement, kind, body)
		}

		/// Answers case `case` with `body` (hash or ciphertext of the reply); `rejected` turns
		/// it down, which lets the subscriber escalate it. The answer's delay counts in the
		/// provider's response times.
		///
		/// - Origin: signed by the case's provider.
		/// - Errors: `UnknownCase`, `NotCaseProvider`, `CaseNotOpen`.
		/// - Events: `CaseAnswered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::answer_case())]
		pub fn answer_case(
			origin: OriginFor<T>,
			case: CaseId,
			body: Reason,
			rejected: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_answer_case(who, case, body, rejected)
		}

		/// Escalates case `case` to the arbiter: after the provider rejected it, or left it
		/// unanswered past its deadline (which counts as lapsed in its response times).
		///
		/// - Origin: signed by the case's subscriber.
		/// - Errors: `UnknownCase`, `NotSubscriber`, `CannotEscalate`.
		/// - Events: `CaseEscalated`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::escalate_case())]
		pub fn escalate_case(origin: OriginFor<T>, case: CaseId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_escalate_case(who, case)
		}

		/// Rules on escalated case `case`: `upheld` or dismissed. Final.
		///
		/// - Origin: `ArbiterOrigin`.
		/// - Errors: `UnknownCase`, `NotEscalated`.
		/// - Events: `CaseRuled`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::rule_case())]
		pub fn rule_case(origin: OriginFor<T>, case: CaseId, upheld: bool) -> DispatchResult {
			T::ArbiterOrigin::ensure_origin(origin)?;
			Self::do_rule_case(case, upheld)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Case `id`: who opened it about what, the answer, where it stands.
		pub fn case(id: CaseId) -> Option<Case<T>> {
			Cases::<T>::get(id)
		}

		/// How many cases of `agreement` wait for the provider's answer.
		pub fn open_cases(agreement: AgreementId) -> u32 {
			OpenCases::<T>::get(agreement)
		}

		/// How `provider` answers cases and disputes: received, answered, on time, lapsed,
		/// total and longest time to answer.
		pub fn response_times(provider: T::AccountId) -> ResponseStats {
			ResponseTimes::<T>::get(provider)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Chain time, ms.
		pub(crate) fn now() -> Moment {
			T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
		}
	}
}
