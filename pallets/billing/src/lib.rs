//! # Billing pallet
//!
//! Tariffs, usage accrued per agreement and billing period, invoices computed on chain,
//! payments in parts, prepaid credit charged as readings arrive, and offline top-up tokens
//! (seed 002: "provider sets the rate; consumption is posted; anyone can see
//! the bill against the consumption; bills can be paid in parts; billing cycles monthly,
//! quarterly, half-yearly or yearly").
//!
//! ## Terminology
//!
//! - **Tariff** ([`TariffInfo`]): a provider's price list for one service, numbered by this
//!   pallet. Its **versions** ([`Tariff`]) are immutable once published; each has a moment
//!   from which it is in force, in the future when published, later than the previous
//!   version's. A version applies to the billing periods that **start** at or after that
//!   moment: a price change never reaches back into usage already consumed, nor into a
//!   period already running. The first version also prices the periods that started before
//!   it (there is no earlier price to keep), so a new tariff can bill the running month.
//! - **Components** of a version: the price of usage (flat, tiered over the period's usage, or
//!   by UTC time-of-use band), a standing charge per period, a demand charge per kW of the
//!   period's peak, a fee per EV charging session, and tax in basis points. Prices are integer
//!   money per [`PRICE_BASIS`] base units (per kWh of Wh, per m³ of litres); the rounding is
//!   written once, in [`pricing`], and applied to every line.
//! - **Accrual** ([`Accrual`]): an agreement's usage in its running billing period, a calendar
//!   period in UTC ([`calendar`]), added up as metering hands it over through
//!   [`meterchain_primitives::UsageSink`] ([`PeriodUsage`]: one record per agreement whatever
//!   the number of readings), and in the next period once reports for it arrive.
//! - **Invoice** ([`Invoice`]): the bill of one closed period, computed by every node from the
//!   accrual and the tariff version, with lines that sum to its total, a due date, and what was
//!   paid. Its status is open, partially paid, paid, overdue (open or partly paid past its
//!   due date), disputed (dunning paused) or credited (settled with a credit note).
//! - **Dispute** ([`Dispute`]) and **credit note** ([`CreditNote`]): see
//!   [`disputes`](crate::features::disputes). **Instalment plan** ([`Plan`]): offered by the provider,
//!   accepted by the subscriber; the invoice is then due instalment by instalment.
//!   Each dispute's steps are reported to the cases pallet's public record of how providers
//!   answer ([`meterchain_primitives::ResponseLog`]), beside their answers to questions,
//!   complaints and suggestions.
//! - **Credit**: money paid beyond an invoice's total, kept per agreement ([`Credit`]) and
//!   applied first to the agreement's next invoice.
//! - **Prepaid credit** ([`PrepaidAccount`]): what the subscriber of a prepaid agreement has
//!   topped up, held on its account, charged report by report at the marginal price, with the
//!   supply status ([`Supply`]) the meter reads. See [`prepaid`](crate::prepaid) for how a
//!   report's charge is computed.
//! - **Top-up token** ([`TokenPurchase`], [`meterchain_primitives::TopUpToken`]): credit bought
//!   for one meter, numbered per device, signed by the provider's token key off chain and
//!   checked by the meter without a server (seed 004).
//!
//! ## Calls
//!
//! | index | call | who |
//! |---|---|---|
//! | 0 | [`create_tariff`](Pallet::create_tariff) | an active provider |
//! | 1 | [`publish_version`](Pallet::publish_version) | the tariff's provider |
//! | 2 | [`issue_invoice`](Pallet::issue_invoice) | anyone, once the period ended |
//! | 3 | [`pay`](Pallet::pay) | anyone (the subscriber, or someone paying for it) |
//! | 4 | [`top_up`](Pallet::top_up) | the subscriber of a prepaid agreement |
//! | 5 | [`purchase_token`](Pallet::purchase_token) | the subscriber of a prepaid agreement |
//! | 6 | [`issue_token`](Pallet::issue_token) | anyone, with the provider's signed token |
//! | 7 | [`dispute`](Pallet::dispute) | the invoice's subscriber, within the dispute window |
//! | 8 | [`answer_dispute`](Pallet::answer_dispute) | the invoice's provider |
//! | 9 | [`escalate_dispute`](Pallet::escalate_dispute) | the subscriber, after a rejection or no answer |
//! | 10 | [`rule_dispute`](Pallet::rule_dispute) | the arbiter origin |
//! | 11 | [`offer_plan`](Pallet::offer_plan) | the invoice's provider |
//! | 12 | [`accept_plan`](Pallet::accept_plan) | the invoice's subscriber |
//! | 13 | [`withdraw_credit`](Pallet::withdraw_credit) | the subscriber, once no prepaid period will use the credit |
//!
//! ## View functions
//!
//! `tariff(id)`, `tariff_version(id, version)`, `accrual(agreement)`, `estimate(agreement)`,
//! `invoice(id)`, `invoices_of(agreement, start_after, limit)`, `receipts(invoice)`,
//! `credit(agreement)`, `prepaid(agreement)`, `supply(device)`, `token(device, number)`,
//! `token_number(device)`, `dispute_of(invoice)` and `plan(invoice)`: see [`Pallet`]'s methods
//! of those names.
//!
//! ## Design notes
//!
//! - **Invoicing is automatic and bounded.** After every UTC month boundary (every billing
//!   cycle's periods end on one), `on_idle` sweeps the accruals with a stored cursor, invoicing
//!   each whose period has ended and opening the agreement's next period, within at most
//!   [`Config::MaxInvoicingWeight`] per block; it resumes in the next block. Anyone can
//!   [`issue_invoice`](Pallet::issue_invoice) for an ended period sooner. Reports never close
//!   a period: one whose time lies after the running period is kept in the agreement's next
//!   period beside it until the running one is invoiced, so a reading never pays for an
//!   invoice.
//! - **Late usage** — a report whose time lies before the running period, i.e. in a period
//!   already invoiced — counts in the running period; a report in a period not yet invoiced
//!   counts in that period.
//! - **An agreement's first period** opens with its first accepted usage; from then on every
//!   period is invoiced, usage or not (the standing charge is due), in proportion to the part
//!   of the period the agreement is in force. Its last period is invoiced after it ends.
//! - **Prepaid agreements** are not invoiced: each report is charged to the credit as it
//!   arrives, and the standing charge when the period closes, so that a period's charges add
//!   up to the invoice a postpaid agreement would get (`PrepaidPeriodClosed`). Usage is never
//!   refused for want of credit — it was consumed — the shortfall is owed and the next top-up
//!   pays it first. Credit is held (not transferred) until consumed, so what is left goes back
//!   to the subscriber when the agreement ends.
//! - **Tokens** are credit like a top-up, bought on chain; the token itself is what a meter
//!   that is off line needs. Its hash on chain lets the subscriber check the token it was
//!   handed is the one issued for its purchase.
//! - **Payments** transfer the whole amount to the provider at once; the part beyond what is
//!   outstanding becomes credit on the agreement, never lost. Each payment leaves a
//!   [`Receipt`]. A paid invoice refuses further payment.
//! - **Weights.** Accruing a report costs one read and one write of the agreement's accrual;
//!   the first report of a period also reads the tariff to open it. A report is charged the
//!   dearer case and refunded what it did not use (see
//!   [`meterchain_primitives::UsageSink::record`]).
//! - **An amended tariff or cycle** applies from the next period that opens after the
//!   running one is invoiced.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

use frame_support::pallet_macros::import_section;

pub mod calendar;
mod errors;
mod events;
pub mod features;
pub mod pricing;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
pub use calendar::Period;
pub use features::{invoicing, ledger, prepaid};
pub use ledger::{
	ArchivedInvoice, ArchivedToken, YearIndex, MAX_INVOICES_PER_YEAR, MAX_TOKENS_PER_YEAR,
};
pub use types::*;
pub use weights::WeightInfo;

use meterchain_primitives::{AgreementId, DeviceId, Moment, SignedToken, TariffId};

/// The storage layout's version.
const STORAGE_VERSION: frame_support::traits::StorageVersion =
	frame_support::traits::StorageVersion::new(1);

/// An agreement as billing sees it.
pub(crate) type AgreementOf<T> =
	meterchain_primitives::ActiveAgreement<<T as frame_system::Config>::AccountId, Money>;

/// The most invoice ids `invoices_of` returns at once.
pub const MAX_PAGE: u32 = 100;

// The pallet macros expand to paths such as `frame_support::__private::Vec` where `Vec` is
// already in scope; the workspace's `unused_qualifications` lint would flag each expansion.
#[allow(unused_qualifications)]
#[import_section(events::events)]
#[import_section(errors::errors)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, Get, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use meterchain_primitives::ServiceKind;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The pallet's configuration.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency invoices are paid in (money is `u128` smallest units); prepaid credit
		/// is held in it.
		type Currency: fungible::Mutate<Self::AccountId, Balance = Money>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, of which prepaid credit is one.
		type RuntimeHoldReason: From<HoldReason>;

		/// The registry: who is an active provider offering which service.
		type Registry: meterchain_primitives::Registry<AccountId = Self::AccountId>;

		/// The agreements: who pays whom, at which tariff, for which billing cycle.
		type Agreements: meterchain_primitives::Agreements<
			AccountId = Self::AccountId,
			Balance = Money,
		>;

		/// Chain time (`pallet_timestamp` in the runtime).
		type UnixTime: UnixTime;

		/// The most versions a tariff can have.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// The most payments one invoice accepts.
		#[pallet::constant]
		type MaxPaymentsPerInvoice: Get<u32>;

		/// How long after an invoice's issue the subscriber may dispute it (ms).
		#[pallet::constant]
		type DisputeWindow: Get<Moment>;

		/// How long the provider has to answer a dispute before the subscriber may escalate
		/// it unanswered (ms).
		#[pallet::constant]
		type ResponsePeriod: Get<Moment>;

		/// Who rules on escalated disputes; the ruling is final.
		type ArbiterOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The public record of how providers answer, to which each dispute's steps are
		/// reported (the cases pallet keeps it), and which knows whether an agreement has
		/// cases waiting (such an agreement is not pruned).
		type ResponseLog: meterchain_primitives::ResponseLog<AccountId = Self::AccountId>;

		/// How long a top-up token stays valid after its purchase (ms).
		#[pallet::constant]
		type TokenValidity: Get<Moment>;

		/// The most weight automatic invoicing uses in one block (of what `on_idle` leaves).
		#[pallet::constant]
		type MaxInvoicingWeight: Get<Weight>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up agreements and chain time for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self>;
	}

	/// The tariffs.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Tariffs<T: Config> = StorageMap<_, Twox64Concat, TariffId, TariffInfo<T>, OptionQuery>;

	/// Every published version of every tariff.
	// Hasher: Twox64Concat, ids and versions are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type TariffVersions<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TariffId, Twox64Concat, Version, Tariff, OptionQuery>;

	/// The id the next tariff gets.
	#[pallet::storage]
	pub type NextTariffId<T: Config> = StorageValue<_, TariffId, ValueQuery>;

	/// The usage of each agreement in its running billing period.
	// Hasher: Twox64Concat, agreement ids are assigned by the agreements pallet in sequence.
	#[pallet::storage]
	pub type Accruals<T: Config> = StorageMap<_, Twox64Concat, AgreementId, Accrual, OptionQuery>;

	/// The invoices.
	// Hasher: Twox64Concat, ids are assigned by the pallet in sequence.
	#[pallet::storage]
	pub type Invoices<T: Config> = StorageMap<_, Twox64Concat, InvoiceId, Invoice<T>, OptionQuery>;

	/// The id the next invoice gets.
	#[pallet::storage]
	pub type NextInvoiceId<T: Config> = StorageValue<_, InvoiceId, ValueQuery>;

	/// The invoices of each agreement.
	// Hasher: Twox64Concat for both sequential ids.
	#[pallet::storage]
	pub type AgreementInvoices<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AgreementId, Twox64Concat, InvoiceId, (), OptionQuery>;

	/// The invoices of each agreement by calendar year of their period, and its top-up tokens
	/// by the year they were bought, for pruning.
	// Hasher: Twox64Concat, agreement ids are assigned in sequence and years are small numbers.
	#[pallet::storage]
	pub type YearRecords<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AgreementId,
		Twox64Concat,
		meterchain_primitives::Year,
		YearIndex,
		OptionQuery,
	>;

	/// The payments received for each invoice, numbered from 0.
	// Hasher: Twox64Concat for the sequential invoice id and receipt number.
	#[pallet::storage]
	pub type Receipts<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InvoiceId, Twox64Concat, u32, Receipt<T>, OptionQuery>;

	/// Each agreement's books of usage: recorded, billed, where billing stopped and whether it
	/// ended (see [`invoicing`]'s "billed exactly once").
	// Hasher: Twox64Concat, agreement ids are assigned in sequence.
	#[pallet::storage]
	pub type UsageLedgers<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, UsageLedger, OptionQuery>;

	/// Money paid beyond invoices' totals, per agreement, applied to its next invoice.
	// Hasher: Twox64Concat, agreement ids are assigned in sequence.
	#[pallet::storage]
	pub type Credit<T: Config> = StorageMap<_, Twox64Concat, AgreementId, Money, ValueQuery>;

	/// Why funds are held.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Prepaid credit, consumed as readings arrive.
		Prepaid,
	}

	/// The credit of each prepaid agreement that was topped up or charged.
	// Hasher: Twox64Concat, agreement ids are assigned in sequence.
	#[pallet::storage]
	pub type PrepaidAccounts<T: Config> =
		StorageMap<_, Twox64Concat, AgreementId, PrepaidAccount<T>, OptionQuery>;

	/// The number of each device's latest top-up token (0: none yet).
	// Hasher: Twox64Concat, device ids are assigned by the registry in sequence.
	#[pallet::storage]
	pub type TokenNumbers<T: Config> = StorageMap<_, Twox64Concat, DeviceId, u32, ValueQuery>;

	/// Every top-up token bought, by device and number.
	// Hasher: Twox64Concat for the sequential device id and token number.
	#[pallet::storage]
	pub type Tokens<T: Config> =
		StorageDoubleMap<_, Twox64Concat, DeviceId, Twox64Concat, u32, TokenPurchase, OptionQuery>;

	/// The dispute of each disputed invoice (at most one per invoice).
	// Hasher: Twox64Concat, invoice ids are assigned in sequence.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<_, Twox64Concat, InvoiceId, Dispute, OptionQuery>;

	/// The instalment plan offered (and perhaps accepted) for an invoice.
	// Hasher: Twox64Concat, invoice ids are assigned in sequence.
	#[pallet::storage]
	pub type Plans<T: Config> = StorageMap<_, Twox64Concat, InvoiceId, Plan, OptionQuery>;

	/// Where automatic invoicing stands: the raw key of the last accrual it visited, while a
	/// sweep is under way.
	#[pallet::storage]
	pub type SweepCursor<T: Config> =
		StorageValue<_, BoundedVec<u8, ConstU32<{ features::sweep::MAX_CURSOR_LEN }>>, OptionQuery>;

	/// When the next sweep starts: the first UTC month boundary after the last one began.
	#[pallet::storage]
	pub type NextSweep<T: Config> = StorageValue<_, Moment, ValueQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::sweep(remaining.min(T::MaxInvoicingWeight::get()))
		}

		fn integrity_test() {
			assert!(T::MaxVersions::get() > 0, "MaxVersions must not be zero");
			assert!(T::MaxPaymentsPerInvoice::get() > 0, "MaxPaymentsPerInvoice must not be zero");
			assert!(T::TokenValidity::get() > 0, "TokenValidity must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Creates a tariff for `service` whose first version, `tariff`, is in force from now
		/// (and, there being no earlier price, for periods that began before).
		///
		/// - Origin: signed by an active provider offering `service`.
		/// - Errors: `ServiceNotOffered`, `InvalidTiers`, `InvalidBands`, `TaxTooHigh`.
		/// - Events: `TariffCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_tariff())]
		pub fn create_tariff(
			origin: OriginFor<T>,
			service: ServiceKind,
			tariff: Tariff,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_tariff(who, service, tariff)
		}

		/// Publishes a new version of tariff `id`, in force from `from` (in the future, after
		/// the latest version's start) for the billing periods starting then or later.
		///
		/// - Origin: signed by the tariff's provider.
		/// - Errors: `UnknownTariff`, `NotTariffOwner`, `NotInFuture`, `NotAfterLatest`,
		///   `TooManyVersions`, `InvalidTiers`, `InvalidBands`, `TaxTooHigh`.
		/// - Events: `VersionPublished`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::publish_version())]
		pub fn publish_version(
			origin: OriginFor<T>,
			id: TariffId,
			tariff: Tariff,
			from: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_publish_version(who, id, tariff, from)
		}

		/// Invoices the running period of `agreement` now that it has ended (without waiting
		/// for automatic invoicing), and opens the next one if the agreement goes on.
		///
		/// - Origin: signed, anyone.
		/// - Errors: `NothingToInvoice`, `PeriodNotEnded`, `Prepaid`, `UnknownAgreement`,
		///   `NoTariffInForce`, `Overflow`.
		/// - Events: `InvoiceIssued` (and `CreditApplied`, `InvoicePaid`).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::issue_invoice())]
		pub fn issue_invoice(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_issue_invoice(agreement)
		}

		/// Pays `amount` towards `invoice`: the whole amount goes to the provider, what exceeds
		/// the outstanding balance becomes credit on the agreement.
		///
		/// - Origin: signed, anyone (the payer).
		/// - Errors: `UnknownInvoice`, `AlreadyPaid`, `ZeroAmount`, `TooManyPayments`,
		///   `InsufficientBalance`, `Overflow`.
		/// - Events: `PaymentReceived` (and `InvoicePaid`).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::pay())]
		pub fn pay(origin: OriginFor<T>, invoice: InvoiceId, amount: Money) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_pay(payer, invoice, amount)
		}

		/// Adds `amount` to the prepaid credit of `agreement`, held on the caller's account;
		/// pays what is owed first and turns the supply back on if credit remains.
		///
		/// - Origin: signed by the agreement's subscriber.
		/// - Errors: `UnknownAgreement`, `NotPrepaid`, `NotSubscriber`, `ZeroAmount`,
		///   `InsufficientBalance`, `Overflow`.
		/// - Events: `ToppedUp` (and `SupplyRestored`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::top_up())]
		pub fn top_up(
			origin: OriginFor<T>,
			agreement: AgreementId,
			amount: Money,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_top_up(who, agreement, amount)
		}

		/// Buys a top-up token of `amount` for `device`: tops up the credit of `agreement`
		/// like [`top_up`](Pallet::top_up) and gives the device its next token number, for
		/// the provider's vending service to sign.
		///
		/// - Origin: signed by the agreement's subscriber.
		/// - Errors: those of `top_up`, `UnknownDevice`, `DeviceNotCovered`, `TooManyTokens`.
		/// - Events: `ToppedUp` (and `SupplyRestored`), `TokenPurchased`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::purchase_token())]
		pub fn purchase_token(
			origin: OriginFor<T>,
			agreement: AgreementId,
			device: DeviceId,
			amount: Money,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_purchase_token(who, agreement, device, amount)
		}

		/// Records the hash of `token`, signed by the provider's token key for a purchase.
		///
		/// - Origin: signed, anyone (the vending service, or the subscriber who got it).
		/// - Errors: `UnknownToken`, `TokenAlreadyIssued`, `TokenMismatch`, `UnknownDevice`,
		///   `BadTokenSignature`.
		/// - Events: `TokenIssued`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::issue_token())]
		pub fn issue_token(origin: OriginFor<T>, token: SignedToken) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_issue_token(token)
		}

		/// Disputes `invoice`, giving `reason` (a hash of the subscriber's statement, or the
		/// statement encrypted to the provider) and `claim`, the amount the subscriber asks to
		/// be credited (at most what the invoice still asks). Dunning pauses: a disputed
		/// invoice is never overdue.
		///
		/// - Origin: signed by the invoice's subscriber, within `DisputeWindow` of its issue.
		/// - Errors: `UnknownInvoice`, `NotSubscriber`, `AlreadyDisputed`, `ZeroAmount`,
		///   `ClaimTooLarge`, `DisputeWindowClosed`.
		/// - Events: `InvoiceDisputed`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(
			origin: OriginFor<T>,
			invoice: InvoiceId,
			reason: Reason,
			claim: Money,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(who, invoice, reason, claim)
		}

		/// Answers the dispute of `invoice`: `Some(amount)` accepts it with a credit note of
		/// `amount`, `None` rejects it. Dunning resumes.
		///
		/// - Origin: signed by the invoice's provider.
		/// - Errors: `UnknownInvoice`, `NotInvoiceProvider`, `NoDispute`, `DisputeNotOpen`,
		///   `ZeroAmount`, `CreditTooLarge`, `Overflow`.
		/// - Events: `CreditNoteIssued` or `DisputeRejected`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::answer_dispute())]
		pub fn answer_dispute(
			origin: OriginFor<T>,
			invoice: InvoiceId,
			credit: Option<Money>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_answer_dispute(who, invoice, credit)
		}

		/// Escalates the dispute of `invoice` to the arbiter: after the provider rejected it,
		/// answered it with a credit note smaller than the claim, or left it unanswered past
		/// its deadline.
		///
		/// - Origin: signed by the invoice's subscriber.
		/// - Errors: `UnknownInvoice`, `NotSubscriber`, `NoDispute`, `CannotEscalate`.
		/// - Events: `DisputeEscalated`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::escalate_dispute())]
		pub fn escalate_dispute(origin: OriginFor<T>, invoice: InvoiceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_escalate_dispute(who, invoice)
		}

		/// Rules on the escalated dispute of `invoice`: a credit note of `credit`, or none
		/// (0). Final.
		///
		/// - Origin: `ArbiterOrigin`.
		/// - Errors: `UnknownInvoice`, `NoDispute`, `NotEscalated`, `CreditTooLarge`,
		///   `Overflow`.
		/// - Events: `DisputeRuled` (and `CreditNoteIssued`).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::rule_dispute())]
		pub fn rule_dispute(
			origin: OriginFor<T>,
			invoice: InvoiceId,
			credit: Money,
		) -> DispatchResult {
			T::ArbiterOrigin::ensure_origin(origin)?;
			Self::do_rule_dispute(invoice, credit)
		}

		/// Offers an instalment plan for what `invoice` still owes (replacing an offer not
		/// yet accepted). Once accepted, the invoice is due instalment by instalment.
		///
		/// - Origin: signed by the invoice's provider.
		/// - Errors: `UnknownInvoice`, `NotInvoiceProvider`, `AlreadyPaid`, `PlanInForce`,
		///   `InvalidSchedule`, `PlanMismatch`, `Overflow`.
		/// - Events: `PlanOffered`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::offer_plan())]
		pub fn offer_plan(
			origin: OriginFor<T>,
			invoice: InvoiceId,
			instalments: Instalments,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer_plan(who, invoice, instalments)
		}

		/// Accepts the instalment plan offered for `invoice`.
		///
		/// - Origin: signed by the invoice's subscriber.
		/// - Errors: `UnknownInvoice`, `NotSubscriber`, `NoPlan`, `PlanInForce`,
		///   `PlanMismatch`.
		/// - Events: `PlanAccepted`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::accept_plan())]
		pub fn accept_plan(origin: OriginFor<T>, invoice: InvoiceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_plan(who, invoice)
		}

		/// Takes back the prepaid credit of `agreement` that no period will consume: it
		/// ended, or was made postpaid, and its last prepaid period (if it had one) is closed.
		/// What was consumed and not yet paid over goes to the provider first; what is owed
		/// stays on record. After the agreement's final bill, also claims its postpaid credit
		/// (overpayments, credit notes) that the provider could not refund at once.
		///
		/// - Origin: signed by the agreement's subscriber.
		/// - Errors: `UnknownAgreement`, `NotSubscriber`, `NothingToWithdraw`, `CreditInUse`,
		///   `RefundUnaffordable`.
		/// - Events: `CreditReleased` (and `CreditSettled`), `CreditRefunded`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::withdraw_credit())]
		pub fn withdraw_credit(origin: OriginFor<T>, agreement: AgreementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_credit(who, agreement)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Tariff `id`: provider, service and when each version comes into force.
		pub fn tariff(id: TariffId) -> Option<TariffInfo<T>> {
			Tariffs::<T>::get(id)
		}

		/// Version `version` of tariff `id`.
		pub fn tariff_version(id: TariffId, version: Version) -> Option<Tariff> {
			TariffVersions::<T>::get(id, version)
		}

		/// The usage of `agreement` in its running period.
		pub fn accrual(agreement: AgreementId) -> Option<Accrual> {
			Accruals::<T>::get(agreement)
		}

		/// The invoices of `agreement` whose period lies in `year`, in issue order, the top-up
		/// tokens bought in it, and the group they count in: what pruning removes together once
		/// the year is closed.
		pub fn year_records(
			agreement: AgreementId,
			year: meterchain_primitives::Year,
		) -> Option<YearIndex> {
			YearRecords::<T>::get(agreement, year)
		}

		/// What the running period of `agreement` would be billed if it ended now: its lines
		/// and total (standing charge up to now).
		pub fn estimate(agreement: AgreementId) -> Option<Estimate> {
			Self::estimate_of(agreement)
		}

		/// Invoice `id`, with its status at the chain's current time.
		pub fn invoice(id: InvoiceId) -> Option<Invoice<T>> {
			let now = Self::now();
			Invoices::<T>::get(id).map(|mut invoice| {
				invoice.status = invoice.status_at(now);
				invoice
			})
		}

		/// Up to `limit` (at most [`MAX_PAGE`]) invoice ids of `agreement`, in storage order,
		/// after `start_after`.
		pub fn invoices_of(
			agreement: AgreementId,
			start_after: Option<InvoiceId>,
			limit: u32,
		) -> Vec<InvoiceId> {
			Self::agreement_invoices(agreement, start_after, limit)
		}

		/// The payments received for `invoice`, in order.
		pub fn receipts(invoice: InvoiceId) -> Vec<Receipt<T>> {
			let count = Invoices::<T>::get(invoice).map_or(0, |invoice| invoice.payments);
			(0..count).filter_map(|n| Receipts::<T>::get(invoice, n)).collect()
		}

		/// The credit of `agreement`, applied to its next invoice.
		pub fn credit(agreement: AgreementId) -> Money {
			Credit::<T>::get(agreement)
		}

		/// The prepaid credit of `agreement`: balance, what is owed, supply status.
		pub fn prepaid(agreement: AgreementId) -> Option<PrepaidAccount<T>> {
			PrepaidAccounts::<T>::get(agreement)
		}

		/// Whether `device` may supply now: on under a postpaid agreement, on under a prepaid
		/// one while credit remains; `None` if no agreement covers the device.
		pub fn supply(device: DeviceId) -> Option<Supply> {
			Self::supply_of(device)
		}

		/// Top-up token `number` of `device`: what was bought, and the issued token's hash.
		pub fn token(device: DeviceId, number: u32) -> Option<TokenPurchase> {
			Tokens::<T>::get(device, number)
		}

		/// The number of `device`'s latest top-up token (0: none).
		pub fn token_number(device: DeviceId) -> u32 {
			TokenNumbers::<T>::get(device)
		}

		/// The dispute of `invoice`, with its credit note if any.
		pub fn dispute_of(invoice: InvoiceId) -> Option<Dispute> {
			Disputes::<T>::get(invoice)
		}

		/// The instalment plan of `invoice`, offered or accepted.
		pub fn plan(invoice: InvoiceId) -> Option<Plan> {
			Plans::<T>::get(invoice)
		}
	}

	impl<T: Config> Pallet<T> {
		/// Chain time, ms.
		pub(crate) fn now() -> Moment {
			T::UnixTime::now().as_millis().try_into().unwrap_or(Moment::MAX)
		}
	}
}
