//! Invariants checked after every test and by `try-runtime`.

use crate::calendar::year_of;
use crate::{calendar::Period, UsageLedgers};
use crate::{
	pricing, Accruals, AgreementInvoices, Config, DisputeStatus, Disputes, InvoiceStatus, Invoices,
	Money, NextInvoiceId, NextTariffId, Pallet, Plans, PrepaidAccounts, Receipts, Supply,
	TariffVersions, Tariffs, TokenNumbers, Tokens, YearRecords,
};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::ensure;
use meterchain_primitives::AgreementId;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// - every tariff's versions start strictly later one after the other, and each is stored;
	/// - every invoice's lines sum to its total; what was paid is at most the total (a
	///   surplus became credit) and is the credit applied plus its receipts' applied parts;
	///   its stored status follows from what was paid and credited and from its dispute;
	///   credit notes take at most its total; its dispute and plan flags follow their records;
	/// - every invoice is listed under its agreement and indexed under the year of its period
	///   (for pruning), every indexed invoice exists, and ids are below the next id;
	/// - every accrual's usage by band is part of its usage, and its next period (if any)
	///   starts after its running one;
	/// - the funds held for prepaid credit on each account are the sum of what its prepaid
	///   agreements hold (balance and consumption not yet paid over); supply is on only with credit, and owing excludes credit;
	/// - every token bought has a number no higher than its device's latest.
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut held = BTreeMap::<T::AccountId, Money>::new();
		for (_, account) in PrepaidAccounts::<T>::iter() {
			ensure!(
				(account.supply == Supply::On) == (account.balance > 0),
				"supply on without credit, or off with credit"
			);
			ensure!(account.owed == 0 || account.balance == 0, "owing while holding credit");
			let amount = account.held();
			let sum = held.entry(account.subscriber).or_default();
			*sum = sum.saturating_add(amount);
		}
		for (who, sum) in held {
			ensure!(Self::held_for_prepaid(&who) == sum, "prepaid holds differ from the balances");
		}
		for (device, number, _) in Tokens::<T>::iter() {
			ensure!(number >= 1 && number <= TokenNumbers::<T>::get(device), "token beyond count");
		}
		Self::books_try_state()?;
		for (_, accrual) in Accruals::<T>::iter() {
			for usage in core::iter::once(&accrual.current).chain(accrual.next.as_ref()) {
				let banded = usage.by_window.iter().fold(0u64, |sum, q| sum.saturating_add(*q));
				ensure!(banded <= usage.quantity, "usage by band exceeds the usage");
				ensure!(usage.period.start < usage.period.end, "an empty period");
			}
			ensure!(
				accrual
					.next
					.as_ref()
					.is_none_or(|next| next.period.start >= accrual.current.period.end),
				"the next period starts before the running one ends"
			);
		}
		for (id, info) in Tariffs::<T>::iter() {
			ensure!(id < NextTariffId::<T>::get(), "tariff id not yet assigned");
			ensure!(info.schedule.windows(2).all(|w| w[0] < w[1]), "versions out of order");
			ensure!(
				info.published.len() == info.schedule.len(),
				"a version without its publication"
			);
			ensure!(
				info.published.windows(2).all(|w| w[0] <= w[1]),
				"versions published out of order"
			);
			for version in 1..=info.latest() {
				ensure!(TariffVersions::<T>::contains_key(id, version), "missing tariff version");
			}
		}
		for (id, invoice) in Invoices::<T>::iter() {
			ensure!(id < NextInvoiceId::<T>::get(), "invoice id not yet assigned");
			ensure!(
				pricing::sum(&invoice.lines).ok() == Some(invoice.total),
				"lines do not sum to the total"
			);
			ensure!(invoice.paid <= invoice.total, "paid more than the total");
			let receipts = (0..invoice.payments)
				.map(|n| Receipts::<T>::get(id, n).map(|r| r.applied).ok_or("missing receipt"))
				.try_fold(0u128, |sum, applied| applied.map(|a| sum.saturating_add(a)))?;
			ensure!(
				receipts.saturating_add(invoice.credit_applied) == invoice.paid,
				"paid is not credit plus receipts"
			);
			ensure!(!Receipts::<T>::contains_key(id, invoice.payments), "receipt beyond count");
			ensure!(invoice.credited <= invoice.total, "credited more than the total");
			let dispute = Disputes::<T>::get(id).map(|d| d.status);
			ensure!(
				invoice.disputed
					== matches!(dispute, Some(DisputeStatus::Open | DisputeStatus::Escalated)),
				"disputed flag does not follow the dispute"
			);
			ensure!(
				invoice.plan == Plans::<T>::get(id).is_some_and(|p| p.accepted),
				"plan flag does not follow the plan"
			);
			let settled = invoice.paid.saturating_add(invoice.credited) >= invoice.total;
			let expected = if invoice.disputed {
				InvoiceStatus::Disputed
			} else if settled && invoice.credited > 0 {
				InvoiceStatus::Credited
			} else if settled {
				InvoiceStatus::Paid
			} else if invoice.paid > 0 {
				InvoiceStatus::PartiallyPaid
			} else {
				InvoiceStatus::Open
			};
			ensure!(invoice.status == expected, "status does not follow what was paid");
			ensure!(
				AgreementInvoices::<T>::contains_key(invoice.agreement, id),
				"invoice not listed under its agreement"
			);
			ensure!(
				YearRecords::<T>::get(invoice.agreement, year_of(invoice.period.start))
					.is_some_and(|index| index.invoices.contains(&id)),
				"invoice not indexed under its year"
			);
		}
		for (agreement, _, index) in YearRecords::<T>::iter() {
			ensure!(!index.is_empty(), "an empty year index is stored");
			for id in index.invoices {
				ensure!(
					Invoices::<T>::get(id).is_some_and(|i| i.agreement == agreement),
					"indexed invoice missing or of another agreement"
				);
			}
			for (device, number) in index.tokens {
				ensure!(
					Tokens::<T>::get(device, number).is_some_and(|t| t.agreement == agreement),
					"indexed token missing or of another agreement"
				);
			}
		}
		for (agreement, id, ()) in AgreementInvoices::<T>::iter() {
			ensure!(
				Invoices::<T>::get(id).is_some_and(|i| i.agreement == agreement),
				"listed invoice of another agreement"
			);
		}
		Ok(())
	}

	/// Usage is billed exactly once:
	/// - an accrual's running period starts no earlier than the end of the agreement's last
	///   closed period; an agreement whose books are closed (final bill) has no accrual;
	/// - an agreement's invoices are of periods that never overlap, all closed (ending by
	///   where billing stopped), and no more than its closed periods.
	fn books_try_state() -> Result<(), TryRuntimeError> {
		let mut periods = BTreeMap::<AgreementId, Vec<Period>>::new();
		for (_, invoice) in Invoices::<T>::iter() {
			periods.entry(invoice.agreement).or_default().push(invoice.period);
		}
		for (id, accrual) in Accruals::<T>::iter() {
			let Some(ledger) = UsageLedgers::<T>::get(id) else { continue };
			ensure!(!ledger.closed, "an accrual after the final bill");
			ensure!(
				accrual.current.period.start >= ledger.billed_until,
				"a running period overlaps a closed one"
			);
		}
		for (id, ledger) in UsageLedgers::<T>::iter() {
			let mut invoiced = periods.remove(&id).unwrap_or_default();
			invoiced.sort_by_key(|period| period.start);
			ensure!(
				invoiced.windows(2).all(|pair| pair[0].end <= pair[1].start),
				"two invoices of one agreement bill the same time"
			);
			ensure!(
				invoiced.iter().all(|period| period.end <= ledger.billed_until),
				"an invoice beyond the closed periods"
			);
			ensure!(invoiced.len() <= ledger.periods as usize, "more invoices than closed periods");
		}
		ensure!(periods.is_empty(), "invoices of an agreement without books");
		Ok(())
	}
}
