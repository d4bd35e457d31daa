//! Weights of `pallet_billing`, measured by the benchmark CLI 64.0.0 — do not edit by hand.
//!
//! Measured on: `vm`, CPU `AMD EPYC`, 2026-12-05.
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
	fn prune_close_year(i: u32, r: u32, t: u32, ) -> Weight;
	fn prune_keep_year(i: u32, ) -> Weight;
	fn record_accrue() -> Weight;
	fn record_open() -> Weight;
	fn sweep_base() -> Weight;
	fn sweep_visit() -> Weight;
	fn sweep_close() -> Weight;
	fn top_up() -> Weight;
	fn purchase_token() -> Weight;
	fn issue_token() -> Weight;
	fn record_prepaid() -> Weight;
	fn sweep_close_prepaid() -> Weight;
	fn dispute() -> Weight;
	fn answer_dispute() -> Weight;
	fn escalate_dispute() -> Weight;
	fn rule_dispute() -> Weight;
	fn offer_plan() -> Weight;
	fn accept_plan() -> Weight;
	fn withdraw_credit() -> Weight;
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
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:0 w:1)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn create_tariff() -> Weight {
		// Proof size: measured `279`, estimated `3627` bytes.
		// Fastest run: 23_094_000 picoseconds.
		Weight::from_parts(24_847_000, 3627)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Billing::Tariffs` (r:1 w:1)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:0 w:1)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn publish_version() -> Weight {
		// Proof size: measured `1218`, estimated `4538` bytes.
		// Fastest run: 26_228_000 picoseconds.
		Weight::from_parts(28_433_000, 4538)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
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
	/// Storage: `Billing::YearRecords` (r:1 w:1)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:1)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:0 w:1)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:0 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	fn issue_invoice() -> Weight {
		// Proof size: measured `1025`, estimated `6931` bytes.
		// Fastest run: 60_349_000 picoseconds.
		Weight::from_parts(63_704_000, 6931)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:1 w:0)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Receipts` (r:0 w:1)
	/// Proof: `Billing::Receipts` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn pay() -> Weight {
		// Proof size: measured `2022`, estimated `6196` bytes.
		// Fastest run: 79_788_000 picoseconds.
		Weight::from_parts(83_133_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Billing::YearRecords` (r:2 w:1)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:16 w:16)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tokens` (r:128 w:128)
	/// Proof: `Billing::Tokens` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Receipts` (r:512 w:512)
	/// Proof: `Billing::Receipts` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:16 w:16)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Disputes` (r:16 w:16)
	/// Proof: `Billing::Disputes` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:0 w:16)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Component `i` ranges over `[1, 16]`.
	/// Component `r` ranges over `[0, 512]`.
	/// Component `t` ranges over `[0, 128]`.
	fn prune_close_year(i: u32, r: u32, t: u32, ) -> Weight {
		// Proof size: measured `2186 + i * (197 ±0) + r * (16 ±0) + t * (76 ±0)`, estimated `9344 + i * (3333 ±0) + r * (2575 ±0) + t * (2576 ±0)` bytes.
		// Fastest run: 1_230_604_000 picoseconds.
		Weight::from_parts(364_136_518, 9344)
			.saturating_add(Weight::from_parts(4_426_034, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_465_112, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(7_004_362, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 3333).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(0, 2576).saturating_mul(t.into()))
	}
	/// Storage: `Billing::YearRecords` (r:2 w:0)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:16 w:0)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tokens` (r:128 w:0)
	/// Proof: `Billing::Tokens` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Component `i` ranges over `[1, 144]`.
	fn prune_keep_year(i: u32, ) -> Weight {
		// Proof size: measured `1820 + i * (76 ±0)`, estimated `41907 + i * (2102 ±16)` bytes.
		// Fastest run: 18_938_000 picoseconds.
		Weight::from_parts(17_374_867, 41907)
			.saturating_add(Weight::from_parts(3_883_715, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(Weight::from_parts(0, 2102).saturating_mul(i.into()))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	fn record_accrue() -> Weight {
		// Proof size: measured `281`, estimated `3714` bytes.
		// Fastest run: 10_215_000 picoseconds.
		Weight::from_parts(11_346_000, 3714)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:0)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	fn record_open() -> Weight {
		// Proof size: measured `719`, estimated `6931` bytes.
		// Fastest run: 23_295_000 picoseconds.
		Weight::from_parts(25_358_000, 6931)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::SweepCursor` (r:1 w:1)
	/// Proof: `Billing::SweepCursor` (`max_values`: Some(1), `max_size`: Some(49), added: 544, mode: `MaxEncodedLen`)
	/// Storage: `Billing::NextSweep` (r:1 w:1)
	/// Proof: `Billing::NextSweep` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	fn sweep_base() -> Weight {
		// Proof size: measured `79`, estimated `3714` bytes.
		// Fastest run: 15_584_000 picoseconds.
		Weight::from_parts(16_705_000, 3714)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:2 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	fn sweep_visit() -> Weight {
		// Proof size: measured `261`, estimated `6438` bytes.
		// Fastest run: 10_335_000 picoseconds.
		Weight::from_parts(11_697_000, 6438)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:2 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
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
	/// Storage: `Billing::YearRecords` (r:1 w:1)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:1)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Billing::AgreementInvoices` (r:0 w:1)
	/// Proof: `Billing::AgreementInvoices` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Invoices` (r:0 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	fn sweep_close() -> Weight {
		// Proof size: measured `1208`, estimated `6931` bytes.
		// Fastest run: 106_188_000 picoseconds.
		Weight::from_parts(110_404_000, 6931)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:1)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn top_up() -> Weight {
		// Proof size: measured `1089`, estimated `6931` bytes.
		// Fastest run: 155_611_000 picoseconds.
		Weight::from_parts(160_478_000, 6931)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::DeviceAgreements` (r:1 w:0)
	/// Proof: `Agreements::DeviceAgreements` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TokenNumbers` (r:1 w:1)
	/// Proof: `Billing::TokenNumbers` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Billing::YearRecords` (r:1 w:1)
	/// Proof: `Billing::YearRecords` (`max_values`: None, `max_size`: Some(1702), added: 4177, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:1)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tokens` (r:0 w:1)
	/// Proof: `Billing::Tokens` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	fn purchase_token() -> Weight {
		// Proof size: measured `1491`, estimated `6931` bytes.
		// Fastest run: 191_945_000 picoseconds.
		Weight::from_parts(197_974_000, 6931)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Billing::Tokens` (r:1 w:1)
	/// Proof: `Billing::Tokens` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Devices` (r:1 w:0)
	/// Proof: `Registry::Devices` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Registry::Providers` (r:1 w:0)
	/// Proof: `Registry::Providers` (`max_values`: None, `max_size`: Some(162), added: 2637, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn issue_token() -> Weight {
		// Proof size: measured `717`, estimated `3627` bytes.
		// Fastest run: 83_584_000 picoseconds.
		Weight::from_parts(88_071_000, 3627)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Billing::Accruals` (r:1 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:0)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Tariffs` (r:1 w:0)
	/// Proof: `Billing::Tariffs` (`max_values`: None, `max_size`: Some(1073), added: 3548, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:1)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	fn record_prepaid() -> Weight {
		// Proof size: measured `1058`, estimated `6931` bytes.
		// Fastest run: 39_729_000 picoseconds.
		Weight::from_parts(42_013_000, 6931)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Accruals` (r:2 w:1)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::TariffVersions` (r:1 w:0)
	/// Proof: `Billing::TariffVersions` (`max_values`: None, `max_size`: Some(276), added: 2751, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:1)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:1)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:0)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn sweep_close_prepaid() -> Weight {
		// Proof size: measured `1485`, estimated `6931` bytes.
		// Fastest run: 132_046_000 picoseconds.
		Weight::from_parts(136_392_000, 6931)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Disputes` (r:1 w:1)
	/// Proof: `Billing::Disputes` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cases::ResponseTimes` (r:1 w:1)
	/// Proof: `Cases::ResponseTimes` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size: measured `1130`, estimated `4323` bytes.
		// Fastest run: 28_983_000 picoseconds.
		Weight::from_parts(31_326_000, 4323)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Disputes` (r:1 w:1)
	/// Proof: `Billing::Disputes` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cases::ResponseTimes` (r:1 w:1)
	/// Proof: `Cases::ResponseTimes` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:1 w:0)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn answer_dispute() -> Weight {
		// Proof size: measured `2499`, estimated `4323` bytes.
		// Fastest run: 45_096_000 picoseconds.
		Weight::from_parts(47_611_000, 4323)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Disputes` (r:1 w:1)
	/// Proof: `Billing::Disputes` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	fn escalate_dispute() -> Weight {
		// Proof size: measured `1673`, estimated `4323` bytes.
		// Fastest run: 23_495_000 picoseconds.
		Weight::from_parts(25_167_000, 4323)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Disputes` (r:1 w:1)
	/// Proof: `Billing::Disputes` (`max_values`: None, `max_size`: Some(598), added: 3073, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:1 w:0)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn rule_dispute() -> Weight {
		// Proof size: measured `2396`, estimated `4323` bytes.
		// Fastest run: 38_897_000 picoseconds.
		Weight::from_parts(41_321_000, 4323)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:0)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:0 w:1)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn offer_plan() -> Weight {
		// Proof size: measured `1104`, estimated `4323` bytes.
		// Fastest run: 19_970_000 picoseconds.
		Weight::from_parts(21_592_000, 4323)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Billing::Invoices` (r:1 w:1)
	/// Proof: `Billing::Invoices` (`max_values`: None, `max_size`: Some(858), added: 3333, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Plans` (r:1 w:1)
	/// Proof: `Billing::Plans` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn accept_plan() -> Weight {
		// Proof size: measured `1703`, estimated `4323` bytes.
		// Fastest run: 23_365_000 picoseconds.
		Weight::from_parts(25_198_000, 4323)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Agreements::Agreements` (r:1 w:0)
	/// Proof: `Agreements::Agreements` (`max_values`: None, `max_size`: Some(3466), added: 5941, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Credit` (r:1 w:1)
	/// Proof: `Billing::Credit` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Billing::UsageLedgers` (r:1 w:0)
	/// Proof: `Billing::UsageLedgers` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Billing::PrepaidAccounts` (r:1 w:1)
	/// Proof: `Billing::PrepaidAccounts` (`max_values`: None, `max_size`: Some(130), added: 2605, mode: `MaxEncodedLen`)
	/// Storage: `Billing::Accruals` (r:1 w:0)
	/// Proof: `Billing::Accruals` (`max_values`: None, `max_size`: Some(249), added: 2724, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn withdraw_credit() -> Weight {
		// Proof size: measured `1106`, estimated `6931` bytes.
		// Fastest run: 157_093_000 picoseconds.
		Weight::from_parts(162_271_000, 6931)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same measurements with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_tariff() -> Weight {
		Weight::from_parts(24_847_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn publish_version() -> Weight {
		Weight::from_parts(28_433_000, 4538)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn issue_invoice() -> Weight {
		Weight::from_parts(63_704_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(9_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn pay() -> Weight {
		Weight::from_parts(83_133_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn prune_close_year(i: u32, r: u32, t: u32, ) -> Weight {
		Weight::from_parts(364_136_518, 9344)
			.saturating_add(Weight::from_parts(4_426_034, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(3_465_112, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(7_004_362, 0).saturating_mul(t.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(t.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 3333).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2575).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(0, 2576).saturating_mul(t.into()))
	}
	fn prune_keep_year(i: u32, ) -> Weight {
		Weight::from_parts(17_374_867, 41907)
			.saturating_add(Weight::from_parts(3_883_715, 0).saturating_mul(i.into()))
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(Weight::from_parts(0, 2102).saturating_mul(i.into()))
	}
	fn record_accrue() -> Weight {
		Weight::from_parts(11_346_000, 3714)
			.saturating_add(ParityDbWeight::get().reads(1_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_open() -> Weight {
		Weight::from_parts(25_358_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn sweep_base() -> Weight {
		Weight::from_parts(16_705_000, 3714)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn sweep_visit() -> Weight {
		Weight::from_parts(11_697_000, 6438)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
	}
	fn sweep_close() -> Weight {
		Weight::from_parts(110_404_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn top_up() -> Weight {
		Weight::from_parts(160_478_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn purchase_token() -> Weight {
		Weight::from_parts(197_974_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn issue_token() -> Weight {
		Weight::from_parts(88_071_000, 3627)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_prepaid() -> Weight {
		Weight::from_parts(42_013_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn sweep_close_prepaid() -> Weight {
		Weight::from_parts(136_392_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn dispute() -> Weight {
		Weight::from_parts(31_326_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn answer_dispute() -> Weight {
		Weight::from_parts(47_611_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn escalate_dispute() -> Weight {
		Weight::from_parts(25_167_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn rule_dispute() -> Weight {
		Weight::from_parts(41_321_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn offer_plan() -> Weight {
		Weight::from_parts(21_592_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn accept_plan() -> Weight {
		Weight::from_parts(25_198_000, 4323)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn withdraw_credit() -> Weight {
		Weight::from_parts(162_271_000, 6931)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
