//! Block production (Aura) and finality (GRANDPA) by the utilities' validators.

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
	/// No sessions pallet yet, so equivocation reports cannot be checked against key ownership
	/// and are not accepted (`KeyOwnerProof = Void`). The validators are known, contracted
	/// utilities: misbehaviour is handled by the consortium's governance.
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
