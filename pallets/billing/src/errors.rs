//! The pallet's errors, and why automatic invoicing can fail: a section of the pallet module
//! (`#[pallet_section]`), imported into it by `lib.rs`.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod errors {
	/// Why a period could not be invoiced.
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Debug,
		Encode,
		Decode,
		DecodeWithMemTracking,
		MaxEncodedLen,
		TypeInfo,
	)]
	pub enum InvoicingError {
		/// The agreement's tariff did not exist when the period opened.
		NoTariffInForce,
		/// The bill does not fit the money type.
		Overflow,
		/// The agreement is unknown.
		UnknownAgreement,
	}

	/// What went wrong where nothing should have: reported by an `InternalError` event, in
	/// the style of fast-unstake's, instead of being passed over in silence. Each is a broken
	/// assumption about another pallet or the currency, never a user's mistake.
	#[derive(
		Clone,
		Copy,
		PartialEq,
		Eq,
		Debug,
		Encode,
		Decode,
		DecodeWithMemTracking,
		MaxEncodedLen,
		TypeInfo,
	)]
	pub enum Defect {
		/// Metering handed over usage of an agreement the agreements pallet does not know:
		/// the usage is not billed.
		UsageOfUnknownAgreement,
		/// Moving prepaid credit the subscriber holds to the provider failed: it stays held
		/// and unsettled, and the next settlement tries again.
		SettlementFailed,
		/// Releasing prepaid credit to the subscriber failed: it stays held, on the prepaid
		/// account, for the subscriber to withdraw again.
		ReleaseFailed,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active provider offering the service.
		ServiceNotOffered,
		/// No such tariff.
		UnknownTariff,
		/// The caller is not the tariff's provider.
		NotTariffOwner,
		/// The version would come into force now or in the past.
		NotInFuture,
		/// The version would come into force before or with the latest one.
		NotAfterLatest,
		/// The tariff has the most versions it can have.
		TooManyVersions,
		/// Tiers must be non-empty, with increasing bounds, only the last unbounded.
		InvalidTiers,
		/// A time-of-use band has no weekday or an empty or out-of-day window, or two bands
		/// overlap.
		InvalidBands,
		/// Tax above 10,000 basis points.
		TaxTooHigh,
		/// The agreement has no accrued period.
		NothingToInvoice,
		/// The agreement's running period has not ended.
		PeriodNotEnded,
		/// The agreement's tariff did not exist when the period opened.
		NoTariffInForce,
		/// The agreement is unknown.
		UnknownAgreement,
		/// The agreement is prepaid: it is not invoiced.
		Prepaid,
		/// An amount does not fit the money type.
		Overflow,
		/// No such invoice.
		UnknownInvoice,
		/// The invoice is paid in full.
		AlreadyPaid,
		/// A payment of zero.
		ZeroAmount,
		/// The invoice has received the most payments it can.
		TooManyPayments,
		/// The payer cannot pay the amount and keep its account alive.
		InsufficientBalance,
		/// The agreement is postpaid: it has no prepaid credit.
		NotPrepaid,
		/// Only the agreement's subscriber tops up its credit.
		NotSubscriber,
		/// No such device.
		UnknownDevice,
		/// The device is not covered by the agreement now.
		DeviceNotCovered,
		/// No such token was bought.
		UnknownToken,
		/// The token's hash is already recorded.
		TokenAlreadyIssued,
		/// The token's amount or expiry differ from its purchase.
		TokenMismatch,
		/// The token is not signed by the device's provider's token key for this chain.
		BadTokenSignature,
		/// Only the invoice's provider does this.
		NotInvoiceProvider,
		/// The invoice was disputed already (one dispute per invoice).
		AlreadyDisputed,
		/// The invoice was issued longer ago than the dispute window.
		DisputeWindowClosed,
		/// The invoice is not disputed.
		NoDispute,
		/// The dispute was answered already.
		DisputeNotOpen,
		/// Only a rejected dispute, or one unanswered past its deadline, can be escalated.
		CannotEscalate,
		/// The dispute is not before the arbiter.
		NotEscalated,
		/// The credit note exceeds what the invoice still charges.
		CreditTooLarge,
		/// Instalments must have increasing due dates in the future and non-zero amounts.
		InvalidSchedule,
		/// The instalments do not add up to what is outstanding (or a payment since the offer
		/// changed it).
		PlanMismatch,
		/// The invoice's plan is accepted already.
		PlanInForce,
		/// No plan was offered for the invoice.
		NoPlan,
		/// The agreement holds no prepaid credit, and no postpaid credit to refund after a final
		/// bill.
		NothingToWithdraw,
		/// The provider's free balance cannot pay back the agreement's credit now.
		RefundUnaffordable,
		/// A dispute claims more than the invoice still asks.
		ClaimTooLarge,
		/// A prepaid period of the agreement, running or to come, will use the credit; it is
		/// released when the last one closes.
		CreditInUse,
		/// The agreement bought the most top-up tokens a calendar year allows
		/// ([`pruning::MAX_TOKENS_PER_YEAR`]).
		TooManyTokens,
	}

	impl<T> From<InvoicingError> for Error<T> {
		fn from(error: InvoicingError) -> Self {
			match error {
				InvoicingError::NoTariffInForce => Error::NoTariffInForce,
				InvoicingError::Overflow => Error::Overflow,
				InvoicingError::UnknownAgreement => Error::UnknownAgreement,
			}
		}
	}
}
