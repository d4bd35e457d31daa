//! A small, independent model of Meterchain's billing, and a harness that runs the same steps
//! through the assembled runtime's real registry, agreements, metering and billing pallets and
//! checks, after every step, that the chain did what the model says (issue 23).
//!
//! The world: Bob (the dev chain's provider) supplies electricity through one meter. Its first
//! tenant's agreement starts with the world; later tenants follow when one ends. Bob has two
//! flat tariffs with standing charges. A step moves time (with or without automatic
//! invoicing), has the meter read (possibly for a moment in the past), amends the running
//! agreement (tariff, billing cycle, payment mode), ends it (notice, effective at once), hands
//! the meter to a new tenant, pays an invoice (in part, in full or more) or tops up prepaid
//! credit.
//!
//! The model knows the rules as `pallets/metering` and `pallets/billing` document them —
//! which agreement a reading bills (tenancy changes), which period usage counts in, how a
//! period copies its terms and which period follows it, when usage is refused, what an invoice
//! charges, how credit is applied and refunded — and nothing of how the pallets store them.
//! After each step it compares: the reading's outcome (accepted for which agreement and how
//! much, or refused and why), every agreement's invoices line for line (period, tariff,
//! quantity, total, credit applied), its closed prepaid periods, its running and next
//! periods, its books, its credit, and the money in existence (nothing minted or burned).

use std::collections::BTreeMap;

use frame_support::{assert_ok, traits::Hooks, weights::Weight};
use meterchain_primitives::{
	calendar::{civil_from_days, moment_of},
	AgreementId, BillingCycle, DeviceKey, DeviceKind, DeviceReport, DeviceSignature, Moment,
	PaymentMode, Reading, ServiceKind,
};
use pallet_billing::{Energy, Tariff};
use pallet_metering::RejectReason;
use sp_core::Pair;
use sp_keyring::Sr25519Keyring;
use sp_runtime::BoundedVec;

use meterchain_runtime::{
	AccountId, Agreements, Balances, Billing, Metering, Registry, Runtime, RuntimeEvent,
	RuntimeOrigin, System,
};

/// 2026-01-10 00:00 UTC: the world starts.
pub const T0: Moment = 1_768_003_200_000;
const DAY: Moment = 86_400_000;
const MINUTE: Moment = 60_000;

/// One step of the world.
#[derive(Clone, Debug)]
pub enum Step {
	/// Time moves on by `minutes` (at most two years: longer jumps only repeat the same
	/// closes); automatic invoicing runs if `sweep`.
	Advance { minutes: u32, sweep: bool },
	/// The meter's register moves by `wh` and it reads at a moment `back`/256 of the way back
	/// from now to its last reading.
	Read { wh: u32, back: u8 },
	/// The running agreement is amended to tariff `tariff % 2`, cycle `cycle % 4`, prepaid or
	/// postpaid.
	Amend { tariff: u8, cycle: u8, prepaid: bool },
	/// The running agreement's subscriber gives notice; it ends now.
	End,
	/// A new tenant's agreement for the meter, starting `gap` minutes after the last one ended.
	NewTenant { gap: u16, tariff: u8, cycle: u8, prepaid: bool },
	/// The subscriber of invoice number `pick` (modulo those issued) pays `percent`% of what it
	/// still owes (at least 1).
	Pay { pick: u16, percent: u8 },
	/// The running agreement's subscriber tops up `amount` of prepaid credit.
	TopUp { amount: u32 },
}

/// The longest time jump of one step: two years.
const MAX_JUMP_MINUTES: u32 = 2 * 366 * 24 * 60;

/// The most steps of one run: a longer fuzz input is skipped.
pub const MAX_STEPS: usize = 120;

/// One run of the world: the first agreement's terms and the steps. The fuzzer's input type,
/// decoded from its bytes with `arbitrary`.
#[derive(Clone, Debug)]
pub struct Input {
	/// The first agreement's tariff (`% 2`), cycle (`% 4`) and payment mode.
	pub tariff: u8,
	pub cycle: u8,
	pub prepaid: bool,
	pub steps: Vec<Step>,
}

// By hand rather than derived: `arbitrary`'s derive feature would resolve the crate differently
// for the tests than for the node (wasmtime uses it without), and build the node's dependencies
// twice.
impl<'a> arbitrary::Arbitrary<'a> for Step {
	fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(match u.int_in_range(0u8..=6)? {
			0 => Step::Advance { minutes: u.arbitrary()?, sweep: u.arbitrary()? },
			1 => Step::Read { wh: u.arbitrary()?, back: u.arbitrary()? },
			2 => Step::Amend {
				tariff: u.arbitrary()?,
				cycle: u.arbitrary()?,
				prepaid: u.arbitrary()?,
			},
			3 => Step::End,
			4 => Step::NewTenant {
				gap: u.arbitrary()?,
				tariff: u.arbitrary()?,
				cycle: u.arbitrary()?,
				prepaid: u.arbitrary()?,
			},
			5 => Step::Pay { pick: u.arbitrary()?, percent: u.arbitrary()? },
			_ => Step::TopUp { amount: u.arbitrary()? },
		})
	}
}

impl<'a> arbitrary::Arbitrary<'a> for Input {
	fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(Input {
			tariff: u.arbitrary()?,
			cycle: u.arbitrary()?,
			prepaid: u.arbitrary()?,
			steps: u.arbitrary_iter()?.collect::<arbitrary::Result<_>>()?,
		})
	}

	fn arbitrary_take_rest(mut u: arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
		Ok(Input {
			tariff: u.arbitrary()?,
			cycle: u.arbitrary()?,
			prepaid: u.arbitrary()?,
			steps: u.arbitrary_take_rest_iter()?.collect::<arbitrary::Result<_>>()?,
		})
	}
}

impl Input {
	/// Runs the steps on a fresh dev chain, comparing chain and model after each (panics on
	/// a difference). Returns how many steps ran.
	pub fn run(&self) -> u32 {
		if self.steps.len() > MAX_STEPS {
			return 0;
		}
		crate::genesis::genesis_of(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
			let mut world = World::new(self.tariff, self.cycle, self.prepaid);
			for step in &self.steps {
				world.step(step);
			}
			world.steps
		})
	}
}

/// Flat price per kWh and standing charge per period of Bob's two tariffs.
const TARIFFS: [(u128, u128); 2] = [(300, 5_000), (450, 2_000)];

fn cycle_of(n: u8) -> BillingCycle {
	[BillingCycle::Monthly, BillingCycle::Quarterly, BillingCycle::HalfYearly, BillingCycle::Yearly]
		[usize::from(n % 4)]
}

fn payment_of(prepaid: bool) -> PaymentMode<u128> {
	if prepaid {
		PaymentMode::Prepaid { low_credit_threshold: 0 }
	} else {
		PaymentMode::Postpaid { due_days: 14 }
	}
}

// ---- the model ----

/// A calendar period `[start, end)` of `cycle`, computed from the civil calendar.
fn containing(at: Moment, cycle: BillingCycle) -> (Moment, Moment) {
	let months = match cycle {
		BillingCycle::Monthly => 1,
		BillingCycle::Quarterly => 3,
		BillingCycle::HalfYearly => 6,
		BillingCycle::Yearly => 12,
	};
	let (year, month, _) = civil_from_days(at / DAY);
	let first = (month - 1) / months * months;
	let start = month_start(year, first);
	(start, month_start(year, first + months))
}

/// 00:00 UTC on the first of month `month0` (0-based, may exceed 11) of `year`.
fn month_start(year: u64, month0: u32) -> Moment {
	moment_of(year + u64::from(month0 / 12), month0 % 12 + 1)
}

/// `⌊(q × rate + d/2) / d⌋`.
fn round(q: u128, rate: u128, d: u128) -> u128 {
	(q * rate + d / 2).checked_div(d).unwrap_or(0)
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Terms {
	tariff: u32,
	cycle: BillingCycle,
	prepaid: bool,
}

#[derive(Clone, Debug, PartialEq)]
struct MPeriod {
	start: Moment,
	end: Moment,
	terms: Terms,
	quantity: u64,
}

/// What the model expects an agreement's invoice (or closed prepaid period) to say.
#[derive(Clone, Debug, PartialEq)]
pub struct Bill {
	pub start: Moment,
	pub end: Moment,
	pub tariff: u32,
	pub quantity: u64,
	pub total: u128,
	pub credit_applied: u128,
}

struct MAgreement {
	subscriber: AccountId,
	start: Moment,
	end: Option<Moment>,
	/// Closed on chain (`Agreements::close`): it no longer covers the meter at all.
	uncovered: bool,
	terms: Terms,
	running: Option<MPeriod>,
	next: Option<MPeriod>,
	recorded: u64,
	closed: bool,
	credit: u128,
	invoices: Vec<Bill>,
	prepaid_closes: Vec<Bill>,
}

impl MAgreement {
	fn applies_at(&self, at: Moment) -> bool {
		self.start <= at && self.end.is_none_or(|end| at < end)
	}

	fn open(&self, (start, end): (Moment, Moment), terms: Terms) -> MPeriod {
		MPeriod { start, end, terms, quantity: 0 }
	}

	/// The period after `ended` containing `at`: of the agreement's cycle if one starts where
	/// `ended` ended (or later), else of `ended`'s cycle.
	fn after(&self, ended: &MPeriod, at: Moment) -> MPeriod {
		let at = at.max(ended.end);
		let new = containing(at, self.terms.cycle);
		if new.0 >= ended.end {
			self.open(new, self.terms)
		} else {
			let terms = Terms { cycle: ended.terms.cycle, ..self.terms };
			self.open(containing(at, ended.terms.cycle), terms)
		}
	}

	fn record(&mut self, at: Moment, quantity: u64) -> Result<(), RejectReason> {
		if self.closed {
			return Err(RejectReason::AlreadyBilled);
		}
		match (&self.running, &self.next) {
			(None, _) => {
				self.running = Some(self.open(containing(at, self.terms.cycle), self.terms))
			},
			(Some(running), None) if at >= running.end => {
				self.next = Some(self.after(running, at));
			},
			(Some(_), Some(next)) if at >= next.end => return Err(RejectReason::BillingBehind),
			_ => {},
		}
		let running = self.running.as_mut().expect("opened above");
		let slot = match self.next.as_mut() {
			Some(next) if at >= running.end => next,
			_ => running,
		};
		slot.quantity += quantity;
		self.recorded += quantity;
		Ok(())
	}

	fn bill(&self, period: &MPeriod) -> u128 {
		let (price, standing) = TARIFFS[period.terms.tariff as usize];
		let usage = round(period.quantity.into(), price, 1_000);
		let from = period.start.max(self.start);
		let until = self.end.map_or(period.end, |end| end.min(period.end));
		let in_force = until.saturating_sub(from);
		usage + round(in_force.into(), standing, (period.end - period.start).into())
	}

	/// Closes every period that ended by `now`, one after the other.
	fn sweep(&mut self, now: Moment) {
		while self.running.as_ref().is_some_and(|running| running.end <= now) {
			let ended = self.running.take().expect("checked above");
			let total = self.bill(&ended);
			let mut bill = Bill {
				start: ended.start,
				end: ended.end,
				tariff: ended.terms.tariff,
				quantity: ended.quantity,
				total,
				credit_applied: 0,
			};
			if ended.terms.prepaid {
				self.prepaid_closes.push(bill);
			} else {
				bill.credit_applied = self.credit.min(total);
				self.credit -= bill.credit_applied;
				self.invoices.push(bill);
			}
			self.running = match self.next.take() {
				Some(next) if next.start <= ended.end => Some(next),
				Some(next) => {
					let between = self.after(&ended, ended.end);
					if between.end <= next.start {
						self.next = Some(next);
						Some(between)
					} else {
						Some(next)
					}
				},
				None if self.applies_at(ended.end) => Some(self.after(&ended, ended.end)),
				None => None,
			};
			if self.running.is_none() {
				self.closed = true;
				// The rest of the credit goes back to the subscriber.
				self.credit = 0;
			}
		}
	}
}

/// The meter as metering sees it.
#[derive(Default)]
struct MMeter {
	last: Option<(Moment, u64)>,
	register: u64,
	seq: u64,
}

/// The model and the chain side by side.
pub struct World {
	now: Moment,
	next_sweep: Moment,
	agreements: Vec<MAgreement>,
	meter: MMeter,
	key: sp_core::sr25519::Pair,
	bob: AccountId,
	tenants: Vec<AccountId>,
	issuance: u128,
	nonce: u64,
	/// The prepaid periods the chain closed (its `PrepaidPeriodClosed` events), per agreement.
	chain_prepaid: BTreeMap<AgreementId, Vec<(Moment, Moment, u64, u128)>>,
	pub steps: u32,
}

fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

fn tariff(n: usize) -> Tariff {
	let (price, standing_charge) = TARIFFS[n];
	Tariff {
		energy: Energy::Flat { price },
		standing_charge,
		demand_charge: 0,
		session_fee: 0,
		tax_bps: 0,
	}
}

impl World {
	/// Sets the chain up (in externalities of the dev preset): subscribers, the meter, the
	/// tariffs, and the first tenant's agreement on `terms`.
	pub fn new(tariff_n: u8, cycle: u8, prepaid: bool) -> World {
		System::set_block_number(1);
		pallet_timestamp::Now::<Runtime>::put(T0);
		let bob = Sr25519Keyring::Bob.to_account_id();
		let tenants: Vec<AccountId> =
			[Sr25519Keyring::Charlie, Sr25519Keyring::Dave, Sr25519Keyring::Eve]
				.iter()
				.map(|k| k.to_account_id())
				.collect();
		for tenant in &tenants {
			assert_ok!(Registry::register_subscriber(signed(tenant), Default::default(), None));
		}
		let key = sp_core::sr25519::Pair::from_string("//model-meter", None).expect("a key");
		let device = pallet_registry::NextDeviceId::<Runtime>::get();
		assert_eq!(device, 0, "the dev chain has no device yet");
		assert_ok!(Registry::commission_device(
			signed(&bob),
			DeviceKind::Meter,
			ServiceKind::Electricity,
			DeviceKey::Sr25519(key.public().0),
			900,
			None,
		));
		let first_tariff = pallet_billing::NextTariffId::<Runtime>::get();
		assert_eq!(first_tariff, 0, "the dev chain has no tariff yet");
		for n in 0..TARIFFS.len() {
			assert_ok!(Billing::create_tariff(signed(&bob), ServiceKind::Electricity, tariff(n)));
		}
		let mut world = World {
			now: T0,
			next_sweep: 0,
			agreements: Vec::new(),
			meter: MMeter::default(),
			key,
			bob,
			tenants,
			issuance: Balances::total_issuance(),
			nonce: 0,
			chain_prepaid: BTreeMap::new(),
			steps: 0,
		};
		world.conclude(T0, tariff_n, cycle, prepaid);
		world
	}

	fn terms_of(&self, id: usize) -> pallet_agreements::TermsOf<Runtime> {
		let agreement = &self.agreements[id];
		pallet_agreements::TermsOf::<Runtime> {
			provider: self.bob.clone(),
			subscriber: agreement.subscriber.clone(),
			service: ServiceKind::Electricity,
			tariff: agreement.terms.tariff,
			cycle: agreement.terms.cycle,
			payment: payment_of(agreement.terms.prepaid),
			devices: BoundedVec::truncate_from(vec![0]),
			start: agreement.start,
			end: None,
			notice_period: 0,
			document_hash: Default::default(),
			encrypted_document: None,
			nonce: self.nonce,
			deadline: self.now + DAY,
		}
	}

	fn conclude(&mut self, start: Moment, tariff: u8, cycle: u8, prepaid: bool) {
		let subscriber = self.tenants[self.agreements.len() % self.tenants.len()].clone();
		let terms = Terms { tariff: u32::from(tariff % 2), cycle: cycle_of(cycle), prepaid };
		self.agreements.push(MAgreement {
			subscriber: subscriber.clone(),
			start,
			end: None,
			uncovered: false,
			terms,
			running: None,
			next: None,
			recorded: 0,
			closed: false,
			credit: 0,
			invoices: Vec::new(),
			prepaid_closes: Vec::new(),
		});
		self.nonce += 1;
		let id = self.agreements.len() - 1;
		let terms = self.terms_of(id);
		let hash = Agreements::terms_hash(terms.clone());
		assert_ok!(Agreements::propose(signed(&subscriber), terms));
		assert_ok!(Agreements::accept(signed(&self.bob), hash));
	}

	/// The agreement in force now, if any (the last one, unless it ended).
	fn current(&self) -> Option<usize> {
		let id = self.agreements.len() - 1;
		self.agreements[id].applies_at(self.now).then_some(id)
	}

	fn next_block(&self) -> u32 {
		let n = System::block_number() + 1;
		System::set_block_number(n);
		n
	}

	/// Runs `step` on the chain and in the model, then compares them.
	pub fn step(&mut self, step: &Step) {
		self.steps += 1;
		System::reset_events();
		match *step {
			Step::Advance { minutes, sweep } => {
				self.now += Moment::from(minutes.clamp(1, MAX_JUMP_MINUTES)) * MINUTE;
				pallet_timestamp::Now::<Runtime>::put(self.now);
				self.next_block();
				if sweep {
					self.sweep();
				}
			},
			Step::Read { wh, back } => self.read(wh, back),
			Step::Amend { tariff, cycle, prepaid } => {
				let Some(id) = self.current() else { return };
				let terms =
					Terms { tariff: u32::from(tariff % 2), cycle: cycle_of(cycle), prepaid };
				if terms == self.agreements[id].terms {
					return;
				}
				self.agreements[id].terms = terms;
				self.nonce += 1;
				let new = self.terms_of(id);
				let hash = Agreements::terms_hash(new.clone());
				let subscriber = self.agreements[id].subscriber.clone();
				assert_ok!(Agreements::propose_amendment(signed(&subscriber), id as u64, new));
				assert_ok!(Agreements::approve_amendment(signed(&self.bob), id as u64, hash));
			},
			Step::End => {
				let Some(id) = self.current() else { return };
				let subscriber = self.agreements[id].subscriber.clone();
				assert_ok!(Agreements::give_notice(signed(&subscriber), id as u64));
				self.agreements[id].end = Some(self.now);
			},
			Step::NewTenant { gap, tariff, cycle, prepaid } => {
				let last = self.agreements.last().expect("one");
				let Some(end) = last.end else { return };
				let start = end.max(self.now) + Moment::from(gap) * MINUTE;
				// A meter is covered by at most four agreements' windows: the oldest ended one
				// is closed (anyone may), and no longer covers the meter.
				let covering: Vec<usize> =
					(0..self.agreements.len()).filter(|n| !self.agreements[*n].uncovered).collect();
				if covering.len() >= 3 {
					assert_ok!(Agreements::close(signed(&self.bob), covering[0] as u64));
					self.agreements[covering[0]].uncovered = true;
				}
				self.conclude(start, tariff, cycle, prepaid);
			},
			Step::Pay { pick, percent } => self.pay(pick, percent),
			Step::TopUp { amount } => {
				let Some(id) = self.current().filter(|id| self.agreements[*id].terms.prepaid)
				else {
					return;
				};
				let subscriber = self.agreements[id].subscriber.clone();
				let amount = u128::from(amount.max(1));
				assert_ok!(Billing::top_up(signed(&subscriber), id as u64, amount));
			},
		}
		self.check();
	}

	fn sweep(&mut self) {
		if self.now < self.next_sweep {
			// The chain's sweep waits for the next month boundary too.
			Billing::on_idle(self.next_block(), Weight::MAX);
			return;
		}
		self.next_sweep = containing(self.now, BillingCycle::Monthly).1;
		loop {
			Billing::on_idle(self.next_block(), Weight::MAX);
			if pallet_billing::SweepCursor::<Runtime>::get().is_none() {
				break;
			}
		}
		for agreement in &mut self.agreements {
			agreement.sweep(self.now);
		}
		for record in System::events() {
			if let RuntimeEvent::Billing(pallet_billing::Event::PrepaidPeriodClosed {
				agreement,
				from,
				to,
				quantity,
				total,
			}) = record.event
			{
				let closed = (from, to, quantity, total);
				self.chain_prepaid.entry(agreement).or_default().push(closed);
			}
		}
	}

	fn read(&mut self, wh: u32, back: u8) {
		let since = self.meter.last.map_or(T0.saturating_sub(DAY), |(at, _)| at);
		if self.now < since + MINUTE {
			return;
		}
		let span = self.now - since - MINUTE;
		let at = self.now - span * Moment::from(back) / 256;
		let register = self.meter.register + u64::from(wh);
		self.meter.seq += 1;
		let expected = self.model_reading(at, register);
		let reading = Reading {
			device: 0,
			key_epoch: 0,
			seq: self.meter.seq,
			timestamp: at,
			register,
			peak: None,
		};
		let payload = DeviceReport::Reading {
			reading: reading.clone(),
			signature: DeviceSignature::Sr25519([0; 64]),
		}
		.signing_payload(&Metering::genesis_hash());
		let report = DeviceReport::Reading {
			reading,
			signature: DeviceSignature::Sr25519(self.key.sign(&payload).0),
		};
		assert_ok!(Metering::submit_batch(
			signed(&self.bob),
			vec![report].try_into().expect("one")
		));
		let outcome = System::events().into_iter().find_map(|record| match record.event {
			RuntimeEvent::Metering(pallet_metering::Event::ReadingAccepted {
				quantity,
				agreement,
				..
			}) => Some(Ok((agreement, quantity))),
			RuntimeEvent::Metering(pallet_metering::Event::Rejected { reason, .. }) => {
				Some(Err(reason))
			},
			_ => None,
		});
		let outcome = outcome.expect("a reading is accepted or rejected");
		assert_eq!(
			outcome, expected,
			"step {}: the reading at {at} of register {register}",
			self.steps
		);
		if outcome.is_err() {
			// Refused: the meter's sequence number was not used; its register counts on.
			self.meter.seq -= 1;
		}
		self.meter.register = register;
	}

	/// What metering and billing do with a reading at `at` of `register`, per the rules;
	/// applies it to the model if accepted.
	fn model_reading(
		&mut self,
		at: Moment,
		register: u64,
	) -> Result<(AgreementId, u64), RejectReason> {
		let covers =
			|at: Moment| self.agreements.iter().position(|a| !a.uncovered && a.applies_at(at));
		let id = at.checked_sub(1).and_then(covers).or_else(|| covers(at));
		let Some(id) = id else { return Err(RejectReason::NotCovered) };
		if let Some((last, before)) = self.meter.last {
			// The runtime's electricity limit: 10 MWh an hour, rounded up.
			let most = (10_000_000u128 * u128::from(at - last)).div_ceil(3_600_000);
			if u128::from(register - before) > most {
				return Err(RejectReason::Implausible);
			}
		}
		let quantity = match self.meter.last {
			Some((last, before)) if last >= self.agreements[id].start => register - before,
			_ => 0,
		};
		if quantity > 0 {
			self.agreements[id].record(at, quantity)?;
		}
		self.meter.last = Some((at, register));
		Ok((id as AgreementId, quantity))
	}

	fn pay(&mut self, pick: u16, percent: u8) {
		let open: Vec<(u64, pallet_billing::Invoice<Runtime>)> = {
			let mut all: Vec<_> = pallet_billing::Invoices::<Runtime>::iter()
				.filter(|(_, invoice)| invoice.outstanding() > 0)
				.collect();
			all.sort_by_key(|(id, _)| *id);
			all
		};
		if open.is_empty() {
			return;
		}
		let (id, invoice) = &open[usize::from(pick) % open.len()];
		let outstanding = invoice.outstanding();
		let amount = (outstanding * u128::from(percent) / 100).max(1);
		assert_ok!(Billing::pay(signed(&invoice.subscriber), *id, amount));
		let agreement = &mut self.agreements[invoice.agreement as usize];
		agreement.credit += amount.saturating_sub(outstanding);
	}

	/// The chain says what the model says (and, in the fuzzer, whose runtime is built with
	/// `try-runtime`, every pallet's invariants hold).
	fn check(&self) {
		let step = self.steps;
		#[cfg(fuzzing)]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			type All = meterchain_runtime::AllPalletsWithSystem;
			// The pallets that hold money and the ledger (Aura's own check, that the time is
			// its current slot's, does not hold where the harness sets the time directly).
			for pallet in
				["System", "Balances", "Registry", "Agreements", "Metering", "Billing", "Pruning"]
			{
				let only = TryStateSelect::Only(vec![pallet.as_bytes().to_vec()]);
				<All as TryState<u32>>::try_state(System::block_number(), only)
					.unwrap_or_else(|e| panic!("step {step}: the invariants of {pallet}: {e:?}"));
			}
		}
		assert_eq!(
			Balances::total_issuance(),
			self.issuance,
			"step {step}: money minted or burned"
		);
		let mut invoices: BTreeMap<u64, Vec<Bill>> = BTreeMap::new();
		let mut all: Vec<_> = pallet_billing::Invoices::<Runtime>::iter().collect();
		all.sort_by_key(|(id, _)| *id);
		for (_, invoice) in all {
			invoices.entry(invoice.agreement).or_default().push(Bill {
				start: invoice.period.start,
				end: invoice.period.end,
				tariff: invoice.tariff,
				quantity: invoice.quantity,
				total: invoice.total,
				credit_applied: invoice.credit_applied,
			});
		}
		for (n, model) in self.agreements.iter().enumerate() {
			let id = n as AgreementId;
			let chain = invoices.remove(&id).unwrap_or_default();
			assert_eq!(chain, model.invoices, "step {step}: the invoices of agreement {id}");
			let closed = self.chain_prepaid.get(&id).cloned().unwrap_or_default();
			let expected: Vec<_> = model
				.prepaid_closes
				.iter()
				.map(|b| (b.start, b.end, b.quantity, b.total))
				.collect();
			assert_eq!(
				closed, expected,
				"step {step}: the closed prepaid periods of agreement {id}"
			);
			let accrual = pallet_billing::Accruals::<Runtime>::get(id);
			let period = |p: &pallet_billing::PeriodUsage| {
				(
					p.period.start,
					p.period.end,
					p.tariff,
					p.cycle,
					p.payment.is_prepaid(),
					p.quantity,
				)
			};
			let mperiod = |p: &MPeriod| {
				(p.start, p.end, p.terms.tariff, p.terms.cycle, p.terms.prepaid, p.quantity)
			};
			assert_eq!(
				accrual.as_ref().map(|a| period(&a.current)),
				model.running.as_ref().map(mperiod),
				"step {step}: the running period of agreement {id}"
			);
			assert_eq!(
				accrual.as_ref().and_then(|a| a.next.as_ref().map(period)),
				model.next.as_ref().map(mperiod),
				"step {step}: the next period of agreement {id}"
			);
			let books = pallet_billing::UsageLedgers::<Runtime>::get(id).unwrap_or_default();
			assert_eq!(books.closed, model.closed, "step {step}: the final bill of {id}");
			// Every unit the model saw accepted for the agreement is billed or running, once.
			let running = accrual.as_ref().map_or(0, |a| {
				a.current.quantity + a.next.as_ref().map_or(0, |next| next.quantity)
			});
			assert_eq!(
				books.billed + books.unbilled + running,
				model.recorded,
				"step {step}: usage of {id} billed exactly once"
			);
			assert_eq!(
				pallet_billing::Credit::<Runtime>::get(id),
				model.credit,
				"step {step}: the credit of agreement {id}"
			);
		}
		assert!(invoices.is_empty(), "step {step}: invoices of agreements the model has not");
	}
}
