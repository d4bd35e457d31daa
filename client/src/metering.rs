//! Submitting device-signed reports (pallet `metering`): a gateway's batch, or a device's own
//! feeless report; and reading a device's metering state.

use crate::{
	api::{chain, DeviceId},
	client::{Client, Receipt},
	device::{DeviceKeyPair, DeviceReport},
	error::{Error, Result},
	keys::Account,
};
use subxt::utils::Static;
/// A device's metering state: last sequence number, time and register, missed readings, last
/// session, and the hash-chain head over its accepted reports.
pub type MeteringState = chain::runtime_types::pallet_metering::types::DeviceState<u32>;
/// Why the chain refused a report (in `Rejected` events).
pub use chain::runtime_types::pallet_metering::types::RejectReason;

/// What a batch did, from its events.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BatchOutcome {
	/// Reports counted.
	pub accepted: u32,
	/// Reports refused, with the device and the reason.
	pub rejected: Vec<(DeviceId, RejectReason)>,
}

/// What the devices of an agreement counted today and yesterday (UTC).
pub type RecentUsage = chain::runtime_types::pallet_metering::types::RecentUsage;

/// The `submit_batch` call carrying `reports`, and how many it carries.
pub fn batch_call(reports: &[DeviceReport]) -> Result<(impl subxt::tx::Payload, u64)> {
	let wire = reports.iter().cloned().map(Static).collect::<Vec<_>>();
	let call = chain::tx().metering().submit_batch(crate::registry::bounded(wire));
	Ok((call, reports.len() as u64))
}

/// Parses a device's secret key: `sr25519://Meter1` or `ed25519://Meter1` (derived from a
/// secret URI, for tests and demos), or `sr25519:0x<32-byte seed>` / `ed25519:0x<seed>`.
pub fn parse_device_secret(text: &str) -> Result<DeviceKeyPair> {
	use sp_core::{ed25519, sr25519, Pair};
	let (scheme, rest) = crate::registry::key_scheme(text)?;
	let bad = |_| Error::Key(format!("cannot read a {scheme} device key from the given secret"));
	// `from_string` takes both a secret URI and a `0x` seed.
	if scheme == "sr25519" {
		Ok(DeviceKeyPair::Sr25519(sr25519::Pair::from_string(rest, None).map_err(bad)?))
	} else {
		Ok(DeviceKeyPair::Ed25519(ed25519::Pair::from_string(rest, None).map_err(bad)?))
	}
}

impl Client {
	/// The provider, a gateway or a group aggregator submits device-signed `reports` in one
	/// transaction (paying its fee). Refused reports do not fail the batch: they are listed in
	/// the outcome with the chain's reason.
	pub async fn submit_reports(
		&self,
		submitter: &Account,
		reports: &[DeviceReport],
	) -> Result<(BatchOutcome, Receipt)> {
		let (call, _) = batch_call(reports)?;
		let receipt = self.submit(&call, submitter).await?;
		let mut outcome = BatchOutcome::default();
		for event in &receipt.events {
			match event {
				chain::Event::Metering(chain::metering::Event::BatchProcessed {
					accepted, ..
				}) => outcome.accepted = *accepted,
				chain::Event::Metering(chain::metering::Event::Rejected { device, reason }) => {
					outcome.rejected.push((*device, reason.clone()))
				},
				_ => {},
			}
		}
		Ok((outcome, receipt))
	}

	/// A device submits its own report: an unsigned, feeless transaction. The node refuses it
	/// before the pool if the signature is bad, it is a replay, or the device reported on its
	/// own less than the rate limit ago.
	pub async fn submit_own_report(&self, report: &DeviceReport) -> Result<Receipt> {
		let call = chain::tx().metering().submit_own(Static(report.clone()));
		self.submit_unsigned(&call, self.wait()).await
	}

	/// What the devices of agreement `id` counted today and yesterday (UTC days by the
	/// chain's clock); `None` if it covers no device.
	pub async fn recent_usage(&self, id: crate::api::AgreementId) -> Result<Option<RecentUsage>> {
		self.view(chain::view_functions().metering().recent_usage(id)).await
	}

	/// Device `id`'s metering state, if it reported yet.
	pub async fn metering_state(&self, id: DeviceId) -> Result<Option<MeteringState>> {
		self.view(chain::view_functions().metering().device_state(id)).await
	}
}
