//! Weights of `pallet_billing`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `Intel(R) Xeon(R) Processor`, 2026-12-02.
//! Steps 50, repeats 20, wasm execution `Compiled`.
//! Regenerate with `scripts/benchmark.sh` (see docs/BENCHMARKS.md).
//!
//! Command: `$MCHAIN_BENCH_TARGET_DIR/release/meterchain-node benchmark pallet --runtime $MCHAIN_BENCH_TARGET_DIR/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_billing --extrinsic * --wasm-execution compiled --steps 50 --repeat 20 --heap-pages 4096 --template scripts/weights.hbs --output pallets/billing/src/weights.rs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_billing`.
pub trait WeightInfo {
	fn create_tariff() -> Weight;
	fn publish_version() -> Weight;
	fn issue_invoice() -> Weight;
	fn pay() -> Weight;
	fn record_accrue() -> Weight;
	fn record_open() -> Weight;
	fn sweep_base() -> Weight;
	fn sweep_visit() -> Weight;
	fn sweep_close() -> Weight;
}

/// Weights measured on the reference machine, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::NextTariffId` (r:1 w:1)
	/// Proof: `Billing::NextTariffId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:0 w:1)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:0 w:1)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn create_tariff() -> Weight {
		// Proof size: measured `242`, estimated `3627` bytes.
		// Fastest run: 19_242_000 picoseconds.
		Weight::from_parts(23_189_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Billing::Tariffs` (r:1 w:1)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:0 w:1)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn publish_version() -> Weight {
		// Proof size: measured `713`, estimated `4024` bytes.
		// Fastest run: 19_819_000 picoseconds.
		Weight::from_parts(24_229_000, 4024)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	/// Storage: `Billing::NextInvoiceId` (r:1 w:1)
	/// Proof: `Billing::NextInvoiceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:0 w:1)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:0 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(840), added: 3315, mode: `MaxEncodedLen`)
	fn issue_invoice() -> Weight {
		// Proof size: measured `1013`, estimated `6931` bytes.
		// Fastest run: 41_803_000 picoseconds.
		Weight::from_parts(47_333_000, 6931)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(840), added: 3315, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Receipts` (r:0 w:1)
	/// Proof: `Billing::Receipts` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn pay() -> Weight {
		// Proof size: measured `1332`, estimated `6196` bytes.
		// Fastest run: 59_720_000 picoseconds.
		Weight::from_parts(67_441_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn record_accrue() -> Weight {
		// Proof size: measured `278`, estimated `3675` bytes.
		// Fastest run: 9_173_000 picoseconds.
		Weight::from_parts(10_692_000, 3675)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn record_open() -> Weight {
		// Proof size: measured `710`, estimated `6931` bytes.
		// Fastest run: 18_312_000 picoseconds.
		Weight::from_parts(21_268_000, 6931)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::SweepCursor` (r:1 w:1)
	/// Proof: `Billing::SweepCursor` (`max_values`: Some(1), `max_size`: Some(49), added: 544, mode: `MaxEncodedLen`)
	/// Storage: `Billing::NextSweep` (r:1 w:1)
	/// Proof: `Billing::NextSweep` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn sweep_base() -> Weight {
		// Proof size: measured `79`, estimated `3675` bytes.
		// Fastest run: 13_024_000 picoseconds.
		Weight::from_parts(15_190_000, 3675)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:2 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn sweep_visit() -> Weight {
		// Proof size: measured `258`, estimated `6360` bytes.
		// Fastest run: 8_857_000 picoseconds.
		Weight::from_parts(10_943_000, 6360)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:2 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	/// Storage: `Billing::NextInvoiceId` (r:1 w:1)
	/// Proof: `Billing::NextInvoiceId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(559), added: 3034, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:0 w:1)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:0 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(840), added: 3315, mode: `MaxEncodedLen`)
	fn sweep_close() -> Weight {
		// Proof size: measured `1013`, estimated `6931` bytes.
		// Fastest run: 39_991_000 picoseconds.
		Weight::from_parts(46_747_000, 6931)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_tariff() -> Weight {
		Weight::from_parts(23_189_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn publish_version() -> Weight {
		Weight::from_parts(24_229_000, 4024)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn issue_invoice() -> Weight {
		Weight::from_parts(47_333_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn pay() -> Weight {
		Weight::from_parts(67_441_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn record_accrue() -> Weight {
		Weight::from_parts(10_692_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_open() -> Weight {
		Weight::from_parts(21_268_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn sweep_base() -> Weight {
		Weight::from_parts(15_190_000, 3675)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn sweep_visit() -> Weight {
		Weight::from_parts(10_943_000, 6360)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn sweep_close() -> Weight {
		Weight::from_parts(46_747_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
