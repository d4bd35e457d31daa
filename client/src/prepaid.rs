//! Prepaid credit and offline top-up tokens (pallet `billing`): top-ups, the credit and supply
//! status a meter reads, buying a token, and vending one with the provider's token key.

use crate::{
	api::{chain, AgreementId, DeviceId},
	client::{Client, Receipt},
	device::DeviceKeyPair,
	error::{Error, Result},
	keys::Account,
	token::{self, DeviceKey, SignedToken, TopUpToken},
};
use subxt::utils::Static;

/// The prepaid credit of an agreement: balance, what is owed, supply status.
pub type PrepaidAccount = chain::runtime_types::pallet_billing::types::PrepaidAccount;
/// Whether a prepaid meter may supply.
pub type Supply = chain::runtime_types::pallet_billing::types::Supply;
/// A top-up token bought on chain.
pub type TokenPurchase = chain::runtime_types::pallet_billing::types::TokenPurchase;

/// `on` or `off`.
pub fn supply_name(supply: &Supply) -> &'static str {
	match supply {
		Supply::On => "on",
		Supply::Off => "off",
	}
}

/// A provider's token key as the chain's metadata describes it, in the primitives' type.
pub fn token_key_of(
	key: &chain::runtime_types::meterchain_primitives::device::DeviceKey,
) -> DeviceKey {
	use chain::runtime_types::meterchain_primitives::device::DeviceKey as Key;
	match key {
		Key::Sr25519(public) => DeviceKey::Sr25519(*public),
		Key::Ed25519(public) => DeviceKey::Ed25519(*public),
	}
}

impl Client {
	/// The subscriber adds `amount` to the prepaid credit of `agreement` (held on its account).
	pub async fn top_up(
		&self,
		subscriber: &Account,
		agreement: AgreementId,
		amount: u128,
	) -> Result<Receipt> {
		self.submit(&chain::tx().billing().top_up(agreement, amount), subscriber).await
	}

	/// The subscriber takes back the prepaid credit of `agreement` that no period will
	/// consume (the agreement ended or became postpaid, and its last prepaid period closed).
	pub async fn withdraw_credit(
		&self,
		subscriber: &Account,
		agreement: AgreementId,
	) -> Result<Receipt> {
		self.submit(&chain::tx().billing().withdraw_credit(agreement), subscriber).await
	}

	/// The prepaid credit of `agreement`, if it was ever topped up or charged.
	pub async fn prepaid(&self, agreement: AgreementId) -> Result<Option<PrepaidAccount>> {
		self.view(chain::view_functions().billing().prepaid(agreement)).await
	}

	/// Whether `device` may supply now; `None` if no agreement covers it.
	pub async fn supply(&self, device: DeviceId) -> Result<Option<Supply>> {
		self.view(chain::view_functions().billing().supply(device)).await
	}

	/// The subscriber buys a top-up token of `amount` for `device` under `agreement` (the
	/// amount is added to the credit at once). Returns the token to be signed.
	pub async fn purchase_token(
		&self,
		subscriber: &Account,
		agreement: AgreementId,
		device: DeviceId,
		amount: u128,
	) -> Result<(TopUpToken, Receipt)> {
		let call = chain::tx().billing().purchase_token(agreement, device, amount);
		let receipt = self.submit(&call, subscriber).await?;
		let token = receipt
			.find(|event| match event {
				chain::Event::Billing(chain::billing::Event::TokenPurchased {
					device,
					number,
					amount,
					expires,
					..
				}) => Some(TopUpToken {
					device: *device,
					number: *number,
					amount: *amount,
					expires: *expires,
				}),
				_ => None,
			})
			.ok_or_else(|| Error::NotFound("no TokenPurchased event".into()))?;
		Ok((token, receipt))
	}

	/// Token `number` of `device` as bought, and the hash of the token issued for it.
	pub async fn token_purchase(
		&self,
		device: DeviceId,
		number: u32,
	) -> Result<Option<TokenPurchase>> {
		self.view(chain::view_functions().billing().token(device, number)).await
	}

	/// The number of `device`'s latest token (0: none).
	pub async fn token_number(&self, device: DeviceId) -> Result<u32> {
		self.view(chain::view_functions().billing().token_number(device)).await
	}

	/// The provider's vending service: signs token `number` of `device`, as bought, with the
	/// token key `key` for this chain, and records it on chain (signed by `submitter`).
	/// Returns the token as it goes to the meter.
	pub async fn vend_token(
		&self,
		submitter: &Account,
		key: &DeviceKeyPair,
		device: DeviceId,
		number: u32,
	) -> Result<(SignedToken, Receipt)> {
		let purchase = self.token_purchase(device, number).await?.ok_or_else(|| {
			Error::NotFound(format!("no token {number} bought for device {device}"))
		})?;
		let token =
			TopUpToken { device, number, amount: purchase.amount, expires: purchase.expires };
		let signed = token::vend(key, &self.genesis_hash().0, token);
		let receipt =
			self.submit(&chain::tx().billing().issue_token(Static(signed)), submitter).await?;
		Ok((signed, receipt))
	}

	/// The token key of `device`'s provider, as a meter is commissioned with it.
	pub async fn token_key_for(&self, device: DeviceId) -> Result<DeviceKey> {
		let info = self
			.device(device)
			.await?
			.ok_or_else(|| Error::NotFound(format!("no device {device}")))?;
		let provider = self
			.provider(&info.provider)
			.await?
			.ok_or_else(|| Error::NotFound("the device's provider is not registered".into()))?;
		Ok(token_key_of(&provider.token_key))
	}
}
