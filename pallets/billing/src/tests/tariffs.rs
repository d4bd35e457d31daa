//! Creating tariffs and publishing versions.

use super::*;
use crate::{Band, Energy, Error, TariffVersions, Tariffs, Tier, Window};
use frame_support::assert_noop;

fn tou(bands: Vec<Band>) -> Tariff {
	Tariff {
		energy: Energy::TimeOfUse { base: 100, bands: bands.try_into().expect("fits") },
		..flat(0)
	}
}

fn band(days: u8, from_minute: u16, to_minute: u16) -> Band {
	Band { window: Window { days, from_minute, to_minute }, price: 200 }
}

fn tiers(tiers: Vec<Tier>) -> Tariff {
	Tariff { energy: Energy::Tiered { tiers: tiers.try_into().expect("fits") }, ..flat(0) }
}

fn tier(up_to: Option<u64>) -> Tier {
	Tier { up_to, price: 1 }
}

#[test]
fn a_provider_creates_a_tariff_in_force_from_a_moment() {
	run(|| {
		let id = create(flat(300));
		let info = Tariffs::<Test>::get(id).expect("stored");
		assert_eq!(
			(info.provider, info.service, info.latest()),
			(PROVIDER, ServiceKind::Electricity, 1)
		);
		assert_eq!(TariffVersions::<Test>::get(id, 1), Some(flat(300)));
		assert_eq!(info.version_at(START), Some(1));
		// The first version also prices what came before it: no earlier price to keep.
		assert_eq!(info.version_at(0), Some(1));
		assert_eq!(
			events(),
			vec![Event::TariffCreated {
				id,
				provider: PROVIDER,
				service: ServiceKind::Electricity,
				from: START
			}]
		);
		assert_eq!(create(flat(1)), id + 1, "ids are assigned in sequence");
	});
}

#[test]
fn only_a_provider_of_the_service_creates_tariffs() {
	run(|| {
		for (who, service) in
			[(SUBSCRIBER, ServiceKind::Electricity), (OTHER_PROVIDER, ServiceKind::Electricity)]
		{
			assert_noop!(
				Billing::create_tariff(RuntimeOrigin::signed(who), service, flat(1)),
				Error::<Test>::ServiceNotOffered
			);
		}
	});
}

#[test]
fn malformed_components_are_refused_by_name() {
	run(|| {
		let malformed = [
			(tiers(vec![]), Error::<Test>::InvalidTiers),
			(tiers(vec![tier(Some(10))]), Error::<Test>::InvalidTiers),
			(tiers(vec![tier(None), tier(None)]), Error::<Test>::InvalidTiers),
			(tiers(vec![tier(Some(10)), tier(Some(10)), tier(None)]), Error::<Test>::InvalidTiers),
			(tiers(vec![tier(Some(0)), tier(None)]), Error::<Test>::InvalidTiers),
			(tou(vec![band(0, 0, 60)]), Error::<Test>::InvalidBands),
			(tou(vec![band(0x80, 0, 60)]), Error::<Test>::InvalidBands),
			(tou(vec![band(1, 60, 60)]), Error::<Test>::InvalidBands),
			(tou(vec![band(1, 0, 1_441)]), Error::<Test>::InvalidBands),
			(tou(vec![band(0b11, 0, 60), band(0b10, 59, 120)]), Error::<Test>::InvalidBands),
			(Tariff { tax_bps: 10_001, ..flat(1) }, Error::<Test>::TaxTooHigh),
		];
		for (tariff, error) in malformed {
			assert_noop!(
				Billing::create_tariff(
					RuntimeOrigin::signed(PROVIDER),
					ServiceKind::Electricity,
					tariff.clone()
				),
				error
			);
		}
		// Bands on different days, or back to back, do not overlap.
		create(tou(vec![band(0b01, 0, 60), band(0b10, 0, 60), band(0b01, 60, 1_440)]));
		create(tiers(vec![tier(Some(10)), tier(Some(20)), tier(None)]));
	});
}

#[test]
fn versions_are_published_for_the_future_in_order() {
	run(|| {
		let id = create(flat(300));
		assert_ok!(Billing::publish_version(RuntimeOrigin::signed(PROVIDER), id, flat(350), MARCH));
		assert_eq!(events().last(), Some(&Event::VersionPublished { id, version: 2, from: MARCH }));
		let info = Tariffs::<Test>::get(id).expect("stored");
		assert_eq!((info.version_at(MARCH - 1), info.version_at(MARCH)), (Some(1), Some(2)));
		assert_eq!(TariffVersions::<Test>::get(id, 1), Some(flat(300)), "version 1 is unchanged");
	});
}

#[test]
fn publishing_a_version_is_refused_by_name() {
	run(|| {
		let id = create(flat(300));
		let publish =
			|who, id, from| Billing::publish_version(RuntimeOrigin::signed(who), id, flat(1), from);
		assert_noop!(publish(PROVIDER, id + 1, MARCH), Error::<Test>::UnknownTariff);
		assert_noop!(publish(OTHER_PROVIDER, id, MARCH), Error::<Test>::NotTariffOwner);
		assert_noop!(publish(PROVIDER, id, START), Error::<Test>::NotInFuture);
		assert_ok!(publish(PROVIDER, id, MARCH));
		assert_noop!(publish(PROVIDER, id, MARCH), Error::<Test>::NotAfterLatest);
		assert_ok!(publish(PROVIDER, id, APRIL));
		assert_noop!(publish(PROVIDER, id, MAY), Error::<Test>::TooManyVersions);
		assert_noop!(
			Billing::publish_version(
				RuntimeOrigin::signed(PROVIDER),
				id,
				Tariff { tax_bps: 10_001, ..flat(1) },
				MAY
			),
			Error::<Test>::TaxTooHigh
		);
	});
}

#[test]
fn a_new_version_prices_only_periods_that_start_after_it() {
	run(|| {
		let id = create(flat(1_000));
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + DAY);
		record(0, MARCH + DAY, 1_000);
		// In force from mid-March: March keeps version 1, April gets version 2.
		assert_ok!(Billing::publish_version(
			RuntimeOrigin::signed(PROVIDER),
			id,
			flat(2_000),
			MARCH + 15 * DAY
		));
		set_now(MARCH + 20 * DAY);
		record(0, MARCH + 20 * DAY, 1_000);
		set_now(APRIL + HOUR);
		record(0, APRIL + HOUR, 1_000);
		let march = issue();
		let march = crate::Invoices::<Test>::get(march).expect("March invoiced");
		assert_eq!((march.version, march.quantity, march.total), (1, 2_000, 2_000));
		set_now(MAY + HOUR);
		let april = issue();
		let april = crate::Invoices::<Test>::get(april).expect("April invoiced");
		assert_eq!((april.version, april.quantity, april.total), (2, 1_000, 2_000));
	});
}

#[test]
fn a_tariff_created_mid_month_bills_the_running_month() {
	run(|| {
		set_now(MARCH + 9 * DAY);
		let id = create(flat(1_000));
		add_agreement(agreement(0, id, MARCH));
		set_now(MARCH + 10 * DAY);
		record(0, MARCH + 10 * DAY, 3_000);
		set_now(APRIL);
		let invoice = issue();
		let invoice = crate::Invoices::<Test>::get(invoice).expect("issued");
		assert_eq!((invoice.period.start, invoice.version, invoice.total), (MARCH, 1, 3_000));
	});
}
