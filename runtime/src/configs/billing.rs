//! Billing: tariffs, invoices computed on chain from metered usage, payments.

use frame_support::{parameter_types, traits::ConstU32, weights::Weight};
use sp_runtime::Perbill;

use crate::{
	configs::system::MAXIMUM_BLOCK_REF_TIME, Agreements, Balances, Registry, Runtime, RuntimeEvent,
	Timestamp,
};

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
	type WeightInfo = pallet_billing::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmarking::Helper;
}

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking {
	use super::*;
	use crate::AccountId;
	use meterchain_primitives::{AgreementId, Moment, RegistryBenchmarking, ServiceKind, TariffId};

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
		) -> AgreementId {
			let nonce = pallet_agreements::NextAgreementId::<Runtime>::get();
			crate::benchmarks::agreement(
				provider,
				subscriber,
				ServiceKind::Electricity,
				tariff,
				alloc::vec![],
				start,
				nonce,
			)
		}

		fn set_time(now: Moment) {
			pallet_timestamp::Now::<Runtime>::put(now);
		}
	}
}
