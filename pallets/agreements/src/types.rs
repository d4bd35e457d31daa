//! The terms parties sign, what they sign them as, and the records the pallet keeps.

use crate::{BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use meterchain_primitives::{
	ActiveAgreement, AgreementId, BillingCycle, DeviceId, Moment, PaymentMode, ServiceKind,
	TariffId,
};
use scale_info::TypeInfo;
use sp_core::H256;

/// The domain tag that starts every signing payload, so that a signature made for an agreement
/// can never be taken for a signature of anything else.
pub const SIGNING_DOMAIN: &[u8] = b"meterchain/agreements/v1";

/// What polkadot.js `signRaw` puts before the message it signs.
pub const BYTES_PREFIX: &[u8] = b"<Bytes>";

/// What polkadot.js `signRaw` puts after the message it signs.
pub const BYTES_SUFFIX: &[u8] = b"</Bytes>";

/// The terms of a service agreement: what subscriber and provider sign.
///
/// The field order is part of the signing format (the SCALE encoding of these terms is signed),
/// so it never changes. The terms' hash is `blake2_256(SCALE(terms))`.
#[derive(Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo)]
#[scale_info(skip_type_params(MaxDevices, MaxDocumentLen))]
#[codec(mel_bound(
	AccountId: MaxEncodedLen,
	Balance: MaxEncodedLen,
	MaxDevices: Get<u32>,
	MaxDocumentLen: Get<u32>
))]
pub struct Terms<AccountId, Balance, MaxDevices: Get<u32>, MaxDocumentLen: Get<u32>> {
	/// Who supplies and bills.
	pub provider: AccountId,
	/// Who consumes and pays.
	pub subscriber: AccountId,
	/// The service supplied.
	pub service: ServiceKind,
	/// The provider's tariff that prices it.
	pub tariff: TariffId,
	/// The billing period length (seed 002).
	pub cycle: BillingCycle,
	/// Postpaid (with the invoice's due days) or prepaid (with the low-credit threshold).
	pub payment: PaymentMode<Balance>,
	/// The provider's devices (meters, chargers) the agreement covers: none for e.g. EV
	/// charging at public chargers.
	pub devices: BoundedVec<DeviceId, MaxDevices>,
	/// From when the agreement applies.
	pub start: Moment,
	/// Until when it applies (exclusive), if it ends by itself. After `start`.
	pub end: Option<Moment>,
	/// How long after a party gives notice the agreement ends, in milliseconds.
	pub notice_period: Moment,
	/// The hash of the full contract document, which stays off chain.
	pub document_hash: H256,
	/// Optionally the contract document encrypted to the parties (seed 003: "private data
	/// encrypted to the recipient while hashes stay public").
	pub encrypted_document: Option<BoundedVec<u8, MaxDocumentLen>>,
	/// Any number the parties choose, so that otherwise identical terms hash differently.
	pub nonce: u64,
	/// The last moment at which the terms can be concluded (or the amendment applied).
	pub deadline: Moment,
}

// `Clone`, `PartialEq`, `Eq` and `Debug` by hand: derived ones would require them of the
// `Get` bounds (e.g. `ConstU32` is not `PartialEq`), which are never values.
impl<A: Clone, B: Clone, M: Get<u32>, D: Get<u32>> Clone for Terms<A, B, M, D> {
	fn clone(&self) -> Self {
		Self {
			provider: self.provider.clone(),
			subscriber: self.subscriber.clone(),
			service: self.service,
			tariff: self.tariff,
			cycle: self.cycle,
			payment: self.payment.clone(),
			devices: self.devices.clone(),
			start: self.start,
			end: self.end,
			notice_period: self.notice_period,
			document_hash: self.document_hash,
			encrypted_document: self.encrypted_document.clone(),
			nonce: self.nonce,
			deadline: self.deadline,
		}
	}
}

impl<A: PartialEq, B: PartialEq, M: Get<u32>, D: Get<u32>> PartialEq for Terms<A, B, M, D> {
	fn eq(&self, other: &Self) -> bool {
		self.provider == other.provider
			&& self.subscriber == other.subscriber
			&& self.service == other.service
			&& self.tariff == other.tariff
			&& self.cycle == other.cycle
			&& self.payment == other.payment
			&& self.devices == other.devices
			&& self.start == other.start
			&& self.end == other.end
			&& self.notice_period == other.notice_period
			&& self.document_hash == other.document_hash
			&& self.encrypted_document == other.encrypted_document
			&& self.nonce == other.nonce
			&& self.deadline == other.deadline
	}
}

impl<A: Eq, B: Eq, M: Get<u32>, D: Get<u32>> Eq for Terms<A, B, M, D> {}

impl<A: fmt::Debug, B: fmt::Debug, M: Get<u32>, D: Get<u32>> fmt::Debug for Terms<A, B, M, D> {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.debug_struct("Terms")
			.field("provider", &self.provider)
			.field("subscriber", &self.subscriber)
			.field("service", &self.service)
			.field("tariff", &self.tariff)
			.field("cycle", &self.cycle)
			.field("payment", &self.payment)
			.field("devices", &self.devices)
			.field("start", &self.start)
			.field("end", &self.end)
			.field("notice_period", &self.notice_period)
			.field("document_hash", &self.document_hash)
			.field("encrypted_document", &self.encrypted_document)
			.field("nonce", &self.nonce)
			.field("deadline", &self.deadline)
			.finish()
	}
}

impl<A: PartialEq, B, M: Get<u32>, D: Get<u32>> Terms<A, B, M, D> {
	/// Whether `who` is the provider or the subscriber.
	pub fn is_party(&self, who: &A) -> bool {
		*who == self.provider || *who == self.subscriber
	}

	/// The party that is not `who`, if `who` is a party.
	pub fn other_party(&self, who: &A) -> Option<&A> {
		if *who == self.provider {
			Some(&self.subscriber)
		} else if *who == self.subscriber {
			Some(&self.provider)
		} else {
			None
		}
	}
}

/// The terms as the pallet's configuration bounds them.
pub type TermsOf<T> = Terms<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxDevices,
	<T as Config>::MaxDocumentLen,
>;

/// What both parties sign. The signing payload is
/// `SIGNING_DOMAIN ++ genesis hash ++ SCALE(action)`; a signature is also accepted over
/// `<Bytes>` ++ payload ++ `</Bytes>` (what polkadot.js `signRaw` signs).
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum SignedAction<Terms> {
	/// Conclude an agreement on these terms.
	Conclude(Terms),
	/// Replace the terms of `agreement` by `terms`, which become version `version`.
	Amend {
		/// The agreement amended.
		agreement: AgreementId,
		/// The version the new terms become (the current version + 1).
		version: u32,
		/// The new terms.
		terms: Terms,
	},
	/// End `agreement`, now in version `version`, immediately, if submitted by `deadline`.
	Terminate {
		/// The agreement terminated.
		agreement: AgreementId,
		/// Its current version.
		version: u32,
		/// The last moment the signatures may be submitted: at most
		/// [`Config::MaxSigningWindow`](crate::Config::MaxSigningWindow) ahead when they are,
		/// so a signed termination cannot be kept back and used much later.
		deadline: Moment,
	},
}

/// The signed actions as the pallet's configuration bounds them.
pub type SignedActionOf<T> = SignedAction<TermsOf<T>>;

/// Terms (or an amendment) proposed on chain by one party, awaiting the other.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Proposal<T: Config> {
	/// The proposed terms.
	pub terms: TermsOf<T>,
	/// The party that proposed them.
	pub proposer: T::AccountId,
	/// What is held from the proposer until the proposal is settled.
	pub deposit: BalanceOf<T>,
}

/// Where an agreement stands.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum AgreementStatus<AccountId> {
	/// In force until its stated end, if any.
	Active,
	/// A party gave notice: in force until `ends_at` (or its stated end, if earlier).
	NoticeGiven {
		/// The party that gave notice.
		by: AccountId,
		/// When the notice period ends.
		ends_at: Moment,
	},
	/// Ended (terminated, or closed after its end) at `at`. Its devices are free and it no
	/// longer counts towards its subscriber's open agreements.
	Ended {
		/// When it ended.
		at: Moment,
	},
}

/// A concluded agreement.
#[derive(
	Encode, Decode, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound, TypeInfo, MaxEncodedLen,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct AgreementRecord<T: Config> {
	/// The terms in force (the latest version).
	pub terms: TermsOf<T>,
	/// Their hash.
	pub terms_hash: H256,
	/// The version of the terms: 1 for the original, +1 per amendment.
	pub version: u32,
	/// The hashes of the earlier versions, oldest first (`history[0]` is version 1's).
	pub history: BoundedVec<H256, T::MaxVersions>,
	/// Active, under notice, or ended.
	pub status: AgreementStatus<T::AccountId>,
	/// When it was concluded.
	pub concluded_at: Moment,
}

impl<T: Config> AgreementRecord<T> {
	/// When the agreement stops applying (exclusive), if it does: the earliest of its stated
	/// end, the end of a notice period and the moment it ended.
	pub fn effective_end(&self) -> Option<Moment> {
		let limit = match self.status {
			AgreementStatus::Active => None,
			AgreementStatus::NoticeGiven { ends_at, .. } => Some(ends_at),
			AgreementStatus::Ended { at } => Some(at),
		};
		earliest(self.terms.end, limit)
	}

	/// Whether the agreement has ended for good.
	pub fn is_ended(&self) -> bool {
		matches!(self.status, AgreementStatus::Ended { .. })
	}

	/// Whether the agreement is not ended and its effective end has not passed at `now`: only
	/// then can it be amended, given notice or terminated.
	pub fn is_open_at(&self, now: Moment) -> bool {
		!self.is_ended() && self.effective_end().is_none_or(|end| now < end)
	}

	/// The agreement as other pallets see it.
	pub fn to_active(&self, id: AgreementId) -> ActiveAgreement<T::AccountId, BalanceOf<T>> {
		ActiveAgreement {
			id,
			version: self.version,
			subscriber: self.terms.subscriber.clone(),
			provider: self.terms.provider.clone(),
			service: self.terms.service,
			tariff: self.terms.tariff,
			cycle: self.terms.cycle,
			payment: self.terms.payment,
			start: self.terms.start,
			end: self.effective_end(),
			notice_period: self.terms.notice_period,
		}
	}

	/// The coverage entry of this agreement in its devices' lists.
	pub fn coverage(&self, id: AgreementId) -> Coverage {
		Coverage {
			agreement: id,
			service: self.terms.service,
			start: self.terms.start,
			end: self.effective_end(),
		}
	}
}

/// That an agreement covers a device, from `start` until `end` (exclusive; `None`: no end).
///
/// Kept beside the agreement id in [`DeviceAgreements`](crate::DeviceAgreements), so that the
/// overlap check and [`active_for_device`](meterchain_primitives::Agreements::active_for_device)
/// never read the records of agreements that do not apply.
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
pub struct Coverage {
	/// The covering agreement.
	pub agreement: AgreementId,
	/// Its service.
	pub service: ServiceKind,
	/// Its start.
	pub start: Moment,
	/// Its effective end.
	pub end: Option<Moment>,
}

impl Coverage {
	/// Whether the coverage applies at `at`.
	pub fn applies_at(&self, at: Moment) -> bool {
		self.start <= at && self.end.is_none_or(|end| at < end)
	}

	/// Whether this coverage and the window `[start, end)` share a moment. An empty window
	/// (`end <= start`) overlaps nothing.
	pub fn overlaps(&self, start: Moment, end: Option<Moment>) -> bool {
		let is_empty = |s: Moment, e: Option<Moment>| e.is_some_and(|e| e <= s);
		if is_empty(self.start, self.end) || is_empty(start, end) {
			return false;
		}
		end.is_none_or(|end| self.start < end) && self.end.is_none_or(|own| start < own)
	}
}

/// The earlier of two optional moments, `None` meaning "never".
pub fn earliest(a: Option<Moment>, b: Option<Moment>) -> Option<Moment> {
	match (a, b) {
		(Some(a), Some(b)) => Some(a.min(b)),
		(a, None) => a,
		(None, b) => b,
	}
}
