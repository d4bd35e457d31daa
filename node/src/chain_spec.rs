//! The built-in chain specs. They only name a runtime genesis preset: what goes into genesis is
//! the runtime's business (`meterchain_runtime::genesis_config_presets`).

use meterchain_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::{ChainType, Properties};

/// A chain spec with no node-side extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"this node was built without the runtime's wasm (SKIP_WASM_BUILD was set); rebuild it \
		 without SKIP_WASM_BUILD"
			.to_string()
	})
}

/// Token symbol, decimals and address format, so wallets show amounts and addresses correctly.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn from_preset(name: &str, id: &str, kind: ChainType, preset: &str) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(kind)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// `--dev`: Alice alone authors and finalizes blocks.
pub fn development() -> Result<ChainSpec, String> {
	from_preset(
		"Meterchain Development",
		"meterchain_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// `--chain local`: Alice, Bob, Charlie and Dave author and finalize blocks.
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"Meterchain Local Testnet",
		"meterchain_local",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// `--chain staging`: the four validators of `local`, but no sudo key and no demo provider, so
/// that providers, validators and upgrades go through council motions as in production.
pub fn staging() -> Result<ChainSpec, String> {
	from_preset(
		"Meterchain Staging",
		"meterchain_staging",
		ChainType::Live,
		meterchain_runtime::genesis_config_presets::STAGING_PRESET,
	)
}
