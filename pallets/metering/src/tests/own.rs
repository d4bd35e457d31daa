//! Own submissions: feeless unsigned transactions, validated before the pool so that only a
//! genuine, new report of an active device enters it, at most once per interval.

use super::*;
use crate::unsigned::{RATE_LIMITED, REFUSED_BASE};
use frame_support::{assert_ok, pallet_prelude::*};
use sp_runtime::transaction_validity::TransactionSource;

#[allow(deprecated)]
fn validate(report: meterchain_primitives::DeviceReport) -> TransactionValidity {
	<Metering as ValidateUnsigned>::validate_unsigned(
		TransactionSource::External,
		&crate::Call::submit_own { report },
	)
}

#[test]
fn a_genuine_report_is_valid_once_per_device_in_the_pool() {
	ExtBuilder::default().build_and_execute(|| {
		let valid = validate(reading(METER, 1, START, 0)).expect("valid");
		assert_eq!(valid.provides, vec![("MeterchainOwnReport", METER).encode()]);
		assert_eq!(valid.longevity, OWN_INTERVAL);
		// Another device's report provides another tag.
		let other = validate(reading(METER_2, 1, START, 0)).expect("valid");
		assert_ne!(other.provides, valid.provides);
	});
}

#[test]
fn forged_replayed_and_uncommissioned_reports_never_enter_the_pool() {
	ExtBuilder::default().build_and_execute(|| {
		let forged = sign_for(METER_2, reading(METER, 1, START, 0), &GENESIS);
		assert_eq!(
			validate(forged),
			Err(InvalidTransaction::Custom(REFUSED_BASE + RejectReason::BadSignature as u8).into())
		);
		assert_eq!(
			validate(reading(99, 1, START, 0)),
			Err(InvalidTransaction::Custom(REFUSED_BASE + RejectReason::UnknownDevice as u8).into())
		);
		assert_ok!(own(reading(METER, 1, START, 0)));
		System::set_block_number(1 + OWN_INTERVAL);
		assert_eq!(validate(reading(METER, 1, START, 0)), Err(InvalidTransaction::Stale.into()));
	});
}

#[test]
fn a_device_may_submit_on_its_own_once_per_interval() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(own(reading(METER, 1, START - QUARTER, 0)));
		let next = reading(METER, 2, START, 10);
		System::set_block_number(OWN_INTERVAL);
		assert_eq!(validate(next.clone()), Err(InvalidTransaction::Custom(RATE_LIMITED).into()));
		System::set_block_number(1 + OWN_INTERVAL);
		assert!(validate(next.clone()).is_ok());
		assert_ok!(own(next));
		// Gateway batches are not rate limited: the provider pays for them.
		assert_eq!(
			DeviceStates::<Test>::get(METER).and_then(|s| s.last_own_submission),
			Some(1 + OWN_INTERVAL)
		);
	});
}

#[test]
#[allow(deprecated)]
fn only_own_submissions_are_valid_unsigned() {
	ExtBuilder::default().build_and_execute(|| {
		let batch =
			crate::BatchOf::<Test>::try_from(vec![reading(METER, 1, START, 0)]).expect("fits");
		let call = crate::Call::submit_batch { reports: batch };
		assert_eq!(
			<Metering as ValidateUnsigned>::validate_unsigned(TransactionSource::External, &call),
			Err(InvalidTransaction::Call.into())
		);
		assert_ok!(own(reading(METER, 1, START, 0)));
		assert!(Metering::submit_own(
			RuntimeOrigin::signed(GATEWAY),
			reading(METER, 2, START + 1, 0)
		)
		.is_err());
	});
}
