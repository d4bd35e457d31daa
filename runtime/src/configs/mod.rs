//! Each pallet's `Config`, one file per concern:
//!
//! - [`system`]: `frame_system` and `pallet_timestamp`: block limits, accounts, chain time;
//! - [`consensus`]: `pallet_aura` and `pallet_grandpa`: who authors and who finalizes;
//! - [`monetary`]: `pallet_balances` and `pallet_transaction_payment`: the token and fees;
//! - [`dispatch`]: `pallet_utility` and `pallet_sudo`: batching and the development root key;
//! - [`governance`]: the council, its membership, the consortium's validator set and sessions;
//! - [`registry`]: `pallet_registry`: providers, subscribers, id tags, devices, groups, gateways;
//! - [`agreements`]: `pallet_agreements`: dual-signed service agreements;
//! - [`metering`]: `pallet_metering`: device-signed readings and charging sessions;
//! - [`billing`]: `pallet_billing`: tariffs, invoices and payments;
//! - [`cases`]: `pallet_cases`: questions, complaints, suggestions and response times;
//! - [`pruning`]: `pallet_pruning`: settled years compacted into provable summaries.

pub mod agreements;
pub mod billing;
pub mod cases;
pub mod consensus;
pub mod dispatch;
pub mod governance;
pub mod metering;
pub mod monetary;
pub mod pruning;
pub mod registry;
pub mod system;

pub use system::{RuntimeBlockLength, RuntimeBlockWeights};
