//! Named genesis presets. The node's chain specs only name a preset; everything that goes into
//! genesis is decided here, in the runtime, so that every tool (node, chain-spec builder,
//! zombienet, tests) gets the same genesis.
//!
//! - `development`: Alice alone authors and finalizes, Alice is sudo. For `--dev`.
//! - `local_testnet`: Alice, Bob, Charlie and Dave author and finalize. GRANDPA needs more than
//!   2/3 of the voters, so with four validators one may fail without finality stopping.
//!
//! In both, the well-known development accounts are endowed, and Bob runs the demo utility
//! ([`DEMO_PROVIDER_NAME`]): a provider offering every service, so that a fresh chain can sign
//! agreements and commission devices without a governance step first.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use meterchain_primitives::{DeviceKey, ServiceKind};

use crate::{
	AccountId, Balance, BalancesConfig, RegistryConfig, Runtime, RuntimeGenesisConfig, SudoConfig,
	UNIT,
};
use pallet_registry::{NameOf, Services};

/// What each endowed development account starts with: one million tokens.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The validator keys of a well-known development identity: Aura (sr25519) and GRANDPA
/// (ed25519), both derived from the same `//Name` seed.
fn authority_keys(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// The development accounts endowed at genesis (Alice..Ferdie and their stashes).
pub fn endowed_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| *k != Sr25519Keyring::One && *k != Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// The name under which the demo provider (Bob) is registered.
pub const DEMO_PROVIDER_NAME: &[u8] = b"Demo Utility";

/// The demo provider's top-up token key: the sr25519 public key of `//Bob//topup` (a test
/// checks it). A provider's token key is separate from its account key, so that the key on
/// the token-issuing server cannot move the provider's funds.
pub const DEMO_TOKEN_KEY: [u8; 32] = [
	62, 108, 68, 212, 244, 101, 63, 138, 239, 108, 181, 248, 50, 136, 131, 6, 204, 44, 115, 243,
	160, 68, 88, 73, 109, 84, 190, 139, 243, 135, 224, 97,
];

/// The demo provider: Bob, offering every service.
pub fn demo_provider() -> (AccountId, NameOf<Runtime>, Services, DeviceKey) {
	(
		Sr25519Keyring::Bob.to_account_id(),
		// Both fit their bounds (a runtime test checks the demo provider's record).
		NameOf::<Runtime>::truncate_from(DEMO_PROVIDER_NAME.to_vec()),
		Services::truncate_from(ServiceKind::ALL.to_vec()),
		DeviceKey::Sr25519(DEMO_TOKEN_KEY),
	)
}

fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|a| (a, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|(aura, _)| aura.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities.iter().map(|(_, gran)| (gran.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		registry: RegistryConfig { providers: vec![demo_provider()] },
	})
}

/// Genesis of the single-validator development chain (`--dev`).
pub fn development_genesis() -> Value {
	genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// Genesis of the four-validator local testnet (`--chain local`).
pub fn local_testnet_genesis() -> Value {
	genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority_keys(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		endowed_accounts(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON genesis patch of preset `id`, or `None` for an unknown preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		_ => return None,
	};
	// Serializing a `serde_json::Value` cannot fail: it has no non-string map keys.
	serde_json::to_vec(&patch).ok()
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
