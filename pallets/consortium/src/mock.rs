//! A test runtime: System and the consortium. Root adds and removes validators; only the
//! council's account ([`COUNCIL`]) may enact.

use crate as pallet_consortium;
use frame_support::{derive_impl, ord_parameter_types, traits::ConstU32};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Consortium: pallet_consortium,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The account that stands for an approved council motion.
pub const COUNCIL: u64 = 100;
/// Most and fewest validators.
pub const MAX: u32 = 5;
pub const MIN: u32 = 2;

ord_parameter_types! {
	pub const Council: u64 = COUNCIL;
}

impl pallet_consortium::Config for Test {
	type RuntimeCall = RuntimeCall;
	type ValidatorOrigin = EnsureRoot<u64>;
	type EnactOrigin = EnsureSignedBy<Council, u64>;
	type MaxValidators = ConstU32<MAX>;
	type MinValidators = ConstU32<MIN>;
	type WeightInfo = ();
}

/// Genesis with validators 1, 2 and 3, at block 1 (so that events are kept).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_consortium::GenesisConfig::<Test> { validators: vec![1, 2, 3] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
