//! The arguments of `provider`, `subscriber`, `tag`, `device`, `group` and `gateway`.

use super::*;

/// `meterchain provider …`
#[derive(Subcommand)]
pub enum ProviderCmd {
	/// Register a provider (governance: the sudo key, or a council motion with `--motion`).
	Register {
		/// The provider's account.
		who: String,
		/// Its name.
		#[arg(long)]
		name: String,
		/// Services offered, comma-separated.
		#[arg(long, value_delimiter = ',', value_enum)]
		services: Vec<Service>,
		/// The key that signs prepaid top-up tokens (`sr25519:0x…`, `ed25519://Seed`, …).
		#[arg(long)]
		token_key: String,
	},
	/// Suspend a provider (governance; `--motion` on networks without sudo).
	Suspend {
		/// The provider.
		who: String,
	},
	/// Resume a suspended provider (governance; `--motion` on networks without sudo).
	Resume {
		/// The provider.
		who: String,
	},
	/// The signing provider changes its name, services and token key.
	Update {
		/// New name.
		#[arg(long)]
		name: String,
		/// Services offered, comma-separated.
		#[arg(long, value_delimiter = ',', value_enum)]
		services: Vec<Service>,
		/// The token-signing key.
		#[arg(long)]
		token_key: String,
	},
	/// Show a provider.
	Show {
		/// The provider.
		who: String,
	},
}

/// `meterchain subscriber …`
#[derive(Subcommand)]
pub enum SubscriberCmd {
	/// Register the signer as a subscriber (holds the deposit).
	Register(SubscriberData),
	/// Replace the signer's data hash and envelope.
	Update(SubscriberData),
	/// Deregister the signer (refused while an agreement is open).
	Deregister,
	/// Show a subscriber and its tags.
	Show {
		/// The subscriber.
		who: String,
	},
}

/// A subscriber's off-chain data, by hash.
#[derive(Args)]
pub struct SubscriberData {
	/// A file of personal data, hashed (blake2-256) locally; only the hash goes on chain.
	#[arg(long, conflicts_with = "data_hash")]
	pub data_file: Option<PathBuf>,
	/// The hash of the personal data, `0x` hex.
	#[arg(long)]
	pub data_hash: Option<String>,
	/// The provider an encrypted envelope is addressed to.
	#[arg(long, requires = "envelope")]
	pub envelope_for: Option<String>,
	/// The envelope's ciphertext, `0x` hex (encrypted by you, for that provider).
	#[arg(long)]
	pub envelope: Option<String>,
}

/// `meterchain tag …`
#[derive(Subcommand)]
pub enum TagCmd {
	/// Register an id tag for the signer.
	Register {
		/// The tag (up to 20 printable ASCII characters; case does not matter).
		tag: String,
		/// Expiry, in milliseconds since the epoch.
		#[arg(long, value_parser = crate::units::moment)]
		expires_at: Option<u64>,
	},
	/// Block the signer's tag.
	Block {
		/// The tag.
		tag: String,
	},
	/// Unblock the signer's tag.
	Unblock {
		/// The tag.
		tag: String,
	},
	/// Remove the signer's tag.
	Remove {
		/// The tag.
		tag: String,
	},
	/// Show a tag.
	Show {
		/// The tag.
		tag: String,
	},
	/// What a charger answers when the tag is presented (Accepted, Blocked, Expired, …).
	Authorize {
		/// The tag.
		tag: String,
		/// The charger's device id.
		#[arg(long)]
		charger: u64,
	},
}

/// `meterchain device …`
#[derive(Subcommand)]
pub enum DeviceCmd {
	/// Commission a meter or charger for the signing provider.
	Commission {
		/// Meter or charger.
		#[arg(long, value_enum, default_value_t = Device::Meter)]
		kind: Device,
		/// What it measures.
		#[arg(long, value_enum)]
		service: Service,
		/// Its public key: `sr25519:0x…`, `ed25519:0x…`, or derived from a secret URI for
		/// tests (`sr25519://Meter1`).
		#[arg(long)]
		key: String,
		/// Reporting interval in seconds.
		#[arg(long, default_value_t = 900)]
		interval: u32,
		/// Group id.
		#[arg(long)]
		group: Option<u64>,
	},
	/// Suspend a device.
	Suspend {
		/// The device id.
		id: u64,
	},
	/// Resume a device.
	Resume {
		/// The device id.
		id: u64,
	},
	/// Decommission a device for good.
	Decommission {
		/// The device id.
		id: u64,
	},
	/// Give a device a new key.
	RotateKey {
		/// The device id.
		id: u64,
		/// The new key.
		#[arg(long)]
		key: String,
	},
	/// Move a device into a group (or out, without `--group`).
	SetGroup {
		/// The device id.
		id: u64,
		/// The group.
		#[arg(long)]
		group: Option<u64>,
	},
	/// Show a device.
	Show {
		/// The device id.
		id: u64,
	},
	/// What the device asks at boot: interval, status, chain time.
	Status {
		/// The device id.
		id: u64,
	},
}

/// `meterchain group …`
#[derive(Subcommand)]
pub enum GroupCmd {
	/// Create a group of the signing provider's devices.
	Create {
		/// Its name.
		#[arg(long)]
		name: String,
		/// The account allowed to submit for its devices.
		#[arg(long)]
		aggregator: Option<String>,
	},
	/// Set or clear a group's aggregator.
	SetAggregator {
		/// The group id.
		id: u64,
		/// The aggregator (none: clear).
		#[arg(long)]
		aggregator: Option<String>,
	},
	/// Remove an empty group.
	Remove {
		/// The group id.
		id: u64,
	},
	/// Show a group.
	Show {
		/// The group id.
		id: u64,
	},
}

/// `meterchain gateway …`
#[derive(Subcommand)]
pub enum GatewayCmd {
	/// Authorize a gateway for the signing provider.
	Authorize {
		/// The gateway's account.
		gateway: String,
	},
	/// Revoke a gateway.
	Revoke {
		/// The gateway's account.
		gateway: String,
	},
	/// Whether a gateway is authorized by a provider.
	Check {
		/// The gateway's account.
		gateway: String,
		/// The provider.
		#[arg(long)]
		provider: String,
	},
}
