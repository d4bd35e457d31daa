//! Benchmarks (v2), each for its worst case: every report of a batch from another device, each
//! device past its baseline (so every check runs), with a sequence gap (one more event), signed
//! with sr25519 (the slower scheme to verify).

use crate::{BatchOf, Call, Config, DeviceStates, Pallet};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use meterchain_primitives::{
	ChargingSession, DeviceId, DeviceKey, DeviceKind, DeviceReport, DeviceSignature, IdTag, Moment,
	Reading,
};

/// Sets up what the benchmarks need outside this pallet.
pub trait BenchmarkHelper<T: Config> {
	/// The public key of a device key pair whose secret the helper keeps, for `seed`.
	fn device_key(seed: u32) -> DeviceKey;
	/// Signs `payload` with the secret of `key`.
	fn sign(key: &DeviceKey, payload: &[u8]) -> DeviceSignature;
	/// Commissions an active device of `kind` with `key` under an active provider for which
	/// `submitter` may submit, covered by an active agreement from time 0 on. For a charger,
	/// also returns an id tag accepted at it, whose owner has an EV-charging agreement with the
	/// provider.
	fn device(kind: DeviceKind, key: DeviceKey, submitter: &T::AccountId) -> (DeviceId, IdTag);
	/// Sets the chain's time (ms).
	fn set_time(now: Moment);
}

/// The time the benchmarks run at: a year after the epoch, an hour per reading.
const NOW: Moment = 365 * 24 * 3_600_000;
const HOUR: Moment = 3_600_000;

fn signed<T: Config>(key: &DeviceKey, unsigned: DeviceReport) -> DeviceReport {
	let signature =
		T::BenchmarkHelper::sign(key, &unsigned.signing_payload(&Pallet::<T>::genesis_hash()));
	match unsigned {
		DeviceReport::Reading { reading, .. } => DeviceReport::Reading { reading, signature },
		DeviceReport::Session { session, .. } => DeviceReport::Session { session, signature },
	}
}

fn reading<T: Config>(
	key: &DeviceKey,
	device: DeviceId,
	seq: u64,
	at: Moment,
	register: u64,
) -> DeviceReport {
	let reading = Reading { device, key_epoch: 0, seq, timestamp: at, register, peak: Some(1_000) };
	signed::<T>(
		key,
		DeviceReport::Reading { reading, signature: DeviceSignature::Sr25519([0; 64]) },
	)
}

fn session<T: Config>(
	key: &DeviceKey,
	charger: DeviceId,
	id: u64,
	tag: &IdTag,
	start: Moment,
) -> DeviceReport {
	let session = ChargingSession {
		charger,
		key_epoch: 0,
		session_id: id,
		id_tag: tag.clone(),
		start,
		end: start + HOUR,
		meter_start: id * 10_000,
		meter_stop: id * 10_000 + 7_000,
		max_power: 11_000,
	};
	signed::<T>(
		key,
		DeviceReport::Session { session, signature: DeviceSignature::Sr25519([0; 64]) },
	)
}

/// `n` meters past their baseline, and for each a reading with a sequence gap.
fn meters<T: Config>(n: u32, submitter: &T::AccountId) -> Vec<DeviceReport> {
	T::BenchmarkHelper::set_time(NOW);
	(0..n)
		.map(|i| {
			let key = T::BenchmarkHelper::device_key(i);
			let (id, _) = T::BenchmarkHelper::device(DeviceKind::Meter, key, submitter);
			let baseline = reading::<T>(&key, id, 1, NOW - 2 * HOUR, 1_000);
			Pallet::<T>::process(
				&baseline,
				&crate::Submitter::Device,
				&Pallet::<T>::genesis_hash(),
			)
			.expect("a valid baseline");
			reading::<T>(&key, id, 3, NOW - HOUR, 2_000)
		})
		.collect()
}

/// `n` chargers after a first session, and for each a next session.
fn chargers<T: Config>(n: u32, submitter: &T::AccountId) -> Vec<DeviceReport> {
	T::BenchmarkHelper::set_time(NOW);
	(0..n)
		.map(|i| {
			let key = T::BenchmarkHelper::device_key(1_000_000 + i);
			let (id, tag) = T::BenchmarkHelper::device(DeviceKind::Charger, key, submitter);
			let first = session::<T>(&key, id, 1, &tag, NOW - 3 * HOUR);
			Pallet::<T>::process(&first, &crate::Submitter::Device, &Pallet::<T>::genesis_hash())
				.expect("a valid session");
			session::<T>(&key, id, 2, &tag, NOW - 2 * HOUR)
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_batch_readings(n: Linear<1, { T::MaxBatch::get() }>) {
		let gateway: T::AccountId = whitelisted_caller();
		let reports = meters::<T>(n, &gateway);
		let first = reports[0].device();
		let batch = BatchOf::<T>::try_from(reports).expect("within MaxBatch");

		#[extrinsic_call]
		submit_batch(RawOrigin::Signed(gateway), batch);

		assert_eq!(DeviceStates::<T>::get(first).map(|s| s.readings), Some(2));
	}

	#[benchmark]
	fn submit_batch_sessions(n: Linear<1, { T::MaxBatch::get() }>) {
		let gateway: T::AccountId = whitelisted_caller();
		let reports = chargers::<T>(n, &gateway);
		let first = reports[0].device();
		let batch = BatchOf::<T>::try_from(reports).expect("within MaxBatch");

		#[extrinsic_call]
		submit_batch(RawOrigin::Signed(gateway), batch);

		assert_eq!(DeviceStates::<T>::get(first).and_then(|s| s.last_session), Some(2));
	}

	#[benchmark]
	fn submit_own_reading() {
		let gateway: T::AccountId = whitelisted_caller();
		let report = meters::<T>(1, &gateway).remove(0);
		let device = report.device();

		#[extrinsic_call]
		submit_own(RawOrigin::None, report);

		assert_eq!(DeviceStates::<T>::get(device).map(|s| s.readings), Some(2));
	}

	#[benchmark]
	fn submit_own_session() {
		let gateway: T::AccountId = whitelisted_caller();
		let report = chargers::<T>(1, &gateway).remove(0);
		let device = report.device();

		#[extrinsic_call]
		submit_own(RawOrigin::None, report);

		assert_eq!(DeviceStates::<T>::get(device).and_then(|s| s.last_session), Some(2));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
