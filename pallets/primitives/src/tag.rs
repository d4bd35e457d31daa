//! OCPP-style id tags (seed 000): the token a driver presents at a charger, and the answer an
//! authorization gives.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::bounded::{BoundedVec, ConstU32};

/// The longest id tag, in bytes: OCPP 1.6's `IdToken` is a `CiString20Type`.
pub const MAX_ID_TAG_LEN: u32 = 20;

/// An id tag (e.g. an RFID card's UID), at most [`MAX_ID_TAG_LEN`] bytes.
pub type IdTag = BoundedVec<u8, ConstU32<MAX_ID_TAG_LEN>>;

/// The canonical form of an id tag: OCPP compares `idTag`s without regard to case
/// (`CiString20Type`), so the chain stores and looks them up upper-cased. `None` if the tag is
/// empty or holds a byte that is not printable ASCII (OCPP's `CiString` is printable ASCII).
pub fn canonical_id_tag(tag: &IdTag) -> Option<IdTag> {
	if tag.is_empty() || !tag.iter().all(|b| (0x20..=0x7e).contains(b)) {
		return None;
	}
	let mut canonical = tag.clone();
	canonical.iter_mut().for_each(|b| b.make_ascii_uppercase());
	Some(canonical)
}

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

#[cfg(test)]
mod tests {
	use super::*;

	fn tag(bytes: &[u8]) -> IdTag {
		IdTag::try_from(bytes.to_vec()).expect("short")
	}

	#[test]
	fn tags_are_upper_cased_printable_ascii() {
		assert_eq!(canonical_id_tag(&tag(b"04a1b2-card")), Some(tag(b"04A1B2-CARD")));
		assert_eq!(canonical_id_tag(&tag(b" ~")), Some(tag(b" ~")));
		assert_eq!(canonical_id_tag(&tag(b"")), None);
		assert_eq!(canonical_id_tag(&tag(b"card\n")), None);
		assert_eq!(canonical_id_tag(&tag("kärte".as_bytes())), None);
	}
}
