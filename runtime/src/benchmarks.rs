//! The pallets whose benchmarks the runtime exposes (`--features runtime-benchmarks`). The
//! names resolve where `list_benchmarks!` / `add_benchmarks!` expand, in `apis.rs`.

pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_registry, Registry]
	[pallet_agreements, Agreements]
	[pallet_metering, Metering]
	[pallet_billing, Billing]
	[pallet_cases, Cases]
	[pallet_pruning, Pruning]
	[pallet_consortium, Consortium]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_transaction_payment, TransactionPayment]
);

use crate::{AccountId, Agreements, Balances, Registry, Runtime, RuntimeOrigin, UNIT};

/// The transaction-payment benchmark's default setup suits the runtime (fees are burned).
impl pallet_transaction_payment::BenchmarkConfig for Runtime {}
use alloc::vec::Vec;
use frame_support::traits::fungible::Mutate;
use meterchain_primitives::{
	AgreementId, BillingCycle, DeviceId, Moment, PaymentMode, RegistryBenchmarking, ServiceKind,
	TariffId,
};

/// Concludes a monthly agreement between `provider` (already a provider of `service`) and
/// `subscriber` (registered and funded here) at `tariff`, covering `devices`, from `start`
/// until `end` (if any), paid as `payment` says, the way parties do: proposed by the subscriber, accepted by the
/// provider. `nonce` makes the terms unique. Returns the agreement's id.
pub fn agreement(
	provider: &AccountId,
	subscriber: &AccountId,
	service: ServiceKind,
	tariff: TariffId,
	devices: Vec<DeviceId>,
	(start, end): (Moment, Option<Moment>),
	nonce: u64,
	payment: PaymentMode<crate::Balance>,
) -> AgreementId {
	Registry::make_subscriber(subscriber);
	Balances::set_balance(subscriber, 1_000 * UNIT);
	let terms = pallet_agreements::TermsOf::<Runtime> {
		provider: provider.clone(),
		subscriber: subscriber.clone(),
		service,
		tariff,
		cycle: BillingCycle::Monthly,
		payment,
		devices: devices.try_into().expect("the benchmarks cover few devices"),
		start,
		end,
		notice_period: 0,
		document_hash: Default::default(),
		encrypted_document: None,
		nonce,
		// As late as terms may set it: signable until the benchmark's time moves on.
		deadline: Agreements::now()
			.saturating_add(<Runtime as pallet_agreements::Config>::MaxSigningWindow::get()),
	};
	let hash = Agreements::terms_hash(terms.clone());
	let id = pallet_agreements::NextAgreementId::<Runtime>::get();
	Agreements::propose(RuntimeOrigin::signed(subscriber.clone()), terms).expect("valid terms");
	Agreements::accept(RuntimeOrigin::signed(provider.clone()), hash)
		.expect("the provider accepts");
	id
}
