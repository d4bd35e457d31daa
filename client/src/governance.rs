//! Governance: the utilities' council and what it decides (pallets `council`, `consortium`,
//! `session`, and `system`'s upgrade calls).
//!
//! A governance call (registering a provider, adding a validator, ruling a dispute, authorizing
//! a runtime upgrade) goes through a [`Governance`] handle, `client.governance(authority)`,
//! which says how it is authorized — one of two ways:
//! - [`Authority::Sudo`] (development and local chains): the signer holds the sudo key and the
//!   call runs at once;
//! - [`Authority::Motion`] (staging and production networks, which have no sudo key): the
//!   signer, a council member, proposes the call as a motion. It runs once enough members voted
//!   aye ([`Client::vote`]) and someone closes it ([`Client::close_motion`]). Calls that need
//!   root (upgrades) are wrapped in `consortium.enact` and need two thirds of the council;
//!   the others a majority.

use codec::{Decode, Encode};
use subxt::rpcs::rpc_params;

use crate::{
	api::{chain, AccountId, Hash, RuntimeEvent},
	client::{Client, Receipt},
	error::{node, Error, Result},
	keys::Account,
};

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;
type ConsortiumCall = chain::runtime_types::pallet_consortium::pallet::Call;
type SystemCall = chain::runtime_types::frame_system::pallet::Call;
type SessionKeys = chain::runtime_types::meterchain_runtime::SessionKeys;
type CouncilEvent = chain::council::Event;

/// How governance calls are authorized.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Authority {
	/// Through `sudo`: the signer holds the chain's sudo key; the call runs at once.
	#[default]
	Sudo,
	/// As a council motion the signer (a member) proposes; it runs once the council approves.
	Motion,
}

/// A council motion that is open for votes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Motion {
	/// Its number, counted from 0 over the chain's life.
	pub index: u32,
	/// The hash of the proposed call.
	pub hash: Hash,
	/// The ayes it needs to pass.
	pub threshold: u32,
	/// Members who voted aye.
	pub ayes: Vec<AccountId>,
	/// Members who voted nay.
	pub nays: Vec<AccountId>,
	/// The block after which it can be closed whatever the votes.
	pub end: u32,
}

/// A motion the signer proposed: its number and hash, and the ayes it needs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Proposed {
	/// The motion's number.
	pub index: u32,
	/// The hash of the proposed call.
	pub hash: Hash,
	/// The ayes it needs.
	pub threshold: u32,
}

/// What closing a motion did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Closed {
	/// It passed and its call ran successfully.
	Executed,
	/// It did not reach its threshold before its end: dropped.
	Disapproved,
}

impl Receipt {
	/// The motion this transaction proposed, if it proposed one.
	pub fn motion(&self) -> Option<Proposed> {
		self.find(|event| match event {
			RuntimeEvent::Council(CouncilEvent::Proposed {
				proposal_index,
				proposal_hash,
				threshold,
				..
			}) => Some(Proposed {
				index: *proposal_index,
				hash: *proposal_hash,
				threshold: *threshold,
			}),
			_ => None,
		})
	}
}

/// The smallest number of `members` that is more than half.
pub fn majority(members: u32) -> u32 {
	members / 2 + 1
}

/// The smallest number of `members` that is at least two thirds.
pub fn two_thirds(members: u32) -> u32 {
	(2 * members).div_ceil(3)
}

/// Governance calls, authorized as its [`Authority`] says: `client.governance(authority)`.
/// The domain modules add the calls of their pallets (registering providers, rulings, pruning
/// passes); this module those of the consortium and upgrades.
#[derive(Clone, Copy)]
pub struct Governance<'a> {
	client: &'a Client,
	authority: Authority,
}

impl Client {
	/// Governance calls on this connection, authorized as `authority` says.
	pub fn governance(&self, authority: Authority) -> Governance<'_> {
		Governance { client: self, authority }
	}
}

impl Governance<'_> {
	/// Dispatches `call` as governance: through sudo, or as a motion a council majority must
	/// approve. With sudo, a refusal inside sudo (which the transaction itself survives)
	/// becomes the pallet's error.
	pub(crate) async fn dispatch(&self, signer: &Account, call: RuntimeCall) -> Result<Receipt> {
		self.authorized(signer, call, false).await
	}

	/// Dispatches `call` with root authority: through sudo, or as a motion two thirds of the
	/// council must approve, which then runs `call` through `consortium.enact`.
	pub(crate) async fn dispatch_root(
		&self,
		signer: &Account,
		call: RuntimeCall,
	) -> Result<Receipt> {
		self.authorized(signer, call, true).await
	}

	async fn authorized(&self, signer: &Account, call: RuntimeCall, root: bool) -> Result<Receipt> {
		if self.authority == Authority::Sudo {
			return self.client.sudo(signer, call).await;
		}
		let members = self.client.council_members().await?.len() as u32;
		if root {
			let enact = RuntimeCall::Consortium(ConsortiumCall::enact { call: Box::new(call) });
			self.client.propose_motion(signer, enact, two_thirds(members)).await
		} else {
			self.client.propose_motion(signer, call, majority(members)).await
		}
	}

	/// Adds `who` to the validator set (a council majority).
	pub async fn add_validator(&self, signer: &Account, who: &AccountId) -> Result<Receipt> {
		let call = RuntimeCall::Consortium(ConsortiumCall::add_validator { who: *who });
		self.dispatch(signer, call).await
	}

	/// Removes `who` from the validator set (a council majority).
	pub async fn remove_validator(&self, signer: &Account, who: &AccountId) -> Result<Receipt> {
		let call = RuntimeCall::Consortium(ConsortiumCall::remove_validator { who: *who });
		self.dispatch(signer, call).await
	}

	/// Authorizes the runtime `code` (root: sudo, or two thirds of the council). Only its hash
	/// goes into the motion; anyone then applies the code with [`Client::apply_upgrade`].
	pub async fn authorize_upgrade(&self, signer: &Account, code: &[u8]) -> Result<Receipt> {
		let code_hash = Hash(sp_crypto_hashing::blake2_256(code));
		self.dispatch_root(signer, RuntimeCall::System(SystemCall::authorize_upgrade { code_hash }))
			.await
	}
}

impl Client {
	pub(crate) async fn sudo(&self, signer: &Account, call: RuntimeCall) -> Result<Receipt> {
		let receipt = self.submit(&chain::tx().sudo().sudo(call), signer).await?;
		let result = receipt.find(|event| match event {
			RuntimeEvent::Sudo(chain::sudo::Event::Sudid { sudo_result }) => {
				Some(sudo_result.clone())
			},
			_ => None,
		});
		match result {
			Some(Ok(())) => Ok(receipt),
			Some(Err(error)) => Err(self.runtime_error(error)),
			None => Err(Error::node_message("sudo emitted no Sudid event")),
		}
	}

	// ---- the council ----

	/// The council's members.
	pub async fn council_members(&self) -> Result<Vec<AccountId>> {
		let at = self.reading_block().await?;
		let entry = at.storage().entry(chain::storage().council().members()).map_err(node)?;
		entry.fetch(()).await.map_err(node)?.decode().map_err(node)
	}

	/// The open motions, oldest first.
	pub async fn motions(&self) -> Result<Vec<Motion>> {
		let at = self.reading_block().await?;
		let hashes = at
			.storage()
			.entry(chain::storage().council().proposals())
			.map_err(node)?
			.fetch(())
			.await
			.map_err(node)?
			.decode()
			.map_err(node)?;
		let voting = at.storage().entry(chain::storage().council().voting()).map_err(node)?;
		let mut motions = Vec::new();
		for hash in hashes.0 {
			let Some(votes) = voting.try_fetch((hash,)).await.map_err(node)? else { continue };
			let votes = votes.decode().map_err(node)?;
			motions.push(Motion {
				index: votes.index,
				hash,
				threshold: votes.threshold,
				ayes: votes.ayes,
				nays: votes.nays,
				end: votes.end,
			});
		}
		motions.sort_by_key(|m| m.index);
		Ok(motions)
	}

	/// Open motion `index`.
	pub async fn motion(&self, index: u32) -> Result<Motion> {
		self.motions()
			.await?
			.into_iter()
			.find(|m| m.index == index)
			.ok_or_else(|| Error::NotFound(format!("open motion {index}")))
	}

	/// `member` proposes `call` as a motion that passes with `threshold` ayes. A threshold
	/// below 2 runs the call at once, with the proposer's single vote.
	pub async fn propose_motion(
		&self,
		member: &Account,
		call: RuntimeCall,
		threshold: u32,
	) -> Result<Receipt> {
		let length = call.encoded_size() as u32;
		let receipt =
			self.submit(&chain::tx().council().propose(threshold, call, length), member).await?;
		let ran = receipt.find(|event| match event {
			RuntimeEvent::Council(CouncilEvent::MemberExecuted { result, .. }) => {
				Some(result.clone())
			},
			_ => None,
		});
		match ran {
			Some(Err(error)) => Err(self.runtime_error(error)),
			_ => Ok(receipt),
		}
	}

	/// `member` votes on open motion `index`.
	pub async fn vote_motion(&self, member: &Account, index: u32, aye: bool) -> Result<Receipt> {
		let motion = self.motion(index).await?;
		self.submit(&chain::tx().council().vote(motion.hash, index, aye), member).await
	}

	/// Closes open motion `index` (anyone may): it passes if it has its ayes, and fails once
	/// its time is up without them. A passed motion whose call failed is the call's error.
	pub async fn close_motion(&self, signer: &Account, index: u32) -> Result<(Receipt, Closed)> {
		let motion = self.motion(index).await?;
		let at = self.reading_block().await?;
		let call = at
			.storage()
			.entry(chain::storage().council().proposal_of())
			.map_err(node)?
			.fetch((motion.hash,))
			.await
			.map_err(node)?
			.decode()
			.map_err(node)?;
		// The bound the runtime allows any motion; closing refunds what the call did not use.
		let bound = at
			.constants()
			.entry(chain::constants().council().max_proposal_weight())
			.map_err(node)?;
		let tx = chain::tx().council().close(motion.hash, index, bound, call.encoded_size() as u32);
		let receipt = self.submit(&tx, signer).await?;
		let outcome = receipt.find(|event| match event {
			RuntimeEvent::Council(CouncilEvent::Executed { result, .. }) => {
				Some(Ok(result.clone()))
			},
			RuntimeEvent::Council(CouncilEvent::Disapproved { .. }) => Some(Err(())),
			_ => None,
		});
		match outcome {
			Some(Ok(Ok(()))) => Ok((receipt, Closed::Executed)),
			Some(Ok(Err(error))) => Err(self.runtime_error(error)),
			Some(Err(())) => Ok((receipt, Closed::Disapproved)),
			None => Err(Error::node_message("closing emitted neither Executed nor Disapproved")),
		}
	}

	// ---- validators ----

	/// The validator set the council decided on.
	pub async fn validators(&self) -> Result<Vec<AccountId>> {
		let at = self.reading_block().await?;
		let entry = at.storage().entry(chain::storage().consortium().validators()).map_err(node)?;
		Ok(entry.fetch(()).await.map_err(node)?.decode().map_err(node)?.0)
	}

	/// The validators of the current session (those that author and vote now).
	pub async fn session_validators(&self) -> Result<Vec<AccountId>> {
		let at = self.reading_block().await?;
		let entry = at.storage().entry(chain::storage().session().validators()).map_err(node)?;
		entry.fetch(()).await.map_err(node)?.decode().map_err(node)
	}

	/// The current session's number.
	pub async fn session_index(&self) -> Result<u32> {
		let at = self.reading_block().await?;
		let entry = at.storage().entry(chain::storage().session().current_index()).map_err(node)?;
		entry.fetch(()).await.map_err(node)?.decode().map_err(node)
	}

	/// Asks the node this client is connected to — the validator's own node, with an unsafe RPC
	/// port reachable only by its operator — for new session keys in its keystore, with the
	/// proof that `owner` holds them. Returns the SCALE-encoded keys and the proof.
	pub async fn rotate_session_keys(&self, owner: &AccountId) -> Result<(Vec<u8>, Vec<u8>)> {
		let owner = format!("0x{}", hex::encode(owner.encode()));
		let value = self.rpc("author_rotateKeysWithOwner", rpc_params![owner]).await?;
		let field = |name: &str| -> Result<Vec<u8>> {
			let text = value[name].as_str().ok_or_else(|| {
				Error::node_message(format!("author_rotateKeysWithOwner gave no {name}"))
			})?;
			hex::decode(text.trim_start_matches("0x"))
				.map_err(|e| Error::node_message(format!("author_rotateKeysWithOwner {name}: {e}")))
		};
		Ok((field("keys")?, field("proof")?))
	}

	/// `validator` registers session `keys` (SCALE-encoded, as [`Self::rotate_session_keys`]
	/// returns them) with the `proof` that it holds them. They are used from the session after
	/// next, once the validator is in the set.
	pub async fn set_session_keys(
		&self,
		validator: &Account,
		keys: &[u8],
		proof: Vec<u8>,
	) -> Result<Receipt> {
		let keys = SessionKeys::decode(&mut &keys[..])
			.map_err(|e| Error::Input(format!("not this chain's session keys: {e}")))?;
		self.submit(&chain::tx().session().set_keys(keys, proof), validator).await
	}

	// ---- runtime upgrades ----

	/// Applies the authorized runtime `code`: the chain checks it against the authorized hash
	/// and runs it from the next block.
	/// The chain keeps the authorization when the code fails its checks (e.g. a `spec_version`
	/// that is not higher) and reports that in an event: that comes back as the check's error.
	pub async fn apply_upgrade(&self, signer: &Account, code: Vec<u8>) -> Result<Receipt> {
		let receipt =
			self.submit(&chain::tx().system().apply_authorized_upgrade(code), signer).await?;
		let rejected = receipt.find(|event| match event {
			RuntimeEvent::System(chain::system::Event::RejectedInvalidAuthorizedUpgrade {
				error,
				..
			}) => Some(error.clone()),
			_ => None,
		});
		match rejected {
			Some(error) => Err(self.runtime_error(error)),
			None => Ok(receipt),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn thresholds_of_a_council() {
		// The dev chain's council of 3: two for a majority, two for two thirds.
		assert_eq!((majority(3), two_thirds(3)), (2, 2));
		// The four utilities: three for either.
		assert_eq!((majority(4), two_thirds(4)), (3, 3));
		assert_eq!((majority(5), two_thirds(5)), (3, 4));
		assert_eq!((majority(1), two_thirds(1)), (1, 1));
	}
}
