//! Id tags (seed 000): registered by subscribers, authorized at chargers.

use crate::{Config, Devices, Error, IdTags, Pallet, SubscriberTags, Subscribers, TagInfo};
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
};
use meterchain_primitives::{
	canonical_id_tag, ActiveAgreementOf, Agreements, CreditCheck, DeviceId, DeviceKind,
	DeviceStatus, IdTag, Moment, ServiceKind, TagStatus,
};

impl<T: Config> Pallet<T> {
	/// Registers `tag` for subscriber `who`, in its canonical (upper-case) form, which it
	/// returns.
	pub(crate) fn do_register_tag(
		who: &T::AccountId,
		tag: &IdTag,
		expires_at: Option<Moment>,
	) -> Result<IdTag, DispatchError> {
		ensure!(Subscribers::<T>::contains_key(who), Error::<T>::NotSubscriber);
		ensure!(!tag.is_empty(), Error::<T>::EmptyTag);
		let tag = &canonical_id_tag(tag).ok_or(Error::<T>::MalformedTag)?;
		ensure!(!IdTags::<T>::contains_key(tag), Error::<T>::TagTaken);
		let now = Self::now();
		ensure!(expires_at.is_none_or(|at| at > now), Error::<T>::ExpiryInPast);
		SubscriberTags::<T>::try_mutate(who, |tags| {
			tags.try_push(tag.clone()).map_err(|_| Error::<T>::TooManyTags)
		})?;
		let info =
			TagInfo { owner: who.clone(), expires_at, blocked_since: None, registered_at: now };
		IdTags::<T>::insert(tag, info);
		Ok(tag.clone())
	}

	/// The stored form of `tag`, if it can be a tag at all.
	pub(crate) fn stored_tag(tag: &IdTag) -> Result<IdTag, Error<T>> {
		canonical_id_tag(tag).ok_or(Error::<T>::UnknownTag)
	}

	/// Blocks or unblocks `who`'s `tag`; returns its stored form.
	pub(crate) fn do_set_tag_blocked(
		who: &T::AccountId,
		tag: &IdTag,
		blocked: bool,
	) -> Result<IdTag, DispatchError> {
		let tag = Self::stored_tag(tag)?;
		IdTags::<T>::try_mutate(&tag, |info| -> DispatchResult {
			let info = info.as_mut().ok_or(Error::<T>::UnknownTag)?;
			ensure!(info.owner == *who, Error::<T>::NotTagOwner);
			// Blocking again keeps the first moment: sessions before it stay the owner's.
			info.blocked_since = match (blocked, info.blocked_since) {
				(true, Some(since)) => Some(since),
				(true, None) => Some(Self::now()),
				(false, _) => None,
			};
			Ok(())
		})?;
		Ok(tag)
	}

	/// Removes `who`'s `tag`; returns its stored form.
	pub(crate) fn do_remove_tag(who: &T::AccountId, tag: &IdTag) -> Result<IdTag, DispatchError> {
		let tag = &Self::stored_tag(tag)?;
		let info = IdTags::<T>::get(tag).ok_or(Error::<T>::UnknownTag)?;
		ensure!(info.owner == *who, Error::<T>::NotTagOwner);
		IdTags::<T>::remove(tag);
		SubscriberTags::<T>::mutate_exists(who, |tags| {
			if let Some(list) = tags {
				list.retain(|t| t != tag);
				if list.is_empty() {
					*tags = None;
				}
			}
		});
		Ok(tag.clone())
	}

	/// What charger `charger` answers, now, when `tag` is presented (OCPP `Authorize`): see
	/// the crate docs' design notes for the order of the checks.
	pub fn authorize_tag(tag: &IdTag, charger: DeviceId) -> TagStatus {
		match Self::tag_standing(tag, charger, Self::now()) {
			Err(status) => status,
			Ok((owner, agreement))
				if agreement.payment.is_prepaid()
					&& !T::CreditCheck::has_credit(&owner, agreement.id) =>
			{
				TagStatus::NoCredit
			},
			Ok(_) => TagStatus::Accepted,
		}
	}

	/// The owner of `tag` and its charging agreement with `charger`'s provider, if the tag
	/// could charge there at `at` credit aside (the charger must be able to take sessions
	/// now); else what the charger answers. A finished session is attributed by this, as of
	/// its start: what was charged was consumed, credit or not, and blocking the tag or
	/// handing it to someone else afterwards changes nothing about it.
	pub(crate) fn tag_standing(
		tag: &IdTag,
		charger: DeviceId,
		at: Moment,
	) -> Result<(T::AccountId, ActiveAgreementOf<T::Agreements>), TagStatus> {
		let info = canonical_id_tag(tag).and_then(IdTags::<T>::get).ok_or(TagStatus::Invalid)?;
		let device = Devices::<T>::get(charger).ok_or(TagStatus::Invalid)?;
		if device.kind != DeviceKind::Charger
			|| device.status != DeviceStatus::Active
			|| Self::ensure_active_provider(&device.provider).is_err()
		{
			return Err(TagStatus::Invalid);
		}
		// Registered after `at`: the tag then belonged to someone this record does not know.
		if info.registered_at > at {
			return Err(TagStatus::Invalid);
		}
		if info.blocked_at(at) {
			return Err(TagStatus::Blocked);
		}
		if info.expires_at.is_some_and(|expiry| expiry <= at) {
			return Err(TagStatus::Expired);
		}
		let agreement = T::Agreements::active_between(
			&info.owner,
			&device.provider,
			ServiceKind::EvCharging,
			at,
		)
		.ok_or(TagStatus::Blocked)?;
		Ok((info.owner, agreement))
	}
}
