//! Billing: tariffs, invoices computed on chain from metered usage, payments, prepaid credit
//! and offline top-up tokens.

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
	weights::Weight,
};
use sp_runtime::Perbill;

use crate::{
	configs::system::MAXIMUM_BLOCK_REF_TIME, Agreements, Balances, Registry, Runtime, RuntimeEvent,
	RuntimeHoldReason, Timestamp,
};

/// A day, in the chain's milliseconds.
pub(crate) const DAY_MS: u64 = 86_400_000;
/// How long a provider has to answer a dispute or a case: 14 days.
pub(crate) const RESPONSE_PERIOD: u64 = 14 * DAY_MS;

parameter_types! {
	/// Automatic invoicing uses at most a tenth of a block's compute: a sweep of a million
	/// agreements after a month boundary takes hours of blocks, not one block's room for
	/// transactions.
	pub MaxInvoicingWeight: Weight =
		Weight::from_parts(Perbill::from_percent(10) * MAXIMUM_BLOCK_REF_TIME, u64::MAX);
}

impl pallet_billing::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Registry = Registry;
	type Agreements = Agreements;
	type UnixTime = Timestamp;
	/// A tariff can change 64 times (five years of monthly changes).
	type MaxVersions = ConstU32<64>;
	/// Instalments of a year's bill, paid monthly, with room to spare.
	type MaxPaymentsPerInvoice = ConstU32<32>;
	type MaxInvoicingWeight = MaxInvoicingWeight;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// A top-up token must be entered into the meter within 30 days of its purchase (the
	/// credit it stands for is on chain from the purchase on, whatever happens to the token).
	type TokenValidity = ConstU64<{ 30 * DAY_MS }>;
	/// A bill can be disputed for 60 days after its issue; the provider has 14 days to
	/// answer before the subscriber may take an unanswered dispute to the arbiter.
	type DisputeWindow = ConstU64<{ 60 * DAY_MS }>;
	type ResponsePeriod = ConstU64<RESPONSE_PERIOD>;
	/// The utilities' council rules on escalated disputes by majority (root too). A regulator
	/// or ombudsman with its own origin could take this role without a pallet change.
	type ArbiterOrigin = crate::configs::governance::CouncilMajority;
	/// Each dispute counts in the provider's public response times, kept with its cases.
	type ResponseLog = crate::Cases;
	type WeightInfo = pallet_billing::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarking::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use super::*;
	use crate::AccountId;
	use crate::{Balance, RuntimeOrigin};
	use alloc::vec;
	use meterchain_primitives::{
		AgreementId, DeviceId, DeviceKey, DeviceSignature, Moment, PaymentMode,
		RegistryBenchmarking, ServiceKind, TariffId,
	};
	use sp_core::{crypto::KeyTypeId, sr25519};

	const KEY_TYPE: KeyTypeId = KeyTypeId(*b"mtrt");

	/// Real registry and agreements records.
	pub struct Helper;

	impl pallet_billing::BenchmarkHelper<Runtime> for Helper {
		fn provider(service: ServiceKind) -> AccountId {
			let provider: AccountId = frame_benchmarking::account("provider", 0, 0);
			Registry::make_provider(&provider, service);
			provider
		}

		fn agreement(
			provider: &AccountId,
			subscriber: &AccountId,
			tariff: TariffId,
			start: Moment,
			end: Option<Moment>,
		) -> AgreementId {
			let nonce = pallet_agreements::NextAgreementId::<Runtime>::get();
			crate::benchmarks::agreement(
				provider,
				subscriber,
				ServiceKind::Electricity,
				tariff,
				alloc::vec![],
				(start, end),
				nonce,
				PaymentMode::Postpaid { due_days: 14 },
			)
		}

		fn prepaid_meter(
			provider: &AccountId,
			subscriber: &AccountId,
			tariff: TariffId,
			start: Moment,
			end: Option<Moment>,
			threshold: Balance,
		) -> (AgreementId, DeviceId) {
			let nonce = pallet_agreements::NextAgreementId::<Runtime>::get();
			let device = Registry::make_device(provider, ServiceKind::Electricity, nonce as u32);
			let payment = PaymentMode::Prepaid { low_credit_threshold: threshold };
			let agreement = crate::benchmarks::agreement(
				provider,
				subscriber,
				ServiceKind::Electricity,
				tariff,
				vec![device],
				(start, end),
				nonce,
				payment,
			);
			(agreement, device)
		}

		fn token_key(provider: &AccountId) -> DeviceKey {
			let suri = b"//meterchain/billing/benchmark/token".to_vec();
			let key = DeviceKey::Sr25519(sp_io::crypto::sr25519_generate(KEY_TYPE, Some(suri)).0);
			let record = pallet_registry::Providers::<Runtime>::get(provider)
				.expect("the helper made the provider");
			Registry::update_provider(
				RuntimeOrigin::signed(provider.clone()),
				record.name,
				record.services,
				key,
			)
			.expect("a provider updates its own token key");
			key
		}

		fn sign(key: &DeviceKey, payload: &[u8]) -> DeviceSignature {
			let public = sr25519::Public::from_raw(*key.as_bytes());
			let signature = sp_io::crypto::sr25519_sign(KEY_TYPE, &public, payload)
				.expect("the key was generated in the keystore by `token_key`; qed");
			DeviceSignature::Sr25519(signature.0)
		}

		fn set_time(now: Moment) {
			pallet_timestamp::Now::<Runtime>::put(now);
		}
	}
}
