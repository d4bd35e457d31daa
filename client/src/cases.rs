//! Cases (pallet `cases`): the channel for questions, complaints and suggestions about
//! an agreement, and each provider's public response times.
//!
//! Only a hash of a case's text goes on chain (or a short ciphertext for the provider), so the
//! exchange can be proven later without publishing personal data. The provider answers within
//! the chain's response period; a rejected or unanswered case can be escalated to the arbiter,
//! whose ruling is final.

use crate::{
	api::{chain, AccountId, AgreementId},
	client::{Client, Receipt},
	disputes::reason,
	error::{Error, Result},
	governance::Governance,
	keys::Account,
};

pub use crate::api::CaseId;
/// A question, complaint or suggestion about an agreement.
pub type Case = chain::runtime_types::pallet_cases::types::Case;
/// What a case is about.
pub type CaseKind = chain::runtime_types::pallet_cases::types::CaseKind;
/// Where a case stands.
pub type CaseStatus = chain::runtime_types::pallet_cases::types::CaseStatus;
/// How a provider answers its subscribers' cases and disputes.
pub type ResponseStats = chain::runtime_types::pallet_cases::types::ResponseStats;

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;
type CasesCall = chain::runtime_types::pallet_cases::pallet::Call;

/// A case kind's name.
pub fn case_kind_name(kind: &CaseKind) -> &'static str {
	match kind {
		CaseKind::Question => "question",
		CaseKind::Complaint => "complaint",
		CaseKind::Suggestion => "suggestion",
	}
}

/// `open`, `answered`, `rejected`, `escalated`, `upheld`, `dismissed`.
pub fn case_status_name(status: &CaseStatus) -> &'static str {
	match status {
		CaseStatus::Open => "open",
		CaseStatus::Answered => "answered",
		CaseStatus::Rejected => "rejected",
		CaseStatus::Escalated => "escalated",
		CaseStatus::Upheld => "upheld",
		CaseStatus::Dismissed => "dismissed",
	}
}

/// The average time a provider took to answer (ms); `None` before its first answer.
pub fn average_response(stats: &ResponseStats) -> Option<u64> {
	(stats.answered > 0).then(|| stats.total_response / u64::from(stats.answered))
}

/// Cases and disputes before a provider that it has neither answered nor let lapse.
pub fn waiting(stats: &ResponseStats) -> u32 {
	stats.received.saturating_sub(stats.answered).saturating_sub(stats.lapsed)
}

impl Client {
	/// The subscriber of `agreement` opens a case of `kind` with `text` (the hash of its text,
	/// or the text encrypted to the provider). Returns the case's id.
	pub async fn open_case(
		&self,
		subscriber: &Account,
		agreement: AgreementId,
		kind: CaseKind,
		text: Vec<u8>,
	) -> Result<(CaseId, Receipt)> {
		let call = chain::tx().cases().open_case(agreement, kind, reason("a case\'s body", text)?);
		let receipt = self.submit(&call, subscriber).await?;
		let id = receipt
			.find(|event| match event {
				chain::Event::Cases(chain::cases::Event::CaseOpened { case, .. }) => Some(*case),
				_ => None,
			})
			.ok_or_else(|| Error::NotFound("no CaseOpened event".into()))?;
		Ok((id, receipt))
	}

	/// The provider answers `case` with `text` (hash or ciphertext of its reply); `rejected`
	/// turns the case down, which lets the subscriber escalate it.
	pub async fn answer_case(
		&self,
		provider: &Account,
		case: CaseId,
		text: Vec<u8>,
		rejected: bool,
	) -> Result<Receipt> {
		self.submit(
			&chain::tx().cases().answer_case(case, reason("a case\'s body", text)?, rejected),
			provider,
		)
		.await
	}

	/// The subscriber escalates `case` to the arbiter: rejected, or unanswered past its
	/// deadline.
	pub async fn escalate_case(&self, subscriber: &Account, case: CaseId) -> Result<Receipt> {
		self.submit(&chain::tx().cases().escalate_case(case), subscriber).await
	}

	/// Case `id`, if any.
	pub async fn case(&self, id: CaseId) -> Result<Option<Case>> {
		self.view(chain::view_functions().cases().case(id)).await
	}

	/// How many cases of `agreement` wait for the provider's answer.
	pub async fn open_cases(&self, agreement: AgreementId) -> Result<u32> {
		self.view(chain::view_functions().cases().open_cases(agreement)).await
	}

	/// How `provider` answers cases and disputes.
	pub async fn response_times(&self, provider: &AccountId) -> Result<ResponseStats> {
		self.view(chain::view_functions().cases().response_times(*provider)).await
	}
}

/// The arbiter's ruling and other governance calls of this module.
impl Governance<'_> {
	/// The arbiter (governance: sudo, or a council motion) upholds or dismisses escalated `case`. Final.
	pub async fn rule_case(&self, signer: &Account, case: CaseId, upheld: bool) -> Result<Receipt> {
		self.dispatch(signer, RuntimeCall::Cases(CasesCall::rule_case { case, upheld })).await
	}
}
