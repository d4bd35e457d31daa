//! Service agreements (pallet `agreements`): terms that count only when subscriber and provider
//! signed the same bytes — on chain (propose, then accept) or off chain (both sign, anyone
//! submits) — and their amendments and terminations.

use crate::{
	api::{
		chain, AccountId, Agreement, AgreementId, AgreementsEvent, BillingCycle, Hash, Moment,
		PaymentMode, Proposal, RuntimeEvent, ServiceKind, SignedAction, TariffId, Terms,
	},
	client::{Client, Receipt},
	error::{Error, Result},
	keys::{parse_account, Account},
	registry::bounded,
};
use codec::Encode;
use serde::{Deserialize, Serialize};

/// The domain tag in front of every off-chain agreement signature.
pub const SIGNING_DOMAIN: &[u8] = b"meterchain/agreements/v1";

/// The bytes a party signs for `action` on the chain with genesis hash `genesis`:
/// `SIGNING_DOMAIN ++ genesis ++ SCALE(action)` (the pallet's `signing_payload`).
pub fn signing_payload(genesis: &Hash, action: &SignedAction<Terms>) -> Vec<u8> {
	[SIGNING_DOMAIN, genesis.as_bytes(), &action.encode()].concat()
}

/// Signs `action` for the chain `genesis` as `party`: the signature `conclude_signed`,
/// `amend_signed` or `terminate_signed` expects. Works off line.
pub fn sign_action(party: &Account, genesis: &Hash, action: &SignedAction<Terms>) -> [u8; 64] {
	party.sign(&signing_payload(genesis, action))
}

/// The terms hash the chain names terms by: `blake2_256(SCALE(terms))`.
pub fn terms_hash(terms: &Terms) -> Hash {
	Hash(sp_crypto_hashing::blake2_256(&terms.encode()))
}

/// A signature made off line, as the chain takes it.
pub type OffchainSignature = chain::runtime_types::sp_runtime::MultiSignature;

/// An sr25519 signature made off line, as the chain takes it.
pub fn sr25519(signature: [u8; 64]) -> OffchainSignature {
	OffchainSignature::Sr25519(signature)
}

/// Terms as a human-readable JSON document, for files that parties exchange and sign off line.
/// Accounts are SS58 (or dev names), hashes `0x` hex, times milliseconds since the epoch (UTC).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsDocument {
	/// The provider.
	pub provider: String,
	/// The subscriber.
	pub subscriber: String,
	/// `electricity`, `water`, `gas`, `heat` or `ev_charging`.
	pub service: String,
	/// The provider's tariff id.
	pub tariff: u32,
	/// `monthly`, `quarterly`, `half_yearly` or `yearly`.
	pub cycle: String,
	/// `{"postpaid": {"due_days": 14}}` or `{"prepaid": {"low_credit_threshold": 1000}}`.
	pub payment: PaymentDocument,
	/// Ids of the devices covered.
	#[serde(default)]
	pub devices: Vec<u64>,
	/// When the agreement starts (ms).
	pub start: Moment,
	/// When it ends (ms), if it does.
	#[serde(default)]
	pub end: Option<Moment>,
	/// Notice period for a unilateral termination (ms).
	pub notice_period: Moment,
	/// Hash of the full contract document (`0x` + 64 hex digits).
	pub document_hash: String,
	/// An encrypted copy of the contract (hex), if the parties keep one on chain.
	#[serde(default)]
	pub encrypted_document: Option<String>,
	/// Makes otherwise equal terms distinct.
	pub nonce: u64,
	/// The terms can be concluded until this moment (ms).
	pub deadline: Moment,
}

impl TermsDocument {
	/// Plain postpaid terms at `tariff` (one of the provider's for `service`; monthly, invoices
	/// due in 14 days, no end, no notice, no document) from `start` on, concludable for two
	/// hours after `start`: what tests, demos and load tools need.
	pub fn postpaid(
		provider: &AccountId,
		subscriber: &AccountId,
		service: &str,
		tariff: TariffId,
		devices: Vec<u64>,
		start: Moment,
		nonce: u64,
	) -> Self {
		Self {
			provider: provider.to_string(),
			subscriber: subscriber.to_string(),
			service: service.into(),
			tariff,
			cycle: "monthly".into(),
			payment: PaymentDocument::Postpaid { due_days: 14 },
			devices,
			start,
			end: None,
			notice_period: 0,
			document_hash: format!("0x{}", "00".repeat(32)),
			encrypted_document: None,
			nonce,
			deadline: start + 2 * 3_600_000,
		}
	}
}

/// How the subscriber pays, in a [`TermsDocument`].
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PaymentDocument {
	/// Invoices due `due_days` after issue.
	Postpaid {
		/// Days until an invoice is due.
		due_days: u16,
	},
	/// Credit bought in advance; below the threshold the meter warns.
	Prepaid {
		/// The low-credit threshold (smallest units).
		low_credit_threshold: u128,
	},
}

/// The names of services in documents and on the command line.
pub const SERVICES: [(&str, ServiceKind); 5] = [
	("electricity", ServiceKind::Electricity),
	("water", ServiceKind::Water),
	("gas", ServiceKind::Gas),
	("heat", ServiceKind::Heat),
	("ev_charging", ServiceKind::EvCharging),
];

/// The names of billing cycles in documents and on the command line.
pub const CYCLES: [(&str, BillingCycle); 4] = [
	("monthly", BillingCycle::Monthly),
	("quarterly", BillingCycle::Quarterly),
	("half_yearly", BillingCycle::HalfYearly),
	("yearly", BillingCycle::Yearly),
];

/// Parses a service name (`electricity`, `ev-charging`, …).
pub fn parse_service(text: &str) -> Result<ServiceKind> {
	let name = text.trim().to_ascii_lowercase().replace('-', "_");
	SERVICES
		.iter()
		.find(|(n, _)| *n == name)
		.map(|(_, s)| s.clone())
		.ok_or_else(|| Error::Input(format!("unknown service {text:?}")))
}

/// The name of `service`.
pub fn service_name(service: &ServiceKind) -> &'static str {
	SERVICES.iter().find(|(_, s)| s == service).map(|(n, _)| *n).unwrap_or("unknown")
}

/// Parses a billing cycle name.
pub fn parse_cycle(text: &str) -> Result<BillingCycle> {
	let name = text.trim().to_ascii_lowercase().replace('-', "_");
	CYCLES
		.iter()
		.find(|(n, _)| *n == name)
		.map(|(_, c)| c.clone())
		.ok_or_else(|| Error::Input(format!("unknown billing cycle {text:?}")))
}

/// The name of `cycle`.
pub fn cycle_name(cycle: &BillingCycle) -> &'static str {
	CYCLES.iter().find(|(_, c)| c == cycle).map(|(n, _)| *n).unwrap_or("unknown")
}

/// Parses `0x` + 64 hex digits.
pub fn parse_hash(text: &str) -> Result<Hash> {
	let hex = text.trim().strip_prefix("0x").unwrap_or(text.trim());
	Ok(Hash(crate::hex_bytes::<32>(hex)?))
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", ::hex::encode(bytes))
}

impl TermsDocument {
	/// The chain's form of these terms.
	pub fn to_terms(&self) -> Result<Terms> {
		let encrypted_document = match &self.encrypted_document {
			None => None,
			Some(text) => Some(bounded(
				::hex::decode(text.trim_start_matches("0x"))
					.map_err(|e| Error::Input(format!("encrypted_document: {e}")))?,
			)),
		};
		Ok(Terms {
			provider: parse_account(&self.provider)?,
			subscriber: parse_account(&self.subscriber)?,
			service: parse_service(&self.service)?,
			tariff: self.tariff,
			cycle: parse_cycle(&self.cycle)?,
			payment: match self.payment {
				PaymentDocument::Postpaid { due_days } => PaymentMode::Postpaid { due_days },
				PaymentDocument::Prepaid { low_credit_threshold } => {
					PaymentMode::Prepaid { low_credit_threshold }
				},
			},
			devices: bounded(self.devices.clone()),
			start: self.start,
			end: self.end,
			notice_period: self.notice_period,
			document_hash: parse_hash(&self.document_hash)?,
			encrypted_document,
			nonce: self.nonce,
			deadline: self.deadline,
		})
	}

	/// The document form of `terms`.
	pub fn from_terms(terms: &Terms) -> Self {
		Self {
			provider: terms.provider.to_string(),
			subscriber: terms.subscriber.to_string(),
			service: service_name(&terms.service).into(),
			tariff: terms.tariff,
			cycle: cycle_name(&terms.cycle).into(),
			payment: match terms.payment {
				PaymentMode::Postpaid { due_days } => PaymentDocument::Postpaid { due_days },
				PaymentMode::Prepaid { low_credit_threshold } => {
					PaymentDocument::Prepaid { low_credit_threshold }
				},
			},
			devices: terms.devices.0.clone(),
			start: terms.start,
			end: terms.end,
			notice_period: terms.notice_period,
			document_hash: hex(terms.document_hash.as_bytes()),
			encrypted_document: terms.encrypted_document.as_ref().map(|d| hex(&d.0)),
			nonce: terms.nonce,
			deadline: terms.deadline,
		}
	}
}

impl Client {
	/// The signer proposes `terms` (holding the proposal deposit); returns the terms hash the
	/// other party accepts.
	pub async fn propose(&self, party: &Account, terms: &Terms) -> Result<(Hash, Receipt)> {
		let receipt = self.submit(&chain::tx().agreements().propose(terms.clone()), party).await?;
		let hash = receipt
			.find(|event| match event {
				RuntimeEvent::Agreements(AgreementsEvent::Proposed { terms_hash, .. }) => {
					Some(*terms_hash)
				},
				_ => None,
			})
			.ok_or_else(|| Error::node_message("no Proposed event"))?;
		Ok((hash, receipt))
	}

	/// The other party accepts the proposal of `terms_hash`: the agreement is concluded.
	pub async fn accept(
		&self,
		party: &Account,
		terms_hash: Hash,
	) -> Result<(AgreementId, Receipt)> {
		let receipt = self.submit(&chain::tx().agreements().accept(terms_hash), party).await?;
		Ok((concluded(&receipt)?, receipt))
	}

	/// The other party rejects the proposal of `terms_hash`.
	pub async fn reject(&self, party: &Account, terms_hash: Hash) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().reject(terms_hash), party).await
	}

	/// The proposer withdraws its proposal of `terms_hash`.
	pub async fn withdraw(&self, party: &Account, terms_hash: Hash) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().withdraw(terms_hash), party).await
	}

	/// Concludes `terms` signed off line by both parties (see [`sign_action`] with
	/// `SignedAction::Conclude`); any account may submit and pay the fee.
	pub async fn conclude_signed(
		&self,
		submitter: &Account,
		terms: &Terms,
		subscriber_signature: [u8; 64],
		provider_signature: [u8; 64],
	) -> Result<(AgreementId, Receipt)> {
		let call = chain::tx().agreements().conclude_signed(
			terms.clone(),
			sr25519(subscriber_signature),
			sr25519(provider_signature),
		);
		let receipt = self.submit(&call, submitter).await?;
		Ok((concluded(&receipt)?, receipt))
	}

	/// A party proposes amending agreement `id` to `terms`.
	pub async fn propose_amendment(
		&self,
		party: &Account,
		id: AgreementId,
		terms: &Terms,
	) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().propose_amendment(id, terms.clone()), party).await
	}

	/// The other party approves the pending amendment of `id` with terms hash `terms_hash`.
	pub async fn approve_amendment(
		&self,
		party: &Account,
		id: AgreementId,
		terms_hash: Hash,
	) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().approve_amendment(id, terms_hash), party).await
	}

	/// A party cancels the pending amendment of `id`.
	pub async fn cancel_amendment(&self, party: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().cancel_amendment(id), party).await
	}

	/// Amends agreement `id` to `terms` with both parties' off-line signatures over
	/// `SignedAction::Amend { agreement: id, version: <current version>, terms }`.
	pub async fn amend_signed(
		&self,
		submitter: &Account,
		id: AgreementId,
		terms: &Terms,
		subscriber_signature: [u8; 64],
		provider_signature: [u8; 64],
	) -> Result<Receipt> {
		let call = chain::tx().agreements().amend_signed(
			id,
			terms.clone(),
			sr25519(subscriber_signature),
			sr25519(provider_signature),
		);
		self.submit(&call, submitter).await
	}

	/// A party proposes ending agreement `id` now (mutual termination).
	pub async fn propose_termination(&self, party: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().propose_termination(id), party).await
	}

	/// The other party approves: agreement `id` ends now.
	pub async fn approve_termination(&self, party: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().approve_termination(id), party).await
	}

	/// The proposer withdraws its termination proposal for `id`.
	pub async fn cancel_termination(&self, party: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().cancel_termination(id), party).await
	}

	/// Ends agreement `id` now with both parties' off-line signatures over
	/// `SignedAction::Terminate { agreement: id, version: <current version>, deadline }`.
	pub async fn terminate_signed(
		&self,
		submitter: &Account,
		id: AgreementId,
		deadline: u64,
		subscriber_signature: [u8; 64],
		provider_signature: [u8; 64],
	) -> Result<Receipt> {
		let call = chain::tx().agreements().terminate_signed(
			id,
			deadline,
			sr25519(subscriber_signature),
			sr25519(provider_signature),
		);
		self.submit(&call, submitter).await
	}

	/// A party gives notice: agreement `id` ends after the terms' notice period.
	pub async fn give_notice(&self, party: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().give_notice(id), party).await
	}

	/// Closes agreement `id` once its effective end has passed (anyone may).
	pub async fn close(&self, anyone: &Account, id: AgreementId) -> Result<Receipt> {
		self.submit(&chain::tx().agreements().close(id), anyone).await
	}

	// ---- reads ----

	/// Agreement `id`, ended or not.
	pub async fn agreement(&self, id: AgreementId) -> Result<Option<Agreement>> {
		self.view(chain::view_functions().agreements().agreement(id)).await
	}

	/// Every agreement id `who` is a party of (all pages).
	pub async fn agreements_of(&self, who: &AccountId) -> Result<Vec<AgreementId>> {
		const PAGE: u32 = 100;
		let mut all = Vec::new();
		loop {
			let page = self
				.view(chain::view_functions().agreements().agreements_of(
					*who,
					all.last().copied(),
					PAGE,
				))
				.await?;
			let full = page.len() == PAGE as usize;
			all.extend(page);
			if !full {
				return Ok(all);
			}
		}
	}

	/// The pending proposal of `terms_hash`, if any.
	pub async fn proposal(&self, terms_hash: Hash) -> Result<Option<Proposal>> {
		self.view(chain::view_functions().agreements().proposal(terms_hash)).await
	}

	/// The pending amendment of agreement `id`, if any.
	pub async fn pending_amendment(&self, id: AgreementId) -> Result<Option<Proposal>> {
		self.view(chain::view_functions().agreements().pending_amendment(id)).await
	}

	/// The payload the chain itself expects for `action` (to cross-check [`signing_payload`]).
	pub async fn chain_signing_payload(&self, action: &SignedAction<Terms>) -> Result<Vec<u8>> {
		self.view(chain::view_functions().agreements().signing_payload(action.clone())).await
	}
}

/// The id in a `Concluded` event of `receipt`.
fn concluded(receipt: &Receipt) -> Result<AgreementId> {
	receipt
		.find(|event| match event {
			RuntimeEvent::Agreements(AgreementsEvent::Concluded { id, .. }) => Some(*id),
			_ => None,
		})
		.ok_or_else(|| Error::node_message("no Concluded event"))
}
