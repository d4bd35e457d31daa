//! Named genesis presets. The node's chain specs only name a preset; everything that goes into
//! genesis is decided here, in the runtime, so that every tool (node, chain-spec builder,
//! zombienet, tests) gets the same genesis.
//!
//! - `development`: Alice alone authors and finalizes, Alice is sudo, Alice, Bob and Charlie sit
//!   on the council. For `--dev`.
//! - `local_testnet`: Alice, Bob, Charlie and Dave author and finalize and sit on the council;
//!   there is no sudo key: root business goes through council motions. GRANDPA needs more than
//!   2/3 of the voters, so with four validators one may fail without finality stopping.
//! - `staging`: the local testnet's four utilities, with no sudo key and no demo provider: every
//!   provider, too, comes from a council motion, as on a production network.
//!
//! Sudo exists only in `development`, the single-node chain for trying things out.
//!
//! Validators are the consortium's set and hold session keys; Aura's and GRANDPA's authorities
//! follow from the session pallet. In every preset the well-known development accounts are
//! endowed; in the first two, Bob runs the demo utility ([`DEMO_PROVIDER_NAME`]): a provider
//! offering every service, so that a fresh chain can sign agreements and commission devices
//! without a governance step first.

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use meterchain_primitives::{DeviceKey, ServiceKind};

use crate::{
	AccountId, Balance, BalancesConfig, ConsortiumConfig, CouncilMembershipConfig, RegistryConfig,
	Runtime, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, UNIT,
};
use frame_support::BoundedVec;

/// The name of the preset without a sudo key.
pub const STAGING_PRESET: &str = "staging";
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

/// A validator: its account and the session keys it starts with.
pub type Validator = (AccountId, AuraId, GrandpaId);

/// A well-known development identity as a validator: account, Aura and GRANDPA keys all derived
/// from the same `//Name` seed (zombienet derives its nodes' keys the same way).
fn validator(name: Sr25519Keyring, grandpa: Ed25519Keyring) -> Validator {
	let (aura, gran) = authority_keys(name, grandpa);
	(name.to_account_id(), aura, gran)
}

/// The four utilities of the local and staging networks: Alice, Bob, Charlie and Dave.
fn four_utilities() -> Vec<Validator> {
	vec![
		validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		validator(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		validator(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		validator(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	]
}

/// What differs between presets.
struct Network {
	validators: Vec<Validator>,
	council: Vec<AccountId>,
	/// The sudo key; `None` leaves root to the council.
	root: Option<AccountId>,
	/// Whether Bob starts as the demo provider.
	demo_provider: bool,
}

fn genesis(net: Network, endowed: Vec<AccountId>) -> Value {
	let session_keys = net
		.validators
		.iter()
		.map(|(account, aura, grandpa)| {
			let keys = SessionKeys { aura: aura.clone(), grandpa: grandpa.clone() };
			(account.clone(), account.clone(), keys)
		})
		.collect::<Vec<_>>();
	let providers = if net.demo_provider { vec![demo_provider()] } else { vec![] };
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|a| (a, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Aura's and GRANDPA's authorities come from the session keys.
		consortium: ConsortiumConfig {
			validators: net.validators.iter().map(|(a, _, _)| a.clone()).collect::<Vec<_>>(),
		},
		session: SessionConfig { keys: session_keys },
		council_membership: CouncilMembershipConfig {
			members: BoundedVec::truncate_from(net.council),
		},
		sudo: SudoConfig { key: net.root },
		registry: RegistryConfig { providers },
	})
}

/// Genesis of the single-validator development chain (`--dev`): Alice validates and is sudo;
/// Alice, Bob and Charlie sit on the council, so that a motion can pass with two votes.
pub fn development_genesis() -> Value {
	genesis(
		Network {
			validators: vec![validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
			council: vec![
				Sr25519Keyring::Alice.to_account_id(),
				Sr25519Keyring::Bob.to_account_id(),
				Sr25519Keyring::Charlie.to_account_id(),
			],
			root: Some(Sr25519Keyring::Alice.to_account_id()),
			demo_provider: true,
		},
		endowed_accounts(),
	)
}

/// Genesis of the four-validator local testnet (`--chain local`): the four utilities validate
/// and sit on the council; no sudo key (root is the council's, through motions); Bob runs the
/// demo provider so that traffic can start at once.
pub fn local_testnet_genesis() -> Value {
	let utilities = four_utilities();
	let council = utilities.iter().map(|(a, _, _)| a.clone()).collect();
	genesis(
		Network { validators: utilities, council, root: None, demo_provider: true },
		endowed_accounts(),
	)
}

/// Genesis of a staging network (`--chain staging`): as `local_testnet`, but without a demo
/// provider. Providers, validators and upgrades go through council motions,
/// exactly as on a production network. (A production network replaces the well-known keys
/// with the utilities' own: docs/OPERATIONS.md.)
pub fn staging_genesis() -> Value {
	let utilities = four_utilities();
	let council = utilities.iter().map(|(a, _, _)| a.clone()).collect();
	genesis(
		Network { validators: utilities, council, root: None, demo_provider: false },
		endowed_accounts(),
	)
}

/// The JSON genesis patch of preset `id`, or `None` for an unknown preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		STAGING_PRESET => staging_genesis(),
		_ => return None,
	};
	// Serializing a `serde_json::Value` cannot fail: it has no non-string map keys.
	serde_json::to_vec(&patch).ok()
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(STAGING_PRESET),
	]
}
