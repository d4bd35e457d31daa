//! Cases: subscribers' questions, complaints and suggestions, and the public record of how
//! each provider answers them and its subscribers' disputes.

use frame_support::traits::{ConstU32, ConstU64};

use crate::{configs::billing::RESPONSE_PERIOD, Agreements, Runtime, RuntimeEvent, Timestamp};

impl pallet_cases::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Agreements = Agreements;
	type UnixTime = Timestamp;
	/// A provider has as long to answer a case as a dispute: 14 days.
	type ResponsePeriod = ConstU64<RESPONSE_PERIOD>;
	/// The utilities' council rules on escalated cases by majority (root too), as on disputes.
	type ArbiterOrigin = crate::configs::governance::CouncilMajority;
	/// A subscriber can have 8 questions, complaints or suggestions per agreement waiting for
	/// an answer: plenty for a household, too few to flood a provider.
	type MaxOpenCases = ConstU32<8>;
	type WeightInfo = pallet_cases::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarking::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use super::*;
	use crate::{AccountId, Registry};
	use meterchain_primitives::{
		AgreementId, Moment, PaymentMode, RegistryBenchmarking, ServiceKind, TariffsBenchmarking,
	};

	/// A real agreement, at a real tariff, between a real provider and subscriber.
	pub struct Helper;

	impl pallet_cases::BenchmarkHelper<Runtime> for Helper {
		fn agreement() -> (AgreementId, AccountId, AccountId) {
			let provider: AccountId = frame_benchmarking::account("provider", 0, 0);
			let subscriber: AccountId = frame_benchmarking::account("subscriber", 0, 0);
			Registry::make_provider(&provider, ServiceKind::Electricity);
			let tariff = crate::Billing::make_tariff(&provider, ServiceKind::Electricity);
			let nonce = pallet_agreements::NextAgreementId::<Runtime>::get();
			let agreement = crate::benchmarks::agreement(
				&provider,
				&subscriber,
				ServiceKind::Electricity,
				tariff,
				alloc::vec![],
				(crate::Agreements::now(), None),
				nonce,
				PaymentMode::Postpaid { due_days: 14 },
			);
			(agreement, subscriber, provider)
		}

		fn set_time(now: Moment) {
			pallet_timestamp::Now::<Runtime>::put(now);
		}
	}
}
