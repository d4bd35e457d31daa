//! Weights for `pallet_registry`.
//!
//! PLACEHOLDER numbers, written by hand (not measured): plausible values with the right storage
//! access counts, until this file is regenerated with the benchmark CLI, e.g.
//!
//! ```text
//! frame-omni-bencher v1 benchmark pallet \
//!     --runtime target/release/wbuild/meterchain-runtime/meterchain_runtime.compact.compressed.wasm \
//!     --pallet pallet_registry --extrinsic '*' --steps 50 --repeat 20 \
//!     --template .maintain/frame-weight-template.hbs \
//!     --output pallets/registry/src/weights.rs
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_registry`.
pub trait WeightInfo {
	fn register_provider() -> Weight;
	fn suspend_provider() -> Weight;
	fn resume_provider() -> Weight;
	fn update_provider() -> Weight;
	fn register_subscriber() -> Weight;
	fn update_subscriber() -> Weight;
	fn deregister_subscriber(t: u32) -> Weight;
	fn register_tag() -> Weight;
	fn set_tag_blocked() -> Weight;
	fn remove_tag() -> Weight;
	fn commission_device() -> Weight;
	fn suspend_device() -> Weight;
	fn resume_device() -> Weight;
	fn decommission_device() -> Weight;
	fn rotate_device_key() -> Weight;
	fn set_device_group() -> Weight;
	fn create_group() -> Weight;
	fn set_group_aggregator() -> Weight;
	fn remove_group() -> Weight;
	fn authorize_gateway() -> Weight;
	fn revoke_gateway() -> Weight;
}

/// Weights for `pallet_registry` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: Registry::Providers (r:1 w:1)
	fn register_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn suspend_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn resume_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn update_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::Providers (r:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn register_subscriber() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `10600`
		Weight::from_parts(46_000_000, 10600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::Providers (r:1)
	fn update_subscriber() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6600`
		Weight::from_parts(30_000_000, 6600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::SubscriberTags (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1), Registry::IdTags (w:t)
	fn deregister_subscriber(t: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(50_000_000, 9500)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(t.into()))
	}
	/// Storage: Registry::Subscribers (r:1), Registry::IdTags (r:1 w:1), Registry::SubscriberTags (r:1 w:1)
	fn register_tag() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::IdTags (r:1 w:1)
	fn set_tag_blocked() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::IdTags (r:1 w:1), Registry::SubscriberTags (r:1 w:1)
	fn remove_tag() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(34_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::DeviceByKey (r:1 w:1), Registry::Groups (r:1 w:1), Registry::NextDeviceId (r:1 w:1), Registry::Devices (w:1)
	fn commission_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(50_000_000, 9500)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1)
	fn suspend_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1)
	fn resume_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::Groups (r:1 w:1)
	fn decommission_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::DeviceByKey (r:1 w:1)
	fn rotate_device_key() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::Groups (r:2 w:2)
	fn set_device_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(46_000_000, 9500)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::NextGroupId (r:1 w:1), Registry::Groups (w:1)
	fn create_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(34_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Groups (r:1 w:1)
	fn set_group_aggregator() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Groups (r:1 w:1)
	fn remove_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Gateways (r:1 w:1)
	fn authorize_gateway() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Gateways (r:1 w:1)
	fn revoke_gateway() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: Registry::Providers (r:1 w:1)
	fn register_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn suspend_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn resume_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1 w:1)
	fn update_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::Providers (r:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1)
	fn register_subscriber() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `10600`
		Weight::from_parts(46_000_000, 10600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::Providers (r:1)
	fn update_subscriber() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `6600`
		Weight::from_parts(30_000_000, 6600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Subscribers (r:1 w:1), Registry::SubscriberTags (r:1 w:1), Balances::Holds (r:1 w:1), System::Account (r:1 w:1), Registry::IdTags (w:t)
	fn deregister_subscriber(t: u32) -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(50_000_000, 9500)
			// Standard Error: placeholder
			.saturating_add(Weight::from_parts(3_000_000, 0).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
			.saturating_add(Weight::from_parts(0, 2_600).saturating_mul(t.into()))
	}
	/// Storage: Registry::Subscribers (r:1), Registry::IdTags (r:1 w:1), Registry::SubscriberTags (r:1 w:1)
	fn register_tag() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::IdTags (r:1 w:1)
	fn set_tag_blocked() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `3500`
		Weight::from_parts(26_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::IdTags (r:1 w:1), Registry::SubscriberTags (r:1 w:1)
	fn remove_tag() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(34_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::DeviceByKey (r:1 w:1), Registry::Groups (r:1 w:1), Registry::NextDeviceId (r:1 w:1), Registry::Devices (w:1)
	fn commission_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(50_000_000, 9500)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1)
	fn suspend_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1)
	fn resume_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::Groups (r:1 w:1)
	fn decommission_device() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::DeviceByKey (r:1 w:1)
	fn rotate_device_key() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `7500`
		Weight::from_parts(38_000_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Devices (r:1 w:1), Registry::Groups (r:2 w:2)
	fn set_device_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `9500`
		Weight::from_parts(46_000_000, 9500)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::NextGroupId (r:1 w:1), Registry::Groups (w:1)
	fn create_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(34_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Groups (r:1 w:1)
	fn set_group_aggregator() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Groups (r:1 w:1)
	fn remove_group() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Gateways (r:1 w:1)
	fn authorize_gateway() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: Registry::Providers (r:1), Registry::Gateways (r:1 w:1)
	fn revoke_gateway() -> Weight {
		// Proof Size summary in bytes:
		//  Estimated: `5500`
		Weight::from_parts(30_000_000, 5500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
