//! # meterchain-client
//!
//! The Rust client of Meterchain for meters, chargers, gateways, portals and integrators. The
//! `meterchain` command-line tool (crate `meterchain-cli`, with the load tool and the fleet
//! simulator) is built on it.
//!
//! - [`verify`] (`no_std`, always built): finality and storage proofs checked against the
//!   utilities' GRANDPA voter set, for devices that do not hold the chain (seed 000).
//! - [`device`] (`no_std`, always built): readings and charging sessions — the chain's own
//!   types, from `meterchain-primitives` — signed with the device's own key.
//! - [`token`] (`no_std`, always built): offline top-up tokens (the chain's types too), vended
//!   by the provider's vending service and checked by a prepaid meter without a server.
//! - With the default `online` feature: [`Client`] connects to a node and offers the chain's
//!   operations as plain async methods — providers, subscribers, id tags, devices, groups and
//!   gateways ([`registry`]), service agreements with on-chain and off-line dual signing
//!   ([`agreements`]), device-signed readings and sessions ([`metering`]), tariffs, invoices
//!   and payments, and recomputing an invoice to check it ([`billing`]), prepaid credit, supply
//!   status, top-up tokens and withdrawing credit ([`prepaid`]), disputes, credit notes and
//!   instalment plans ([`disputes`]), questions, complaints and suggestions with providers'
//!   response times ([`cases`]), the council's motions, validators, session keys and runtime
//!   upgrades ([`governance`]), finalized-event streams ([`events`]), storage proofs
//!   ([`proofs`]), archives of the ledger that pruning removes and their proofs against the
//!   chain's summaries ([`archive`]).
//!   [`keys::Account`] loads keys from a dev URI, a mnemonic or a key file.
//!
//! Transactions wait for finality unless told otherwise ([`Wait`]); a refusal by the chain comes
//! back as [`Error::Refused`] with the pallet's error name and its documentation.
//!
//! ```no_run
//! # async fn demo() -> meterchain_client::Result<()> {
//! use meterchain_client::{keys::Account, Client};
//! let client = Client::connect("ws://127.0.0.1:9944").await?;
//! let bob = Account::dev("bob")?;
//! let provider = client.provider(&bob.account_id()).await?;
//! println!("Bob is a provider: {}", provider.is_some());
//! # Ok(()) }
//! ```
//!
//! The typed interface ([`api::chain`]) is generated from `client/metadata/meterchain.scale`;
//! `scripts/metadata.sh` regenerates it and a runtime test fails when it is stale.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub mod device;
pub mod token;
pub mod verify;

#[cfg(feature = "online")]
pub mod agreements;
#[cfg(feature = "online")]
pub mod api;
#[cfg(feature = "online")]
pub mod archive;
#[cfg(feature = "online")]
pub mod billing;
#[cfg(feature = "online")]
pub mod cases;
#[cfg(feature = "online")]
mod client;
#[cfg(feature = "online")]
pub mod disputes;
#[cfg(feature = "online")]
mod error;
#[cfg(feature = "online")]
pub mod events;
#[cfg(feature = "online")]
pub mod governance;
#[cfg(feature = "online")]
pub mod keys;
#[cfg(feature = "online")]
pub mod metering;
#[cfg(feature = "online")]
pub mod prepaid;
#[cfg(feature = "online")]
pub mod proofs;
#[cfg(feature = "online")]
pub mod registry;
#[cfg(feature = "online")]
pub mod units;

#[cfg(feature = "online")]
pub use client::{calls, ChainStatus, Client, Receipt, Wait};
#[cfg(feature = "online")]
pub use error::{Error, NodeError, Result};

/// Parses exactly `N` bytes of hex (no `0x`).
#[cfg(feature = "online")]
pub(crate) fn hex_bytes<const N: usize>(hex: &str) -> Result<[u8; N]> {
	let bytes = ::hex::decode(hex).map_err(|e| Error::Input(format!("bad hex: {e}")))?;
	bytes
		.try_into()
		.map_err(|b: Vec<u8>| Error::Input(format!("expected {N} bytes of hex, got {}", b.len())))
}
