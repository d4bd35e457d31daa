//! A year of a utility's ledger, simulated natively in the assembled runtime, then pruned.
//!
//! `agreements` postpaid monthly agreements with Bob (the dev chain's demo provider) run through
//! 2024. Every `interval` each agreement's usage enters billing through `UsageSink::record`,
//! the path metering hands accepted readings to. After each month, automatic invoicing (billing's
//! `on_idle`) issues the invoices and each subscriber pays, in one to three parts. On
//! 2026-01-01 the year 2024 is a retention past its end, and pruning's `on_idle` runs block after
//! block, with a whole block's idle weight offered, until its pass is over.
//!
//! It measures the ledger's state (every key and value of the billing and pruning pallets)
//! before and after, each agreement's share of it, and the most weight pruning took in a block.
//!
//! The default is small, so that the test suite runs it in seconds. The design's figure (1,000
//! agreements, 15-minute readings) is a longer run, recorded in docs/PERFORMANCE.md:
//!
//! ```sh
//! MCHAIN_SIM_AGREEMENTS=1000 MCHAIN_SIM_INTERVAL_MINUTES=15 \
//!   cargo test --release -p meterchain-runtime --test runtime simulation -- --nocapture
//! ```

use codec::Encode;
use frame_support::{assert_ok, traits::Hooks, weights::Weight};
use meterchain_primitives::{
	AgreementId, BillingCycle, Moment, PaymentMode, ServiceKind, Usage, UsageSink,
};
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;

use meterchain_runtime::{
	configs::{pruning::MaxPruningWeight, RuntimeBlockWeights},
	AccountId, Agreements, Balances, Billing, Pruning, Registry, Runtime, RuntimeOrigin, System,
	UNIT,
};

/// 2024-01-01 and 2025-01-01, 00:00 UTC.
const Y2024: Moment = 1_704_067_200_000;
const Y2025: Moment = 1_735_689_600_000;
/// 2026-01-01 00:00 UTC: 2024 ended a year (the retention) before.
const Y2026: Moment = 1_767_225_600_000;
const HOUR: Moment = 3_600_000;
const MINUTE: Moment = 60_000;

/// What a run measured.
struct Figures {
	readings: u64,
	invoices: u64,
	/// Bytes of the billing and pruning pallets' state before and after pruning.
	before: usize,
	after: usize,
	/// Each agreement's bytes of ledger state after pruning.
	per_agreement: Vec<usize>,
	/// The most weight pruning used in one block, and the blocks its pass took.
	most_in_a_block: Weight,
	blocks: u32,
}

fn env(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Bytes of every key and value under `prefix`.
fn bytes_under(prefix: &[u8]) -> usize {
	let mut total = 0;
	let mut key = prefix.to_vec();
	while let Some(next) = sp_io::storage::next_key(&key) {
		if !next.starts_with(prefix) {
			break;
		}
		total += next.len() + sp_io::storage::get(&next).map_or(0, |v| v.len());
		key = next;
	}
	total
}

/// The ledger's state: the billing and pruning pallets' storage.
fn ledger_bytes() -> usize {
	let prefix = |name: &str| sp_io::hashing::twox_128(name.as_bytes()).to_vec();
	bytes_under(&prefix(<Billing as frame_support::traits::PalletInfoAccess>::name()))
		+ bytes_under(&prefix(<Pruning as frame_support::traits::PalletInfoAccess>::name()))
}

/// `agreement`'s own entries in the ledger: its invoices with their receipts, plans and
/// disputes, its indexes, and its summaries.
fn agreement_bytes(agreement: AgreementId) -> usize {
	let sized = |key: Vec<u8>, value: usize| key.len() + value;
	let mut total = 0;
	for id in pallet_billing::AgreementInvoices::<Runtime>::iter_key_prefix(agreement) {
		total +=
			sized(pallet_billing::AgreementInvoices::<Runtime>::hashed_key_for(agreement, id), 0);
		if let Some(invoice) = pallet_billing::Invoices::<Runtime>::get(id) {
			total += sized(
				pallet_billing::Invoices::<Runtime>::hashed_key_for(id),
				invoice.encoded_size(),
			);
		}
		for (n, receipt) in pallet_billing::Receipts::<Runtime>::iter_prefix(id) {
			let key = pallet_billing::Receipts::<Runtime>::hashed_key_for(id, n);
			total += sized(key, receipt.encoded_size());
		}
	}
	for (year, index) in pallet_billing::YearRecords::<Runtime>::iter_prefix(agreement) {
		let key = pallet_billing::YearRecords::<Runtime>::hashed_key_for(agreement, year);
		total += sized(key, index.encoded_size());
	}
	for (year, summary) in pallet_pruning::Summaries::<Runtime>::iter_prefix(agreement) {
		let key = pallet_pruning::Summaries::<Runtime>::hashed_key_for(agreement, year);
		total += sized(key, summary.encoded_size());
	}
	if let Some(lifetime) = pallet_pruning::Lifetimes::<Runtime>::get(agreement) {
		let key = pallet_pruning::Lifetimes::<Runtime>::hashed_key_for(agreement);
		total += sized(key, lifetime.encoded_size());
	}
	total
}

fn account(i: u32) -> AccountId {
	let mut raw = [7u8; 32];
	raw[..4].copy_from_slice(&i.to_le_bytes());
	AccountId::new(raw)
}

/// Concludes a 2024 agreement between `subscriber` and Bob at tariff 0.
fn conclude(bob: &AccountId, subscriber: &AccountId, nonce: u32) -> AgreementId {
	let signed = |who: &AccountId| RuntimeOrigin::signed(who.clone());
	assert_ok!(Balances::force_set_balance(
		RuntimeOrigin::root(),
		subscriber.clone().into(),
		1_000_000 * UNIT
	));
	assert_ok!(Registry::register_subscriber(signed(subscriber), Default::default(), None));
	let terms = pallet_agreements::TermsOf::<Runtime> {
		provider: bob.clone(),
		subscriber: subscriber.clone(),
		service: ServiceKind::Electricity,
		tariff: 0,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Postpaid { due_days: 14 },
		devices: Default::default(),
		start: Y2024,
		end: Some(Y2025),
		notice_period: 0,
		document_hash: Default::default(),
		encrypted_document: None,
		nonce: nonce.into(),
		deadline: Y2024,
	};
	let id = pallet_agreements::NextAgreementId::<Runtime>::get();
	let hash = Agreements::terms_hash(terms.clone());
	assert_ok!(Agreements::propose(signed(subscriber), terms));
	assert_ok!(Agreements::accept(signed(bob), hash));
	id
}

fn next_block() -> u32 {
	let n = System::block_number() + 1;
	System::set_block_number(n);
	n
}

/// Runs billing's automatic invoicing at `at` until its sweep is over; returns the invoices
/// it issued, for the subscribers to pay.
fn invoice_all(at: Moment) -> Vec<pallet_billing::InvoiceId> {
	pallet_timestamp::Now::<Runtime>::put(at);
	let first = pallet_billing::NextInvoiceId::<Runtime>::get();
	loop {
		Billing::on_idle(next_block(), Weight::MAX);
		if pallet_billing::SweepCursor::<Runtime>::get().is_none() {
			break;
		}
	}
	(first..pallet_billing::NextInvoiceId::<Runtime>::get()).collect()
}

fn simulate(count: u32, interval: Moment) -> Figures {
	let mut figures = Figures {
		readings: 0,
		invoices: 0,
		before: 0,
		after: 0,
		per_agreement: vec![],
		most_in_a_block: Weight::zero(),
		blocks: 0,
	};
	let mut ext = crate::genesis::genesis_of(DEV_RUNTIME_PRESET);
	ext.execute_with(|| {
		System::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(Y2024 - HOUR);
		let bob = Sr25519Keyring::Bob.to_account_id();
		let flat = pallet_billing::Tariff {
			energy: pallet_billing::Energy::Flat { price: 300 },
			standing_charge: 5_000,
			demand_charge: 0,
			session_fee: 0,
			tax_bps: 0,
		};
		assert_ok!(Billing::create_tariff(
			RuntimeOrigin::signed(bob.clone()),
			ServiceKind::Electricity,
			flat
		));
		let parties: Vec<(AgreementId, AccountId)> = (0..count)
			.map(|i| {
				let subscriber = account(i);
				(conclude(&bob, &subscriber, i), subscriber)
			})
			.collect();

		// A year of usage, invoiced after each month and paid.
		let mut at = Y2024 + interval;
		let mut month_end = pallet_billing::Period::containing(Y2024, BillingCycle::Monthly).end;
		while at <= Y2025 {
			for (agreement, subscriber) in &parties {
				let usage = Usage {
					agreement: *agreement,
					subscriber: subscriber.clone(),
					provider: bob.clone(),
					service: ServiceKind::Electricity,
					device: 0,
					group: None,
					from: at - interval,
					to: at - 1,
					quantity: 100,
					peak: None,
					session: None,
				};
				<Billing as UsageSink<AccountId>>::record(&usage).expect("billing is up to date");
				figures.readings += 1;
			}
			if at >= month_end {
				for id in invoice_all(month_end + HOUR) {
					let invoice = pallet_billing::Invoices::<Runtime>::get(id).expect("issued");
					let parts = (invoice.agreement % 3 + 1) as u128;
					let owed = invoice.outstanding();
					for part in 0..parts {
						let amount = if part + 1 == parts {
							owed - owed / parts * part
						} else {
							owed / parts
						};
						assert_ok!(Billing::pay(
							RuntimeOrigin::signed(invoice.subscriber.clone()),
							id,
							amount
						));
					}
					figures.invoices += 1;
				}
				month_end =
					pallet_billing::Period::containing(month_end, BillingCycle::Monthly).end;
			}
			at += interval;
		}
		assert_eq!(pallet_billing::Accruals::<Runtime>::iter().count(), 0, "every period invoiced");
		figures.before = ledger_bytes();

		// 2026: pruning's pass, block by block, with all of each block offered.
		pallet_timestamp::Now::<Runtime>::put(Y2026 + HOUR);
		let offered = RuntimeBlockWeights::get().max_block;
		loop {
			let used = Pruning::on_idle(next_block(), offered);
			figures.most_in_a_block = figures.most_in_a_block.max(used);
			figures.blocks += 1;
			if pallet_pruning::Cursor::<Runtime>::get().is_none() {
				break;
			}
		}
		figures.after = ledger_bytes();
		figures.per_agreement = parties.iter().map(|(a, _)| agreement_bytes(*a)).collect();
		assert_eq!(pallet_billing::Invoices::<Runtime>::iter().count(), 0, "every invoice pruned");
		assert_eq!(pallet_pruning::Summaries::<Runtime>::iter().count(), count as usize);
		#[cfg(feature = "try-runtime")]
		{
			let n = System::block_number();
			<Pruning as Hooks<u32>>::try_state(n).expect("pruning's invariants hold");
			<Billing as Hooks<u32>>::try_state(n).expect("billing's invariants hold");
		}
	});
	figures
}

#[test]
fn a_year_of_settled_invoices_prunes_to_a_twentieth_within_a_tenth_of_each_block() {
	let count = env("MCHAIN_SIM_AGREEMENTS", 20) as u32;
	let interval = env("MCHAIN_SIM_INTERVAL_MINUTES", 60) * MINUTE;
	let f = simulate(count, interval);
	let ratio = f.before as f64 / f.after as f64;
	println!(
		"{count} agreements, a reading every {} min: {} readings, {} invoices; ledger state {} bytes \
		 before pruning, {} after ({ratio:.1}x less), {} bytes per agreement; pruning took {} blocks, \
		 at most {} ps of ref time in one ({:.2}% of a block)",
		interval / MINUTE,
		f.readings,
		f.invoices,
		f.before,
		f.after,
		f.per_agreement.first().copied().unwrap_or_default(),
		f.blocks,
		f.most_in_a_block.ref_time(),
		f.most_in_a_block.ref_time() as f64 * 100.0 /
			RuntimeBlockWeights::get().max_block.ref_time() as f64,
	);
	assert_eq!(f.invoices, u64::from(count) * 12, "twelve monthly invoices each");
	assert!(f.after * 20 <= f.before, "at least 20x less: {} -> {}", f.before, f.after);
	// Whatever its history (invoices paid in one to three parts), an agreement keeps the same.
	assert!(f.per_agreement.windows(2).all(|w| w[0] == w[1]), "{:?}", f.per_agreement);
	assert!(f.most_in_a_block.all_lte(MaxPruningWeight::get()), "{}", f.most_in_a_block);
}
