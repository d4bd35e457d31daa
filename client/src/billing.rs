//! Billing (pallet `billing`): tariffs, invoices, payments; and recomputing an invoice from its
//! usage and the tariff version that priced it, independently of the chain's code.

use crate::{
	api::{chain, AgreementId, Moment, ServiceKind, TariffId},
	client::{Client, Receipt},
	error::{Error, Result},
	keys::Account,
};

/// A version of a tariff: the price of usage and every other component.
pub type Tariff = chain::runtime_types::pallet_billing::types::Tariff;
/// How usage is priced: flat, tiered or by time of use.
pub type Energy = chain::runtime_types::pallet_billing::types::Energy;
/// A price tier.
pub type Tier = chain::runtime_types::pallet_billing::types::Tier;
/// A time-of-use band.
pub type Band = chain::runtime_types::pallet_billing::types::Band;
/// When a band applies: weekdays and a UTC time-of-day window.
pub type Window = chain::runtime_types::pallet_billing::types::Window;
/// A tariff: provider, service, when each version comes into force.
pub type TariffInfo = chain::runtime_types::pallet_billing::types::TariffInfo;
/// An invoice.
pub type Invoice = chain::runtime_types::pallet_billing::types::Invoice;
/// An invoice line.
pub type Line = chain::runtime_types::pallet_billing::types::Line;
/// What a line charges for.
pub type Charge = chain::runtime_types::pallet_billing::types::Charge;
/// Where an invoice stands.
pub type InvoiceStatus = chain::runtime_types::pallet_billing::types::InvoiceStatus;
/// A payment towards an invoice.
pub type PaymentReceipt = chain::runtime_types::pallet_billing::types::Receipt;
/// The running period's usage of an agreement.
pub type Accrual = chain::runtime_types::pallet_billing::types::Accrual;
/// The running period's bill so far.
pub type Estimate = chain::runtime_types::pallet_billing::types::Estimate;
pub use crate::api::InvoiceId;

/// Prices are per this many base units (per kWh of Wh, per m³ of litres).
pub const PRICE_BASIS: u128 = 1_000;

/// The chain's rounding of every line: the exact amount rounded half up (see the billing
/// pallet's `pricing` module, which this mirrors so that a portal checks it independently).
fn round(quantity: u128, rate: u128, divisor: u128) -> Option<u128> {
	if divisor == 0 {
		return Some(0);
	}
	quantity.checked_mul(rate)?.checked_add(divisor / 2).map(|n| n / divisor)
}

/// The divisor of a line's rate.
fn divisor(charge: &Charge, period_ms: u64) -> u128 {
	match charge {
		Charge::Usage | Charge::Tier(_) | Charge::Band(_) | Charge::OffBand => PRICE_BASIS,
		Charge::Standing => period_ms.into(),
		Charge::Demand => 1_000,
		Charge::Sessions => 1,
		Charge::Tax => 10_000,
	}
}

/// The rate `tariff` sets for a line of `charge`, if it has one.
fn rate(tariff: &Tariff, charge: &Charge) -> Option<u128> {
	let index = |n: &u8| usize::from(*n);
	match (charge, &tariff.energy) {
		(Charge::Usage, Energy::Flat { price }) => Some(*price),
		(Charge::Tier(n), Energy::Tiered { tiers }) => tiers.0.get(index(n)).map(|t| t.price),
		(Charge::Band(n), Energy::TimeOfUse { bands, .. }) => {
			bands.0.get(index(n)).map(|b| b.price)
		},
		(Charge::OffBand, Energy::TimeOfUse { base, .. }) => Some(*base),
		(Charge::Standing, _) => Some(tariff.standing_charge),
		(Charge::Demand, _) => Some(tariff.demand_charge),
		(Charge::Sessions, _) => Some(tariff.session_fee),
		(Charge::Tax, _) => Some(tariff.tax_bps.into()),
		_ => None,
	}
}

/// What differs between a recomputed invoice and the chain's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MismatchKind {
	/// A line is not priced at the tariff's rate.
	Rate,
	/// A line's amount is not its quantity at its rate, rounded half up.
	Amount,
	/// The tax line is not on the sum of the other lines.
	TaxBase,
	/// The lines do not sum to the total.
	Total,
	/// The usage lines do not add up to the invoice's usage.
	Usage,
	/// A line charges what the tariff does not price.
	NotInTariff,
}

/// A difference between a recomputed invoice and the chain's.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Mismatch {
	/// What differs.
	pub kind: MismatchKind,
	/// The line (from 0), if it is one line's.
	pub line: Option<usize>,
	/// What recomputing gives.
	pub expected: u128,
	/// What the invoice says.
	pub found: u128,
}

fn mismatch(kind: MismatchKind, line: Option<usize>, expected: u128, found: u128) -> Mismatch {
	Mismatch { kind, line, expected, found }
}

/// Recomputes `invoice` from its usage and `tariff` (the version that priced it): each line's
/// rate and rounded amount, the tax base, the total, and that the usage lines account for the
/// invoice's usage. Returns every difference found (none: the invoice is right).
pub fn recompute(invoice: &Invoice, tariff: &Tariff) -> Vec<Mismatch> {
	let mut found = Vec::new();
	let period = invoice.period.end.saturating_sub(invoice.period.start);
	let mut subtotal = 0u128;
	let mut usage = 0u128;
	for (n, line) in invoice.lines.0.iter().enumerate() {
		let Some(expected_rate) = rate(tariff, &line.charge) else {
			found.push(mismatch(MismatchKind::NotInTariff, Some(n), 0, line.rate));
			continue;
		};
		if expected_rate != line.rate {
			found.push(mismatch(MismatchKind::Rate, Some(n), expected_rate, line.rate));
		}
		match round(line.quantity, expected_rate, divisor(&line.charge, period)) {
			Some(amount) if amount == line.amount => {},
			Some(amount) => {
				found.push(mismatch(MismatchKind::Amount, Some(n), amount, line.amount))
			},
			None => found.push(mismatch(MismatchKind::Amount, Some(n), u128::MAX, line.amount)),
		}
		match line.charge {
			Charge::Tax => {
				if line.quantity != subtotal {
					found.push(mismatch(MismatchKind::TaxBase, Some(n), subtotal, line.quantity));
				}
			},
			Charge::Usage | Charge::Tier(_) | Charge::Band(_) | Charge::OffBand => {
				usage = usage.saturating_add(line.quantity);
				subtotal = subtotal.saturating_add(line.amount);
			},
			_ => subtotal = subtotal.saturating_add(line.amount),
		}
	}
	let sum = invoice.lines.0.iter().fold(0u128, |sum, line| sum.saturating_add(line.amount));
	if sum != invoice.total {
		found.push(mismatch(MismatchKind::Total, None, sum, invoice.total));
	}
	if usage != u128::from(invoice.quantity) {
		found.push(mismatch(MismatchKind::Usage, None, invoice.quantity.into(), usage));
	}
	found
}

// The text forms of tariff components (the CLI's `--band` and `--tier`), parsed; what is not
// well formed is an `Error::Input` that says why.

fn bad(text: String) -> Error {
	Error::Input(text)
}

fn number<T: core::str::FromStr>(text: &str, what: &str) -> Result<T> {
	text.trim().parse().map_err(|_| bad(format!("{what}: not a number: {text:?}")))
}

/// `mon-fri`, `sat,sun`, `all`, `tue`: a weekday bit mask (bit 0 Monday), as a [`Window`]
/// keeps it.
pub fn parse_days(text: &str) -> Result<u8> {
	const NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
	let day = |name: &str| {
		NAMES
			.iter()
			.position(|n| *n == name.trim().to_lowercase())
			.ok_or_else(|| bad(format!("not a weekday: {name:?} (mon … sun)")))
	};
	if text.trim() == "all" {
		return Ok(0x7f);
	}
	let mut mask = 0u8;
	for part in text.split(',') {
		match part.split_once('-') {
			Some((from, to)) => {
				let (from, to) = (day(from)?, day(to)?);
				if from > to {
					return Err(bad(format!("weekday range backwards: {part:?}")));
				}
				(from..=to).for_each(|d| mask |= 1 << d);
			},
			None => mask |= 1 << day(part)?,
		}
	}
	Ok(mask)
}

/// `HH:MM` as minutes of the day (24:00 allowed as an end).
pub fn parse_minute(text: &str) -> Result<u16> {
	let (h, m) = text.split_once(':').ok_or_else(|| bad(format!("not HH:MM: {text:?}")))?;
	let (h, m): (u16, u16) = (number(h, "hour")?, number(m, "minute")?);
	if m >= 60 || h * 60 + m > 1_440 {
		return Err(bad(format!("not a time of day: {text:?}")));
	}
	Ok(h * 60 + m)
}

/// A time-of-use band as written `DAYS/FROM-TO/PRICE`, e.g. `mon-fri/00:00-06:30/100`: on those
/// weekdays (see [`parse_days`]), between those UTC times of day, that price per 1,000 units.
pub fn parse_band(text: &str) -> Result<Band> {
	let parts: Vec<&str> = text.split('/').collect();
	let [d, window, price] = parts[..] else {
		return Err(bad(format!("a band is DAYS/FROM-TO/PRICE: {text:?}")));
	};
	let (from, to) =
		window.split_once('-').ok_or_else(|| bad(format!("a window is FROM-TO: {window:?}")))?;
	Ok(Band {
		window: Window {
			days: parse_days(d)?,
			from_minute: parse_minute(from)?,
			to_minute: parse_minute(to)?,
		},
		price: number(price, "price")?,
	})
}

/// A price tier as written `UP_TO:PRICE`, e.g. `10000:200` (usage up to 10,000 units at 200
/// per 1,000), or `:400` for the last, open-ended tier.
pub fn parse_tier(text: &str) -> Result<Tier> {
	let (up_to, price) =
		text.split_once(':').ok_or_else(|| bad(format!("a tier is UP_TO:PRICE: {text:?}")))?;
	let up_to = if up_to.trim().is_empty() { None } else { Some(number(up_to, "tier bound")?) };
	Ok(Tier { up_to, price: number(price, "price")? })
}

/// A flat tariff at `price` per [`PRICE_BASIS`] units, with the other components given.
pub fn flat(price: u128, standing_charge: u128, tax_bps: u16) -> Tariff {
	Tariff {
		energy: Energy::Flat { price },
		standing_charge,
		demand_charge: 0,
		session_fee: 0,
		tax_bps,
	}
}

/// The status's name, as the CLI prints it.
pub fn status_name(status: &InvoiceStatus) -> &'static str {
	match status {
		InvoiceStatus::Open => "open",
		InvoiceStatus::PartiallyPaid => "partially paid",
		InvoiceStatus::Paid => "paid",
		InvoiceStatus::Overdue => "overdue",
		InvoiceStatus::Disputed => "disputed",
		InvoiceStatus::Credited => "credited",
	}
}

/// A line's name, as the CLI prints it.
pub fn charge_name(charge: &Charge) -> String {
	match charge {
		Charge::Usage => "usage".into(),
		Charge::Tier(n) => format!("usage, tier {}", n + 1),
		Charge::Band(n) => format!("usage, band {}", n + 1),
		Charge::OffBand => "usage, outside the bands".into(),
		Charge::Standing => "standing charge".into(),
		Charge::Demand => "demand charge".into(),
		Charge::Sessions => "charging sessions".into(),
		Charge::Tax => "tax".into(),
	}
}

impl Client {
	/// `provider` creates a tariff for `service` whose first version, `tariff`, is in force
	/// from now. Returns the tariff's id.
	pub async fn create_tariff(
		&self,
		provider: &Account,
		service: ServiceKind,
		tariff: Tariff,
	) -> Result<(TariffId, Receipt)> {
		let call = chain::tx().billing().create_tariff(service, tariff);
		let receipt = self.submit(&call, provider).await?;
		let id = receipt
			.find(|event| match event {
				chain::Event::Billing(chain::billing::Event::TariffCreated { id, .. }) => Some(*id),
				_ => None,
			})
			.ok_or_else(|| Error::NotFound("no TariffCreated event".into()))?;
		Ok((id, receipt))
	}

	/// The tariff's `provider` publishes a new version of `id`, in force from `from` (in the
	/// future) for the billing periods that start then or later. Returns the version.
	pub async fn publish_version(
		&self,
		provider: &Account,
		id: TariffId,
		tariff: Tariff,
		from: Moment,
	) -> Result<(u32, Receipt)> {
		let call = chain::tx().billing().publish_version(id, tariff, from);
		let receipt = self.submit(&call, provider).await?;
		let version = receipt
			.find(|event| match event {
				chain::Event::Billing(chain::billing::Event::VersionPublished {
					version, ..
				}) => Some(*version),
				_ => None,
			})
			.ok_or_else(|| Error::NotFound("no VersionPublished event".into()))?;
		Ok((version, receipt))
	}

	/// Tariff `id`.
	pub async fn tariff(&self, id: TariffId) -> Result<Option<TariffInfo>> {
		self.view(chain::view_functions().billing().tariff(id)).await
	}

	/// Version `version` of tariff `id`.
	pub async fn tariff_version(&self, id: TariffId, version: u32) -> Result<Option<Tariff>> {
		self.view(chain::view_functions().billing().tariff_version(id, version)).await
	}

	/// Anyone invoices `agreement`'s ended period now. Returns the invoice's id.
	pub async fn issue_invoice(
		&self,
		anyone: &Account,
		agreement: AgreementId,
	) -> Result<(InvoiceId, Receipt)> {
		let call = chain::tx().billing().issue_invoice(agreement);
		let receipt = self.submit(&call, anyone).await?;
		let id = receipt
			.find(|event| match event {
				chain::Event::Billing(chain::billing::Event::InvoiceIssued { invoice, .. }) => {
					Some(*invoice)
				},
				_ => None,
			})
			.ok_or_else(|| Error::NotFound("no InvoiceIssued event".into()))?;
		Ok((id, receipt))
	}

	/// `payer` pays `amount` towards `invoice`; what exceeds the outstanding balance becomes
	/// credit on the agreement.
	pub async fn pay(&self, payer: &Account, invoice: InvoiceId, amount: u128) -> Result<Receipt> {
		self.submit(&chain::tx().billing().pay(invoice, amount), payer).await
	}

	/// Invoice `id`, with its status now.
	pub async fn invoice(&self, id: InvoiceId) -> Result<Option<Invoice>> {
		self.view(chain::view_functions().billing().invoice(id)).await
	}

	/// Every invoice of `agreement` (in storage order), following the pages.
	pub async fn invoices_of(&self, agreement: AgreementId) -> Result<Vec<InvoiceId>> {
		let mut all: Vec<InvoiceId> = Vec::new();
		loop {
			let page = self
				.view(chain::view_functions().billing().invoices_of(
					agreement,
					all.last().copied(),
					100,
				))
				.await?;
			let done = page.len() < 100;
			all.extend(page);
			if done {
				return Ok(all);
			}
		}
	}

	/// The payments received for `invoice`, in order.
	pub async fn receipts(&self, invoice: InvoiceId) -> Result<Vec<PaymentReceipt>> {
		self.view(chain::view_functions().billing().receipts(invoice)).await
	}

	/// The credit of `agreement`, applied to its next invoice.
	pub async fn credit(&self, agreement: AgreementId) -> Result<u128> {
		self.view(chain::view_functions().billing().credit(agreement)).await
	}

	/// The running period's bill of `agreement` so far.
	pub async fn estimate(&self, agreement: AgreementId) -> Result<Option<Estimate>> {
		self.view(chain::view_functions().billing().estimate(agreement)).await
	}

	/// The running period's usage of `agreement`.
	pub async fn accrual(&self, agreement: AgreementId) -> Result<Option<Accrual>> {
		self.view(chain::view_functions().billing().accrual(agreement)).await
	}

	/// Fetches invoice `id` and the tariff version that priced it, and recomputes it.
	pub async fn verify_invoice(&self, id: InvoiceId) -> Result<(Invoice, Vec<Mismatch>)> {
		let invoice =
			self.invoice(id).await?.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?;
		let tariff =
			self.tariff_version(invoice.tariff, invoice.version).await?.ok_or_else(|| {
				Error::NotFound(format!("version {} of tariff {}", invoice.version, invoice.tariff))
			})?;
		let mismatches = recompute(&invoice, &tariff);
		Ok((invoice, mismatches))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::api::{AccountId, BoundedVec};

	const MARCH: u64 = 1_772_323_200_000;
	const APRIL: u64 = MARCH + 31 * 86_400_000;

	fn line(charge: Charge, quantity: u128, rate: u128, amount: u128) -> Line {
		Line { charge, quantity, rate, amount }
	}

	/// The chain's flat-tariff example: 12,345 Wh at 300/kWh, standing 3,100, demand 4.5 kW
	/// at 1,000/kW, tax 10 %.
	fn example() -> (Invoice, Tariff) {
		let tariff = Tariff { demand_charge: 1_000, ..flat(300, 3_100, 1_000) };
		let lines = vec![
			line(Charge::Usage, 12_345, 300, 3_704),
			line(Charge::Standing, (APRIL - MARCH).into(), 3_100, 3_100),
			line(Charge::Demand, 4_500, 1_000, 4_500),
			line(Charge::Tax, 11_304, 1_000, 1_130),
		];
		let invoice = Invoice {
			agreement: 0,
			subscriber: AccountId::from([1; 32]),
			provider: AccountId::from([2; 32]),
			period: chain::runtime_types::pallet_billing::calendar::Period {
				start: MARCH,
				end: APRIL,
			},
			tariff: 0,
			version: 1,
			quantity: 12_345,
			lines: BoundedVec(lines),
			total: 12_434,
			paid: 0,
			credit_applied: 0,
			credited: 0,
			issued: APRIL,
			due: APRIL,
			status: InvoiceStatus::Open,
			payments: 0,
			disputed: false,
			plan: false,
		};
		(invoice, tariff)
	}

	#[test]
	fn a_correct_invoice_recomputes_to_itself() {
		let (invoice, tariff) = example();
		assert_eq!(recompute(&invoice, &tariff), vec![]);
	}

	#[test]
	fn every_kind_of_error_in_an_invoice_is_found() {
		let (invoice, tariff) = example();
		let mut wrong = invoice.clone();
		wrong.lines.0[0].amount = 3_703;
		wrong.total -= 1;
		assert_eq!(
			recompute(&wrong, &tariff),
			vec![
				mismatch(MismatchKind::Amount, Some(0), 3_704, 3_703),
				mismatch(MismatchKind::TaxBase, Some(3), 11_303, 11_304)
			]
		);
		let mut wrong = invoice.clone();
		wrong.total += 1;
		assert_eq!(
			recompute(&wrong, &tariff),
			vec![mismatch(MismatchKind::Total, None, 12_434, 12_435)]
		);
		let mut wrong = invoice.clone();
		wrong.quantity += 1;
		assert_eq!(
			recompute(&wrong, &tariff),
			vec![mismatch(MismatchKind::Usage, None, 12_346, 12_345)]
		);
		// Priced at another rate than the tariff's.
		let dearer = Tariff { energy: Energy::Flat { price: 301 }, ..tariff.clone() };
		assert_eq!(
			recompute(&invoice, &dearer)[0],
			mismatch(MismatchKind::Rate, Some(0), 301, 300)
		);
		let tiered = Tariff { energy: Energy::Tiered { tiers: BoundedVec(vec![]) }, ..tariff };
		assert_eq!(recompute(&invoice, &tiered)[0].kind, MismatchKind::NotInTariff);
	}

	#[test]
	fn days_and_bands_parse_as_written() {
		assert_eq!(parse_days("mon-fri").ok(), Some(0b001_1111));
		assert_eq!(parse_days("sat,sun").ok(), Some(0b110_0000));
		assert_eq!(parse_days("all").ok(), Some(0x7f));
		assert!(parse_days("fri-mon").is_err());
		assert!(parse_days("someday").is_err());
		let b = parse_band("mon-fri/00:00-06:30/100").expect("a band");
		assert_eq!(
			(b.window.days, b.window.from_minute, b.window.to_minute, b.price),
			(0x1f, 0, 390, 100)
		);
		assert_eq!(parse_band("all/18:00-24:00/5").map(|b| b.window.to_minute).ok(), Some(1_440));
		assert!(parse_band("mon/25:00-26:00/1").is_err());
		assert!(parse_band("mon/00:00/1").is_err());
		assert_eq!(parse_tier(":400").ok(), Some(Tier { up_to: None, price: 400 }));
		assert_eq!(parse_tier("10000:200").ok(), Some(Tier { up_to: Some(10_000), price: 200 }));
	}
}
