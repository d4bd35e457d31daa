//! Turning a closed year's records into its summary and its groups' charge lists.

use crate::{
	ChargeList, ChargeLists, Config, Event, LedgerSummary, Lifetimes, Pallet, PrunedRecords,
	Summaries,
};
use alloc::{collections::BTreeMap, vec::Vec};
use codec::Encode;
use frame_support::{defensive, traits::Get};
use meterchain_primitives::{merkle, AgreementId, GroupId, LedgerId, Moment, PrunedRecord, Year};

impl<T: Config> Pallet<T> {
	/// Stores the summary of the `records` ledger `ledger` removed of `agreement`'s `year` (in
	/// the ledger's order) and adds them to their groups' charge lists.
	///
	/// Sums saturate: a year's money cannot reach `u128::MAX`, and a saturated total would still
	/// be caught by the archive, whose records sum differently.
	pub(crate) fn summarize(
		ledger: LedgerId,
		agreement: AgreementId,
		year: Year,
		records: &[PrunedRecord],
	) {
		if records.is_empty() {
			defensive!("a ledger closed a year without records");
			return;
		}
		let anchor = frame_system::Pallet::<T>::parent_hash();
		let leaves: Vec<_> = records.iter().map(|r| r.leaf).collect();
		let count = u32::try_from(records.len()).unwrap_or(u32::MAX);
		let mut summary = LedgerSummary {
			ledger,
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
		let root = summary.root;
		let new_year = !Summaries::<T>::contains_key(agreement, year);
		Summaries::<T>::mutate(agreement, year, |year_summary| {
			let ledgers = &mut year_summary.get_or_insert_with(Default::default).ledgers;
			match ledgers.iter_mut().find(|earlier| earlier.ledger == ledger) {
				// A ledger closes a year once. Should it hand the same year over again, nothing
				// is lost: the two roots are committed together, and the totals added.
				Some(earlier) => {
					defensive!("a ledger closed the same year twice");
					summary.root = merkle::root(&[earlier.root, summary.root]);
					summary.records = summary.records.saturating_add(earlier.records);
					summary.quantity = summary.quantity.saturating_add(earlier.quantity);
					summary.billed = summary.billed.saturating_add(earlier.billed);
					summary.paid = summary.paid.saturating_add(earlier.paid);
					summary.credited = summary.credited.saturating_add(earlier.credited);
					*earlier = summary;
				},
				None => {
					if ledgers.try_push(summary).is_err() {
						defensive!("more ledgers than MAX_LEDGERS");
					}
				},
			}
		});
		Self::deposit_event(Event::YearPruned { ledger, agreement, year, records: count, root });
		if new_year {
			Self::keep(agreement);
		}
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

	/// Beyond [`Config::KeptYears`] year summaries of `agreement` (whose summary of a new year
	/// was just stored), folds the oldest into its lifetime summary and removes them from
	/// state; a year pruned late, older than all kept, may fold at once. Reads at most
	/// `KeptYears + 1` keys: an agreement never keeps more.
	fn keep(agreement: AgreementId) {
		let mut kept: Vec<Year> = Summaries::<T>::iter_key_prefix(agreement).collect();
		let excess = kept.len().saturating_sub(T::KeptYears::get() as usize);
		if excess == 0 {
			return;
		}
		kept.sort_unstable();
		Lifetimes::<T>::mutate(agreement, |lifetime| {
			let folded = lifetime.get_or_insert_with(Default::default);
			for &oldest in &kept[..excess] {
				let Some(summary) = Summaries::<T>::take(agreement, oldest) else { continue };
				folded.years = folded.years.saturating_add(1);
				folded.records = folded.records.saturating_add(summary.records());
				for part in &summary.ledgers {
					folded.quantity = folded.quantity.saturating_add(part.quantity);
					folded.billed = folded.billed.saturating_add(part.billed);
					folded.paid = folded.paid.saturating_add(part.paid);
					folded.credited = folded.credited.saturating_add(part.credited);
				}
				folded.head = merkle::link(&folded.head, &(oldest, summary).encode());
				Self::deposit_event(Event::YearFolded {
					agreement,
					year: oldest,
					head: folded.head,
				});
			}
		});
	}
}
