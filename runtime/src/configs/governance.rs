//! The utilities' consortium governs the network.
//!
//! - **Council** (`pallet_collective`): one seat per utility. A member proposes a motion (any
//!   call), members vote, and once the threshold is reached anyone closes it and the call runs
//!   with the council's origin.
//! - **Council membership** (`pallet_membership`): who sits on the council. Changing it takes
//!   two thirds of the council.
//! - **Consortium** (`pallet_consortium`): the validator set (a council majority adds or removes
//!   validators; `pallet_session` takes the set at its next rotation) and root authority for a
//!   two-thirds motion (runtime upgrades).
//! - **Session** (`pallet_session`): hourly sessions. Validators register their Aura and GRANDPA
//!   keys with `session.set_keys`; a new set or new keys take effect two rotations later.
//!
//! Root (the development chains' sudo key, or an enacted two-thirds motion) may do all a motion
//! may. The `staging` preset has no sudo key, so there the council is the only way.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
	weights::Weight,
};
use frame_system::EnsureRoot;
use pallet_collective::{EnsureProportionAtLeast, EnsureProportionMoreThan};
use sp_runtime::{traits::ConvertInto, Perbill};

use crate::{
	configs::RuntimeBlockWeights, AccountId, Balances, BlockNumber, Consortium, Council, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeOrigin, SessionKeys, DAYS, HOURS,
};

/// The council of the utilities.
pub type CouncilInstance = pallet_collective::Instance1;
/// Who sits on it.
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// More than half of the council, or root: registers and suspends providers, adds and removes
/// validators, rules escalated disputes.
pub type CouncilMajority = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureProportionMoreThan<AccountId, CouncilInstance, 1, 2>,
>;
/// At least two thirds of the council, or root: changes the council, dispatches as root.
pub type CouncilSupermajority = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>,
>;

/// A consortium of utilities is small: at most 32 seats and 32 validators (Aura's and
/// GRANDPA's `MaxAuthorities`).
pub type CouncilMaxMembers = ConstU32<32>;

parameter_types! {
	/// Members have three days to vote; a motion still short of its threshold then fails.
	pub const MotionDuration: BlockNumber = 3 * DAYS;
	/// A motion's call may use at most half a block.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
	/// Sessions of an hour: how soon a validator change or key rotation can take effect.
	pub const SessionPeriod: BlockNumber = HOURS;
	pub const SessionOffset: BlockNumber = 0;
}

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = CouncilMaxMembers;
	/// A member who does not vote follows the prime member, if there is one.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Membership is kept by `pallet_membership`; this path is root's alone.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = CouncilSupermajority;
	type KillOrigin = CouncilSupermajority;
	/// Members are known utilities: proposing needs no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = CouncilSupermajority;
	type RemoveOrigin = CouncilSupermajority;
	type SwapOrigin = CouncilSupermajority;
	type ResetOrigin = CouncilSupermajority;
	type PrimeOrigin = CouncilSupermajority;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

impl pallet_consortium::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = CouncilMajority;
	type EnactOrigin = CouncilSupermajority;
	type MaxValidators = crate::configs::consensus::MaxAuthorities;
	/// GRANDPA with four validators survives one failure; below that the consortium must not go
	/// by accident, but a network may start with fewer, so the floor is one.
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// A validator is identified by its account.
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = Consortium;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	/// Misbehaviour is the council's to judge: no automatic disabling.
	type DisablingStrategy = ();
	/// `pallet_session`'s own benchmarks need a staking pallet, which this chain does not have:
	/// its reference weights are used.
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	/// Validators are contracted utilities: registering keys needs no deposit.
	type KeyDeposit = ();
}
