//! The pallets whose benchmarks the runtime exposes (`--features runtime-benchmarks`). The
//! names resolve where `list_benchmarks!` / `add_benchmarks!` expand, in `apis.rs`.

pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_registry, Registry]
	[pallet_agreements, Agreements]
	[pallet_metering, Metering]
);
