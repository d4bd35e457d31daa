//! OCPP-style id tags (seed 000): the token a driver presents at a charger, and the answer an
//! authorization gives.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::ConstU32;
use sp_runtime::BoundedVec;

/// The longest id tag, in bytes: OCPP 1.6's `IdToken` is a `CiString20Type`.
pub const MAX_ID_TAG_LEN: u32 = 20;

/// An id tag (e.g. an RFID card's UID), at most [`MAX_ID_TAG_LEN`] bytes.
pub type IdTag = BoundedVec<u8, ConstU32<MAX_ID_TAG_LEN>>;

/// The outcome of authorizing an id tag at a charger, named after OCPP's `AuthorizationStatus`.
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
pub enum TagStatus {
	/// The tag may start a charging session at this charger.
	Accepted,
	/// The tag's owner blocked it (lost card), or its owner may not charge here.
	Blocked,
	/// The tag's validity ended.
	Expired,
	/// The tag is unknown, or the charger cannot take sessions.
	Invalid,
	/// The tag is valid, but its owner's prepaid credit is used up.
	NoCredit,
}
