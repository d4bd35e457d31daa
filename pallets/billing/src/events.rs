//! The pallet's events: a section of the pallet module (`#[pallet_section]`), imported into it
//! by `lib.rs`, so that the skeleton stays readable.

use frame_support::pallet_macros::pallet_section;

#[pallet_section]
mod events {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider created tariff `id` for `service`; version 1 is in force from `from` (now).
		TariffCreated { id: TariffId, provider: T::AccountId, service: ServiceKind, from: Moment },
		/// A new version of tariff `id` was published; it is in force from `from`.
		VersionPublished { id: TariffId, version: Version, from: Moment },
		/// Invoice `invoice` was issued for the period `[from, to)` of `agreement`.
		InvoiceIssued {
			invoice: InvoiceId,
			agreement: AgreementId,
			from: Moment,
			to: Moment,
			total: Money,
			due: Moment,
		},
		/// `amount` of the agreement's credit was applied to a new invoice.
		CreditApplied { invoice: InvoiceId, agreement: AgreementId, amount: Money },
		/// `payer` paid `amount` to the provider: `applied` towards the invoice, the rest
		/// became credit on the agreement. `receipt` numbers the payment within the invoice.
		PaymentReceived {
			invoice: InvoiceId,
			receipt: u32,
			payer: T::AccountId,
			amount: Money,
			applied: Money,
		},
		/// The invoice is paid in full.
		InvoicePaid { invoice: InvoiceId },
		/// The period `[from, to)` of `agreement` could not be invoiced (`reason`); its usage
		/// is in this event and the period is closed.
		InvoicingFailed {
			agreement: AgreementId,
			from: Moment,
			to: Moment,
			quantity: u64,
			reason: InvoicingError,
		},
		/// The subscriber added `amount` to the prepaid credit of `agreement`; `settled` of it
		/// paid what was owed. `balance` is the credit now.
		ToppedUp { agreement: AgreementId, amount: Money, settled: Money, balance: Money },
		/// A report (or a closed period's standing charge) cost `amount`, charged to the
		/// prepaid credit; `balance` is left and `owed` is what the credit did not cover.
		CreditCharged { agreement: AgreementId, amount: Money, balance: Money, owed: Money },
		/// What the prepaid credit of `agreement` consumed since the last settlement was paid
		/// to the provider.
		CreditSettled { agreement: AgreementId, amount: Money },
		/// The credit fell below the agreement's low-credit threshold.
		CreditRanLow { agreement: AgreementId, balance: Money },
		/// The credit is used up: supply off.
		CreditRanOut { agreement: AgreementId, owed: Money },
		/// A top-up left credit: supply on.
		SupplyRestored { agreement: AgreementId, balance: Money },
		/// A prepaid period `[from, to)` closed; its charges add up to `total`, the invoice a
		/// postpaid agreement would have got.
		PrepaidPeriodClosed {
			agreement: AgreementId,
			from: Moment,
			to: Moment,
			quantity: u64,
			total: Money,
		},
		/// The agreement ended and its remaining credit was released to the subscriber.
		CreditReleased { agreement: AgreementId, amount: Money },
		/// After the agreement's final bill, the provider paid its remaining postpaid credit
		/// (overpayments, credit notes) back to the subscriber.
		CreditRefunded { agreement: AgreementId, amount: Money },
		/// After the agreement's final bill, the provider could not pay back its remaining
		/// credit now; the subscriber claims it with `withdraw_credit`.
		CreditRefundPending { agreement: AgreementId, amount: Money },
		/// Top-up token `number` of `device` was bought (its amount is added to the credit).
		TokenPurchased {
			agreement: AgreementId,
			device: DeviceId,
			number: u32,
			amount: Money,
			expires: Moment,
		},
		/// The provider's signed token for purchase `number` of `device` was recorded.
		TokenIssued { device: DeviceId, number: u32, hash: [u8; 32] },
		/// The subscriber disputes the invoice; the provider is to answer by `respond_by`.
		InvoiceDisputed { invoice: InvoiceId, respond_by: Moment },
		/// The provider rejected the dispute.
		DisputeRejected { invoice: InvoiceId },
		/// The subscriber escalated the dispute to the arbiter.
		DisputeEscalated { invoice: InvoiceId },
		/// The arbiter ruled: a credit note of `credit` (0: the invoice stands).
		DisputeRuled { invoice: InvoiceId, credit: Money },
		/// A credit note of `amount` was issued for the invoice; `to_credit` of it had been
		/// paid already and became credit on the agreement.
		CreditNoteIssued { invoice: InvoiceId, amount: Money, to_credit: Money },
		/// The provider offered a plan of `instalments` adding up to `total`.
		PlanOffered { invoice: InvoiceId, instalments: u32, total: Money },
		/// The subscriber accepted the plan; the first instalment is due at `next_due`.
		PlanAccepted { invoice: InvoiceId, next_due: Moment },
		/// A sweep of automatic invoicing began (after the month boundary `boundary`).
		SweepStarted { boundary: Moment },
		/// The sweep visited every accrual.
		SweepFinished,
		/// Something that should never happen did (`defect` says what, and that nothing was
		/// lost); `agreement` is the agreement concerned. Operators should report it.
		InternalError { agreement: AgreementId, defect: Defect },
	}
}
