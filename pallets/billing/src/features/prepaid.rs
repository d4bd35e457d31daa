//! Prepaid credit: held on the subscriber's account, topped up by the subscriber, charged as
//! readings arrive at the tariff's marginal price, and the supply status a meter reads.
//!
//! ## What a reading costs
//!
//! A report adds to its period's usage; its charge is the period's bill *with* it less the
//! bill *without* it, both without the standing charge: `bill(after, 0) − bill(before, 0)`.
//! That is the marginal price of the tier or band the usage falls in (split where it crosses a
//! tier bound), a rise of the demand charge if the report raised the period's peak, the session
//! fee, and the tax on them. Because the charges telescope, the charges of a period add up to
//! exactly the usage part of the invoice a postpaid agreement would get; when the period
//! closes, the standing charge is charged, and the period's charges equal that invoice's total
//! (`PrepaidPeriodClosed` says it). Rounding is therefore the invoice's own ([`crate::pricing`]).
//!
//! ## Credit, debt and supply
//!
//! What a report consumes leaves the balance at once but stays held until it is paid to the
//! provider, in one transfer, when the period closes, the subscriber tops up or the agreement
//! ends: a reading then costs two storage writes (the accrual and the credit), not a balance
//! transfer between two accounts.
//!
//! Metered usage is a fact and is never refused: a charge beyond the credit is recorded as
//! owed, and the next top-up pays it first. The balance falling below the agreement's
//! low-credit threshold is told once (`CreditRanLow`); the balance reaching zero turns the
//! supply off (`CreditRanOut`); a top-up that leaves credit turns it back on (`SupplyRestored`).
//! A prepaid agreement starts with supply off, until its first top-up. When the agreement
//! ends, its last period is closed and the rest of the credit is released to the subscriber;
//! likewise when its last prepaid period closes after an amendment made it postpaid. Credit
//! that no period will ever consume — topped up for an agreement that ended, or was made
//! postpaid, before any usage — the subscriber takes back with `withdraw_credit`.
//!
//! The registry asks [`CreditCheck`] whether a charging agreement has credit before it lets a
//! charger start a session (`NoCredit`, the tag status); a session already charged is billed whatever the
//! credit, like any consumption.

use crate::{
	pricing, Accruals, AgreementOf, Config, Credit, Defect, Error, Event, HoldReason,
	InvoicingError, Money, Pallet, PeriodUsage, PrepaidAccount, PrepaidAccounts, Supply,
	TariffVersions, UsageLedgers,
};
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use meterchain_primitives::{
	AgreementId, Agreements, CreditCheck, DeviceId, PaymentMode, Registry,
};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// The usage part of the period's bill (no standing charge); `None` if it cannot be priced.
	fn usage_bill(prices: &crate::Tariff, usage: &PeriodUsage) -> Option<Money> {
		pricing::bill(prices, usage, 0).ok().map(|(_, total)| total)
	}

	/// What a report costs that took the period's usage from `before` to `after`, priced by
	/// the period's tariff (0 if the period cannot be priced: closing it then says why).
	pub(crate) fn marginal_cost(before: &PeriodUsage, after: &PeriodUsage) -> Money {
		let Some(prices) = after.version.and_then(|v| TariffVersions::<T>::get(after.tariff, v))
		else {
			return 0;
		};
		match (Self::usage_bill(&prices, after), Self::usage_bill(&prices, before)) {
			(Some(after), Some(before)) => after.saturating_sub(before),
			_ => 0,
		}
	}

	/// Charges `cost` to the prepaid credit of agreement `id` (of `subscriber`, supplied by
	/// `provider`): what the credit covers is consumed (paid over at the next settlement), the
	/// rest is owed.
	pub(crate) fn charge(
		id: AgreementId,
		subscriber: &T::AccountId,
		provider: &T::AccountId,
		cost: Money,
		low_credit_threshold: Money,
	) {
		if cost == 0 {
			return;
		}
		let mut account = PrepaidAccounts::<T>::get(id)
			.unwrap_or_else(|| PrepaidAccount::empty(subscriber.clone(), provider.clone()));
		Self::consume(id, &mut account, cost, low_credit_threshold);
		PrepaidAccounts::<T>::insert(id, account);
	}

	/// Takes `cost` off `account`'s balance (what the balance does not cover is owed), says
	/// so, and tells of low or no credit.
	fn consume(
		id: AgreementId,
		account: &mut PrepaidAccount<T>,
		cost: Money,
		low_credit_threshold: Money,
	) {
		let covered = cost.min(account.balance);
		account.balance = account.balance.saturating_sub(covered);
		account.unsettled = account.unsettled.saturating_add(covered);
		account.owed = account.owed.saturating_add(cost.saturating_sub(covered));
		Self::deposit_event(Event::CreditCharged {
			agreement: id,
			amount: cost,
			balance: account.balance,
			owed: account.owed,
		});
		if !account.low && account.balance < low_credit_threshold {
			account.low = true;
			Self::deposit_event(Event::CreditRanLow { agreement: id, balance: account.balance });
		}
		if account.supply == Supply::On && account.balance == 0 {
			account.supply = Supply::Off;
			Self::deposit_event(Event::CreditRanOut { agreement: id, owed: account.owed });
		}
	}

	/// Pays the provider what `account` consumed since the last settlement, from the hold.
	fn settle(id: AgreementId, account: &mut PrepaidAccount<T>) {
		let amount = account.unsettled;
		if amount == 0 {
			return;
		}
		// Moving funds the account holds cannot fail; if it ever did, they stay unsettled
		// (held) for the next settlement rather than being lost.
		match Self::pay_from_hold(&account.subscriber, &account.provider, amount) {
			Ok(()) => {
				account.unsettled = 0;
				Self::deposit_event(Event::CreditSettled { agreement: id, amount });
			},
			Err(_) => Self::internal_error(id, Defect::SettlementFailed),
		}
	}

	/// Moves `amount` of `from`'s prepaid hold to `to`.
	fn pay_from_hold(from: &T::AccountId, to: &T::AccountId, amount: Money) -> DispatchResult {
		T::Currency::transfer_on_hold(
			&HoldReason::Prepaid.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// The prepaid agreement `id`, in force, if `who` is its subscriber.
	pub(crate) fn prepaid_agreement_of(
		who: &T::AccountId,
		id: AgreementId,
	) -> Result<(AgreementOf<T>, Money), Error<T>> {
		let agreement = T::Agreements::agreement(id).ok_or(Error::<T>::UnknownAgreement)?;
		let PaymentMode::Prepaid { low_credit_threshold } = agreement.payment else {
			return Err(Error::<T>::NotPrepaid);
		};
		ensure!(agreement.subscriber == *who, Error::<T>::NotSubscriber);
		Ok((agreement, low_credit_threshold))
	}

	/// Adds `amount` from the subscriber's free balance to the credit of `agreement` (held),
	/// paying what is owed first; restores supply if credit remains.
	pub(crate) fn add_credit(
		agreement: &AgreementOf<T>,
		low_credit_threshold: Money,
		amount: Money,
	) -> DispatchResult {
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let id = agreement.id;
		let subscriber = &agreement.subscriber;
		let mut account = PrepaidAccounts::<T>::get(id).unwrap_or_else(|| {
			PrepaidAccount::empty(subscriber.clone(), agreement.provider.clone())
		});
		let settled = account.owed.min(amount);
		let balance = account
			.balance
			.checked_add(amount.saturating_sub(settled))
			.ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Prepaid.into(), subscriber, amount)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		if settled > 0 {
			Self::pay_from_hold(subscriber, &agreement.provider, settled)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		account.owed = account.owed.saturating_sub(settled);
		account.balance = balance;
		Self::deposit_event(Event::ToppedUp { agreement: id, amount, settled, balance });
		Self::settle(id, &mut account);
		if account.balance >= low_credit_threshold {
			account.low = false;
		}
		if account.supply == Supply::Off && account.balance > 0 {
			account.supply = Supply::On;
			Self::deposit_event(Event::SupplyRestored { agreement: id, balance });
		}
		PrepaidAccounts::<T>::insert(id, account);
		Ok(())
	}

	pub(crate) fn do_top_up(who: T::AccountId, id: AgreementId, amount: Money) -> DispatchResult {
		let (agreement, threshold) = Self::prepaid_agreement_of(&who, id)?;
		Self::add_credit(&agreement, threshold, amount)
	}

	/// Closes a prepaid period: charges its standing charge, so that the period's charges
	/// add up to its bill, and says so.
	pub(crate) fn close_prepaid(
		id: AgreementId,
		usage: &PeriodUsage,
		agreement: &AgreementOf<T>,
		low_credit_threshold: Money,
	) -> Result<(), InvoicingError> {
		let version = usage.version.ok_or(InvoicingError::NoTariffInForce)?;
		let prices = TariffVersions::<T>::get(usage.tariff, version)
			.ok_or(InvoicingError::NoTariffInForce)?;
		let in_force = usage.period.overlap(agreement.start, agreement.end);
		let (_, total) =
			pricing::bill(&prices, usage, in_force).map_err(|_| InvoicingError::Overflow)?;
		let charged = Self::usage_bill(&prices, usage).ok_or(InvoicingError::Overflow)?;
		let mut account = PrepaidAccounts::<T>::get(id).unwrap_or_else(|| {
			PrepaidAccount::empty(agreement.subscriber.clone(), agreement.provider.clone())
		});
		let standing = total.saturating_sub(charged);
		if standing > 0 {
			Self::consume(id, &mut account, standing, low_credit_threshold);
		}
		Self::settle(id, &mut account);
		PrepaidAccounts::<T>::insert(id, account);
		Self::deposit_event(Event::PrepaidPeriodClosed {
			agreement: id,
			from: usage.period.start,
			to: usage.period.end,
			quantity: usage.quantity,
			total,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_credit(who: T::AccountId, id: AgreementId) -> DispatchResult {
		let agreement = T::Agreements::concluded(id).ok_or(Error::<T>::UnknownAgreement)?;
		ensure!(agreement.subscriber == who, Error::<T>::NotSubscriber);
		// Postpaid credit the automatic refund at the final bill could not pay back.
		let refund = Credit::<T>::get(id);
		let final_bill = UsageLedgers::<T>::get(id).is_some_and(|ledger| ledger.closed);
		let refunds = refund > 0 && final_bill;
		if refunds {
			Self::pay_refund(&agreement, refund)?;
		}
		let Some(account) = PrepaidAccounts::<T>::get(id).filter(|a| a.held() > 0) else {
			ensure!(refunds, Error::<T>::NothingToWithdraw);
			return Ok(());
		};
		let in_force = agreement.end.is_none_or(|end| Self::now() < end);
		// A prepaid period still running, or to come, will consume it.
		let running_prepaid = in_force && agreement.payment.is_prepaid();
		let accruing_prepaid =
			Accruals::<T>::get(id).is_some_and(|accrual| accrual.current.payment.is_prepaid());
		ensure!(!running_prepaid && !accruing_prepaid, Error::<T>::CreditInUse);
		Self::release(id, account);
		Ok(())
	}

	/// After a prepaid agreement's last period: releases its remaining credit to the
	/// subscriber. What is still owed stays on record.
	pub(crate) fn release_credit(id: AgreementId) {
		if let Some(account) = PrepaidAccounts::<T>::get(id) {
			Self::release(id, account);
		}
	}

	/// Releases `account`, agreement `id`'s prepaid credit (see [`Self::release_credit`]).
	fn release(id: AgreementId, mut account: PrepaidAccount<T>) {
		Self::settle(id, &mut account);
		let amount = account.balance;
		account.supply = Supply::Off;
		if amount > 0 {
			let reason = HoldReason::Prepaid.into();
			match T::Currency::release(&reason, &account.subscriber, amount, Precision::BestEffort)
			{
				Ok(released) => {
					account.balance = 0;
					Self::deposit_event(Event::CreditReleased { agreement: id, amount: released });
				},
				// The credit stays on the account, held, for the subscriber to withdraw again.
				Err(_) => Self::internal_error(id, Defect::ReleaseFailed),
			}
		}
		if account.balance == 0 && account.owed == 0 && account.unsettled == 0 {
			PrepaidAccounts::<T>::remove(id);
		} else {
			PrepaidAccounts::<T>::insert(id, account);
		}
	}

	/// See the `supply` view function.
	pub(crate) fn supply_of(device: DeviceId) -> Option<Supply> {
		let service = T::Registry::device(device)?.service;
		let agreement = T::Agreements::active_for_device(device, service, Self::now())?;
		Some(match agreement.payment {
			PaymentMode::Postpaid { .. } => Supply::On,
			PaymentMode::Prepaid { .. } => PrepaidAccounts::<T>::get(agreement.id)
				.map_or(Supply::Off, |account| account.supply),
		})
	}

	/// The funds held for prepaid credit on `who`'s account.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn held_for_prepaid(who: &T::AccountId) -> Money {
		use frame_support::traits::fungible::InspectHold;
		T::Currency::balance_on_hold(&HoldReason::Prepaid.into(), who)
	}
}

/// What the registry asks before a charger starts a session under a prepaid agreement.
impl<T: Config> CreditCheck<T::AccountId> for Pallet<T> {
	fn has_credit(subscriber: &T::AccountId, agreement: AgreementId) -> bool {
		PrepaidAccounts::<T>::get(agreement).is_some_and(|account| {
			account.subscriber == *subscriber && account.supply == Supply::On
		})
	}
}
