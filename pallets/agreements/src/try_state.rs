//! The pallet's storage invariants, checked by `try_state` and after every test.

use crate::{
	AgreementStatus, Agreements, BalanceOf, Config, DeviceAgreements, HoldReason, NextAgreementId,
	Pallet, PartyAgreements, PendingAmendments, PendingTerminations, Proposals, SubscriberOpen,
	UsedTerms,
};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_agreements()?;
		Self::check_open_lists()?;
		Self::check_device_lists()?;
		Self::check_party_index()?;
		Self::check_pending()
	}

	/// Every agreement: id below the next id; version = 1 + history; its current and earlier
	/// hashes recorded as used by it; sane terms; both parties indexed; open ones in their
	/// subscriber's list and their devices' lists with the right window, ended ones in none.
	fn check_agreements() -> Result<(), TryRuntimeError> {
		let next = NextAgreementId::<T>::get();
		let mut versions = 0u64;
		for (id, record) in Agreements::<T>::iter() {
			ensure!(id < next, "an agreement id is not below the next id");
			ensure!(
				record.version as u64 == record.history.len() as u64 + 1,
				"an agreement's version is not 1 + its history"
			);
			ensure!(
				record.terms_hash == Self::hash_of(&record.terms),
				"an agreement's terms hash is not the hash of its terms"
			);
			for hash in record.history.iter().chain([&record.terms_hash]) {
				ensure!(
					UsedTerms::<T>::get(hash) == Some(id),
					"an agreement's version is not recorded as used by it"
				);
			}
			versions = versions.saturating_add(record.version as u64);
			ensure!(record.terms.provider != record.terms.subscriber, "an agreement with itself");
			ensure!(
				record.terms.end.is_none_or(|end| end > record.terms.start),
				"an agreement ends before it starts"
			);
			for party in [&record.terms.provider, &record.terms.subscriber] {
				ensure!(
					PartyAgreements::<T>::contains_key(party, id),
					"a party's agreement is not indexed"
				);
			}
			let open = SubscriberOpen::<T>::get(&record.terms.subscriber).contains(&id);
			ensure!(
				open != record.is_ended(),
				"an agreement's open slot disagrees with its status"
			);
			for device in &record.terms.devices {
				let entry = DeviceAgreements::<T>::get(device)
					.into_iter()
					.find(|coverage| coverage.agreement == id);
				if record.is_ended() {
					ensure!(entry.is_none(), "an ended agreement still covers a device");
				} else {
					ensure!(
						entry == Some(record.coverage(id)),
						"an open agreement's coverage is missing or stale"
					);
				}
			}
			if let AgreementStatus::NoticeGiven { by, .. } = &record.status {
				ensure!(record.terms.is_party(by), "notice was given by a stranger");
			}
		}
		ensure!(
			UsedTerms::<T>::iter().count() as u64 == versions,
			"used terms do not match the agreements' versions"
		);
		Ok(())
	}

	/// Every open list is non-empty, lists no agreement twice, and only open agreements of
	/// its subscriber.
	fn check_open_lists() -> Result<(), TryRuntimeError> {
		for (who, ids) in SubscriberOpen::<T>::iter() {
			ensure!(!ids.is_empty(), "an empty open list is stored");
			for (index, id) in ids.iter().enumerate() {
				ensure!(!ids[..index].contains(id), "an agreement is listed open twice");
				ensure!(
					Agreements::<T>::get(id)
						.is_some_and(|record| record.terms.subscriber == who && !record.is_ended()),
					"an open list names an agreement that is not its subscriber's or has ended"
				);
			}
		}
		Ok(())
	}

	/// Every device list is non-empty, names open agreements covering the device, each once,
	/// and no two windows of one service overlap.
	fn check_device_lists() -> Result<(), TryRuntimeError> {
		for (device, list) in DeviceAgreements::<T>::iter() {
			ensure!(!list.is_empty(), "an empty device list is stored");
			for (index, coverage) in list.iter().enumerate() {
				ensure!(
					Agreements::<T>::get(coverage.agreement).is_some_and(|record| {
						!record.is_ended() && record.terms.devices.contains(&device)
					}),
					"a device list names an agreement that does not cover the device"
				);
				for earlier in &list[..index] {
					ensure!(earlier.agreement != coverage.agreement, "a device lists one twice");
					ensure!(
						earlier.service != coverage.service
							|| !earlier.overlaps(coverage.start, coverage.end),
						"two agreements cover a device at the same time"
					);
				}
			}
		}
		Ok(())
	}

	/// Every indexed party is a party of the agreement.
	fn check_party_index() -> Result<(), TryRuntimeError> {
		for (who, id, ()) in PartyAgreements::<T>::iter() {
			ensure!(
				Agreements::<T>::get(id).is_some_and(|record| record.terms.is_party(&who)),
				"the party index names an agreement of others"
			);
		}
		Ok(())
	}

	/// Proposals are keyed by their hash and made by a party; pending amendments and
	/// terminations belong to open agreements and were proposed by a party; what is held from
	/// each proposer is the sum of its proposals' deposits.
	fn check_pending() -> Result<(), TryRuntimeError> {
		let mut held = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (hash, proposal) in Proposals::<T>::iter() {
			ensure!(hash == Self::hash_of(&proposal.terms), "a proposal is not keyed by its hash");
			ensure!(proposal.terms.is_party(&proposal.proposer), "a stranger's proposal");
			let sum = held.entry(proposal.proposer).or_default();
			*sum = sum.saturating_add(proposal.deposit);
		}
		for (id, proposal) in PendingAmendments::<T>::iter() {
			let record = Agreements::<T>::get(id).ok_or("an amendment of no agreement")?;
			ensure!(!record.is_ended(), "an amendment of an ended agreement");
			ensure!(record.terms.is_party(&proposal.proposer), "a stranger's amendment");
			let sum = held.entry(proposal.proposer).or_default();
			*sum = sum.saturating_add(proposal.deposit);
		}
		for (who, sum) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProposalDeposit.into(), &who) == sum,
				"a proposer's deposits are not what is on hold"
			);
		}
		for (id, proposer) in PendingTerminations::<T>::iter() {
			let record = Agreements::<T>::get(id).ok_or("a termination of no agreement")?;
			ensure!(!record.is_ended(), "a termination of an ended agreement");
			ensure!(record.terms.is_party(&proposer), "a stranger's termination");
		}
		Ok(())
	}
}
