//! Checking a report (reading or charging session) and, if it passes, counting it: the
//! device's state, the hash chain, the usage for billing, and the events.

use crate::{
	Config, DailyUsage, DeviceState, DeviceStates, DeviceUsage, Event, Pallet, RecentUsage,
	RejectReason, ServiceLimits, Submitter,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use meterchain_primitives::{
	ActiveAgreementOf, AgreementId, Agreements, ChargingSession, DeviceInfo, DeviceKind,
	DeviceReport, Moment, Reading, Registry, ServiceKind, Usage, UsageSink,
};
use sp_core::H256;
use sp_runtime::Weight;

use RejectReason::*;

type State<T> = DeviceState<BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// Checks `report` from `submitter` and counts it, or says why not (and changes nothing).
	/// `genesis` is [`Pallet::genesis_hash`], read once per batch by the caller. Returns the
	/// weight the usage sink took (at most its `record_weight`).
	pub(crate) fn process(
		report: &DeviceReport,
		submitter: &Submitter<T::AccountId>,
		genesis: &[u8; 32],
	) -> Result<Weight, RejectReason> {
		let id = report.device();
		let device = Self::authorized_device(report, submitter, genesis)?;
		let mut state = Self::state_for(id, &device);
		let sink = match report {
			DeviceReport::Reading { reading, .. } => {
				Self::count_reading(id, &device, &mut state, reading)?
			},
			DeviceReport::Session { session, .. } => {
				Self::count_session(id, &device, &mut state, session)?
			},
		};
		state.head = H256(sp_io::hashing::blake2_256(&(state.head, report).encode()));
		DeviceStates::<T>::insert(id, state);
		Ok(sink)
	}

	/// The device of `report`, if it is active, of the right kind, may be submitted for by
	/// `submitter`, and signed `report` (over `genesis`) with its current key. One registry
	/// query answers the first three.
	pub(crate) fn authorized_device(
		report: &DeviceReport,
		submitter: &Submitter<T::AccountId>,
		genesis: &[u8; 32],
	) -> Result<DeviceInfo<T::AccountId>, RejectReason> {
		let who = match submitter {
			Submitter::Account(who) => Some(who),
			Submitter::Device => None,
		};
		let access = T::Registry::device_access(report.device(), who).ok_or(UnknownDevice)?;
		if !access.active {
			return Err(DeviceInactive);
		}
		let device = access.info;
		let (kind, epoch) = match report {
			DeviceReport::Reading { reading, .. } => (DeviceKind::Meter, reading.key_epoch),
			DeviceReport::Session { session, .. } => (DeviceKind::Charger, session.key_epoch),
		};
		if device.kind != kind {
			return Err(WrongDeviceKind);
		}
		if !access.may_submit {
			return Err(NotAuthorized);
		}
		if epoch != device.key_epoch {
			return Err(StaleKey);
		}
		if !device.key.verify(&report.signing_payload(genesis), report.signature()) {
			return Err(BadSignature);
		}
		Ok(device)
	}

	/// The device's stored state, or a fresh one when its key epoch changed (a rotation
	/// restarts the counters; the hash chain and the gap count go on).
	pub(crate) fn state_for(id: u64, device: &DeviceInfo<T::AccountId>) -> State<T> {
		let stored = DeviceStates::<T>::get(id).unwrap_or_default();
		if stored.key_epoch == device.key_epoch {
			return stored;
		}
		DeviceState {
			key_epoch: device.key_epoch,
			head: stored.head,
			missed: stored.missed,
			last_own_submission: stored.last_own_submission,
			daily: stored.daily,
			..Default::default()
		}
	}

	fn count_reading(
		id: u64,
		device: &DeviceInfo<T::AccountId>,
		state: &mut State<T>,
		reading: &Reading,
	) -> Result<Weight, RejectReason> {
		let baseline = state.readings == 0;
		if !baseline && reading.seq <= state.last_seq {
			return Err(Replayed);
		}
		if !baseline && reading.timestamp <= state.last_timestamp {
			return Err(OutOfOrder);
		}
		Self::not_in_the_future(reading.timestamp)?;
		let agreement = Self::billed_agreement(id, device.service, reading.timestamp)?;
		// The baseline reading of an epoch counts nothing; later ones the difference.
		let (moved, elapsed) = if baseline {
			(0, 0)
		} else {
			let moved =
				reading.register.checked_sub(state.last_register).ok_or(RegisterRollback)?;
			(moved, reading.timestamp.saturating_sub(state.last_timestamp))
		};
		Self::plausible(device.service, moved, elapsed, reading.peak)?;
		// Only an interval wholly within the agreement is billed to it (see the crate docs).
		let within = state.last_timestamp >= agreement.start;
		let quantity = if within { moved } else { 0 };

		let mut sink = Weight::zero();
		if quantity > 0 {
			// Billing may refuse it (a final bill was issued); nothing has changed yet.
			sink = T::UsageSink::record(&Usage {
				agreement: agreement.id,
				subscriber: agreement.subscriber,
				provider: agreement.provider,
				service: device.service,
				device: id,
				group: device.group,
				from: state.last_timestamp,
				to: reading.timestamp,
				quantity,
				peak: reading.peak,
				session: None,
			})
			.map_err(RejectReason::from)?;
		}
		let expected = state.last_seq.saturating_add(1);
		if !baseline && reading.seq > expected {
			state.missed = state.missed.saturating_add(reading.seq - expected);
			Self::deposit_event(Event::GapDetected { device: id, expected, got: reading.seq });
		}
		if !within && moved > 0 {
			Self::deposit_event(Event::UsageUnattributed {
				device: id,
				agreement: agreement.id,
				from: state.last_timestamp,
				to: reading.timestamp,
				quantity: moved,
			});
		}
		state.daily.add(reading.timestamp, quantity);
		state.readings = state.readings.saturating_add(1);
		state.last_seq = reading.seq;
		state.last_timestamp = reading.timestamp;
		state.last_register = reading.register;
		Self::deposit_event(Event::ReadingAccepted {
			device: id,
			seq: reading.seq,
			quantity,
			agreement: agreement.id,
		});
		Ok(sink)
	}

	/// The agreement a reading of `device` at `at` is billed to: the one covering the device
	/// just before `at` (the interval's end belongs to it: a move-out reading at an
	/// agreement's end), else the one covering it at `at` (a move-in reading at its start).
	fn billed_agreement(
		device: u64,
		service: ServiceKind,
		at: Moment,
	) -> Result<ActiveAgreementOf<T::Agreements>, RejectReason> {
		at.checked_sub(1)
			.and_then(|before| T::Agreements::active_for_device(device, service, before))
			.or_else(|| T::Agreements::active_for_device(device, service, at))
			.ok_or(NotCovered)
	}

	fn count_session(
		id: u64,
		device: &DeviceInfo<T::AccountId>,
		state: &mut State<T>,
		session: &ChargingSession,
	) -> Result<Weight, RejectReason> {
		if state.last_session.is_some_and(|last| session.session_id <= last) {
			return Err(Replayed);
		}
		if session.end <= session.start {
			return Err(InvalidPeriod);
		}
		Self::not_in_the_future(session.end)?;
		let energy = session.energy().ok_or(RegisterRollback)?;
		Self::plausible(
			ServiceKind::EvCharging,
			energy,
			session.end - session.start,
			Some(session.max_power),
		)?;
		// The tag as it was when the session started decides whose session it is.
		let owner =
			T::Registry::tag_owner(&session.id_tag, id, session.start).map_err(|_| TagRefused)?;
		let agreement = T::Agreements::active_between(
			&owner,
			&device.provider,
			ServiceKind::EvCharging,
			session.start,
		)
		.ok_or(NotCovered)?;
		let sink = T::UsageSink::record(&Usage {
			agreement: agreement.id,
			subscriber: agreement.subscriber,
			provider: agreement.provider,
			service: ServiceKind::EvCharging,
			device: id,
			group: device.group,
			from: session.start,
			to: session.end,
			quantity: energy,
			peak: Some(session.max_power),
			session: Some(session.session_id),
		})
		.map_err(RejectReason::from)?;
		state.daily.add(session.end, energy);
		state.last_session = Some(session.session_id);
		Self::deposit_event(Event::SessionAccepted {
			charger: id,
			session_id: session.session_id,
			energy,
			agreement: agreement.id,
		});
		Ok(sink)
	}

	/// See the `recent_usage` view function.
	pub(crate) fn recent_usage_of(id: AgreementId) -> Option<RecentUsage> {
		let devices = T::Agreements::devices(id);
		if devices.is_empty() {
			return None;
		}
		let day = DailyUsage::day_of(Self::now());
		let devices: Vec<DeviceUsage> = devices
			.into_iter()
			.map(|device| {
				let state = DeviceStates::<T>::get(device).unwrap_or_default();
				let (today, yesterday) = state.daily.as_of(day);
				DeviceUsage {
					device,
					last_reading: state.last_timestamp,
					last_register: state.last_register,
					today,
					yesterday,
				}
			})
			.collect();
		let sum = |pick: fn(&DeviceUsage) -> u64| {
			devices.iter().fold(0u64, |total, usage| total.saturating_add(pick(usage)))
		};
		Some(RecentUsage {
			agreement: id,
			day,
			today: sum(|usage| usage.today),
			yesterday: sum(|usage| usage.yesterday),
			devices,
		})
	}

	fn not_in_the_future(at: Moment) -> Result<(), RejectReason> {
		if at > Self::now().saturating_add(T::MaxClockDrift::get()) {
			return Err(FromTheFuture);
		}
		Ok(())
	}

	/// Whether `quantity` in `elapsed` ms (and `peak`) fit `service`'s physical limit.
	fn plausible(
		service: ServiceKind,
		quantity: u64,
		elapsed: u64,
		peak: Option<u32>,
	) -> Result<(), RejectReason> {
		let limit = T::Limits::limit(service);
		if quantity > limit.max_in(elapsed) || peak.is_some_and(|peak| peak > limit.peak) {
			return Err(Implausible);
		}
		Ok(())
	}
}
