//! Disputes of invoices and instalment plans (pallet `billing`): the subscriber disputes with
//! a reason that is a hash (or a ciphertext), the provider answers with a credit note or a
//! rejection, the subscriber escalates, the arbiter (governance) rules; the provider offers a
//! plan, the subscriber accepts it.

use crate::{
	api::{chain, BoundedVec},
	billing::InvoiceId,
	client::{Client, Receipt},
	error::{Error, Result},
	governance::Governance,
	keys::Account,
};

/// A dispute of an invoice, with its credit note if it ended in one.
pub type Dispute = chain::runtime_types::pallet_billing::types::Dispute;
/// Where a dispute stands.
pub type DisputeStatus = chain::runtime_types::pallet_billing::types::DisputeStatus;
/// An instalment plan.
pub type Plan = chain::runtime_types::pallet_billing::types::Plan;
/// One instalment: an amount due by a date.
pub type Instalment = chain::runtime_types::pallet_billing::types::Instalment;

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;
type BillingCall = chain::runtime_types::pallet_billing::pallet::Call;

/// `bytes` as a dispute's reason or a case's body goes on chain: at most the chain's
/// `MAX_REASON_LEN` bytes (`what` names it in the error).
pub(crate) fn reason(what: &str, bytes: Vec<u8>) -> Result<BoundedVec<u8>> {
	let max = meterchain_primitives::MAX_REASON_LEN as usize;
	if bytes.len() > max {
		return Err(Error::Input(format!(
			"{what} is at most {max} bytes (a hash or a ciphertext)"
		)));
	}
	Ok(BoundedVec(bytes))
}

/// `open`, `accepted`, `rejected`, `escalated`, `ruled`.
pub fn dispute_status_name(status: &DisputeStatus) -> &'static str {
	match status {
		DisputeStatus::Open => "open",
		DisputeStatus::Accepted => "accepted",
		DisputeStatus::Rejected => "rejected",
		DisputeStatus::Escalated => "escalated",
		DisputeStatus::Ruled => "ruled",
	}
}

impl Client {
	/// The subscriber disputes `invoice` with `reason` (a hash of its statement, or the
	/// statement encrypted to the provider; at most 512 bytes), asking for
	/// `claim` to be credited.
	pub async fn dispute(
		&self,
		subscriber: &Account,
		invoice: InvoiceId,
		reason: Vec<u8>,
		claim: u128,
	) -> Result<Receipt> {
		let reason = self::reason("a dispute's reason", reason)?;
		let call = chain::tx().billing().dispute(invoice, reason, claim);
		self.submit(&call, subscriber).await
	}

	/// The provider answers the dispute of `invoice`: a credit note of `credit`, or (`None`)
	/// a rejection.
	pub async fn answer_dispute(
		&self,
		provider: &Account,
		invoice: InvoiceId,
		credit: Option<u128>,
	) -> Result<Receipt> {
		self.submit(&chain::tx().billing().answer_dispute(invoice, credit), provider).await
	}

	/// The subscriber escalates the dispute of `invoice` to the arbiter.
	pub async fn escalate_dispute(
		&self,
		subscriber: &Account,
		invoice: InvoiceId,
	) -> Result<Receipt> {
		self.submit(&chain::tx().billing().escalate_dispute(invoice), subscriber).await
	}

	/// The dispute of `invoice`, if any.
	pub async fn dispute_of(&self, invoice: InvoiceId) -> Result<Option<Dispute>> {
		self.view(chain::view_functions().billing().dispute_of(invoice)).await
	}

	/// The provider offers `instalments` (due date, amount) for what `invoice` owes.
	pub async fn offer_plan(
		&self,
		provider: &Account,
		invoice: InvoiceId,
		instalments: Vec<Instalment>,
	) -> Result<Receipt> {
		self.submit(&chain::tx().billing().offer_plan(invoice, BoundedVec(instalments)), provider)
			.await
	}

	/// The subscriber accepts the plan offered for `invoice`.
	pub async fn accept_plan(&self, subscriber: &Account, invoice: InvoiceId) -> Result<Receipt> {
		self.submit(&chain::tx().billing().accept_plan(invoice), subscriber).await
	}

	/// The plan of `invoice`, offered or accepted.
	pub async fn plan(&self, invoice: InvoiceId) -> Result<Option<Plan>> {
		self.view(chain::view_functions().billing().plan(invoice)).await
	}
}

/// The arbiter's ruling and other governance calls of this module.
impl Governance<'_> {
	/// The arbiter (governance: sudo, or a council motion) rules on the escalated dispute of `invoice`:
	/// a credit note of `credit`, or none (0). Final.
	pub async fn rule_dispute(
		&self,
		signer: &Account,
		invoice: InvoiceId,
		credit: u128,
	) -> Result<Receipt> {
		let call = RuntimeCall::Billing(BillingCall::rule_dispute { invoice, credit });
		self.dispatch(signer, call).await
	}
}
