//! What the billing pallet stores: tariffs and their versions, the usage accrued in a running
//! billing period, invoices with their lines, and payment receipts.

use crate::{calendar::Period, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::ConstU32, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use meterchain_primitives::{
	AgreementId, BillingCycle, Moment, PaymentMode, ServiceKind, TariffId,
};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

pub use meterchain_primitives::{InvoiceId, Money, Reason, MAX_REASON_LEN};

/// A tariff's version: 1 for the first, +1 per published change.
pub type Version = u32;

/// The most price tiers of a tiered tariff.
pub const MAX_TIERS: u32 = 8;
/// The most time-of-use bands of a tariff.
pub const MAX_BANDS: u32 = 4;
/// The most lines of an invoice: a line per tier or per band and one for usage outside the
/// bands, standing charge, demand charge, session fees and tax.
pub const MAX_LINES: u32 = MAX_TIERS + 5;

/// Prices are per this many base units of the service: per kWh for electricity metered in Wh,
/// per m³ for water in litres.
pub const PRICE_BASIS: u64 = 1_000;

/// One price tier: usage in the period up to `up_to` (inclusive, counted from the period's
/// first unit) at `price`; the last tier has no bound.
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
	Serialize,
	Deserialize,
)]
pub struct Tier {
	/// Upper bound of the tier in base units of usage in the period; `None` for the last.
	pub up_to: Option<u64>,
	/// Money per [`PRICE_BASIS`] base units.
	pub price: Money,
}

/// When a time-of-use band applies: UTC weekdays and a UTC time-of-day window.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub struct Window {
	/// Weekdays, one bit each: bit 0 Monday … bit 6 Sunday.
	pub days: u8,
	/// First minute of the day in the band, 0–1439.
	pub from_minute: u16,
	/// First minute after it, 1–1440.
	pub to_minute: u16,
}

impl Window {
	/// Whether the window is well formed: some weekday, and `from < to <= 1440`.
	pub fn is_valid(&self) -> bool {
		self.days != 0
			&& self.days < 0x80
			&& self.from_minute < self.to_minute
			&& self.to_minute <= crate::calendar::MINUTES_PER_DAY
	}

	/// Whether `at` lies in the window.
	pub fn contains(&self, at: Moment) -> bool {
		let minute = crate::calendar::minute_of_day(at);
		self.days & (1 << crate::calendar::weekday(at)) != 0
			&& self.from_minute <= minute
			&& minute < self.to_minute
	}

	/// Whether the two windows share a minute of some weekday.
	pub fn overlaps(&self, other: &Window) -> bool {
		self.days & other.days != 0
			&& self.from_minute < other.to_minute
			&& other.from_minute < self.to_minute
	}
}

/// A time-of-use band: usage in `window` at `price`.
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
	Serialize,
	Deserialize,
)]
pub struct Band {
	/// When the band applies.
	pub window: Window,
	/// Money per [`PRICE_BASIS`] base units.
	pub price: Money,
}

/// How usage is priced.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub enum Energy {
	/// One price for all usage.
	Flat {
		/// Money per [`PRICE_BASIS`] base units.
		price: Money,
	},
	/// Block prices over the period's usage: the first units at the first tier's price, and
	/// so on (seed 002's rate, in blocks).
	Tiered {
		/// Bounds increasing; only the last is unbounded.
		tiers: BoundedVec<Tier, ConstU32<MAX_TIERS>>,
	},
	/// Prices by UTC time of use; usage outside every band at `base`. A report counts in
	/// the band its end time (the reading's timestamp, the session's end) falls in.
	TimeOfUse {
		/// Money per [`PRICE_BASIS`] base units outside the bands.
		base: Money,
		/// Bands that do not overlap.
		bands: BoundedVec<Band, ConstU32<MAX_BANDS>>,
	},
}

/// One version of a tariff: every component of a bill.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Serialize,
	Deserialize,
)]
pub struct Tariff {
	/// The price of usage.
	pub energy: Energy,
	/// Charged per billing period, in proportion to the part of the period the agreement is
	/// in force.
	pub standing_charge: Money,
	/// Charged per kW (1,000 W) of the highest peak power reported in the period.
	pub demand_charge: Money,
	/// Charged per EV charging session.
	pub session_fee: Money,
	/// Tax on the sum of the other lines, in basis points (1/100 of a percent), at most
	/// 10,000.
	pub tax_bps: u16,
}

/// A tariff: its owner, its service and when each version comes into force.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct TariffInfo<T: Config> {
	/// The provider that published it.
	pub provider: T::AccountId,
	/// The service it prices.
	pub service: ServiceKind,
	/// When each version comes into force: `schedule[0]` is version 1's, strictly
	/// increasing. A version applies to the billing periods that start at or after it (and,
	/// for an agreement, at least its notice period after the version was published); the
	/// first also to those that started before it (there is no earlier price to keep).
	pub schedule: BoundedVec<Moment, T::MaxVersions>,
	/// When each version was published: `published[0]` is version 1's.
	pub published: BoundedVec<Moment, T::MaxVersions>,
}

impl<T: Config> TariffInfo<T> {
	/// The version in force at `at`: the latest whose start is at or before it, or the first
	/// if none is yet.
	pub fn version_at(&self, at: Moment) -> Option<Version> {
		self.version_for(at, 0)
	}

	/// The version that prices, for an agreement with `notice` (ms), a period starting at
	/// `at`: the latest in force by then that was also published at least `notice` before;
	/// the first if none is. A price change so never reaches an agreement sooner than its
	/// notice period after it was announced.
	pub fn version_for(&self, at: Moment, notice: Moment) -> Option<Version> {
		if self.schedule.is_empty() {
			return None;
		}
		// Both lists increase (and are as long: `try_state`), so the moments versions reach the
		// agreement do too.
		let in_force = self
			.schedule
			.iter()
			.zip(&self.published)
			.take_while(|(from, published)| **from <= at && published.saturating_add(notice) <= at)
			.count();
		Some(in_force.max(1) as Version)
	}

	/// The latest version.
	pub fn latest(&self) -> Version {
		self.schedule.len() as Version
	}
}

/// The usage of one billing period of an agreement, as billing adds it up — O(1) in the
/// number of reports — with the terms the period is billed on. The terms are copied from the
/// agreement when the period opens and never change after: an amendment applies from the
/// periods that open after it (see [`crate::invoicing`]).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct PeriodUsage {
	/// The billing period.
	pub period: Period,
	/// The tariff that prices it.
	pub tariff: TariffId,
	/// The tariff's version in force at the period's start (`None`: the tariff did not exist
	/// when the period opened, and the period cannot be priced).
	pub version: Option<Version>,
	/// The billing cycle the period is one of.
	pub cycle: BillingCycle,
	/// Postpaid (invoiced when it ends) or prepaid (charged to credit as reports arrive).
	pub payment: PaymentMode<Money>,
	/// The version's time-of-use windows, copied when the period opened so that a report
	/// is sorted into its band without reading the tariff.
	pub windows: BoundedVec<Window, ConstU32<MAX_BANDS>>,
	/// All usage in the period, in base units.
	pub quantity: u64,
	/// Usage per time-of-use window (`by_window[i]` for `windows[i]`); the rest was outside.
	pub by_window: [u64; MAX_BANDS as usize],
	/// The highest peak power (W) reported.
	pub peak: u32,
	/// EV charging sessions.
	pub sessions: u32,
	/// Reports counted.
	pub reports: u32,
}

/// The terms a billing period is billed on, copied from the agreement when it opens.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct PeriodTerms {
	/// The tariff.
	pub tariff: TariffId,
	/// The agreement's notice period: a tariff version reaches the period only if it was
	/// published at least this long before the period starts.
	pub notice: Moment,
	/// The billing cycle.
	pub cycle: BillingCycle,
	/// Postpaid or prepaid.
	pub payment: PaymentMode<Money>,
}

impl PeriodUsage {
	/// No usage yet in `period`, billed on `terms`, priced by `version` with `windows`.
	pub fn open(
		period: Period,
		terms: PeriodTerms,
		version: Option<Version>,
		windows: BoundedVec<Window, ConstU32<MAX_BANDS>>,
	) -> Self {
		PeriodUsage {
			period,
			tariff: terms.tariff,
			version,
			cycle: terms.cycle,
			payment: terms.payment,
			windows,
			quantity: 0,
			by_window: [0; MAX_BANDS as usize],
			peak: 0,
			sessions: 0,
			reports: 0,
		}
	}

	/// The terms the period is billed on, with a notice period of `notice`.
	pub fn terms(&self, notice: Moment) -> PeriodTerms {
		PeriodTerms { tariff: self.tariff, notice, cycle: self.cycle, payment: self.payment }
	}

	/// Adds a report's usage, ending at `at`. Saturates: a period's usage cannot reach
	/// `u64::MAX` base units (metering bounds each report by the device's maximum power).
	pub fn add(&mut self, at: Moment, quantity: u64, peak: Option<u32>, session: bool) {
		self.quantity = self.quantity.saturating_add(quantity);
		if let Some(i) = self.windows.iter().position(|window| window.contains(at)) {
			self.by_window[i] = self.by_window[i].saturating_add(quantity);
		}
		self.peak = self.peak.max(peak.unwrap_or(0));
		self.sessions = self.sessions.saturating_add(u32::from(session));
		self.reports = self.reports.saturating_add(1);
	}
}

/// What billing keeps per agreement: the running period's usage and, once a report for a
/// later period arrives before the running one is invoiced, that period's usage too. Reports
/// never close a period themselves (invoicing is `on_idle`'s or a caller's work), so accruing
/// one costs at most opening a period.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Accrual {
	/// The running period, invoiced (or, prepaid, closed) once it has ended.
	pub current: PeriodUsage,
	/// Usage of a later period that arrived before `current` was invoiced.
	pub next: Option<PeriodUsage>,
}

/// Every unit of usage an agreement handed to billing, and where it went: the books that
/// show usage is billed exactly once. Written when a period closes (never per reading); kept
/// until the agreement's record is pruned.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct UsageLedger {
	/// Usage in its closed periods (invoiced, or closed prepaid).
	pub billed: u64,
	/// Usage in closed periods that could not be priced (`InvoicingFailed` told each).
	pub unbilled: u64,
	/// Closed periods.
	pub periods: u32,
	/// The end of its last closed period (0 before the first): no later period starts
	/// before it, so no time is billed twice.
	pub billed_until: Moment,
	/// Whether its last period closed and no other will open: a final bill was issued.
	pub closed: bool,
}

/// What an invoice line charges for.
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
	Serialize,
	Deserialize,
)]
pub enum Charge {
	/// Usage at a flat price; quantity in base units.
	Usage,
	/// Usage in tier `n` (from 0); quantity in base units.
	Tier(u8),
	/// Usage in time-of-use band `n` (from 0); quantity in base units.
	Band(u8),
	/// Usage outside every time-of-use band; quantity in base units.
	OffBand,
	/// The standing charge; quantity is the milliseconds of the period in force, the rate
	/// is per whole period.
	Standing,
	/// The demand charge; quantity is the period's peak in W, the rate per kW.
	Demand,
	/// EV charging sessions; quantity is their number, the rate per session.
	Sessions,
	/// Tax; quantity is the sum of the other lines, the rate in basis points.
	Tax,
}

/// One line of an invoice: `amount = round(quantity × rate / divisor)`, the divisor being
/// the unit of the rate (see [`crate::pricing`]).
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
	Serialize,
	Deserialize,
)]
pub struct Line {
	/// What it charges for.
	pub charge: Charge,
	/// How much of it.
	pub quantity: u128,
	/// At which rate.
	pub rate: Money,
	/// The amount.
	pub amount: Money,
}

/// The lines of an invoice.
pub type Lines = BoundedVec<Line, ConstU32<MAX_LINES>>;

/// Where an invoice stands.
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
	Serialize,
	Deserialize,
)]
pub enum InvoiceStatus {
	/// Nothing paid yet, not due yet.
	Open,
	/// Paid in part, not due yet.
	PartiallyPaid,
	/// Paid in full.
	Paid,
	/// Past its due date and not paid in full (never stored: read through
	/// [`Invoice::status_at`]).
	Overdue,
	/// The subscriber disputes it; dunning pauses (it is never overdue) until the dispute is
	/// answered or ruled on.
	Disputed,
	/// Settled, in part or wholly by a credit note.
	Credited,
}

/// An invoice, computed on chain from an agreement's accrued usage and its tariff.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Invoice<T: Config> {
	/// The agreement billed.
	pub agreement: AgreementId,
	/// Who pays.
	pub subscriber: T::AccountId,
	/// Who is paid.
	pub provider: T::AccountId,
	/// The billing period.
	pub period: Period,
	/// The tariff that priced it.
	pub tariff: TariffId,
	/// Its version.
	pub version: Version,
	/// The usage in the period, in base units.
	pub quantity: u64,
	/// The lines; they sum to `total`.
	pub lines: Lines,
	/// What is owed.
	pub total: Money,
	/// What was paid towards it so far (credit applied included).
	pub paid: Money,
	/// Paid from the agreement's credit when it was issued.
	pub credit_applied: Money,
	/// Taken off by a credit note (after a dispute).
	pub credited: Money,
	/// When it was issued.
	pub issued: Moment,
	/// When it is due: its due date, or under an instalment plan the due date of the first
	/// instalment not yet covered.
	pub due: Moment,
	/// Open, partially paid, paid, disputed or credited.
	pub status: InvoiceStatus,
	/// Payments received (receipts numbered from 0).
	pub payments: u32,
	/// Whether a dispute about it is open (or escalated).
	pub disputed: bool,
	/// Whether the subscriber accepted an instalment plan for it.
	pub plan: bool,
}

impl<T: Config> Invoice<T> {
	/// What remains to be paid.
	pub fn outstanding(&self) -> Money {
		self.total.saturating_sub(self.paid.saturating_add(self.credited))
	}

	/// The status at `now`: an open or partly paid invoice past its due date is overdue (a
	/// disputed one is not: dunning pauses).
	pub fn status_at(&self, now: Moment) -> InvoiceStatus {
		match self.status {
			InvoiceStatus::Open | InvoiceStatus::PartiallyPaid if now > self.due => {
				InvoiceStatus::Overdue
			},
			status => status,
		}
	}

	/// The stored status after what was paid or credited, or the dispute, changed.
	pub fn settle_status(&mut self) {
		self.status = if self.disputed {
			InvoiceStatus::Disputed
		} else if self.outstanding() == 0 && self.credited > 0 {
			InvoiceStatus::Credited
		} else if self.outstanding() == 0 {
			InvoiceStatus::Paid
		} else if self.paid > 0 {
			InvoiceStatus::PartiallyPaid
		} else {
			InvoiceStatus::Open
		};
	}
}

/// A payment towards an invoice (seed 002's payment in parts; seed 003's receipt).
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Receipt<T: Config> {
	/// Who paid.
	pub payer: T::AccountId,
	/// How much was transferred to the provider.
	pub amount: Money,
	/// How much of it went to the invoice; the rest became credit on the agreement.
	pub applied: Money,
	/// When.
	pub at: Moment,
}

/// What the running period would be billed if it ended now.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Estimate {
	/// The running period.
	pub period: Period,
	/// Its usage so far, in base units.
	pub quantity: u64,
	/// The lines, standing charge up to now.
	pub lines: Lines,
	/// Their sum.
	pub total: Money,
}

/// Whether a prepaid meter may supply: what the meter reads to open or close its switch.
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
	Serialize,
	Deserialize,
)]
pub enum Supply {
	/// Credit remains: supply on.
	On,
	/// Credit is used up (or was never bought): supply off until a top-up.
	Off,
}

/// The prepaid credit of one prepaid agreement. The credit is held on the subscriber's
/// account (it stays the subscriber's until consumed). What readings consume leaves the
/// balance at once and is paid to the provider from the hold in one transfer when the period
/// closes (or at the next top-up), so that a reading costs no balance transfer.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct PrepaidAccount<T: Config> {
	/// Whose funds are held.
	pub subscriber: T::AccountId,
	/// Who is paid what is consumed.
	pub provider: T::AccountId,
	/// Credit left (held).
	pub balance: Money,
	/// Consumed since the provider was last paid (still held, no longer the subscriber's).
	pub unsettled: Money,
	/// Consumption charged beyond the credit (metered usage is never refused), paid first by
	/// the next top-up.
	pub owed: Money,
	/// Whether the meter may supply.
	pub supply: Supply,
	/// Whether the balance is below the agreement's low-credit threshold (told once, in a
	/// `CreditRanLow` event, until a top-up lifts it again).
	pub low: bool,
}

impl<T: Config> PrepaidAccount<T> {
	/// No credit yet: supply off.
	pub fn empty(subscriber: T::AccountId, provider: T::AccountId) -> Self {
		PrepaidAccount {
			subscriber,
			provider,
			balance: 0,
			unsettled: 0,
			owed: 0,
			supply: Supply::Off,
			low: true,
		}
	}

	/// What is held for it: the balance and what was consumed but not yet paid over.
	pub fn held(&self) -> Money {
		self.balance.saturating_add(self.unsettled)
	}
}

/// A top-up token bought on chain, for one device under a prepaid agreement.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct TokenPurchase {
	/// The agreement whose credit it added to.
	pub agreement: AgreementId,
	/// The credit bought (the token's amount).
	pub amount: Money,
	/// When it was bought.
	pub purchased: Moment,
	/// After this a meter refuses the token.
	pub expires: Moment,
	/// `blake2_256` of the signed token the provider's vending service issued for it, once
	/// recorded.
	pub hash: Option<[u8; 32]>,
}

/// Where a dispute stands.
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
	Serialize,
	Deserialize,
)]
pub enum DisputeStatus {
	/// Waiting for the provider's answer.
	Open,
	/// The provider accepted it and issued a credit note.
	Accepted,
	/// The provider rejected it; the subscriber may escalate.
	Rejected,
	/// Before the arbiter.
	Escalated,
	/// The arbiter ruled (final), with or without a credit note.
	Ruled,
}

/// Who issued a credit note.
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
	Serialize,
	Deserialize,
)]
pub enum NoteIssuer {
	/// The provider, accepting the dispute.
	Provider,
	/// The arbiter, ruling on it.
	Arbiter,
}

/// A credit note: money taken off an invoice after a dispute. What the invoice no longer
/// owes is taken off it; a part already paid becomes credit on the agreement.
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
pub struct CreditNote {
	/// The amount.
	pub amount: Money,
	/// When it was issued.
	pub issued: Moment,
	/// By whom.
	pub by: NoteIssuer,
}

/// A subscriber's dispute of an invoice (seed 003's complaint about a bill).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Dispute {
	/// The subscriber's reason (hash or ciphertext).
	pub reason: Reason,
	/// What the subscriber asks to be credited. An answer that grants less may be escalated.
	pub claim: Money,
	/// When it was opened.
	pub opened: Moment,
	/// By when the provider is to answer; unanswered after it, the subscriber may escalate.
	pub respond_by: Moment,
	/// When the provider answered, if it did.
	pub answered: Option<Moment>,
	/// Where it stands.
	pub status: DisputeStatus,
	/// The credit note it ended in, if any.
	pub note: Option<CreditNote>,
}

/// The most instalments of a plan.
pub const MAX_INSTALMENTS: u32 = 24;

/// One instalment of a plan: `amount` due by `due`.
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
	Serialize,
	Deserialize,
)]
pub struct Instalment {
	/// When it is due (ms).
	pub due: Moment,
	/// How much.
	pub amount: Money,
}

/// A plan's instalments, due dates strictly increasing.
pub type Instalments = BoundedVec<Instalment, ConstU32<MAX_INSTALMENTS>>;

/// An instalment plan for an invoice: offered by the provider, in force once the subscriber
/// accepts it. The instalments add up to what was outstanding when it was offered.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Plan {
	/// The schedule.
	pub instalments: Instalments,
	/// What the invoice had been paid or credited when the plan was offered; the instalments
	/// cover what comes after.
	pub base: Money,
	/// Whether the subscriber accepted it.
	pub accepted: bool,
}

impl Plan {
	/// The due date of the first instalment not covered once `settled` (paid plus credited)
	/// has been paid towards the invoice; `None` when all are covered.
	pub fn next_due(&self, settled: Money) -> Option<Moment> {
		let covered = settled.saturating_sub(self.base);
		let mut cumulative: Money = 0;
		self.instalments.iter().find_map(|instalment| {
			cumulative = cumulative.saturating_add(instalment.amount);
			(cumulative > covered).then_some(instalment.due)
		})
	}
}
