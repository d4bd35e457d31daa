//! # Consortium pallet
//!
//! Meterchain's validators are the utilities themselves, and the utilities govern the network
//! together as a consortium. Its council (`pallet_collective` in the runtime) decides by motion;
//! this pallet holds what those motions change and that no other pallet owns:
//!
//! - **The validator set** ([`Validators`]): the accounts whose session keys author blocks (Aura)
//!   and vote on finality (GRANDPA). The council adds and removes validators
//!   ([`Pallet::add_validator`], [`Pallet::remove_validator`]); the pallet hands the set to
//!   `pallet_session` as its [`pallet_session::SessionManager`] at the next session rotation, so
//!   a change takes effect at the start of the session after next. Each validator registers its
//!   own keys with `session.set_keys`; a validator without keys is left out by the session pallet.
//! - **Root authority without a sudo key** ([`Pallet::enact`]): a council motion may dispatch a
//!   call as root, e.g. a runtime upgrade (`system.set_code`). Networks built from the `staging`
//!   preset have no sudo key, so this is their only way to root.
//!
//! The set never drops below [`Config::MinValidators`] nor exceeds [`Config::MaxValidators`]
//! (which must not exceed what Aura and GRANDPA accept).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod session;
#[cfg(test)]
mod tests;
pub mod weights;

pub use weights::WeightInfo;

// The pallet macros expand to paths the workspace's `unused_qualifications` lint would flag.
#[allow(unused_qualifications)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{BuildGenesisConfig, UnfilteredDispatchable},
	};
	use frame_system::pallet_prelude::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The calls a motion may enact as root.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>;
		/// Who may add and remove validators: the council.
		type ValidatorOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who may dispatch a call as root: the council, by a larger majority.
		type EnactOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most validators; at most what Aura's and GRANDPA's `MaxAuthorities` allow.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// Fewest validators: removal stops here, so that the chain always has an author.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// The validator set the council decided on, in the order it was built. The session pallet
	/// takes it at the next rotation after a change.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether [`Validators`] changed since the session pallet last took it.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators at genesis. Their session keys go into the session pallet's genesis.
		pub validators: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut set = BoundedVec::<T::AccountId, T::MaxValidators>::default();
			for who in &self.validators {
				assert!(!set.contains(who), "genesis validator listed twice");
				assert!(
					set.try_push(who.clone()).is_ok(),
					"more genesis validators than MaxValidators"
				);
			}
			Validators::<T>::put(set);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the validator set from the session after next.
		ValidatorAdded { who: T::AccountId },
		/// `who` leaves the validator set from the session after next.
		ValidatorRemoved { who: T::AccountId },
		/// The changed set was handed to the session pallet, which makes it the active set when
		/// session `session` begins.
		ValidatorSetQueued { session: u32, validators: u32 },
		/// A motion's call ran as root, with this outcome.
		Enacted { result: DispatchResult },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set is full ([`Config::MaxValidators`]).
		TooManyValidators,
		/// Removing would leave fewer than [`Config::MinValidators`].
		TooFewValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the validator set. `who` should have registered session keys
		/// (`session.set_keys`) by the next rotation, or the session pallet leaves it out.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| -> DispatchResult {
				ensure!(!set.contains(&who), Error::<T>::AlreadyValidator);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)?;
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validator set, e.g. a validator that misbehaves or leaves the
		/// consortium. It keeps authoring until the session after next begins.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::ValidatorOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| -> DispatchResult {
				let at = set.iter().position(|v| *v == who).ok_or(Error::<T>::NotValidator)?;
				ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
				set.remove(at);
				Ok(())
			})?;
			SetChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Dispatches `call` as root. The outcome of the call is in the [`Event::Enacted`]
		/// event; `enact` itself succeeds once the origin is accepted.
		#[pallet::call_index(2)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::enact().saturating_add(info.call_weight), info.class)
		})]
		pub fn enact(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::EnactOrigin::ensure_origin(origin)?;
			let outcome = call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into());
			let used = match outcome {
				Ok(post) => post.actual_weight,
				Err(e) => e.post_info.actual_weight,
			};
			Self::deposit_event(Event::Enacted {
				result: outcome.map(|_| ()).map_err(|e| e.error),
			});
			Ok(PostDispatchInfo {
				actual_weight: used.map(|w| T::WeightInfo::enact().saturating_add(w)),
				pays_fee: Pays::Yes,
			})
		}
	}

	impl<T: Config> Pallet<T> {
		/// The set has no duplicates and, once populated, never fewer than the minimum.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Validators::<T>::get();
			for (i, v) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i + 1).any(|w| w == v), "a validator is listed twice");
			}
			ensure!(
				set.is_empty() || set.len() >= T::MinValidators::get() as usize,
				"fewer validators than the minimum"
			);
			Ok(())
		}
	}
}
