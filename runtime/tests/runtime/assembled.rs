//! Sanity tests of the assembled runtime: genesis presets, pallet integrity, version, block
//! limits and metadata. They run natively (no wasm needed).

use crate::genesis::genesis_of;
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{Get, IntegrityTest},
	weights::constants::WEIGHT_REF_TIME_PER_SECOND,
};
use frame_system::limits::BlockWeights;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

use frame_support::{assert_ok, weights::Weight};
use meterchain_runtime::{
	configs::{governance::CouncilInstance, RuntimeBlockWeights},
	genesis_config_presets as presets, AccountId, AllPalletsWithSystem, Balance, Balances,
	BalancesCall, Block, Council, Registry, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	Session, System, VERSION,
};
use sp_runtime::traits::Hash;

#[test]
fn runtime_offers_the_development_local_testnet_and_staging_presets() {
	let names: Vec<String> = presets::preset_names()
		.into_iter()
		.map(|p| String::from_utf8(p.into()).expect("utf8"))
		.collect();
	assert_eq!(names, [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET, presets::STAGING_PRESET]);
	assert!(presets::get_preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn development_preset_has_alice_as_sole_authority_and_sudo() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		let alice = Sr25519Keyring::Alice;
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 1);
		assert_eq!(aura[0], alice.public().into());
		let grandpa = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(grandpa, [(sp_keyring::Ed25519Keyring::Alice.public().into(), 1)]);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice.to_account_id()));
		assert_eq!(Balances::free_balance(alice.to_account_id()), presets::ENDOWMENT);
	});
}

#[test]
fn local_testnet_preset_has_four_validators_so_one_may_fail() {
	genesis_of(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let expected = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		];
		// Sudo is for the development chain only.
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 4);
		for (got, want) in aura.iter().zip(expected) {
			assert_eq!(*got, want.public().into());
		}
		let voters = pallet_grandpa::Pallet::<Runtime>::grandpa_authorities();
		assert_eq!(voters.len(), 4);
		// GRANDPA finalizes with more than 2/3 of the weight: 3 of 4 still can, 2 of 4 cannot.
		let total: u64 = voters.iter().map(|(_, w)| w).sum();
		assert!(3 * 3 > 2 * total && 2 * 3 <= 2 * total);
		for account in presets::endowed_accounts() {
			assert_eq!(Balances::free_balance(account), presets::ENDOWMENT);
		}
	});
}

#[test]
fn every_pallet_passes_its_integrity_test() {
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		<AllPalletsWithSystem as IntegrityTest>::integrity_test();
	});
}

#[test]
fn version_names_meterchain() {
	assert_eq!(VERSION.spec_name, "meterchain");
	// Nodes and clients find the runtime APIs they need in the version.
	use sp_api::RuntimeApiInfo;
	let has = |id: &[u8; 8]| VERSION.apis.iter().any(|(api, _)| api == id);
	assert!(has(&<dyn sp_api::Core<Block>>::ID));
	assert!(has(&<dyn sp_consensus_aura::AuraApi<Block, AuraId>>::ID));
	assert!(has(&<dyn sp_consensus_grandpa::GrandpaApi<Block>>::ID));
	assert!(has(&<dyn sp_session::SessionKeys<Block>>::ID));
	assert!(has(&<dyn sp_genesis_builder::GenesisBuilder<Block>>::ID));
	assert!(has(&<dyn pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<
		Block,
		Balance,
	>>::ID));
}

#[test]
fn block_weights_are_valid_and_give_two_seconds_of_compute() {
	let weights: BlockWeights = RuntimeBlockWeights::get();
	weights.clone().validate().expect("block weights are consistent");
	assert_eq!(weights.max_block.ref_time(), 2 * WEIGHT_REF_TIME_PER_SECOND);
	let normal = weights
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_total
		.expect("normal class is bounded");
	assert_eq!(normal.ref_time(), weights.max_block.ref_time() / 4 * 3);
	let minimum_period: u64 = <Runtime as pallet_timestamp::Config>::MinimumPeriod::get();
	assert_eq!(minimum_period * 2, meterchain_runtime::MILLI_SECS_PER_BLOCK);
}

#[test]
fn a_block_holds_many_balance_transfers() {
	let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
		dest: Sr25519Keyring::Bob.to_account_id().into(),
		value: 1,
	});
	let weight = transfer.get_dispatch_info().total_weight();
	let normal = RuntimeBlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_total
		.expect("bounded");
	assert!(weight.ref_time() > 0);
	assert!(normal.ref_time() / weight.ref_time() >= 1_000, "fewer than 1000 transfers fit");
}

#[test]
fn metadata_v16_is_served() {
	let versions = Runtime::metadata_versions();
	assert!(versions.contains(&16), "served metadata versions: {versions:?}");
	let v16 = Runtime::metadata_at_version(16).expect("v16 metadata");
	// Prefix: the magic number "meta" followed by the version byte.
	assert_eq!(&v16[..4], b"meta");
	assert_eq!(v16[4], 16);
}

#[test]
fn both_presets_register_bob_as_the_demo_provider_of_every_service() {
	use meterchain_primitives::{DeviceKey, Registry as _, ServiceKind};
	use sp_core::Pair;

	let topup = sp_core::sr25519::Pair::from_string("//Bob//topup", None).expect("valid uri");
	assert_eq!(presets::DEMO_TOKEN_KEY, topup.public().0, "DEMO_TOKEN_KEY is //Bob//topup");
	for preset in [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET] {
		genesis_of(preset).execute_with(|| {
			let bob = Sr25519Keyring::Bob.to_account_id();
			assert!(Registry::is_active_provider(&bob), "{preset}");
			for service in ServiceKind::ALL {
				assert!(Registry::offers_service(&bob, service), "{preset} {service:?}");
			}
			assert_eq!(
				Registry::token_key(&bob),
				Some(DeviceKey::Sr25519(presets::DEMO_TOKEN_KEY))
			);
			// The preset's bounded name is the whole name, not a truncated one.
			let record = pallet_registry::Providers::<Runtime>::get(&bob).expect("registered");
			assert_eq!(record.name.as_slice(), presets::DEMO_PROVIDER_NAME, "{preset}");
			let alice = Sr25519Keyring::Alice.to_account_id();
			assert!(!Registry::is_active_provider(&alice), "only Bob is a provider");
		});
	}
}

/// The client crate generates its API at compile time from `client/metadata/meterchain.scale`,
/// so that file must be this runtime's metadata: otherwise the client would build transactions
/// the chain refuses. `scripts/metadata.sh` rewrites it (it runs this test with
/// `METERCHAIN_WRITE_METADATA=1`).
#[test]
fn client_metadata_matches_the_runtime() {
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../client/metadata/meterchain.scale");
	let current = Runtime::metadata_at_version(16).expect("v16 metadata");
	if std::env::var_os("METERCHAIN_WRITE_METADATA").is_some() {
		std::fs::write(path, &current[..]).expect("writes the client's metadata");
	}
	let committed = std::fs::read(path).expect("client/metadata/meterchain.scale exists");
	assert!(
		committed == current[..],
		"client/metadata/meterchain.scale is stale: run ./scripts/metadata.sh and commit it"
	);
}

/// The metering pallet is wired to the real registry and agreements: a meter that Bob (the
/// demo provider) commissions, covered by a concluded agreement, reports on its own — the
/// unsigned transaction validates, its reading counts, and its replay does not validate.
#[test]
// Own reports are validated with `ValidateUnsigned` (see pallet-metering's docs on why).
#[allow(deprecated)]
fn a_meter_reports_on_its_own_through_the_real_registry_and_agreements() {
	use frame_support::{
		assert_ok,
		pallet_prelude::{TransactionSource, ValidateUnsigned},
	};
	use meterchain_primitives::{
		BillingCycle, DeviceKey, DeviceKind, DeviceReport, DeviceSignature, PaymentMode, Reading,
		ServiceKind,
	};
	use sp_core::Pair;

	const NOW: u64 = 1_800_000_000_000;
	genesis_of(DEV_RUNTIME_PRESET).execute_with(|| {
		System::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(NOW);
		let (bob, charlie) =
			(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Charlie.to_account_id());
		let signed = |who: &AccountId| RuntimeOrigin::signed(who.clone());
		assert_ok!(Registry::register_subscriber(signed(&charlie), Default::default(), None));
		let meter = sp_core::sr25519::Pair::from_string("//meter", None).expect("a key");
		assert_ok!(Registry::commission_device(
			signed(&bob),
			DeviceKind::Meter,
			ServiceKind::Electricity,
			DeviceKey::Sr25519(meter.public().0),
			900,
			None,
		));
		// Terms name one of Bob's electricity tariffs: tariff 0, the first on the chain.
		let flat = pallet_billing::Energy::Flat { price: 300 };
		let tariff = pallet_billing::Tariff {
			energy: flat,
			standing_charge: 0,
			demand_charge: 0,
			session_fee: 0,
			tax_bps: 0,
		};
		assert_ok!(meterchain_runtime::Billing::create_tariff(
			signed(&bob),
			ServiceKind::Electricity,
			tariff
		));
		let terms = pallet_agreements::TermsOf::<Runtime> {
			provider: bob.clone(),
			subscriber: charlie.clone(),
			service: ServiceKind::Electricity,
			tariff: 0,
			cycle: BillingCycle::Monthly,
			payment: PaymentMode::Postpaid { due_days: 14 },
			devices: vec![0].try_into().expect("one device"),
			start: NOW - 3_600_000,
			end: None,
			notice_period: 0,
			document_hash: Default::default(),
			encrypted_document: None,
			nonce: 1,
			deadline: NOW + 3_600_000,
		};
		let hash = meterchain_runtime::Agreements::terms_hash(terms.clone());
		assert_ok!(meterchain_runtime::Agreements::propose(signed(&charlie), terms));
		assert_ok!(meterchain_runtime::Agreements::accept(signed(&bob), hash));

		let report = |seq: u64, timestamp: u64, register: u64| {
			let reading = Reading { device: 0, key_epoch: 0, seq, timestamp, register, peak: None };
			let unsigned =
				DeviceReport::Reading { reading, signature: DeviceSignature::Sr25519([0; 64]) };
			let payload = unsigned.signing_payload(&meterchain_runtime::Metering::genesis_hash());
			match unsigned {
				DeviceReport::Reading { reading, .. } => DeviceReport::Reading {
					reading,
					signature: DeviceSignature::Sr25519(meter.sign(&payload).0),
				},
				other => other,
			}
		};
		let validate = |report: DeviceReport| {
			<meterchain_runtime::Metering as ValidateUnsigned>::validate_unsigned(
				TransactionSource::External,
				&pallet_metering::Call::submit_own { report },
			)
		};
		let first = report(1, NOW - 900_000, 1_000);
		assert!(validate(first.clone()).is_ok());
		assert_ok!(meterchain_runtime::Metering::submit_own(RuntimeOrigin::none(), first.clone()));
		assert!(validate(first).is_err(), "a replay never enters the pool");
		System::set_block_number(1 + meterchain_runtime::MINUTES);
		let second = report(2, NOW, 1_250);
		assert_ok!(meterchain_runtime::Metering::submit_own(RuntimeOrigin::none(), second));
		let state = meterchain_runtime::Metering::device_state(0).expect("metering state");
		assert_eq!((state.readings, state.last_seq, state.last_register), (2, 2, 1_250));
	});
}

#[test]
fn staging_preset_has_no_sudo_and_no_provider_but_a_council_and_four_validators() {
	genesis_of(presets::STAGING_PRESET).execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert!(pallet_registry::Providers::<Runtime>::iter().next().is_none());
		let utilities: Vec<AccountId> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.iter()
		.map(|k| k.to_account_id())
		.collect();
		let mut council = pallet_collective::Members::<Runtime, CouncilInstance>::get();
		council.sort();
		let mut sorted = utilities.clone();
		sorted.sort();
		assert_eq!(council, sorted);
		assert_eq!(pallet_consortium::Validators::<Runtime>::get().into_inner(), utilities);
		assert_eq!(pallet_session::Validators::<Runtime>::get(), utilities);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
	});
}

/// Passes `call` as a council motion on the development chain (council: Alice, Bob, Charlie):
/// Alice proposes, `ayes` vote for it, Alice closes it. Returns the outcome the council's
/// `Executed` event reports.
fn council_motion(call: RuntimeCall, ayes: &[Sr25519Keyring]) -> sp_runtime::DispatchResult {
	use codec::Encode;
	let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
	let len = call.encoded_size() as u32;
	let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, CouncilInstance>::get();
	Council::propose(alice.clone(), 2, Box::new(call), len).expect("proposed");
	for member in ayes {
		Council::vote(RuntimeOrigin::signed(member.to_account_id()), hash, index, true)
			.expect("voted");
	}
	// Short of its threshold of two, the motion can only be closed once its time is up.
	if ayes.len() < 2 {
		System::set_block_number(
			System::block_number()
				+ meterchain_runtime::configs::governance::MotionDuration::get()
				+ 1,
		);
	}
	Council::close(alice, hash, index, Weight::MAX, len).expect("closed");
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Council(pallet_collective::Event::Executed { result, .. }) => {
				Some(result)
			},
			RuntimeEvent::Council(pallet_collective::Event::Disapproved { .. }) => {
				Some(Err(sp_runtime::DispatchError::Other("disapproved")))
			},
			_ => None,
		})
		.expect("the motion was executed or disapproved")
}

fn on_dev_chain(test: impl FnOnce()) {
	let mut ext = genesis_of(DEV_RUNTIME_PRESET);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		test()
	})
}

#[test]
fn a_council_majority_registers_a_provider_and_a_minority_cannot() {
	on_dev_chain(|| {
		let eve = Sr25519Keyring::Eve.to_account_id();
		let register = RuntimeCall::Registry(pallet_registry::Call::register_provider {
			who: eve.clone(),
			name: pallet_registry::NameOf::<Runtime>::truncate_from(b"Eve Water".to_vec()),
			services: pallet_registry::Services::truncate_from(vec![
				meterchain_primitives::ServiceKind::Water,
			]),
			token_key: meterchain_primitives::DeviceKey::Sr25519([7; 32]),
		});
		// A signed account, even a council member, cannot register a provider on its own.
		assert!(Registry::register_provider(
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			eve.clone(),
			pallet_registry::NameOf::<Runtime>::truncate_from(b"Eve Water".to_vec()),
			pallet_registry::Services::truncate_from(vec![]),
			meterchain_primitives::DeviceKey::Sr25519([7; 32]),
		)
		.is_err());
		// One aye of three is no majority: the motion is disapproved once its time is up.
		assert!(council_motion(register.clone(), &[Sr25519Keyring::Alice]).is_err());
		assert!(pallet_registry::Providers::<Runtime>::get(&eve).is_none());
		// Two of three is.
		assert_eq!(council_motion(register, &[Sr25519Keyring::Alice, Sr25519Keyring::Bob]), Ok(()));
		assert!(pallet_registry::Providers::<Runtime>::get(&eve).is_some());
	});
}

#[test]
fn a_council_motion_adds_a_validator_who_authors_two_sessions_later() {
	on_dev_chain(|| {
		let bob = Sr25519Keyring::Bob;
		// Bob registers his session keys first, as the runbook says: his node generates them
		// with a proof that he owns them (`author_rotateKeysWithOwner`).
		use codec::Encode;
		let owner = bob.to_account_id().encode();
		let generated = meterchain_runtime::SessionKeys::generate(&owner, Some(b"//Bob".to_vec()));
		let bad_proof =
			meterchain_runtime::SessionKeys::generate(&owner, Some(b"//Eve".to_vec())).proof;
		assert_eq!(
			Session::set_keys(
				RuntimeOrigin::signed(bob.to_account_id()),
				generated.keys.clone(),
				bad_proof.encode()
			),
			Err(pallet_session::Error::<Runtime>::InvalidProof.into())
		);
		assert_ok!(Session::set_keys(
			RuntimeOrigin::signed(bob.to_account_id()),
			generated.keys,
			generated.proof.encode()
		));
		let add = RuntimeCall::Consortium(pallet_consortium::Call::add_validator {
			who: bob.to_account_id(),
		});
		assert_eq!(council_motion(add, &[Sr25519Keyring::Alice, Sr25519Keyring::Charlie]), Ok(()));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		// The first rotation queues the new set, the second makes it active.
		Session::rotate_session();
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		Session::rotate_session();
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 2);
		assert!(aura.contains(&bob.public().into()));
		assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 2);

		// And a motion removes him again.
		let remove = RuntimeCall::Consortium(pallet_consortium::Call::remove_validator {
			who: bob.to_account_id(),
		});
		assert_eq!(council_motion(remove, &[Sr25519Keyring::Alice, Sr25519Keyring::Bob]), Ok(()));
		Session::rotate_session();
		Session::rotate_session();
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
	});
}

#[test]
fn a_two_thirds_motion_dispatches_as_root() {
	on_dev_chain(|| {
		// Root-only: set the sudo key to none, as a consortium retiring sudo would.
		let retire_sudo = RuntimeCall::Consortium(pallet_consortium::Call::enact {
			call: Box::new(RuntimeCall::Sudo(pallet_sudo::Call::remove_key {})),
		});
		assert!(pallet_sudo::Key::<Runtime>::get().is_some());
		assert_eq!(
			council_motion(retire_sudo, &[Sr25519Keyring::Alice, Sr25519Keyring::Bob]),
			Ok(())
		);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		System::assert_has_event(
			pallet_consortium::Event::<Runtime>::Enacted { result: Ok(()) }.into(),
		);
	});
}

/// The measured base weights (`runtime/src/weights`, from `benchmark overhead`) are plausible:
/// executing an empty block takes between 100 µs and 50 ms, an extrinsic's base between 10 µs
/// and 1 ms. (The benchmark CLI writes these checks into the weight files as unit tests;
/// `scripts/benchmark.sh` moves them here, where the runtime's tests run.)
#[test]
fn the_measured_base_weights_are_sane() {
	use frame_support::weights::constants::{
		WEIGHT_REF_TIME_PER_MICROS as MICROS, WEIGHT_REF_TIME_PER_MILLIS as MILLIS,
	};
	use meterchain_runtime::weights::{
		block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight,
	};
	let block = BlockExecutionWeight::get().ref_time();
	assert!((100 * MICROS..=50 * MILLIS).contains(&block), "block execution weight {block}");
	let extrinsic = ExtrinsicBaseWeight::get().ref_time();
	assert!((10 * MICROS..=MILLIS).contains(&extrinsic), "extrinsic base weight {extrinsic}");
}
