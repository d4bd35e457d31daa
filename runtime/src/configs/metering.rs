//! Metering: device-signed readings and EV charging sessions, checked against the registry and
//! the agreements, and handed to billing.

use frame_support::{parameter_types, traits::ConstU32};
use meterchain_primitives::ServiceKind;
use pallet_metering::{Limit, ServiceLimits};

use crate::{Agreements, Registry, Runtime, RuntimeEvent, Timestamp, MINUTES};

parameter_types! {
	/// How far a device's clock may run ahead of the chain's: five minutes.
	pub const MaxClockDrift: u64 = 5 * 60 * 1000;
}

/// Plausibility ceilings per service, for any single connection: a reading above them is a
/// faulty meter or a forgery, whatever the tariff. Electricity and heat: 10 MW (large
/// industrial connections); EV charging: 1 MW (megawatt charging); water: 1,000 m³/h; gas:
/// 100,000 m³/h (a power plant's intake). Peaks use the same ceilings (W, l/h).
pub struct UtilityLimits;

impl ServiceLimits for UtilityLimits {
	fn limit(service: ServiceKind) -> Limit {
		match service {
			ServiceKind::Electricity | ServiceKind::Heat => {
				Limit { per_hour: 10_000_000, peak: 10_000_000 }
			},
			ServiceKind::EvCharging => Limit { per_hour: 1_000_000, peak: 1_000_000 },
			ServiceKind::Water => Limit { per_hour: 1_000_000, peak: 1_000_000 },
			ServiceKind::Gas => Limit { per_hour: 100_000_000, peak: u32::MAX },
		}
	}
}

impl pallet_metering::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Registry = Registry;
	type Agreements = Agreements;
	/// Accepted usage is billed. Metering's benchmarks measure its own work only: billing's
	/// part is weighed by billing's benchmarks and charged through `UsageSink::record_weight`.
	#[cfg(not(feature = "runtime-benchmarks"))]
	type UsageSink = crate::Billing;
	#[cfg(feature = "runtime-benchmarks")]
	type UsageSink = ();
	type UnixTime = Timestamp;
	type Limits = UtilityLimits;
	/// A gateway's batch: 1,000 reports (≈ 110 KB, a fraction of a block).
	type MaxBatch = ConstU32<1000>;
	type MaxClockDrift = MaxClockDrift;
	/// A device may report on its own once a minute.
	type OwnSubmissionInterval = ConstU32<MINUTES>;
	type WeightInfo = pallet_metering::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarking::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use super::*;
	use crate::{AccountId, RuntimeOrigin};
	use alloc::format;
	use meterchain_primitives::{
		DeviceId, DeviceKey, DeviceKind, DeviceSignature, IdTag, Moment, RegistryBenchmarking,
	};
	use sp_core::{crypto::KeyTypeId, sr25519};

	const KEY_TYPE: KeyTypeId = KeyTypeId(*b"mtrb");

	/// Real registry and agreements records, keys in the benchmark's keystore.
	pub struct Helper;

	impl pallet_metering::BenchmarkHelper<Runtime> for Helper {
		fn device_key(seed: u32) -> DeviceKey {
			let suri = format!("//meterchain/metering/benchmark/{seed}");
			DeviceKey::Sr25519(sp_io::crypto::sr25519_generate(KEY_TYPE, Some(suri.into_bytes())).0)
		}

		fn sign(key: &DeviceKey, payload: &[u8]) -> DeviceSignature {
			let public = sr25519::Public::from_raw(*key.as_bytes());
			let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, payload)
				.expect("the key was generated in the keystore by `device_key`; qed");
			DeviceSignature::Sr25519(signature.0)
		}

		fn device(kind: DeviceKind, key: DeviceKey, submitter: &AccountId) -> (DeviceId, IdTag) {
			let service = if kind == DeviceKind::Charger {
				ServiceKind::EvCharging
			} else {
				ServiceKind::Electricity
			};
			let provider: AccountId = frame_benchmarking::account("provider", 0, 0);
			Registry::make_provider(&provider, service);
			let id = Registry::make_keyed_device(&provider, kind, service, key);
			// Already authorized after the first device: that error is fine.
			let _ = Registry::authorize_gateway(
				RuntimeOrigin::signed(provider.clone()),
				submitter.clone(),
			);

			// Each device has a subscriber of its own, with an agreement from time 0 on.
			let subscriber: AccountId = frame_benchmarking::account("subscriber", id as u32, 0);
			let devices = if kind == DeviceKind::Meter { alloc::vec![id] } else { alloc::vec![] };
			let tariff =
				<crate::Billing as meterchain_primitives::TariffsBenchmarking<_>>::make_tariff(
					&provider, service,
				);
			crate::benchmarks::agreement(
				&provider,
				&subscriber,
				service,
				tariff,
				devices,
				(0, None),
				id,
				meterchain_primitives::PaymentMode::Postpaid { due_days: 14 },
			);

			let tag = IdTag::truncate_from(format!("BENCH{id}").into_bytes());
			if kind == DeviceKind::Charger {
				Registry::register_tag(RuntimeOrigin::signed(subscriber), tag.clone(), None)
					.expect("a fresh tag");
			}
			(id, tag)
		}

		fn set_time(now: Moment) {
			pallet_timestamp::Now::<Runtime>::put(now);
		}
	}
}
