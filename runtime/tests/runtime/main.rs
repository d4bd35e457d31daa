//! Tests of the assembled runtime, run natively (no wasm needed). They are an integration test
//! rather than the crate's own unit tests so that they link the runtime library as built for
//! the node, instead of compiling the whole runtime a second time in test mode.
//!
//! - [`assembled`]: genesis presets, pallet integrity, version, block limits, metadata, and
//!   flows through the real pallet configuration;
//! - [`simulation`]: a year of agreements and their pruning, with the state it leaves;
//! - [`properties`]: billing against an independent model ([`model`]) over random steps.

mod assembled;
mod genesis;
mod model;
mod properties;
mod simulation;
