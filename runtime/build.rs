//! Builds the runtime's wasm blob (embedded in the native crate as `WASM_BINARY`).
//!
//! Set `SKIP_WASM_BUILD=1` to skip it, e.g. for pallet or runtime unit tests that run natively.
fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
