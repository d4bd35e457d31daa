//! Weights of the polkadot-sdk pallets and transaction extensions the runtime uses, measured on
//! the reference machine by `scripts/benchmark.sh runtime`, with the runtime's database weights
//! (ParityDB). The generic weights these crates ship were measured on other hardware, some with
//! RocksDB's costs; a block is only filled to what this machine executes in time when every
//! call is weighed on the same machine. Meterchain's own pallets keep theirs in
//! `pallets/*/src/weights.rs`.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_membership;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
