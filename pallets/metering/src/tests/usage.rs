//! The recent-usage view: what an agreement's devices counted today and yesterday.

use super::*;
use crate::{DailyUsage, DeviceUsage, DAY_MS};
use frame_support::assert_ok;
use meterchain_primitives::Moment;

#[test]
fn recent_usage_sums_the_agreements_devices_per_utc_day() {
	ExtBuilder::default().build_and_execute(|| {
		let today = DailyUsage::day_of(START);
		let midnight = Moment::from(today) * DAY_MS;
		// METER: baseline yesterday, 300 counted yesterday, then 40 today.
		assert_ok!(own(reading(METER, 1, midnight - 2 * QUARTER, 1_000)));
		assert_ok!(own(reading(METER, 2, midnight - QUARTER, 1_300)));
		assert_ok!(own(reading(METER, 3, midnight + QUARTER, 1_340)));
		// METER_2: 25 today; ED_METER nothing.
		assert_ok!(own(reading(METER_2, 1, START - 2 * QUARTER, 0)));
		assert_ok!(own(reading(METER_2, 2, START - QUARTER, 25)));

		let recent = Metering::recent_usage(AGREEMENT).expect("the agreement covers meters");
		assert_eq!((recent.agreement, recent.day), (AGREEMENT, today));
		assert_eq!((recent.today, recent.yesterday), (65, 300));
		let meter = recent.devices.iter().find(|d| d.device == METER).expect("METER listed");
		assert_eq!(
			*meter,
			DeviceUsage {
				device: METER,
				last_reading: midnight + QUARTER,
				last_register: 1_340,
				today: 40,
				yesterday: 300
			}
		);
		let ed = recent.devices.iter().find(|d| d.device == ED_METER).expect("ED_METER listed");
		assert_eq!((ed.today, ed.yesterday, ed.last_reading), (0, 0, 0));
		assert_eq!(recent.devices.len(), 3);

		// A day later by the chain's clock, today's usage is yesterday's.
		set_now(START + DAY_MS);
		let tomorrow = Metering::recent_usage(AGREEMENT).expect("still covered");
		assert_eq!((tomorrow.day, tomorrow.today, tomorrow.yesterday), (today + 1, 0, 65));
	});
}

#[test]
fn an_agreement_without_devices_has_no_recent_usage() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Metering::recent_usage(EV_AGREEMENT), None);
		assert_eq!(Metering::recent_usage(999), None);
	});
}
