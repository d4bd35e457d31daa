//! The genesis state of a preset, built as a node builds it. Shared by the runtime's tests and
//! the billing fuzzer (`fuzz/`), which includes this file.

use meterchain_runtime::{genesis_config_presets as presets, RuntimeGenesisConfig};
use sp_genesis_builder::PresetId;
use sp_runtime::BuildStorage;

/// Builds the genesis state of `preset` exactly as a node does: the preset's JSON patch applied
/// to the default genesis config, then each pallet's genesis build.
pub fn genesis_of(preset: &str) -> sp_io::TestExternalities {
	let patch = presets::get_preset(&PresetId::from(preset)).expect("preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("preset is JSON");
	json_merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("preset matches the genesis config's fields");
	config.build_storage().expect("genesis builds").into()
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				json_merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}
