//! Turning a closed year's records into its summary and its groups' charge lists.

use crate::{
	ChargeList, ChargeLists, Config, Event, Pallet, PrunedRecords, Summaries, YearSummary,
};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::defensive;
use meterchain_primitives::{merkle, AgreementId, GroupId, Moment, PrunedRecord, Year};

impl<T: Config> Pallet<T> {
	/// Stores the summary of `agreement`'s `year` from its removed `records` (in the ledger's
	/// order) and adds them to their groups' charge lists.
	///
	/// Sums saturate: a year's money cannot reach `u128::MAX`, and a saturated total would still
	/// be caught by the archive, whose records sum differently.
	pub(crate) fn summarize(agreement: AgreementId, year: Year, records: &[PrunedRecord]) {
		if records.is_empty() {
			defensive!("a ledger closed a year without records");
			return;
		}
		let anchor = frame_system::Pallet::<T>::parent_hash();
		let leaves: Vec<_> = records.iter().map(|r| r.leaf).collect();
		let count = u32::try_from(records.len()).unwrap_or(u32::MAX);
		let mut summary = YearSummary {
			records: count,
			quantity: 0,
			billed: 0,
			paid: 0,
			credited: 0,
			root: merkle::root(&leaves),
			anchor,
		};
		let mut lists: BTreeMap<(GroupId, Moment), (u32, u128, u128)> = BTreeMap::new();
		for record in records {
			summary.quantity = summary.quantity.saturating_add(record.quantity.into());
			summary.billed = summary.billed.saturating_add(record.billed);
			summary.paid = summary.paid.saturating_add(record.paid);
			summary.credited = summary.credited.saturating_add(record.credited);
			if let Some(group) = record.group {
				let list = lists.entry((group, record.period)).or_default();
				list.0 = list.0.saturating_add(1);
				list.1 = list.1.saturating_add(record.billed);
				list.2 = list.2.saturating_add(record.quantity.into());
			}
		}
		if let Some(earlier) = Summaries::<T>::get(agreement, year) {
			// A ledger closes a year once. Should it hand the same year over again, nothing is
			// lost: the two roots are committed together, and the totals added.
			defensive!("a ledger closed the same year twice");
			summary.root = merkle::root(&[earlier.root, summary.root]);
			summary.records = summary.records.saturating_add(earlier.records);
			summary.quantity = summary.quantity.saturating_add(earlier.quantity);
			summary.billed = summary.billed.saturating_add(earlier.billed);
			summary.paid = summary.paid.saturating_add(earlier.paid);
			summary.credited = summary.credited.saturating_add(earlier.credited);
		}
		Self::deposit_event(Event::YearPruned {
			agreement,
			year,
			records: count,
			root: summary.root,
		});
		Summaries::<T>::insert(agreement, year, summary);
		PrunedRecords::<T>::mutate(|total| *total = total.saturating_add(count.into()));
		for ((group, period), (records, charge, quantity)) in lists {
			let list = ChargeLists::<T>::mutate(group, period, |list| {
				let list =
					list.get_or_insert(ChargeList { records: 0, charge: 0, quantity: 0, anchor });
				list.records = list.records.saturating_add(records);
				list.charge = list.charge.saturating_add(charge);
				list.quantity = list.quantity.saturating_add(quantity);
				list.anchor = anchor;
				list.clone()
			});
			Self::deposit_event(Event::ChargeListUpdated {
				group,
				period,
				charge: list.charge,
				quantity: list.quantity,
			});
		}
	}
}
