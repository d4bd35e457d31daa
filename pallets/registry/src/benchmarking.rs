//! Benchmarks of the registry's calls, each in its worst case.

use super::*;
use crate::Pallet as Registry;
use alloc::vec;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use meterchain_primitives::MAX_ID_TAG_LEN;
use sp_core::H256;
use sp_runtime::traits::Saturating;

const SEED: u32 = 0;

/// A name of the greatest length.
fn max_name<T: Config>() -> NameOf<T> {
	NameOf::<T>::truncate_from(vec![b'n'; T::MaxNameLen::get() as usize])
}

/// A ciphertext of the greatest length.
fn max_ciphertext<T: Config>() -> CiphertextOf<T> {
	CiphertextOf::<T>::truncate_from(vec![0xc1; T::MaxEnvelopeLen::get() as usize])
}

/// Every service.
fn all_services() -> Services {
	Services::truncate_from(ServiceKind::ALL.to_vec())
}

/// A device key derived from `seed`.
fn key(seed: u32) -> DeviceKey {
	DeviceKey::Sr25519(sp_io::hashing::blake2_256(&(b"bench-key", seed).encode()))
}

/// A tag of the greatest length, derived from `seed`: printable and upper-case (the stored
/// form), `seed` in hex followed by `T`s.
fn tag(seed: u32) -> IdTag {
	let mut bytes = vec![b'T'; MAX_ID_TAG_LEN as usize];
	for (i, byte) in bytes.iter_mut().take(8).enumerate() {
		let nibble = (seed >> (28 - 4 * i)) & 0xf;
		*byte = b"0123456789ABCDEF"[nibble as usize];
	}
	IdTag::truncate_from(bytes)
}

/// An active provider offering every service, with the longest name.
fn provider<T: Config>(index: u32) -> T::AccountId {
	let who: T::AccountId = account("provider", index, SEED);
	assert!(Registry::<T>::do_register_provider(&who, max_name::<T>(), all_services(), key(index))
		.is_ok());
	who
}

/// A funded account.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let amount = T::SubscriberDeposit::get()
		.saturating_mul(10u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(10u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// A registered subscriber with the longest envelope, addressed to a provider.
fn subscriber<T: Config>(index: u32) -> T::AccountId {
	let recipient = provider::<T>(1_000 + index);
	let who = funded::<T>("subscriber", index);
	assert!(Registry::<T>::do_register_subscriber(
		&who,
		H256::repeat_byte(1),
		Some((recipient, max_ciphertext::<T>()))
	)
	.is_ok());
	who
}

/// Registers `count` tags for `who`, from seed `first` on.
fn tags<T: Config>(who: &T::AccountId, first: u32, count: u32) {
	let expiry = Some(Registry::<T>::now().saturating_add(86_400_000));
	for seed in first..first.saturating_add(count) {
		assert!(Registry::<T>::do_register_tag(who, &tag(seed), expiry).is_ok());
	}
}

/// A group of `provider`.
fn group<T: Config>(provider: &T::AccountId) -> GroupId {
	let aggregator = Some(account("aggregator", 0, SEED));
	match Registry::<T>::do_create_group(provider, max_name::<T>(), aggregator) {
		Ok(id) => id,
		Err(_) => panic!("the provider is active"),
	}
}

/// An active charger of `provider`, in a group of it.
fn device<T: Config>(provider: &T::AccountId, seed: u32) -> (DeviceId, GroupId) {
	let group = group::<T>(provider);
	let id = match Registry::<T>::do_commission_device(
		provider,
		DeviceKind::Charger,
		ServiceKind::EvCharging,
		key(seed),
		T::MinReportingInterval::get(),
		Some(group),
	) {
		Ok(id) => id,
		Err(_) => panic!("a valid device"),
	};
	(id, group)
}

fn last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as Config>::RuntimeEvent::from(event).into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_provider() -> Result<(), BenchmarkError> {
		let origin =
			T::ProviderOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("provider", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), max_name::<T>(), all_services(), key(0));

		assert!(Providers::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn suspend_provider() -> Result<(), BenchmarkError> {
		let origin =
			T::ProviderOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = provider::<T>(0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		last_event::<T>(Event::ProviderSuspended { provider: who });
		Ok(())
	}

	#[benchmark]
	fn resume_provider() -> Result<(), BenchmarkError> {
		let origin =
			T::ProviderOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who = provider::<T>(0);
		Registry::<T>::do_set_provider_status(&who, ProviderStatus::Suspended)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		last_event::<T>(Event::ProviderResumed { provider: who });
		Ok(())
	}

	#[benchmark]
	fn update_provider() {
		let who = provider::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), max_name::<T>(), all_services(), key(1));

		assert_eq!(Providers::<T>::get(&who).map(|p| p.token_key), Some(key(1)));
	}

	#[benchmark]
	fn register_subscriber() {
		let recipient = provider::<T>(0);
		let who = funded::<T>("subscriber", 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			H256::repeat_byte(1),
			Some((recipient, max_ciphertext::<T>())),
		);

		assert!(Subscribers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn update_subscriber() {
		let who = subscriber::<T>(0);
		let recipient = provider::<T>(0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			H256::repeat_byte(2),
			Some((recipient, max_ciphertext::<T>())),
		);

		last_event::<T>(Event::SubscriberUpdated {
			subscriber: who,
			data_hash: H256::repeat_byte(2),
		});
	}

	#[benchmark]
	fn deregister_subscriber(t: Linear<0, { T::MaxTagsPerSubscriber::get() }>) {
		let who = subscriber::<T>(0);
		tags::<T>(&who, 0, t);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Subscribers::<T>::contains_key(&who));
		assert!(!SubscriberTags::<T>::contains_key(&who));
	}

	#[benchmark]
	fn register_tag() {
		let who = subscriber::<T>(0);
		// Worst case: the list is one short of full.
		let max = T::MaxTagsPerSubscriber::get();
		tags::<T>(&who, 0, max.saturating_sub(1));
		let new = tag(max);
		let expiry = Some(Registry::<T>::now().saturating_add(86_400_000));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), new.clone(), expiry);

		assert!(IdTags::<T>::contains_key(&new));
	}

	#[benchmark]
	fn set_tag_blocked() {
		let who = subscriber::<T>(0);
		tags::<T>(&who, 0, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), tag(0), true);

		assert!(IdTags::<T>::get(tag(0)).is_some_and(|t| t.blocked_since.is_some()));
	}

	#[benchmark]
	fn remove_tag() {
		let who = subscriber::<T>(0);
		// Worst case: a full list, the tag last.
		let max = T::MaxTagsPerSubscriber::get();
		tags::<T>(&who, 0, max);
		let last = tag(max.saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), last.clone());

		assert!(!IdTags::<T>::contains_key(&last));
	}

	#[benchmark]
	fn commission_device() {
		let who = provider::<T>(0);
		let group = group::<T>(&who);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who.clone()),
			DeviceKind::Charger,
			ServiceKind::EvCharging,
			key(7),
			T::MinReportingInterval::get(),
			Some(group),
		);

		assert_eq!(Groups::<T>::get(group).map(|g| g.devices), Some(1));
	}

	#[benchmark]
	fn suspend_device() {
		let who = provider::<T>(0);
		let (id, _) = device::<T>(&who, 7);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		last_event::<T>(Event::DeviceSuspended { id });
	}

	#[benchmark]
	fn resume_device() -> Result<(), BenchmarkError> {
		let who = provider::<T>(0);
		let (id, _) = device::<T>(&who, 7);
		Registry::<T>::do_suspend_device(&who, id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		last_event::<T>(Event::DeviceResumed { id });
		Ok(())
	}

	#[benchmark]
	fn decommission_device() {
		let who = provider::<T>(0);
		let (id, group) = device::<T>(&who, 7);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert_eq!(Groups::<T>::get(group).map(|g| g.devices), Some(0));
	}

	#[benchmark]
	fn rotate_device_key() {
		let who = provider::<T>(0);
		let (id, _) = device::<T>(&who, 7);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, key(8));

		assert_eq!(Devices::<T>::get(id).map(|d| d.key_epoch), Some(1));
	}

	#[benchmark]
	fn set_device_group() {
		// Worst case: from one group to another.
		let who = provider::<T>(0);
		let (id, from) = device::<T>(&who, 7);
		let to = group::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, Some(to));

		last_event::<T>(Event::DeviceGroupChanged { id, from: Some(from), to: Some(to) });
	}

	#[benchmark]
	fn create_group() {
		let who = provider::<T>(0);
		let aggregator: T::AccountId = account("aggregator", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), max_name::<T>(), Some(aggregator));

		assert!(Groups::<T>::contains_key(0));
	}

	#[benchmark]
	fn set_group_aggregator() {
		let who = provider::<T>(0);
		let id = group::<T>(&who);
		let aggregator: T::AccountId = account("aggregator", 1, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, Some(aggregator.clone()));

		last_event::<T>(Event::GroupAggregatorSet { id, aggregator: Some(aggregator) });
	}

	#[benchmark]
	fn remove_group() {
		let who = provider::<T>(0);
		let id = group::<T>(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);

		assert!(!Groups::<T>::contains_key(id));
	}

	#[benchmark]
	fn authorize_gateway() {
		let who = provider::<T>(0);
		let gateway: T::AccountId = account("gateway", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), gateway.clone());

		assert!(Gateways::<T>::contains_key(&who, &gateway));
	}

	#[benchmark]
	fn revoke_gateway() -> Result<(), BenchmarkError> {
		let who = provider::<T>(0);
		let gateway: T::AccountId = account("gateway", 0, SEED);
		Registry::<T>::do_authorize_gateway(&who, &gateway)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), gateway.clone());

		assert!(!Gateways::<T>::contains_key(&who, &gateway));
		Ok(())
	}

	impl_benchmark_test_suite!(Registry, mock::new_test_ext(), mock::Test);
}
