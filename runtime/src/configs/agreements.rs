//! Service agreements: terms that count only once subscriber and provider both signed them.

use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::{MultiSignature, MultiSigner};

use crate::{
	Balance, Balances, Billing, Registry, Runtime, RuntimeEvent, RuntimeHoldReason, Timestamp, UNIT,
};

parameter_types! {
	/// Held from whoever proposes terms (or an amendment) on chain, until the proposal is
	/// accepted, rejected, withdrawn or expires. Proposals carry up to 2 KiB of document.
	pub const ProposalDeposit: Balance = UNIT;
	/// The longest notice period terms may state: one year.
	pub const MaxNoticePeriod: u64 = 365 * 24 * 60 * 60 * 1000;
	/// Terms must be signed within 30 days: long enough for a subscriber to read and sign,
	/// far below pruning's year of retention.
	pub const MaxSigningWindow: u64 = 30 * 24 * 60 * 60 * 1000;
}

impl pallet_agreements::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Registry;
	type Tariffs = Billing;
	type UnixTime = Timestamp;
	/// Parties sign terms with the same keys as their accounts (sr25519, ed25519 or ecdsa).
	type OffchainSignature = MultiSignature;
	type OffchainPublic = MultiSigner;
	type ProposalDeposit = ProposalDeposit;
	type MaxDevices = ConstU32<16>;
	type MaxDocumentLen = ConstU32<2048>;
	type MaxVersions = ConstU32<32>;
	type MaxOpenPerSubscriber = ConstU32<32>;
	type MaxAgreementsPerDevice = ConstU32<4>;
	type MaxNoticePeriod = MaxNoticePeriod;
	type MaxSigningWindow = MaxSigningWindow;
	/// An ended agreement is pruned once billing holds nothing of it.
	type Holdings = crate::Billing;
	type WeightInfo = pallet_agreements::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type RegistryBenchmark = Registry;
	#[cfg(feature = "runtime-benchmarks")]
	type TariffsBenchmark = Billing;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Benchmark keys come from the benchmark's keystore (the pallet's `()` helper); the chain's
/// time is set through `pallet_timestamp` itself.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_agreements::BenchmarkHelper<MultiSigner, MultiSignature> for BenchmarkHelper {
	fn signer(seed: u32) -> MultiSigner {
		<() as pallet_agreements::BenchmarkHelper<MultiSigner, MultiSignature>>::signer(seed)
	}

	fn sign(signer: &MultiSigner, message: &[u8]) -> MultiSignature {
		<() as pallet_agreements::BenchmarkHelper<MultiSigner, MultiSignature>>::sign(
			signer, message,
		)
	}

	fn set_now(now: meterchain_primitives::Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}
