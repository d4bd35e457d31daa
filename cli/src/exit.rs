//! The exit codes, in one table: what `main` exits with and what `--help` lists.

use meterchain_client::Error;

/// Each exit code and what it means.
pub const CODES: [(i32, &str); 6] = [
	(0, "success"),
	(1, "refused by the chain or the node"),
	(2, "bad input or key"),
	(3, "node unreachable"),
	(4, "not found"),
	(5, "a proof, an invoice or a top-up token did not verify"),
];

/// What a failure exits with.
pub fn code(error: &Error) -> i32 {
	match error {
		Error::Refused { .. } | Error::Dispatch(_) | Error::Rejected(_) => 1,
		Error::Input(_) | Error::Key(_) => 2,
		Error::Node(_) => 3,
		Error::NotFound(_) => 4,
		Error::Proof(_) | Error::Mismatch(_) => 5,
	}
}

/// The table, for `--help`.
pub fn help() -> String {
	let codes: Vec<String> =
		CODES.iter().map(|(code, meaning)| format!("{code} {meaning}")).collect();
	format!("Exit codes: {}.", codes.join(", "))
}
