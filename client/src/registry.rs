//! Providers, subscribers, id tags, devices, groups and gateways (pallet `registry`).

use crate::{
	api::{
		chain::{self, runtime_types::pallet_registry::pallet::Call as RegistryCall},
		AccountId, BoundedVec, DeviceId, DeviceKey, DeviceKind, DeviceRecord, DeviceStatusReport,
		GroupId, GroupInfo, Hash, Moment, ProviderInfo, RegistryEvent, RuntimeEvent, ServiceKind,
		SubscriberInfo, TagInfo, TagStatus,
	},
	client::{Client, Receipt},
	error::{Error, Result},
	governance::Governance,
	keys::Account,
};

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;

/// What a provider commissions: a meter or charger with its own key.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DeviceSpec {
	/// Meter or charger.
	pub kind: DeviceKind,
	/// What it measures.
	pub service: ServiceKind,
	/// The device's public key (sr25519 or ed25519): it signs what it measures.
	pub key: DeviceKey,
	/// How often it reports, in seconds.
	pub reporting_interval_secs: u32,
	/// The group it belongs to, if any.
	pub group: Option<GroupId>,
}

/// Bytes as the chain's bounded vector (the chain checks the bound).
pub(crate) fn bounded<T>(items: Vec<T>) -> BoundedVec<T> {
	BoundedVec(items)
}

/// A subscriber's envelope (recipient, ciphertext) as the chain takes it.
fn sealed(envelope: Option<(AccountId, Vec<u8>)>) -> Option<(AccountId, BoundedVec<u8>)> {
	envelope.map(|(to, bytes)| (to, bounded(bytes)))
}

/// An id tag (OCPP idTag, up to 20 printable ASCII characters).
pub(crate) fn tag(text: &str) -> BoundedVec<u8> {
	bounded(text.as_bytes().to_vec())
}

/// Providers are registered, suspended and resumed by governance.
impl Governance<'_> {
	/// Registers `who` as a provider of `services`: through `sudo` on the development chain,
	/// or as a council motion (see [`crate::governance`]).
	pub async fn register_provider(
		&self,
		signer: &Account,
		who: &AccountId,
		name: &str,
		services: &[ServiceKind],
		token_key: DeviceKey,
	) -> Result<Receipt> {
		let call = RegistryCall::register_provider {
			who: *who,
			name: bounded(name.as_bytes().to_vec()),
			services: bounded(services.to_vec()),
			token_key,
		};
		self.dispatch(signer, RuntimeCall::Registry(call)).await
	}

	/// Suspends provider `who` (see [`Self::register_provider`]).
	pub async fn suspend_provider(&self, signer: &Account, who: &AccountId) -> Result<Receipt> {
		self.dispatch(signer, RuntimeCall::Registry(RegistryCall::suspend_provider { who: *who }))
			.await
	}

	/// Resumes suspended provider `who`.
	pub async fn resume_provider(&self, signer: &Account, who: &AccountId) -> Result<Receipt> {
		self.dispatch(signer, RuntimeCall::Registry(RegistryCall::resume_provider { who: *who }))
			.await
	}
}

impl Client {
	/// A provider changes its own name, services and token-signing key.
	pub async fn update_provider(
		&self,
		provider: &Account,
		name: &str,
		services: &[ServiceKind],
		token_key: DeviceKey,
	) -> Result<Receipt> {
		let call = chain::tx().registry().update_provider(
			bounded(name.as_bytes().to_vec()),
			bounded(services.to_vec()),
			token_key,
		);
		self.submit(&call, provider).await
	}

	// ---- subscribers ----

	/// Registers the signer as a subscriber, holding the deposit: `data_hash` is the hash of
	/// its personal data (kept off chain), `envelope` an optional ciphertext for one provider.
	pub async fn register_subscriber(
		&self,
		subscriber: &Account,
		data_hash: Hash,
		envelope: Option<(AccountId, Vec<u8>)>,
	) -> Result<Receipt> {
		let call = chain::tx().registry().register_subscriber(data_hash, sealed(envelope));
		self.submit(&call, subscriber).await
	}

	/// Replaces the signer's data hash and envelope.
	pub async fn update_subscriber(
		&self,
		subscriber: &Account,
		data_hash: Hash,
		envelope: Option<(AccountId, Vec<u8>)>,
	) -> Result<Receipt> {
		let call = chain::tx().registry().update_subscriber(data_hash, sealed(envelope));
		self.submit(&call, subscriber).await
	}

	/// Deregisters the signer (refused while an agreement is open), releasing the deposit.
	pub async fn deregister_subscriber(&self, subscriber: &Account) -> Result<Receipt> {
		self.submit(&chain::tx().registry().deregister_subscriber(), subscriber).await
	}

	// ---- id tags ----

	/// Registers id tag `text` (e.g. an RFID card's idTag) for the signer, valid until
	/// `expires_at` (ms) or forever.
	pub async fn register_tag(
		&self,
		owner: &Account,
		text: &str,
		expires_at: Option<Moment>,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().register_tag(tag(text), expires_at), owner).await
	}

	/// Blocks or unblocks the signer's tag (a lost card).
	pub async fn set_tag_blocked(
		&self,
		owner: &Account,
		text: &str,
		blocked: bool,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().set_tag_blocked(tag(text), blocked), owner).await
	}

	/// Removes the signer's tag.
	pub async fn remove_tag(&self, owner: &Account, text: &str) -> Result<Receipt> {
		self.submit(&chain::tx().registry().remove_tag(tag(text)), owner).await
	}

	// ---- devices ----

	/// Commissions a device for the signing provider; returns its id.
	pub async fn commission_device(
		&self,
		provider: &Account,
		spec: DeviceSpec,
	) -> Result<(DeviceId, Receipt)> {
		let call = chain::tx().registry().commission_device(
			spec.kind,
			spec.service,
			spec.key,
			spec.reporting_interval_secs,
			spec.group,
		);
		let receipt = self.submit(&call, provider).await?;
		let id = receipt
			.find(|event| match event {
				RuntimeEvent::Registry(RegistryEvent::DeviceCommissioned { id, .. }) => Some(*id),
				_ => None,
			})
			.ok_or_else(|| Error::node_message("no DeviceCommissioned event"))?;
		Ok((id, receipt))
	}

	/// Suspends device `id` (its readings are refused until resumed).
	pub async fn suspend_device(&self, provider: &Account, id: DeviceId) -> Result<Receipt> {
		self.submit(&chain::tx().registry().suspend_device(id), provider).await
	}

	/// Resumes suspended device `id`.
	pub async fn resume_device(&self, provider: &Account, id: DeviceId) -> Result<Receipt> {
		self.submit(&chain::tx().registry().resume_device(id), provider).await
	}

	/// Decommissions device `id`, for good.
	pub async fn decommission_device(&self, provider: &Account, id: DeviceId) -> Result<Receipt> {
		self.submit(&chain::tx().registry().decommission_device(id), provider).await
	}

	/// Gives device `id` a new key (the only way its reading counter may restart).
	pub async fn rotate_device_key(
		&self,
		provider: &Account,
		id: DeviceId,
		key: DeviceKey,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().rotate_device_key(id, key), provider).await
	}

	/// Moves device `id` into `group` (or out of any).
	pub async fn set_device_group(
		&self,
		provider: &Account,
		id: DeviceId,
		group: Option<GroupId>,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().set_device_group(id, group), provider).await
	}

	// ---- groups ----

	/// Creates a group of the signing provider's devices; returns its id.
	pub async fn create_group(
		&self,
		provider: &Account,
		name: &str,
		aggregator: Option<AccountId>,
	) -> Result<(GroupId, Receipt)> {
		let call =
			chain::tx().registry().create_group(bounded(name.as_bytes().to_vec()), aggregator);
		let receipt = self.submit(&call, provider).await?;
		let id = receipt
			.find(|event| match event {
				RuntimeEvent::Registry(RegistryEvent::GroupCreated { id, .. }) => Some(*id),
				_ => None,
			})
			.ok_or_else(|| Error::node_message("no GroupCreated event"))?;
		Ok((id, receipt))
	}

	/// Sets or clears the account allowed to submit for group `id`'s devices.
	pub async fn set_group_aggregator(
		&self,
		provider: &Account,
		id: GroupId,
		aggregator: Option<AccountId>,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().set_group_aggregator(id, aggregator), provider).await
	}

	/// Removes empty group `id`.
	pub async fn remove_group(&self, provider: &Account, id: GroupId) -> Result<Receipt> {
		self.submit(&chain::tx().registry().remove_group(id), provider).await
	}

	// ---- gateways ----

	/// Authorizes `gateway` to submit readings for the signing provider's devices.
	pub async fn authorize_gateway(
		&self,
		provider: &Account,
		gateway: &AccountId,
	) -> Result<Receipt> {
		self.submit(&chain::tx().registry().authorize_gateway(*gateway), provider).await
	}

	/// Revokes `gateway`.
	pub async fn revoke_gateway(&self, provider: &Account, gateway: &AccountId) -> Result<Receipt> {
		self.submit(&chain::tx().registry().revoke_gateway(*gateway), provider).await
	}

	// ---- reads (view functions, at the last finalized block) ----

	/// Provider `who`, if registered.
	pub async fn provider(&self, who: &AccountId) -> Result<Option<ProviderInfo>> {
		self.view(chain::view_functions().registry().provider_info(*who)).await
	}

	/// Subscriber `who`, if registered.
	pub async fn subscriber(&self, who: &AccountId) -> Result<Option<SubscriberInfo>> {
		self.view(chain::view_functions().registry().subscriber_info(*who)).await
	}

	/// The id tags of subscriber `who`.
	pub async fn subscriber_tags(&self, who: &AccountId) -> Result<Vec<String>> {
		let tags = self.view(chain::view_functions().registry().subscriber_tags(*who)).await?;
		Ok(tags.into_iter().map(|t| String::from_utf8_lossy(&t.0).into_owned()).collect())
	}

	/// Tag `text`, if registered.
	pub async fn tag(&self, text: &str) -> Result<Option<TagInfo>> {
		self.view(chain::view_functions().registry().tag_info(tag(text))).await
	}

	/// What charger `charger` answers when tag `text` is presented (OCPP `idTagInfo.status`).
	pub async fn tag_authorization(&self, text: &str, charger: DeviceId) -> Result<TagStatus> {
		self.view(chain::view_functions().registry().tag_authorization(tag(text), charger)).await
	}

	/// Device `id`, if commissioned.
	pub async fn device(&self, id: DeviceId) -> Result<Option<DeviceRecord>> {
		self.view(chain::view_functions().registry().device_info(id)).await
	}

	/// The device that holds public key `key`, if any.
	pub async fn device_by_key(&self, key: [u8; 32]) -> Result<Option<DeviceId>> {
		self.view(chain::view_functions().registry().device_by_key(key)).await
	}

	/// What device `id` asks at boot (seed 000's idTagInfo): interval, status, chain time.
	pub async fn device_status(&self, id: DeviceId) -> Result<Option<DeviceStatusReport>> {
		self.view(chain::view_functions().registry().device_status(id)).await
	}

	/// Group `id`, if it exists.
	pub async fn group(&self, id: GroupId) -> Result<Option<GroupInfo>> {
		self.view(chain::view_functions().registry().group_info(id)).await
	}

	/// Whether `gateway` is authorized by `provider`.
	pub async fn is_gateway(&self, provider: &AccountId, gateway: &AccountId) -> Result<bool> {
		self.view(chain::view_functions().registry().is_gateway(*provider, *gateway)).await
	}
}

/// Parses a device (or token-signing) public key: `sr25519:0x<64 hex>`, `ed25519:0x<64 hex>`,
/// or, for tests and demos, the public key of a secret URI: `sr25519://Meter1`.
pub fn parse_device_key(text: &str) -> Result<DeviceKey> {
	use sp_core::Pair;
	let (scheme, rest) = key_scheme(text)?;
	let raw: [u8; 32] = if let Some(hex) = rest.strip_prefix("0x") {
		crate::hex_bytes::<32>(hex)?
	} else {
		let bad = |_| Error::Key(format!("cannot derive a {scheme} key from the given URI"));
		match scheme {
			"sr25519" => sp_core::sr25519::Pair::from_string(rest, None).map_err(bad)?.public().0,
			_ => sp_core::ed25519::Pair::from_string(rest, None).map_err(bad)?.public().0,
		}
	};
	// `key_scheme` lets only these two through.
	Ok(if scheme == "sr25519" { DeviceKey::Sr25519(raw) } else { DeviceKey::Ed25519(raw) })
}

/// Splits `sr25519:…` / `ed25519:…` into the scheme and the rest, refusing other schemes.
pub(crate) fn key_scheme(text: &str) -> Result<(&str, &str)> {
	let (scheme, rest) = text
		.trim()
		.split_once(':')
		.ok_or_else(|| Error::Input(format!("{text:?}: expected sr25519:… or ed25519:…")))?;
	match scheme {
		"sr25519" | "ed25519" => Ok((scheme, rest)),
		other => Err(Error::Input(format!("unknown key scheme {other:?} (sr25519 or ed25519)"))),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn device_keys_parse_from_hex_and_from_uris() {
		let hex = format!("sr25519:0x{}", "11".repeat(32));
		assert_eq!(parse_device_key(&hex).unwrap(), DeviceKey::Sr25519([0x11; 32]));
		let derived = parse_device_key("ed25519://Meter1").unwrap();
		use sp_core::Pair;
		let pair = sp_core::ed25519::Pair::from_string("//Meter1", None).unwrap();
		assert_eq!(derived, DeviceKey::Ed25519(pair.public().0));
		assert!(matches!(parse_device_key("rsa:0x00"), Err(Error::Input(_))));
		assert!(matches!(parse_device_key("sr25519:0x1234"), Err(Error::Input(_))));
		assert!(matches!(parse_device_key("no-scheme"), Err(Error::Input(_))));
	}
}
