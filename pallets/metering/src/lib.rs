//! # Metering pallet
//!
//! Device-signed meter readings and EV charging sessions, checked one by one and turned into
//! usage for billing. A device (meter or charger) signs what it measures with its own key, so
//! neither the gateway that relays it nor anyone else can invent or alter consumption.
//!
//! ## Calls
//!
//! | index | call | who | fee |
//! |---|---|---|---|
//! | 0 | [`submit_batch`](Pallet::submit_batch) | the provider, its gateways, a group's aggregator | normal (the provider's cost) |
//! | 1 | [`submit_own`](Pallet::submit_own) | the device itself, as an unsigned transaction | none; rate-limited per device when validated |
//!
//! ## What is checked, per report
//!
//! In this order (the first failure is the [`RejectReason`]): the device exists and is active,
//! under an active provider; a reading comes from a meter and a session from a charger; the
//! submitter may submit for it; the report is for the device's current key epoch; the
//! signature verifies over `domain ++ genesis hash ++ SCALE(report)`
//! ([`meterchain_primitives::metering`]); the sequence number (session id) is above the last
//! accepted one — so nothing counts twice; the timestamp is after the last reading's and not
//! ahead of the chain's clock by more than [`Config::MaxClockDrift`]; an active agreement covers
//! the device at that time (so nothing before the agreement's start counts); the register has
//! not run backwards; and the consumption fits the service's physical limit
//! ([`Config::Limits`]) for the elapsed time, and so does the peak. Skipped sequence numbers
//! are accepted but reported ([`Event::GapDetected`]) and counted in the device's state.
//!
//! A device's first reading of a key epoch sets its baseline: it is checked like any other but
//! counts no consumption. A key rotation (in the registry) is the only way the counters
//! restart.
//!
//! ## Which agreement a reading bills: tenancy changes
//!
//! A reading at time `t` measures the interval since the device's previous reading, ending at
//! `t`. It is billed to the agreement that covers the device just before `t` (at `t − 1 ms`):
//! an agreement covers `[start, end)`, so a reading taken exactly at an agreement's end — a
//! **move-out reading** — closes that agreement's last interval. Only an interval that lies
//! wholly within the agreement is billed to it: if the previous reading is older than the
//! agreement's start (the meter belonged to another tenant, or to no one, in between), the
//! reading is a **new baseline** for the agreement and bills nothing; what the register moved
//! in between is reported ([`Event::UsageUnattributed`]) and billed to no one. A reading at an
//! agreement's start — a **move-in reading** — is that baseline (it is covered by the new
//! agreement when no other ended just then). One reading at the moment of a handover serves
//! as both: it closes the old tenant's interval, and the new tenant's first interval starts
//! at it. The rule is a new baseline rather than pro-rating because a meter cannot say when in
//! an interval the energy flowed, and a bill both sides can check must rest on what was read.
//!
//! A reading that billing refuses because the agreement's final bill was already issued
//! ([`RejectReason::AlreadyBilled`]) changes nothing.
//!
//! ## Design notes
//!
//! - **O(1) state per device** ([`DeviceStates`]): last sequence number, time and register, the
//!   gap count, the last session id, and a hash chain over every accepted report. A reading
//!   costs one read and one write of it (plus the registry's and agreements' reads), never a
//!   new storage item: raw readings live in block bodies, and `head` lets anyone check an
//!   archived reading against the chain.
//! - **Recent usage without more storage**: the device's state also keeps what it counted on
//!   the UTC day of its last report and on the day before ([`DailyUsage`]), written with the
//!   counters it writes anyway; the `recent_usage` view function sums an agreement's devices.
//!   Billing keeps the per-period totals.
//! - **Batches don't fail as a whole**: a refused report is reported ([`Event::Rejected`]) and
//!   the rest is processed. A batch is weighed by what it holds: its readings and its
//!   sessions each at their own benchmarked rate, so a block fills with as many as fit.
//! - **Feeless own submissions** (seed 001's meter that reports by itself): devices hold no
//!   funds, so `submit_own` is an unsigned transaction authenticated by the device's
//!   signature. Spam never reaches the pool: validation refuses a bad signature, a replay and
//!   a second submission within [`Config::OwnSubmissionInterval`] blocks, and the pool keeps at
//!   most one pending own report per device.
//! - **Usage leaves through [`Config::UsageSink`]** (billing in the runtime), attributed to the
//!   agreement that covered the device at the time, with the device's group (seed 000 bills
//!   charging per group).
//! - **Time** is [`Config::UnixTime`] in milliseconds; the genesis hash is `frame_system`'s
//!   block hash 0, stored from block 1 on.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod reports;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
mod unsigned;
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

use meterchain_primitives::{AgreementId, DeviceId, Moment};

/// The storage layout's version.
const STORAGE_VERSION: frame_support::traits::StorageVersion =
	frame_support::traits::StorageVersion::new(1);

/// The pool's tag prefix of own submissions (one pending per device).
const OWN_REPORT_TAG: &str = "MeterchainOwnReport";

// The pallet macros expand to paths such as `frame_support::__private::Vec` where `Vec` is
// already in scope; the workspace's `unused_qualifications` lint would flag each expansion.
#[allow(unused_qualifications)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{Get, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use meterchain_primitives::{DeviceReport, UsageSink};
	use sp_runtime::Saturating;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The registry: devices, their keys and status, who may submit for them, id tags.
		type Registry: meterchain_primitives::Registry<AccountId = Self::AccountId>;

		/// The agreements: which agreement covers a device (or a subscriber's charging) when.
		type Agreements: meterchain_primitives::Agreements<AccountId = Self::AccountId>;

		/// Where accepted usage goes (billing in the runtime).
		type UsageSink: UsageSink<Self::AccountId>;

		/// Chain time (`pallet_timestamp` in the runtime).
		type UnixTime: UnixTime;

		/// The physical limits of each service, against which consumption must be plausible.
		type Limits: ServiceLimits;

		/// The most reports in one batch.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// How far (ms) a report's time may be ahead of the chain's clock (device clocks drift).
		#[pallet::constant]
		type MaxClockDrift: Get<Moment>;

		/// A device may submit on its own (feeless) once per this many blocks.
		#[pallet::constant]
		type OwnSubmissionInterval: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets up devices, agreements and signatures for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self>;
	}

	/// Per device: the counters and hash chain of its accepted reports.
	#[pallet::storage]
	pub type DeviceStates<T: Config> =
		StorageMap<_, Twox64Concat, DeviceId, DeviceState<BlockNumberFor<T>>, OptionQuery>;

	/// A batch of reports, as gateways submit them.
	pub type BatchOf<T> = BoundedVec<DeviceReport, <T as Config>::MaxBatch>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A reading was accepted; `quantity` (base units) went to billing for `agreement`
		/// (0 for the baseline reading of a key epoch).
		ReadingAccepted { device: DeviceId, seq: u64, quantity: u64, agreement: AgreementId },
		/// A charging session was accepted and billed to `agreement`.
		SessionAccepted { charger: DeviceId, session_id: u64, energy: u64, agreement: AgreementId },
		/// A report was refused; the rest of its batch was processed.
		Rejected { device: DeviceId, reason: RejectReason },
		/// A reading started a new baseline for `agreement` because the device's previous
		/// reading (at `from`) is older than the agreement's start: the `quantity` the register
		/// moved between `from` and `to` is billed to no one.
		UsageUnattributed {
			device: DeviceId,
			agreement: AgreementId,
			from: Moment,
			to: Moment,
			quantity: u64,
		},
		/// Readings were lost: the device skipped from `expected` to `got`.
		GapDetected { device: DeviceId, expected: u64, got: u64 },
		/// A batch was processed.
		BatchProcessed { submitter: T::AccountId, accepted: u32, rejected: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A batch with no reports.
		EmptyBatch,
		/// The device is not commissioned.
		UnknownDevice,
		/// The device (or its provider) is not active.
		DeviceInactive,
		/// A reading from a charger, or a session from a meter.
		WrongDeviceKind,
		/// The submitter may not submit for this device.
		NotAuthorized,
		/// Signed for an earlier key epoch.
		StaleKey,
		/// The device's signature does not verify.
		BadSignature,
		/// Already counted: the sequence number or session id is not above the last one.
		Replayed,
		/// Not after the last accepted reading.
		OutOfOrder,
		/// Ahead of the chain's clock by more than the allowed drift.
		FromTheFuture,
		/// No active agreement covers the device at that time.
		NotCovered,
		/// The register ran backwards.
		RegisterRollback,
		/// More than the service's physical limit allows.
		Implausible,
		/// The session ends before it starts.
		InvalidPeriod,
		/// The id tag is not accepted at this charger.
		TagRefused,
		/// The agreement's final bill was already issued for that time.
		AlreadyBilled,
		/// Invoicing is two periods behind for the agreement; resubmit once it caught up.
		BillingBehind,
	}

	impl<T> From<RejectReason> for Error<T> {
		fn from(reason: RejectReason) -> Self {
			match reason {
				RejectReason::UnknownDevice => Error::UnknownDevice,
				RejectReason::DeviceInactive => Error::DeviceInactive,
				RejectReason::WrongDeviceKind => Error::WrongDeviceKind,
				RejectReason::NotAuthorized => Error::NotAuthorized,
				RejectReason::StaleKey => Error::StaleKey,
				RejectReason::BadSignature => Error::BadSignature,
				RejectReason::Replayed => Error::Replayed,
				RejectReason::OutOfOrder => Error::OutOfOrder,
				RejectReason::FromTheFuture => Error::FromTheFuture,
				RejectReason::NotCovered => Error::NotCovered,
				RejectReason::RegisterRollback => Error::RegisterRollback,
				RejectReason::Implausible => Error::Implausible,
				RejectReason::InvalidPeriod => Error::InvalidPeriod,
				RejectReason::TagRefused => Error::TagRefused,
				RejectReason::AlreadyBilled => Error::AlreadyBilled,
				RejectReason::BillingBehind => Error::BillingBehind,
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxBatch::get() > 0, "MaxBatch must not be zero");
			assert!(
				T::OwnSubmissionInterval::get() > Zero::zero(),
				"OwnSubmissionInterval must not be zero"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submits a batch of device-signed reports (readings and charging sessions, of many
		/// devices). Each report is checked on its own (see the crate docs); a refused one is
		/// reported in [`Event::Rejected`] and does not stop the others.
		///
		/// - Origin: signed by, for every device in the batch, its provider, one of the
		///   provider's gateways, or the aggregator of the device's group (else `NotAuthorized`
		///   for that report).
		/// - Errors: `EmptyBatch`.
		/// - Events: per report `ReadingAccepted`/`SessionAccepted` (and `GapDetected`) or
		///   `Rejected`; then `BatchProcessed`.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::weight_of(reports))]
		pub fn submit_batch(
			origin: OriginFor<T>,
			reports: BatchOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(!reports.is_empty(), Error::<T>::EmptyBatch);
			let submitter = Submitter::Account(who.clone());
			let (mut accepted, mut rejected, mut sessions) = (0u32, 0u32, 0u32);
			let mut sink = Weight::zero();
			let genesis = Self::genesis_hash();
			for report in &reports {
				if matches!(report, DeviceReport::Session { .. }) {
					sessions.saturating_inc();
				}
				match Self::process(report, &submitter, &genesis) {
					Ok(used) => {
						accepted.saturating_inc();
						sink.saturating_accrue(used);
					},
					Err(reason) => {
						rejected.saturating_inc();
						Self::deposit_event(Event::Rejected { device: report.device(), reason });
					},
				}
			}
			Self::deposit_event(Event::BatchProcessed { submitter: who, accepted, rejected });
			// The checks are weighed by the batch's content; the usage sink by what it took.
			let readings = accepted.saturating_add(rejected).saturating_sub(sessions);
			let actual = Self::batch_checks_weight(readings, sessions).saturating_add(sink);
			Ok(PostDispatchInfo { actual_weight: Some(actual), pays_fee: Pays::Yes })
		}

		/// A device submits its own report, feeless: an unsigned transaction authenticated by
		/// the device's signature. Validation (before the pool) refuses bad signatures,
		/// replays and a device submitting again within [`Config::OwnSubmissionInterval`]
		/// blocks; dispatch runs every check of the crate docs.
		///
		/// - Origin: none (unsigned).
		/// - Errors: the [`RejectReason`] of the report, as the error of the same name.
		/// - Events: `ReadingAccepted` or `SessionAccepted` (and `GapDetected`).
		#[pallet::call_index(1)]
		#[pallet::weight(Pallet::<T>::own_weight())]
		pub fn submit_own(
			origin: OriginFor<T>,
			report: DeviceReport,
		) -> DispatchResultWithPostInfo {
			ensure_none(origin)?;
			let sink = Self::process(&report, &Submitter::Device, &Self::genesis_hash())
				.map_err(Error::<T>::from)?;
			DeviceStates::<T>::mutate(report.device(), |state| {
				if let Some(state) = state {
					state.last_own_submission = Some(frame_system::Pallet::<T>::block_number());
				}
			});
			Ok(Some(Self::own_checks_weight().saturating_add(sink)).into())
		}
	}

	// `ValidateUnsigned` is deprecated in favour of `#[pallet::authorize]` (general
	// transactions, through `frame_system::AuthorizeCall`), which the runtime's extension
	// pipeline and the subxt client do not carry yet. Both remain until April 2027; moving is
	// a runtime and client change of its own.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(_source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			match call {
				Call::submit_own { report } => Self::validate_own(report),
				_ => InvalidTransaction::Call.into(),
			}
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Device `id`'s metering state: last sequence number, time and register, missed
		/// readings, last session, and the hash-chain head over its accepted reports.
		pub fn device_state(id: DeviceId) -> Option<DeviceState<BlockNumberFor<T>>> {
			DeviceStates::<T>::get(id)
		}

		/// What the devices of agreement `id` counted today and yesterday (UTC days by the
		/// chain's clock; a report counts on the day of its timestamp). `None` if the
		/// agreement covers no device (unknown, ended, or EV charging, whose sessions are
		/// itemized in `SessionAccepted` events).
		pub fn recent_usage(id: AgreementId) -> Option<RecentUsage> {
			Self::recent_usage_of(id)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The weight of a batch of `readings` readings and `sessions` charging sessions: each
		/// at its own per-report rate, the call's fixed part once, and what the usage sink
		/// takes at most per report.
		pub fn batch_weight(readings: u32, sessions: u32) -> Weight {
			Self::batch_checks_weight(readings, sessions).saturating_add(
				T::UsageSink::record_weight()
					.saturating_mul(u64::from(readings.saturating_add(sessions))),
			)
		}

		/// [`Self::batch_weight`] without the usage sink's part.
		fn batch_checks_weight(readings: u32, sessions: u32) -> Weight {
			let fixed = T::WeightInfo::submit_batch_readings(0)
				.min(T::WeightInfo::submit_batch_sessions(0));
			T::WeightInfo::submit_batch_readings(readings)
				.saturating_add(T::WeightInfo::submit_batch_sessions(sessions))
				.saturating_sub(fixed)
		}

		/// How many readings and how many sessions `reports` hold.
		fn count_kinds(reports: &[DeviceReport]) -> (u32, u32) {
			let sessions = reports
				.iter()
				.filter(|report| matches!(report, DeviceReport::Session { .. }))
				.count() as u32;
			((reports.len() as u32).saturating_sub(sessions), sessions)
		}

		/// The weight of `reports` as a batch.
		pub fn weight_of(reports: &[DeviceReport]) -> Weight {
			let (readings, sessions) = Self::count_kinds(reports);
			Self::batch_weight(readings, sessions)
		}

		/// The weight of one own submission.
		pub fn own_weight() -> Weight {
			Self::own_checks_weight().saturating_add(T::UsageSink::record_weight())
		}

		/// [`Self::own_weight`] without the usage sink's part.
		fn own_checks_weight() -> Weight {
			T::WeightInfo::submit_own_reading().max(T::WeightInfo::submit_own_session())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The chain's current time in milliseconds.
	pub fn now() -> Moment {
		use frame_support::traits::UnixTime;
		T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
	}

	/// The genesis hash that devices' signatures commit to.
	pub fn genesis_hash() -> [u8; 32] {
		use sp_runtime::traits::Zero;
		let hash = frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		);
		let mut out = [0u8; 32];
		let bytes = hash.as_ref();
		let len = bytes.len().min(32);
		out[..len].copy_from_slice(&bytes[..len]);
		out
	}
}
