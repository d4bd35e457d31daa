//! The client's errors: what went wrong, in the chain's words where the chain refused.

use crate::verify::VerifyError;
use core::fmt;

/// The result type of the client.
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// Everything the client can fail with.
#[derive(Debug)]
pub enum Error {
	/// The chain executed the transaction and its pallet refused it, e.g.
	/// `Agreements::BadSignature`. `docs` is the error's documentation from the metadata.
	Refused {
		/// The pallet, e.g. `Registry`.
		pallet: String,
		/// The error's name, e.g. `NotProvider`.
		error: String,
		/// Why, in the pallet's own documentation of the error.
		docs: String,
	},
	/// The transaction failed with an error not of a pallet (bad origin, funds, arithmetic…).
	Dispatch(String),
	/// The node refused the transaction before inclusion (invalid, e.g. a stale nonce or no
	/// funds for the fee), or dropped it from its pool.
	Rejected(String),
	/// Something the caller asked for does not exist on chain.
	NotFound(String),
	/// A key could not be read or derived (the secret itself is never part of the message).
	Key(String),
	/// The caller's input is not valid (a malformed hex string, account or file).
	Input(String),
	/// A proof did not verify.
	Proof(VerifyError),
	/// Recomputing what the chain recorded (an invoice) gave something else.
	Mismatch(String),
	/// Talking to the node failed (connection, RPC, decoding of its answers): what failed,
	/// with the error underneath (subxt's, the codec's, …) as its [`source`](std::error::Error::source).
	Node(NodeError),
}

/// A failure to talk to the node: what the client was doing, and the error that stopped it.
#[derive(Debug)]
pub struct NodeError {
	/// What failed, in words (empty when the source says it all).
	pub context: String,
	/// The error underneath, typed: downcast it (`subxt::Error`, …) to inspect it.
	pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl fmt::Display for NodeError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match (&self.source, self.context.is_empty()) {
			(Some(source), true) => write!(f, "{source}"),
			(Some(source), false) => write!(f, "{}: {source}", self.context),
			(None, _) => f.write_str(&self.context),
		}
	}
}

impl std::error::Error for NodeError {
	fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
		self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
	}
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Refused { pallet, error, docs } if docs.is_empty() => {
				write!(f, "the chain refused: {pallet}::{error}")
			},
			Self::Refused { pallet, error, docs } => {
				write!(f, "the chain refused: {pallet}::{error}: {docs}")
			},
			Self::Dispatch(reason) => write!(f, "the transaction failed: {reason}"),
			Self::Rejected(reason) => write!(f, "the node rejected the transaction: {reason}"),
			Self::NotFound(what) => write!(f, "not found: {what}"),
			Self::Key(reason) => write!(f, "key error: {reason}"),
			Self::Input(reason) => write!(f, "invalid input: {reason}"),
			Self::Proof(error) => write!(f, "proof refused: {error}"),
			Self::Mismatch(what) => write!(f, "does not match: {what}"),
			Self::Node(reason) => write!(f, "node error: {reason}"),
		}
	}
}

impl std::error::Error for Error {
	fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
		match self {
			Self::Node(error) => Some(error),
			Self::Proof(error) => Some(error),
			_ => None,
		}
	}
}

impl Error {
	/// A failure to talk to the node, described by `context` alone.
	pub fn node_message(context: impl Into<String>) -> Self {
		Self::Node(NodeError { context: context.into(), source: None })
	}

	/// A failure to talk to the node while doing `context`, caused by `source`.
	pub fn node_caused(
		context: impl Into<String>,
		source: impl std::error::Error + Send + Sync + 'static,
	) -> Self {
		Self::Node(NodeError { context: context.into(), source: Some(Box::new(source)) })
	}

	/// The pallet error's name (`"BadSignature"`), if the chain refused with one.
	pub fn chain_error(&self) -> Option<(&str, &str)> {
		match self {
			Self::Refused { pallet, error, .. } => Some((pallet, error)),
			_ => None,
		}
	}

	/// Turns a dispatch error into [`Error::Refused`] with the pallet's names and docs.
	pub(crate) fn from_dispatch(error: subxt::error::DispatchError) -> Self {
		match error {
			subxt::error::DispatchError::Module(module) => match module.details() {
				Ok(details) => Self::Refused {
					pallet: details.pallet.name().to_string(),
					error: details.variant.name.clone(),
					docs: details.variant.docs.join(" ").trim().to_string(),
				},
				Err(_) => Self::Dispatch(module.to_string()),
			},
			other => Self::Dispatch(other.to_string()),
		}
	}
}

impl From<VerifyError> for Error {
	fn from(error: VerifyError) -> Self {
		Self::Proof(error)
	}
}

/// Wraps a subxt (or codec, …) error as [`Error::Node`], as its source: a failure to talk to
/// the node, not a refusal.
pub(crate) fn node<E: std::error::Error + Send + Sync + 'static>(error: E) -> Error {
	Error::Node(NodeError { context: String::new(), source: Some(Box::new(error)) })
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::error::Error as _;

	#[test]
	fn a_node_error_keeps_its_cause_typed() {
		let cause = codec::Error::from("the bytes ran out");
		let error = Error::node_caused("view function invoice", cause);
		assert_eq!(error.to_string(), "node error: view function invoice: the bytes ran out");
		let node = error.source().expect("the node error");
		let cause = node.source().expect("its cause");
		assert!(cause.downcast_ref::<codec::Error>().is_some(), "typed, not a string");
		assert!(Error::node_message("no answer").source().and_then(|e| e.source()).is_none());
		assert!(matches!(super::node(cause_of()), Error::Node(NodeError { source: Some(_), .. })));
	}

	fn cause_of() -> codec::Error {
		codec::Error::from("x")
	}
}
