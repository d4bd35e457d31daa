//! Block production (Aura) and finality (GRANDPA) by the utilities' validators. Their
//! authorities come from the session pallet (`governance.rs`), not from these pallets' genesis.

use frame_support::traits::{ConstBool, ConstU32, ConstU64};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

use crate::{Runtime, RuntimeEvent};

/// Upper bound of the validator set. A consortium of utilities is small; 32 leaves room.
pub type MaxAuthorities = ConstU32<32>;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	/// One block per slot: a validator that authors two blocks in one slot is misbehaving.
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	/// No staking, so no nominators.
	type MaxNominators = ConstU32<0>;
	/// Equivocation reports are not accepted (`KeyOwnerProof = Void`): checking them needs the
	/// session pallet's historical key-ownership proofs, and the validators are known,
	/// contracted utilities whose misbehaviour the council handles (docs/OPERATIONS.md).
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
