//! Accounts and their keys: from a development URI (`//Alice`), a mnemonic (optionally with a
//! derivation path, `phrase//hard/soft///password`), a hex seed, or a key file (a polkadot.js
//! JSON export, or a text file holding one of the above). Secrets are never printed: `Debug`
//! shows the account only.

use crate::{
	api::{AccountId, ChainConfig},
	error::{Error, Result},
};
use core::{fmt, str::FromStr};
use std::path::Path;
use subxt_signer::{sr25519, SecretUri};

/// An sr25519 account key: signs transactions and off-chain agreement payloads.
#[derive(Clone)]
pub struct Account {
	pair: sr25519::Keypair,
}

impl Account {
	/// From a secret URI: `//Alice`, `<mnemonic>`, `<mnemonic>//derivation///password` or a
	/// `0x`-prefixed 32-byte hex seed.
	pub fn from_uri(uri: &str) -> Result<Self> {
		let uri = SecretUri::from_str(uri.trim())
			.map_err(|_| Error::Key("not a secret URI, mnemonic or hex seed".into()))?;
		let pair = sr25519::Keypair::from_uri(&uri)
			.map_err(|e| Error::Key(format!("cannot derive the key: {e}")))?;
		Ok(Self { pair })
	}

	/// From a key file: a polkadot.js JSON export (decrypted with `password`), or a text file
	/// whose content is a secret URI.
	pub fn from_file(path: &Path, password: Option<&str>) -> Result<Self> {
		let text = std::fs::read_to_string(path)
			.map_err(|e| Error::Key(format!("cannot read key file {}: {e}", path.display())))?;
		if text.trim_start().starts_with('{') {
			let password = password.ok_or_else(|| {
				Error::Key(format!(
					"{} is an encrypted polkadot.js key file: give its password",
					path.display()
				))
			})?;
			let pair = subxt_signer::polkadot_js_compat::decrypt_json(&text, password)
				.map_err(|e| Error::Key(format!("cannot decrypt {}: {e}", path.display())))?;
			return Ok(Self { pair });
		}
		Self::from_uri(&text)
	}

	/// A dev name (`alice`), or else a secret URI, mnemonic or hex seed: what `--as` takes.
	pub fn parse(text: &str) -> Result<Self> {
		if !text.contains(' ') && !text.starts_with("//") && !text.starts_with("0x") {
			return Self::dev(text);
		}
		Self::from_uri(text)
	}

	/// A well-known development account: `alice`, `bob`, … `ferdie` (any case).
	pub fn dev(name: &str) -> Result<Self> {
		let mut name = name.trim().to_ascii_lowercase();
		if let Some(first) = name.get_mut(0..1) {
			first.make_ascii_uppercase();
		}
		Self::from_uri(&format!("//{name}"))
	}

	/// The account id.
	pub fn account_id(&self) -> AccountId {
		self.pair.public_key().to_account_id()
	}

	/// The raw public key.
	pub fn public(&self) -> [u8; 32] {
		self.pair.public_key().0
	}

	/// Signs `message` (sr25519, Schnorrkel's `substrate` context).
	pub fn sign(&self, message: &[u8]) -> [u8; 64] {
		self.pair.sign(message).0
	}

	/// The subxt signer of transactions.
	pub(crate) fn signer(&self) -> &impl subxt::tx::Signer<ChainConfig> {
		&self.pair
	}
}

impl fmt::Debug for Account {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "Account({})", self.account_id())
	}
}

/// Parses an account: SS58, `0x` + 64 hex digits, or a dev name (`alice` … `ferdie`).
pub fn parse_account(text: &str) -> Result<AccountId> {
	let text = text.trim();
	if let Some(hex) = text.strip_prefix("0x") {
		let bytes = crate::hex_bytes::<32>(hex)?;
		return Ok(AccountId::from(bytes));
	}
	if let Ok(account) = AccountId::from_str(text) {
		return Ok(account);
	}
	const DEV: [&str; 6] = ["alice", "bob", "charlie", "dave", "eve", "ferdie"];
	if DEV.contains(&text.to_ascii_lowercase().as_str()) {
		return Ok(Account::dev(text)?.account_id());
	}
	Err(Error::Input(format!("{text:?} is not an SS58 address, 0x account or dev name")))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn dev_names_and_uris_give_the_well_known_accounts() {
		let alice: [u8; 32] = sp_keyring::Sr25519Keyring::Alice.public().0;
		assert_eq!(Account::dev("alice").unwrap().account_id().0, alice);
		assert_eq!(Account::from_uri("//Alice").unwrap().account_id().0, alice);
		assert_eq!(parse_account("Alice").unwrap().0, alice);
		let ss58 = sp_keyring::Sr25519Keyring::Alice.to_account_id().to_string();
		assert_eq!(parse_account(&ss58).unwrap().0, alice);
	}

	#[test]
	fn a_mnemonic_with_a_derivation_path_gives_the_same_key_as_sp_core() {
		use sp_core::Pair;
		let uri = format!("{}//meter//7", sp_core::crypto::DEV_PHRASE);
		let expected = sp_core::sr25519::Pair::from_string(&uri, None).unwrap().public();
		assert_eq!(Account::from_uri(&uri).unwrap().public(), expected.0);
	}

	#[test]
	fn debug_output_never_shows_the_secret() {
		let account = Account::from_uri(sp_core::crypto::DEV_PHRASE).unwrap();
		let shown = format!("{account:?}");
		assert!(shown.starts_with("Account(5"), "{shown}");
		assert!(!shown.contains("bottom"), "{shown}");
	}

	#[test]
	fn bad_keys_and_accounts_are_refused_with_a_reason() {
		assert!(matches!(Account::from_uri("not a mnemonic"), Err(Error::Key(_))));
		assert!(matches!(parse_account("0x1234"), Err(Error::Input(_))));
		assert!(matches!(parse_account("mallory"), Err(Error::Input(_))));
	}

	#[test]
	fn a_key_file_holds_a_secret_uri() {
		let dir = std::env::temp_dir().join(format!("mc-key-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let file = dir.join("key");
		std::fs::write(&file, "//Bob\n").unwrap();
		let bob: [u8; 32] = sp_keyring::Sr25519Keyring::Bob.public().0;
		assert_eq!(Account::from_file(&file, None).unwrap().account_id().0, bob);
		std::fs::write(&file, "{\"encoded\":\"\"}").unwrap();
		assert!(matches!(Account::from_file(&file, None), Err(Error::Key(_))));
		std::fs::remove_dir_all(&dir).unwrap();
	}
}
