//! Offline top-up tokens: `purchase_token` and `issue_token`.

use super::*;
use crate::{Error, PrepaidAccounts, Supply, TokenNumbers, TokenPurchase, Tokens};
use frame_support::assert_noop;
use meterchain_primitives::{DeviceSignature, SignedToken, TopUpToken};
use sp_core::Pair;

/// Prepaid agreement 0 covering [`METER`], at a flat tariff; time moved to March.
fn prepaid_meter() {
	let id = create(flat(1_000));
	add_agreement(prepaid(0, id, 100));
	set_now(MARCH + DAY);
}

fn purchase(amount: u128) {
	assert_ok!(Billing::purchase_token(RuntimeOrigin::signed(SUBSCRIBER), 0, METER, amount));
}

/// Token `number` of [`METER`] as bought, signed by `pair` for the chain `genesis`.
fn signed(number: u32, pair: &sp_core::ed25519::Pair, genesis: [u8; 32]) -> SignedToken {
	let bought = Tokens::<Test>::get(METER, number).expect("bought");
	let token =
		TopUpToken { device: METER, number, amount: bought.amount, expires: bought.expires };
	let signature = DeviceSignature::Ed25519(pair.sign(&token.signing_payload(&genesis)).0);
	SignedToken { token, signature }
}

fn genesis() -> [u8; 32] {
	Billing::genesis_hash()
}

#[test]
fn a_purchase_tops_up_the_credit_and_numbers_the_device_s_tokens_in_order() {
	run(|| {
		prepaid_meter();
		purchase(2_000);
		set_now(MARCH + 2 * DAY);
		purchase(3_000);
		assert_eq!(TokenNumbers::<Test>::get(METER), 2);
		assert_eq!(
			Billing::token(METER, 1),
			Some(TokenPurchase {
				agreement: 0,
				amount: 2_000,
				purchased: MARCH + DAY,
				expires: MARCH + DAY + TOKEN_VALIDITY,
				hash: None,
			})
		);
		assert_eq!(Billing::token(METER, 2).map(|t| t.amount), Some(3_000));
		let account = PrepaidAccounts::<Test>::get(0).expect("an account");
		assert_eq!((account.balance, account.supply), (5_000, Supply::On));
		assert!(events().contains(&Event::TokenPurchased {
			agreement: 0,
			device: METER,
			number: 2,
			amount: 3_000,
			expires: MARCH + 2 * DAY + TOKEN_VALIDITY,
		}));
	});
}

#[test]
fn a_purchase_is_refused_by_name() {
	run(|| {
		prepaid_meter();
		let id = create(flat(1));
		add_agreement(prepaid(1, id, 0));
		cover(METER, 0);
		let buy = |who, agreement, device, amount| {
			Billing::purchase_token(RuntimeOrigin::signed(who), agreement, device, amount)
		};
		assert_noop!(buy(SUBSCRIBER, 0, METER + 1, 1), Error::<Test>::UnknownDevice);
		// Agreement 1 is prepaid and the subscriber's, but the meter is agreement 0's.
		assert_noop!(buy(SUBSCRIBER, 1, METER, 1), Error::<Test>::DeviceNotCovered);
		assert_noop!(buy(FRIEND, 0, METER, 1), Error::<Test>::NotSubscriber);
		assert_noop!(buy(SUBSCRIBER, 0, METER, 0), Error::<Test>::ZeroAmount);
		assert_noop!(buy(SUBSCRIBER, 0, METER, ENDOWMENT + 1), Error::<Test>::InsufficientBalance);
		TokenNumbers::<Test>::insert(METER, u32::MAX);
		assert_noop!(buy(SUBSCRIBER, 0, METER, 1), Error::<Test>::Overflow);
	});
}

#[test]
fn a_token_signed_by_the_provider_s_token_key_is_recorded_by_its_hash() {
	run(|| {
		prepaid_meter();
		purchase(2_000);
		let token = signed(1, &token_pair(), genesis());
		assert_ok!(Billing::issue_token(RuntimeOrigin::signed(FRIEND), token));
		assert_eq!(Billing::token(METER, 1).and_then(|t| t.hash), Some(token.hash()));
		assert!(events().contains(&Event::TokenIssued {
			device: METER,
			number: 1,
			hash: token.hash()
		}));
	});
}

#[test]
fn issuing_a_token_is_refused_by_name() {
	run(|| {
		prepaid_meter();
		purchase(2_000);
		let issue = |token| Billing::issue_token(RuntimeOrigin::signed(FRIEND), token);
		let good = signed(1, &token_pair(), genesis());

		let mut unknown = good;
		unknown.token.number = 2;
		assert_noop!(issue(unknown), Error::<Test>::UnknownToken);
		let mut more = good;
		more.token.amount += 1;
		assert_noop!(issue(more), Error::<Test>::TokenMismatch);
		let mut later = good;
		later.token.expires += 1;
		assert_noop!(issue(later), Error::<Test>::TokenMismatch);
		let stranger = <sp_core::ed25519::Pair as Pair>::from_seed(&[9; 32]);
		assert_noop!(issue(signed(1, &stranger, genesis())), Error::<Test>::BadTokenSignature);
		assert_noop!(issue(signed(1, &token_pair(), [7; 32])), Error::<Test>::BadTokenSignature);

		assert_ok!(issue(good));
		assert_noop!(issue(good), Error::<Test>::TokenAlreadyIssued);
	});
}
