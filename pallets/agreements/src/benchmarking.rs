//! Benchmarks of the agreements pallet's calls, each in its worst case: the longest document,
//! `d` devices whose coverage lists are full but for one slot, a subscriber with all but one
//! open slot used, the longest history an amendment can extend, `<Bytes>`-wrapped signatures
//! (the raw form is tried and fails first), and pending proposals that must be settled.

use super::*;
use crate::Pallet as AgreementsPallet;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use meterchain_primitives::{
	BillingCycle, PaymentMode, PrunableLedger, RegistryBenchmarking, ServiceKind, TariffId,
	TariffsBenchmarking, Visit,
};
use sp_core::{crypto::KeyTypeId, H256};
use sp_runtime::{
	traits::{IdentifyAccount, Saturating},
	MultiSignature, MultiSigner,
};

/// Makes the key pairs, signatures and chain time the benchmarks need.
pub trait BenchmarkHelper<Public, Signature> {
	/// A key pair derived from `seed`; its public key.
	fn signer(seed: u32) -> Public;
	/// `signer`'s signature of `message`.
	fn sign(signer: &Public, message: &[u8]) -> Signature;
	/// Sets the chain's time to `now` (milliseconds).
	fn set_now(now: Moment);
}

/// The key type under which benchmark keys are generated in the keystore.
const KEY_TYPE: KeyTypeId = KeyTypeId(*b"agrb");

/// For runtimes with `MultiSigner`/`MultiSignature` parties and a `pallet_timestamp` named
/// `Timestamp` with `u64` moments: sr25519 keys generated in the benchmark's keystore (like
/// pallet-nfts), and time set by writing `Timestamp::Now`.
impl BenchmarkHelper<MultiSigner, MultiSignature> for () {
	fn signer(seed: u32) -> MultiSigner {
		let suri = format!("//meterchain/agreements/benchmark/{seed}");
		MultiSigner::Sr25519(sp_io::crypto::sr25519_generate(KEY_TYPE, Some(suri.into_bytes())))
	}

	fn sign(signer: &MultiSigner, message: &[u8]) -> MultiSignature {
		match signer {
			MultiSigner::Sr25519(public) => MultiSignature::Sr25519(
				sp_io::crypto::sr25519_sign(KEY_TYPE, public, message)
					.expect("the key was generated in the keystore by `signer`; qed"),
			),
			_ => panic!("`signer` makes only sr25519 keys"),
		}
	}

	fn set_now(now: Moment) {
		let key = frame_support::storage::storage_prefix(b"Timestamp", b"Now");
		frame_support::storage::unhashed::put(&key, &now);
	}
}

const SEED: u32 = 0;
/// One day in milliseconds.
const DAY: Moment = 24 * 60 * 60 * 1000;

/// The two parties, with the keys they sign with.
struct Parties<T: Config> {
	provider: T::AccountId,
	provider_key: T::OffchainPublic,
	subscriber: T::AccountId,
	subscriber_key: T::OffchainPublic,
	/// The provider's electricity tariff, which the terms name.
	tariff: TariffId,
}

/// A provider offering electricity and a registered subscriber, both funded.
fn parties<T: Config>() -> Parties<T> {
	let provider_key = T::BenchmarkHelper::signer(1);
	let subscriber_key = T::BenchmarkHelper::signer(2);
	let provider = provider_key.clone().into_account();
	let subscriber = subscriber_key.clone().into_account();
	T::RegistryBenchmark::make_provider(&provider, ServiceKind::Electricity);
	T::RegistryBenchmark::make_subscriber(&subscriber);
	let tariff = T::TariffsBenchmark::make_tariff(&provider, ServiceKind::Electricity);
	fund::<T>(&provider);
	fund::<T>(&subscriber);
	Parties { provider, provider_key, subscriber, subscriber_key, tariff }
}

/// Gives `who` enough for a few deposits.
fn fund<T: Config>(who: &T::AccountId) {
	let amount = T::ProposalDeposit::get()
		.saturating_mul(10u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(10u32.into()));
	T::Currency::set_balance(who, amount);
}

/// `count` new electricity meters of `provider`, from seed `first` on.
fn devices<T: Config>(provider: &T::AccountId, first: u32, count: u32) -> Vec<DeviceId> {
	(first..first.saturating_add(count))
		.map(|seed| T::RegistryBenchmark::make_device(provider, ServiceKind::Electricity, seed))
		.collect()
}

/// Terms between the parties' provider and `subscriber` with the longest document.
fn terms_between<T: Config>(
	parties: &Parties<T>,
	subscriber: &T::AccountId,
	devices: Vec<DeviceId>,
	start: Moment,
	end: Option<Moment>,
	nonce: u64,
) -> TermsOf<T> {
	Terms {
		provider: parties.provider.clone(),
		subscriber: subscriber.clone(),
		service: ServiceKind::Electricity,
		tariff: parties.tariff,
		cycle: BillingCycle::Monthly,
		payment: PaymentMode::Prepaid { low_credit_threshold: 1u32.into() },
		devices: BoundedVec::truncate_from(devices),
		start,
		end,
		notice_period: T::MaxNoticePeriod::get(),
		document_hash: H256::repeat_byte(0xdc),
		encrypted_document: Some(BoundedVec::truncate_from(vec![
			0xd0;
			T::MaxDocumentLen::get() as usize
		])),
		nonce,
		deadline: AgreementsPallet::<T>::now().saturating_add(DAY),
	}
}

/// Terms between the parties.
fn terms<T: Config>(
	parties: &Parties<T>,
	devices: Vec<DeviceId>,
	start: Moment,
	nonce: u64,
) -> TermsOf<T> {
	terms_between::<T>(parties, &parties.subscriber, devices, start, None, nonce)
}

/// Records `terms` as an agreement, without checks.
fn conclude<T: Config>(terms: TermsOf<T>) -> AgreementId {
	let hash = AgreementsPallet::<T>::hash_of(&terms);
	AgreementsPallet::<T>::conclude(terms, hash).expect("the set-up fits the bounds; qed")
}

/// Fills the coverage lists of `devices`: each is covered by all but one of the agreements it
/// can be (other subscribers', back to back from now). Returns when new terms can start.
fn fill_devices<T: Config>(parties: &Parties<T>, devices: &[DeviceId]) -> Moment {
	let mut start = AgreementsPallet::<T>::now();
	for k in 0..T::MaxAgreementsPerDevice::get().saturating_sub(1) {
		let filler: T::AccountId = account("filler", k, SEED);
		let end = start.saturating_add(DAY);
		conclude::<T>(terms_between::<T>(
			parties,
			&filler,
			devices.to_vec(),
			start,
			Some(end),
			1_000 + k as u64,
		));
		start = end;
	}
	start
}

/// Uses all but one of the subscriber's open slots (with agreements without devices).
fn fill_open<T: Config>(parties: &Parties<T>) {
	let now = AgreementsPallet::<T>::now();
	for k in 0..T::MaxOpenPerSubscriber::get().saturating_sub(1) {
		conclude::<T>(terms::<T>(parties, vec![], now, 2_000 + k as u64));
	}
}

/// An agreement between the parties covering `devices` from now, amended so that one more
/// amendment fills its history.
fn agreement<T: Config>(parties: &Parties<T>, devices: Vec<DeviceId>) -> AgreementId {
	let id = conclude::<T>(terms::<T>(parties, devices, AgreementsPallet::<T>::now(), 0));
	for version in 1..T::MaxVersions::get() {
		let record = Agreements::<T>::get(id).expect("just concluded; qed");
		let mut terms = record.terms.clone();
		terms.nonce = 10_000 + version as u64;
		let hash = AgreementsPallet::<T>::hash_of(&terms);
		AgreementsPallet::<T>::apply_amendment(id, record, terms, hash)
			.expect("the history has room; qed");
	}
	id
}

/// A pending amendment of agreement `id` by the subscriber (nonce `nonce`, on new devices).
fn pending_amendment<T: Config>(
	parties: &Parties<T>,
	id: AgreementId,
	devices: Vec<DeviceId>,
	start: Moment,
	nonce: u64,
) -> H256 {
	let terms = terms::<T>(parties, devices, start, nonce);
	AgreementsPallet::<T>::do_propose_amendment(&parties.subscriber, id, terms)
		.expect("a valid amendment; qed")
		.0
}

/// `signer`'s signature of `action`, in the `<Bytes>` wrapping (verified second, so slowest).
fn sign<T: Config, Terms: codec::Encode>(
	signer: &T::OffchainPublic,
	action: &SignedAction<Terms>,
) -> T::OffchainSignature {
	let payload = AgreementsPallet::<T>::payload(action);
	T::BenchmarkHelper::sign(signer, &[BYTES_PREFIX, &payload[..], BYTES_SUFFIX].concat())
}

/// Both parties' signatures of `action`.
fn signatures<T: Config, Terms: codec::Encode>(
	parties: &Parties<T>,
	action: &SignedAction<Terms>,
) -> (T::OffchainSignature, T::OffchainSignature) {
	(sign::<T, _>(&parties.subscriber_key, action), sign::<T, _>(&parties.provider_key, action))
}

fn last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as Config>::RuntimeEvent::from(event).into());
}

/// A proposal of terms covering the most devices, with time moved past its deadline. Returns
/// its terms hash.
fn expired_proposal<T: Config>() -> H256 {
	let parties = parties::<T>();
	let devices = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
	let terms = terms::<T>(&parties, devices, AgreementsPallet::<T>::now(), 0);
	let deadline = terms.deadline;
	let (hash, _) =
		AgreementsPallet::<T>::do_propose(&parties.subscriber, &terms).expect("valid terms; qed");
	T::BenchmarkHelper::set_now(deadline.saturating_add(1));
	assert_eq!(AgreementsPallet::<T>::now(), deadline.saturating_add(1), "time moved");
	hash
}

/// An agreement amended `v` times (its earlier versions' hashes remembered), terminated by
/// both parties, with time moved past the signing window. Returns it and when it ended.
fn ended_agreement<T: Config>(v: u32) -> (AgreementId, Moment) {
	let parties = parties::<T>();
	let id = agreement::<T>(&parties, vec![]);
	Agreements::<T>::mutate(id, |record| {
		if let Some(record) = record {
			for n in 0..v {
				let hash = H256::repeat_byte(n as u8 ^ 0x5a);
				let _ = record.history.try_push(hash);
				UsedTerms::<T>::insert(hash, id);
			}
		}
	});
	AgreementsPallet::<T>::do_propose_termination(&parties.subscriber, id)
		.expect("an open agreement; qed");
	let (at, _) = AgreementsPallet::<T>::do_approve_termination(&parties.provider, id)
		.expect("the other party approves; qed");
	T::BenchmarkHelper::set_now(at.saturating_add(T::MaxSigningWindow::get()).saturating_add(1));
	(id, at)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		let start = fill_devices::<T>(&parties, &devices);
		fill_open::<T>(&parties);
		let terms = terms::<T>(&parties, devices, start, 0);
		let hash = AgreementsPallet::<T>::hash_of(&terms);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), terms);

		assert!(Proposals::<T>::contains_key(hash));
	}

	#[benchmark]
	fn accept(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		let start = fill_devices::<T>(&parties, &devices);
		fill_open::<T>(&parties);
		let terms = terms::<T>(&parties, devices, start, 0);
		let (hash, _) = AgreementsPallet::<T>::do_propose(&parties.subscriber, &terms)
			.expect("valid terms; qed");
		let id = NextAgreementId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.provider.clone()), hash);

		last_event::<T>(Event::Concluded {
			id,
			terms_hash: hash,
			provider: parties.provider,
			subscriber: parties.subscriber,
		});
	}

	#[benchmark]
	fn reject() {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let terms = terms::<T>(&parties, devices, AgreementsPallet::<T>::now(), 0);
		let (hash, _) = AgreementsPallet::<T>::do_propose(&parties.subscriber, &terms)
			.expect("valid terms; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.provider.clone()), hash);

		assert!(!Proposals::<T>::contains_key(hash));
	}

	#[benchmark]
	fn withdraw() {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let terms = terms::<T>(&parties, devices, AgreementsPallet::<T>::now(), 0);
		let (hash, _) = AgreementsPallet::<T>::do_propose(&parties.subscriber, &terms)
			.expect("valid terms; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), hash);

		assert!(!Proposals::<T>::contains_key(hash));
	}

	#[benchmark]
	fn remove_expired_proposal() {
		let hash = expired_proposal::<T>();
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), hash);

		assert!(!Proposals::<T>::contains_key(hash));
	}

	#[benchmark]
	fn conclude_signed(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		let start = fill_devices::<T>(&parties, &devices);
		fill_open::<T>(&parties);
		let terms = terms::<T>(&parties, devices, start, 0);
		// A proposal of the same terms is settled on the way.
		let (hash, _) = AgreementsPallet::<T>::do_propose(&parties.subscriber, &terms)
			.expect("valid terms; qed");
		let (subscriber_signature, provider_signature) =
			signatures::<T, _>(&parties, &SignedAction::Conclude(&terms));
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), terms, subscriber_signature, provider_signature);

		assert!(UsedTerms::<T>::contains_key(hash));
		assert!(!Proposals::<T>::contains_key(hash));
	}

	#[benchmark]
	fn propose_amendment(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let old = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let id = agreement::<T>(&parties, old);
		let new = devices::<T>(&parties.provider, 1_000, d);
		let start = fill_devices::<T>(&parties, &new);
		let terms = terms::<T>(&parties, new, start, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), id, terms);

		assert!(PendingAmendments::<T>::contains_key(id));
	}

	#[benchmark]
	fn approve_amendment(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let old = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let id = agreement::<T>(&parties, old);
		let new = devices::<T>(&parties.provider, 1_000, d);
		let start = fill_devices::<T>(&parties, &new);
		let hash = pending_amendment::<T>(&parties, id, new, start, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.provider.clone()), id, hash);

		let version = T::MaxVersions::get().saturating_add(1);
		last_event::<T>(Event::Amended { id, version, terms_hash: hash });
	}

	#[benchmark]
	fn cancel_amendment() {
		let parties = parties::<T>();
		let old = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let id = agreement::<T>(&parties, old.clone());
		let now = AgreementsPallet::<T>::now();
		let hash = pending_amendment::<T>(&parties, id, old, now, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.provider.clone()), id);

		last_event::<T>(Event::AmendmentCancelled { id, terms_hash: hash });
	}

	#[benchmark]
	fn amend_signed(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let old = devices::<T>(&parties.provider, 0, T::MaxDevices::get());
		let id = agreement::<T>(&parties, old.clone());
		let now = AgreementsPallet::<T>::now();
		// A pending amendment is cancelled on the way.
		pending_amendment::<T>(&parties, id, old, now, 1);
		let new = devices::<T>(&parties.provider, 1_000, d);
		let start = fill_devices::<T>(&parties, &new);
		let terms = terms::<T>(&parties, new, start, 2);
		let hash = AgreementsPallet::<T>::hash_of(&terms);
		let version = T::MaxVersions::get().saturating_add(1);
		let (subscriber_signature, provider_signature) = signatures::<T, _>(
			&parties,
			&SignedAction::Amend { agreement: id, version, terms: &terms },
		);
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, terms, subscriber_signature, provider_signature);

		last_event::<T>(Event::Amended { id, version, terms_hash: hash });
	}

	#[benchmark]
	fn propose_termination() {
		let parties = parties::<T>();
		let id = agreement::<T>(&parties, vec![]);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), id);

		assert!(PendingTerminations::<T>::contains_key(id));
	}

	#[benchmark]
	fn approve_termination(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		fill_open::<T>(&parties);
		let id = agreement::<T>(&parties, devices.clone());
		let now = AgreementsPallet::<T>::now();
		pending_amendment::<T>(&parties, id, devices, now, 1);
		AgreementsPallet::<T>::do_propose_termination(&parties.subscriber, id)
			.expect("an open agreement; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.provider.clone()), id);

		last_event::<T>(Event::Terminated { id, at: now });
	}

	#[benchmark]
	fn terminate_signed(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		fill_open::<T>(&parties);
		let id = agreement::<T>(&parties, devices.clone());
		let now = AgreementsPallet::<T>::now();
		pending_amendment::<T>(&parties, id, devices, now, 1);
		AgreementsPallet::<T>::do_propose_termination(&parties.subscriber, id)
			.expect("an open agreement; qed");
		let version = T::MaxVersions::get();
		let (subscriber_signature, provider_signature) = signatures::<T, ()>(
			&parties,
			&SignedAction::Terminate { agreement: id, version, deadline: now },
		);
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, now, subscriber_signature, provider_signature);

		last_event::<T>(Event::Terminated { id, at: now });
	}

	#[benchmark]
	fn give_notice(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		let id = agreement::<T>(&parties, devices);

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), id);

		let ends_at = AgreementsPallet::<T>::now().saturating_add(T::MaxNoticePeriod::get());
		last_event::<T>(Event::NoticeGiven { id, by: parties.subscriber, ends_at });
	}

	#[benchmark]
	fn close(d: Linear<0, { T::MaxDevices::get() }>) {
		let parties = parties::<T>();
		let devices = devices::<T>(&parties.provider, 0, d);
		fill_open::<T>(&parties);
		let id = agreement::<T>(&parties, devices.clone());
		let now = AgreementsPallet::<T>::now();
		pending_amendment::<T>(&parties, id, devices, now, 1);
		AgreementsPallet::<T>::do_propose_termination(&parties.subscriber, id)
			.expect("an open agreement; qed");
		let (ends_at, _) = AgreementsPallet::<T>::do_give_notice(&parties.subscriber, id)
			.expect("an open agreement; qed");
		T::BenchmarkHelper::set_now(ends_at);
		assert_eq!(AgreementsPallet::<T>::now(), ends_at, "time moved");
		let caller: T::AccountId = account("caller", 0, SEED);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		last_event::<T>(Event::Closed { id, at: ends_at });
	}

	#[benchmark]
	fn cancel_termination() {
		let parties = parties::<T>();
		let id = agreement::<T>(&parties, vec![]);
		AgreementsPallet::<T>::do_propose_termination(&parties.subscriber, id)
			.expect("an open agreement; qed");

		#[extrinsic_call]
		_(RawOrigin::Signed(parties.subscriber.clone()), id);

		assert!(!PendingTerminations::<T>::contains_key(id));
	}

	#[benchmark]
	fn prune_close_agreement(v: Linear<0, { T::MaxVersions::get() }>) {
		// An agreement amended `v` times and terminated, past the signing window: it goes with
		// its party index entries and the hashes of all its versions.
		let (id, at) = ended_agreement::<T>(v);
		let visit;
		#[block]
		{
			visit = <AgreementsPallet<T> as PrunableLedger>::close_next(&[], at);
		}

		assert!(matches!(visit, (Visit::Closed { .. }, _)));
		assert!(!Agreements::<T>::contains_key(id));
	}

	#[benchmark]
	fn prune_keep() {
		// The dearest agreement to keep: ended and past the window, so every check is read,
		// the last (a pending termination) keeping it.
		let (id, at) = ended_agreement::<T>(0);
		PendingTerminations::<T>::insert(id, account::<T::AccountId>("party", 0, SEED));
		let visit;
		#[block]
		{
			visit = <AgreementsPallet<T> as PrunableLedger>::close_next(&[], at);
		}

		assert!(matches!(visit, (Visit::Kept { .. }, _)));
		assert!(Agreements::<T>::contains_key(id));
		PendingTerminations::<T>::remove(id);
	}

	#[benchmark]
	fn prune_drop_proposal() {
		let hash = expired_proposal::<T>();
		let visit;
		#[block]
		{
			// The proposals' phase of the walk, from its start.
			visit = <AgreementsPallet<T> as PrunableLedger>::close_next(&[1], 0);
		}

		assert!(matches!(visit, (Visit::Dropped { .. }, _)));
		assert!(!Proposals::<T>::contains_key(hash));
	}

	impl_benchmark_test_suite!(AgreementsPallet, mock::new_test_ext(), mock::Test);
}
