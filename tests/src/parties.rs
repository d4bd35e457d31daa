//! The parties of end-to-end tests: dev accounts, and agreements concluded between them with
//! off-line signatures through the client.

use meterchain_client::{
	agreements::{sign_action, TermsDocument},
	api::SignedAction,
	keys::Account,
	Client,
};

/// A development account (`alice` … `ferdie`).
pub fn dev(name: &str) -> Account {
	Account::dev(name).expect("dev account")
}

/// Concludes `terms` between `provider` and `subscriber`, both signing off line and the
/// provider submitting; returns the agreement's id.
pub async fn conclude(
	client: &Client,
	provider: &Account,
	subscriber: &Account,
	terms: &TermsDocument,
) -> u64 {
	let terms = terms.to_terms().expect("terms");
	let genesis = client.genesis_hash();
	let action = SignedAction::Conclude(terms.clone());
	let (id, _) = client
		.conclude_signed(
			provider,
			&terms,
			sign_action(subscriber, &genesis, &action),
			sign_action(provider, &genesis, &action),
		)
		.await
		.expect("concluded");
	id
}
