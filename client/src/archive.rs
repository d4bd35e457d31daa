//! Keeping the ledger that pruning removes, and proving it afterwards (pallet `pruning`).
//!
//! Once an agreement's year is settled and a year old, the chain removes its invoices (with
//! their receipts, plans and disputes) and its expired top-up tokens, and keeps a summary per
//! ledger: totals and the Merkle root over one leaf per record. An ended agreement's record
//! goes later the same way, summarized in the year it ended by the agreements ledger.
//! [`Client::archive_year`] reads a year's records **byte for byte as stored**, before they go
//! (or, from an archive node, at a block before they went); [`ArchivedYear::root`] recomputes
//! the root the chain will keep, and [`Client::verify_archive`] checks an archive against the
//! chain's summaries. A record changed after the fact changes its leaf, a missing one the root
//! and the count: either is refused.
//!
//! Billing's leaves are `meterchain_primitives::merkle::leaf` of each invoice's record — its
//! number, then the stored invoice, its receipts as a SCALE vector, its plan and its dispute as
//! SCALE options (pallet billing's `ArchivedInvoice`) — then of each token's: its device, its
//! number and the stored purchase (`ArchivedToken`). The agreements ledger's one leaf is the
//! agreement's id and its stored record (`ArchivedAgreement`). The tree is the chain's own
//! no_std code.
//!
//! [`ArchivedYear::csv`] and [`ArchivedYear::espi`] render the archive for people and for
//! utility systems: CSV, and Green Button ESPI (an Atom feed with the usage per billing period
//! as an `IntervalBlock` and each bill as a `UsageSummary`).

use crate::{
	api::{chain, AgreementId, AgreementStatus, DeviceId, GroupId, Hash},
	billing::{status_name, Invoice, InvoiceId, PaymentReceipt},
	client::{Client, Receipt},
	error::{node, Error, Result},
	governance::Governance,
	keys::Account,
};
use codec::{Compact, Decode, Encode};
use meterchain_primitives::{calendar::year_of, merkle};
use serde::{Deserialize, Serialize};
use sp_core::H256;

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;
type PruningCall = chain::runtime_types::pallet_pruning::pallet::Call;

/// A calendar year (UTC).
pub type Year = u16;

/// The summaries the chain keeps of a pruned year, one per ledger.
pub type Summary = chain::runtime_types::pallet_pruning::types::YearSummary<Hash>;

/// What an agreement's oldest year summaries folded into.
pub type Lifetime = chain::runtime_types::pallet_pruning::types::Lifetime;

/// One ledger's summary of a pruned year.
pub type LedgerSummary = chain::runtime_types::pallet_pruning::types::LedgerSummary<Hash>;

/// The billing ledger's place in the runtime's ledgers (`pallet_pruning::Config::Ledgers`).
pub const BILLING_LEDGER: u8 = 0;

/// The agreements ledger's place in the runtime's ledgers.
pub const AGREEMENTS_LEDGER: u8 = 1;

/// `ledger`'s summary in `summary`, if it pruned records of that year.
pub fn ledger_summary(summary: &Summary, ledger: u8) -> Option<&LedgerSummary> {
	summary.ledgers.0.iter().find(|s| s.ledger == ledger)
}

/// One top-up token as the chain stored it (hex in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedToken {
	/// The device it was bought for.
	pub device: DeviceId,
	/// Its number for that device.
	pub number: u32,
	/// The stored purchase (SCALE).
	#[serde(with = "hex_bytes")]
	pub purchase: Vec<u8>,
}

impl ArchivedToken {
	/// Its leaf: pallet billing's `ArchivedToken`, SCALE-encoded.
	pub fn leaf(&self) -> H256 {
		let mut record = (self.device, self.number).encode();
		record.extend_from_slice(&self.purchase);
		merkle::leaf(&record)
	}
}

/// One invoice as the chain stored it, with everything stored about it (hex in JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedInvoice {
	/// Its number.
	pub id: InvoiceId,
	/// The stored invoice (SCALE).
	#[serde(with = "hex_bytes")]
	pub invoice: Vec<u8>,
	/// Its receipts, in order (SCALE each).
	#[serde(with = "hex_list")]
	pub receipts: Vec<Vec<u8>>,
	/// Its instalment plan, if one was offered (SCALE).
	#[serde(with = "hex_option")]
	pub plan: Option<Vec<u8>>,
	/// Its dispute, if there was one (SCALE).
	#[serde(with = "hex_option")]
	pub dispute: Option<Vec<u8>>,
}

impl ArchivedInvoice {
	/// The record its Merkle leaf commits: pallet billing's `ArchivedInvoice`, SCALE-encoded.
	pub fn record(&self) -> Vec<u8> {
		let mut record = self.id.encode();
		record.extend_from_slice(&self.invoice);
		record.extend(Compact(self.receipts.len() as u32).encode());
		self.receipts.iter().for_each(|r| record.extend_from_slice(r));
		for part in [&self.plan, &self.dispute] {
			match part {
				Some(bytes) => {
					record.push(1);
					record.extend_from_slice(bytes);
				},
				None => record.push(0),
			}
		}
		record
	}

	/// Its leaf in the year's Merkle tree.
	pub fn leaf(&self) -> H256 {
		merkle::leaf(&self.record())
	}

	/// The invoice, decoded.
	pub fn decoded(&self) -> Result<Invoice> {
		Invoice::decode(&mut &self.invoice[..])
			.map_err(|e| Error::Input(format!("invoice {} is not an invoice: {e}", self.id)))
	}

	/// Its receipts, decoded.
	pub fn decoded_receipts(&self) -> Result<Vec<PaymentReceipt>> {
		self.receipts
			.iter()
			.map(|bytes| {
				PaymentReceipt::decode(&mut &bytes[..]).map_err(|e| {
					Error::Input(format!("a receipt of {} is malformed: {e}", self.id))
				})
			})
			.collect()
	}
}

/// An agreement's year of invoices, archived.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedYear {
	/// The agreement.
	pub agreement: AgreementId,
	/// The calendar year of the invoices' periods.
	pub year: Year,
	/// The group its charges count in.
	pub group: Option<GroupId>,
	/// The block whose state it was read at.
	pub block: Hash,
	/// The invoices, in the chain's order (issue order).
	pub invoices: Vec<ArchivedInvoice>,
	/// The top-up tokens bought in the year, in the order bought.
	#[serde(default)]
	pub tokens: Vec<ArchivedToken>,
	/// The agreement's stored record (SCALE), if it ended in this year: the agreements
	/// ledger's record of it.
	#[serde(default, with = "hex_option")]
	pub agreement_record: Option<Vec<u8>>,
}

/// What a year's invoices add up to, as its summary states it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
	/// How many records (invoices and tokens).
	pub records: u32,
	/// Their quantity, in base units.
	pub quantity: u128,
	/// What they billed.
	pub billed: u128,
	/// What was paid.
	pub paid: u128,
	/// What credit notes took off.
	pub credited: u128,
}

impl ArchivedYear {
	/// Billing's leaves: the invoices', then the tokens'.
	fn leaves(&self) -> Vec<H256> {
		let invoices = self.invoices.iter().map(ArchivedInvoice::leaf);
		invoices.chain(self.tokens.iter().map(ArchivedToken::leaf)).collect()
	}

	/// The Merkle root the billing ledger's summary keeps for this year once it is pruned.
	pub fn root(&self) -> H256 {
		merkle::root(&self.leaves())
	}

	/// The root the agreements ledger keeps, if the archive holds the agreement's record.
	pub fn agreement_root(&self) -> Option<H256> {
		let record = self.agreement_record.as_ref()?;
		let mut bytes = self.agreement.encode();
		bytes.extend_from_slice(record);
		Some(merkle::root(&[merkle::leaf(&bytes)]))
	}

	/// The proof of invoice `id` against [`Self::root`], to hand on with that one invoice.
	pub fn prove(&self, id: InvoiceId) -> Option<merkle::Proof> {
		let index = self.invoices.iter().position(|i| i.id == id)?;
		merkle::prove(&self.leaves(), u32::try_from(index).ok()?)
	}

	/// What the invoices add up to, with the tokens counted as records (a token carries no
	/// money in the chain's totals: it is credit bought, not a payment of an invoice).
	pub fn totals(&self) -> Result<Totals> {
		let mut totals = Totals { records: self.tokens.len() as u32, ..Totals::default() };
		for archived in &self.invoices {
			let invoice = archived.decoded()?;
			totals.records += 1;
			totals.quantity += u128::from(invoice.quantity);
			totals.billed += invoice.total;
			totals.paid += invoice.paid;
			totals.credited += invoice.credited;
		}
		Ok(totals)
	}

	/// Usage and bills as CSV, one invoice a line.
	pub fn csv(&self) -> Result<String> {
		let mut out = String::from(
			"agreement,year,invoice,period_start,period_end,quantity,total,paid,credited,status,issued,due,payments\n",
		);
		for archived in &self.invoices {
			let i = archived.decoded()?;
			out.push_str(&format!(
				"{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
				self.agreement,
				self.year,
				archived.id,
				crate::units::format_time(i.period.start),
				crate::units::format_time(i.period.end),
				i.quantity,
				i.total,
				i.paid,
				i.credited,
				status_name(&i.status),
				crate::units::format_time(i.issued),
				crate::units::format_time(i.due),
				i.payments,
			));
		}
		Ok(out)
	}

	/// Usage and bills as a Green Button ESPI Atom feed: a usage point, its usage per billing
	/// period (`IntervalBlock`, values in the service's base units) and a `UsageSummary` per
	/// bill (amounts in the currency's smallest unit). `kind` is ESPI's service category
	/// (0 electricity, 1 gas, 2 water, …, see [`espi_kind`]). Written with an XML writer
	/// (`xml-rs`), which escapes what it writes.
	pub fn espi(&self, kind: u8, updated: u64) -> Result<String> {
		let invoices: Vec<Invoice> =
			self.invoices.iter().map(ArchivedInvoice::decoded).collect::<Result<_>>()?;
		let base = format!("urn:meterchain:agreement:{}:year:{}", self.agreement, self.year);
		let updated = crate::units::format_time(updated);
		let seconds = |ms: u64| (ms / 1_000).to_string();
		let (start, end) = match (invoices.first(), invoices.last()) {
			(Some(first), Some(last)) => (first.period.start, last.period.end),
			_ => (0, 0),
		};
		let mut feed = Feed::new();
		feed.open(
			"feed",
			&[("", "http://www.w3.org/2005/Atom"), ("espi", "http://naesb.org/espi")],
		)?;
		feed.text("id", &base)?;
		feed.text("title", &format!("Meterchain agreement {} in {}", self.agreement, self.year))?;
		feed.text("updated", &updated)?;

		feed.entry(&base, "usage-point", "Usage point", &updated)?;
		feed.open("espi:UsagePoint", &[])?;
		feed.open("espi:ServiceCategory", &[])?;
		feed.text("espi:kind", &kind.to_string())?;
		feed.close(4)?;

		feed.entry(&base, "usage", "Usage per billing period", &updated)?;
		feed.open("espi:IntervalBlock", &[])?;
		feed.span("espi:interval", &seconds(end.saturating_sub(start)), &seconds(start))?;
		for invoice in &invoices {
			let period = &invoice.period;
			feed.open("espi:IntervalReading", &[])?;
			feed.span(
				"espi:timePeriod",
				&seconds(period.end.saturating_sub(period.start)),
				&seconds(period.start),
			)?;
			feed.text("espi:value", &invoice.quantity.to_string())?;
			feed.close(1)?;
		}
		feed.close(3)?;

		for (archived, invoice) in self.invoices.iter().zip(&invoices) {
			let id = format!("bill:{}", archived.id);
			feed.entry(&base, &id, &format!("Invoice {}", archived.id), &updated)?;
			let period = &invoice.period;
			feed.open("espi:UsageSummary", &[])?;
			feed.span(
				"espi:billingPeriod",
				&seconds(period.end.saturating_sub(period.start)),
				&seconds(period.start),
			)?;
			feed.text("espi:billLastPeriod", &invoice.total.to_string())?;
			feed.open("espi:overallConsumptionLastPeriod", &[])?;
			feed.text("espi:value", &invoice.quantity.to_string())?;
			feed.close(1)?;
			feed.text("espi:statusTimeStamp", &seconds(invoice.issued))?;
			feed.close(3)?;
		}
		feed.close(1)?;
		feed.finish()
	}
}

/// An Atom feed written with `xml-rs`'s writer: elements opened and closed in order, text
/// escaped.
struct Feed {
	writer: xml::writer::EventWriter<Vec<u8>>,
}

impl Feed {
	fn new() -> Self {
		let config = xml::writer::EmitterConfig::new().perform_indent(true);
		Self { writer: config.create_writer(Vec::new()) }
	}

	fn write<'a>(&mut self, event: impl Into<xml::writer::XmlEvent<'a>>) -> Result<()> {
		self.writer.write(event).map_err(|e| Error::Input(format!("cannot write the feed: {e}")))
	}

	/// Opens `name`, declaring the namespaces `(prefix, uri)` (prefix "" for the default).
	fn open(&mut self, name: &str, namespaces: &[(&str, &str)]) -> Result<()> {
		let mut element = xml::writer::XmlEvent::start_element(name);
		for (prefix, uri) in namespaces {
			element = if prefix.is_empty() {
				element.default_ns(*uri)
			} else {
				element.ns(*prefix, *uri)
			};
		}
		self.write(element)
	}

	/// Closes the `count` innermost open elements.
	fn close(&mut self, count: usize) -> Result<()> {
		for _ in 0..count {
			self.write(xml::writer::XmlEvent::end_element())?;
		}
		Ok(())
	}

	/// `<name>text</name>`.
	fn text(&mut self, name: &str, text: &str) -> Result<()> {
		self.open(name, &[])?;
		self.write(xml::writer::XmlEvent::characters(text))?;
		self.close(1)
	}

	/// `<name><espi:duration>…</espi:duration><espi:start>…</espi:start></name>`.
	fn span(&mut self, name: &str, duration: &str, start: &str) -> Result<()> {
		self.open(name, &[])?;
		self.text("espi:duration", duration)?;
		self.text("espi:start", start)?;
		self.close(1)
	}

	/// Opens an entry `id` with its `title`, up to its open `<content>`.
	fn entry(&mut self, base: &str, id: &str, title: &str, updated: &str) -> Result<()> {
		self.open("entry", &[])?;
		self.text("id", &format!("{base}:{id}"))?;
		self.text("title", title)?;
		self.text("updated", updated)?;
		self.open("content", &[])
	}

	fn finish(self) -> Result<String> {
		String::from_utf8(self.writer.into_inner())
			.map_err(|e| Error::Input(format!("the feed is not UTF-8: {e}")))
	}
}

/// ESPI's service category (`espi:ServiceCategory/kind`) of a Meterchain service: 0
/// electricity (EV charging is electricity too), 1 gas, 2 water, 4 heat.
pub fn espi_kind(service: &crate::api::ServiceKind) -> u8 {
	use crate::api::ServiceKind::*;
	match service {
		Electricity | EvCharging => 0,
		Gas => 1,
		Water => 2,
		Heat => 4,
	}
}

/// How an archive compares with the chain's summary of its year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
	/// The root of the archive.
	pub root: H256,
	/// The root the chain keeps.
	pub chain_root: H256,
	/// What the archive adds up to.
	pub totals: Totals,
	/// What the chain's summary says.
	pub chain_totals: Totals,
	/// The root of the agreement's record, if the archive holds it.
	pub agreement_root: Option<H256>,
	/// The root the agreements ledger keeps for this year, if it pruned the agreement.
	pub chain_agreement_root: Option<H256>,
}

impl Verdict {
	/// Whether the archive is exactly the year the chain pruned: its invoices and tokens, and
	/// the agreement's record if it holds one.
	pub fn holds(&self) -> bool {
		self.root == self.chain_root
			&& self.totals == self.chain_totals
			&& self.agreement_root.is_none_or(|root| Some(root) == self.chain_agreement_root)
	}
}

impl Client {
	/// Reads `agreement`'s invoices of `year` as stored, with their receipts, plans and
	/// disputes, its tokens bought that year, and its record if it ended that year, at block
	/// `at` (an archive node's past block) or at the block the client reads.
	pub async fn archive_year(
		&self,
		agreement: AgreementId,
		year: Year,
		at: Option<Hash>,
	) -> Result<ArchivedYear> {
		let at = match at {
			Some(hash) => self.subxt().at_block(hash).await.map_err(node)?,
			None => self.reading_block().await?,
		};
		let block = at.block_hash();
		let storage = at.storage();
		let index = storage
			.entry(chain::storage().billing().year_records())
			.map_err(node)?
			.try_fetch((agreement, year))
			.await
			.map_err(node)?
			.ok_or_else(|| {
				Error::NotFound(format!(
					"invoices of agreement {agreement} in {year} at block {block:?} (pruned already? read an archive node with --at)"
				))
			})?
			.decode()
			.map_err(node)?;
		let invoices_entry = storage.entry(chain::storage().billing().invoices()).map_err(node)?;
		let receipts_entry = storage.entry(chain::storage().billing().receipts()).map_err(node)?;
		let plans_entry = storage.entry(chain::storage().billing().plans()).map_err(node)?;
		let disputes_entry = storage.entry(chain::storage().billing().disputes()).map_err(node)?;
		let mut invoices = Vec::new();
		for id in index.invoices.0 {
			let invoice = invoices_entry
				.try_fetch((id,))
				.await
				.map_err(node)?
				.ok_or_else(|| Error::NotFound(format!("invoice {id}")))?
				.into_bytes();
			let payments = Invoice::decode(&mut &invoice[..]).map_err(node)?.payments;
			let mut receipts = Vec::new();
			for n in 0..payments {
				let receipt = receipts_entry.try_fetch((id, n)).await.map_err(node)?;
				receipts.push(
					receipt
						.ok_or_else(|| Error::NotFound(format!("receipt {n} of {id}")))?
						.into_bytes(),
				);
			}
			let plan = plans_entry.try_fetch((id,)).await.map_err(node)?.map(|v| v.into_bytes());
			let dispute =
				disputes_entry.try_fetch((id,)).await.map_err(node)?.map(|v| v.into_bytes());
			invoices.push(ArchivedInvoice { id, invoice, receipts, plan, dispute });
		}
		let tokens_entry = storage.entry(chain::storage().billing().tokens()).map_err(node)?;
		let mut tokens = Vec::new();
		for (device, number) in index.tokens.0 {
			let purchase = tokens_entry
				.try_fetch((device, number))
				.await
				.map_err(node)?
				.ok_or_else(|| Error::NotFound(format!("token {number} of device {device}")))?
				.into_bytes();
			tokens.push(ArchivedToken { device, number, purchase });
		}
		let record = storage
			.entry(chain::storage().agreements().agreements())
			.map_err(node)?
			.try_fetch((agreement,))
			.await
			.map_err(node)?;
		let mut agreement_record = None;
		if let Some(record) = record {
			let bytes = record.into_bytes();
			let decoded = crate::api::Agreement::decode(&mut &bytes[..]).map_err(node)?;
			if matches!(decoded.status, AgreementStatus::Ended { at } if year_of(at) == year) {
				agreement_record = Some(bytes);
			}
		}
		Ok(ArchivedYear {
			agreement,
			year,
			group: index.group,
			block,
			invoices,
			tokens,
			agreement_record,
		})
	}

	/// The chain's summary of `agreement`'s pruned `year`, if it was pruned.
	pub async fn year_summary(
		&self,
		agreement: AgreementId,
		year: Year,
	) -> Result<Option<Summary>> {
		self.view(chain::view_functions().pruning().summary(agreement, year)).await
	}

	/// The pruned history of `agreement`: the years whose summaries the chain keeps, and the
	/// lifetime summary the older ones folded into, if any did.
	pub async fn pruned_history(
		&self,
		agreement: AgreementId,
	) -> Result<(Vec<Year>, Option<Lifetime>)> {
		self.view(chain::view_functions().pruning().history(agreement)).await
	}

	/// Where pruning stands: whether a pass runs, the cut-off of the running or last pass, and
	/// when the next pass starts (ms).
	pub async fn pruning_pass(&self) -> Result<(bool, Option<u64>, u64)> {
		self.view(chain::view_functions().pruning().pass()).await
	}

	/// Checks `archive` against the chain's summaries of its year.
	pub async fn verify_archive(&self, archive: &ArchivedYear) -> Result<Verdict> {
		let summary =
			self.year_summary(archive.agreement, archive.year).await?.ok_or_else(|| {
				Error::NotFound(format!(
					"a summary of agreement {} in {} (not pruned yet, or folded into the agreement's lifetime summary: see `archive status --agreement`)",
					archive.agreement, archive.year
				))
			})?;
		let billing = ledger_summary(&summary, BILLING_LEDGER).ok_or_else(|| {
			Error::NotFound(format!(
				"billing's summary of agreement {} in {} (not pruned yet?)",
				archive.agreement, archive.year
			))
		})?;
		Ok(Verdict {
			root: archive.root(),
			chain_root: H256(billing.root.0),
			totals: archive.totals()?,
			chain_totals: Totals {
				records: billing.records,
				quantity: billing.quantity,
				billed: billing.billed,
				paid: billing.paid,
				credited: billing.credited,
			},
			agreement_root: archive.agreement_root(),
			chain_agreement_root: ledger_summary(&summary, AGREEMENTS_LEDGER)
				.map(|s| H256(s.root.0)),
		})
	}
}

mod hex_bytes {
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
		s.serialize_str(&hex::encode(bytes))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
		hex::decode(String::deserialize(d)?).map_err(serde::de::Error::custom)
	}
}

mod hex_list {
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(list: &[Vec<u8>], s: S) -> Result<S::Ok, S::Error> {
		s.collect_seq(list.iter().map(hex::encode))
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Vec<u8>>, D::Error> {
		Vec::<String>::deserialize(d)?
			.into_iter()
			.map(|h| hex::decode(h).map_err(serde::de::Error::custom))
			.collect()
	}
}

mod hex_option {
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
		match bytes {
			Some(bytes) => s.serialize_some(&hex::encode(bytes)),
			None => s.serialize_none(),
		}
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
		Option::<String>::deserialize(d)?
			.map(|h| hex::decode(h).map_err(serde::de::Error::custom))
			.transpose()
	}
}

/// The arbiter's ruling and other governance calls of this module.
impl Governance<'_> {
	/// Starts a pruning pass in the next block instead of at the scheduled time (governance:
	/// sudo, or a council motion with [`crate::governance::Authority::Motion`]).
	pub async fn start_pruning_pass(&self, signer: &Account) -> Result<Receipt> {
		self.dispatch(signer, RuntimeCall::Pruning(PruningCall::start_pass)).await
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn archived(id: InvoiceId, receipts: usize, plan: bool) -> ArchivedInvoice {
		ArchivedInvoice {
			id,
			invoice: vec![id as u8; 40],
			receipts: (0..receipts).map(|n| vec![n as u8; 8]).collect(),
			plan: plan.then(|| vec![9; 5]),
			dispute: None,
		}
	}

	#[test]
	fn a_record_is_the_scale_encoding_of_the_chains_archived_invoice() {
		let invoice = archived(3, 2, true);
		// What `pallet_billing::ArchivedInvoice` encodes to, field by field.
		let mut expected = 3u64.encode();
		expected.extend(vec![3u8; 40]);
		expected.push(2 << 2); // compact 2
		expected.extend(vec![0u8; 8]);
		expected.extend(vec![1u8; 8]);
		expected.push(1);
		expected.extend(vec![9u8; 5]);
		expected.push(0);
		assert_eq!(invoice.record(), expected);
	}

	#[test]
	fn changing_dropping_or_reordering_an_invoice_changes_the_root() {
		let year = |invoices| ArchivedYear {
			agreement: 1,
			year: 2024,
			group: None,
			block: Hash::zero(),
			invoices,
			tokens: vec![],
			agreement_record: None,
		};
		let whole = year(vec![archived(1, 1, false), archived(2, 0, true), archived(3, 2, false)]);
		let root = whole.root();
		let mut tampered = whole.clone();
		tampered.invoices[1].invoice[0] ^= 1;
		assert_ne!(tampered.root(), root);
		let mut missing = whole.clone();
		missing.invoices.remove(2);
		assert_ne!(missing.root(), root);
		let mut reordered = whole.clone();
		reordered.invoices.swap(0, 1);
		assert_ne!(reordered.root(), root);
		let proof = whole.prove(2).expect("invoice 2 is archived");
		assert!(merkle::verify(&root, &whole.invoices[1].leaf(), &proof));
		assert!(!merkle::verify(&root, &tampered.invoices[1].leaf(), &proof));
	}

	#[test]
	fn the_espi_feed_is_well_formed_xml_with_its_usage_point() {
		let year = ArchivedYear {
			agreement: 4,
			year: 2025,
			group: None,
			block: Hash::zero(),
			invoices: vec![],
			tokens: vec![],
			agreement_record: None,
		};
		let feed = year.espi(2, 1_772_323_200_000).expect("written");
		assert!(feed.starts_with("<?xml"), "{feed}");
		let mut names = Vec::new();
		let mut kind = String::new();
		for event in xml::reader::EventReader::from_str(&feed) {
			match event.expect("well-formed XML") {
				xml::reader::XmlEvent::StartElement { name, .. } => names.push(name.local_name),
				xml::reader::XmlEvent::Characters(text)
					if names.last().is_some_and(|n| n == "kind") =>
				{
					kind = text
				},
				_ => {},
			}
		}
		assert_eq!(names.first().map(String::as_str), Some("feed"));
		assert_eq!(names.iter().filter(|n| *n == "entry").count(), 2, "usage point and usage");
		assert_eq!(kind, "2", "water");
		assert!(feed.contains("<updated>2026-03-01T00:00:00Z</updated>"), "{feed}");
	}

	#[test]
	fn an_archive_survives_its_json_form() {
		let year = ArchivedYear {
			agreement: 4,
			year: 2025,
			group: Some(2),
			block: Hash::repeat_byte(7),
			invoices: vec![archived(1, 2, true)],
			tokens: vec![ArchivedToken { device: 9, number: 3, purchase: vec![5; 12] }],
			agreement_record: Some(vec![1, 2, 3]),
		};
		let json = serde_json::to_string(&year).expect("serializes");
		assert_eq!(serde_json::from_str::<ArchivedYear>(&json).expect("parses"), year);
		// An export made before tokens and agreement records were archived still reads.
		let mut old: serde_json::Value = serde_json::from_str(&json).expect("JSON");
		old.as_object_mut().map(|o| (o.remove("tokens"), o.remove("agreement_record")));
		let old: ArchivedYear = serde_json::from_value(old).expect("parses");
		assert_eq!((old.tokens.len(), old.agreement_record), (0, None));
	}

	#[test]
	fn tokens_follow_the_invoices_in_the_tree_and_the_agreement_has_its_own_root() {
		let token = ArchivedToken { device: 9, number: 3, purchase: vec![5; 12] };
		// What `pallet_billing::ArchivedToken` encodes to: device, number, the stored purchase.
		let mut expected = 9u64.encode();
		expected.extend(3u32.encode());
		expected.extend(vec![5u8; 12]);
		assert_eq!(token.leaf(), merkle::leaf(&expected));
		let year = ArchivedYear {
			agreement: 4,
			year: 2025,
			group: None,
			block: Hash::zero(),
			invoices: vec![archived(1, 0, false)],
			tokens: vec![token.clone()],
			agreement_record: Some(vec![1, 2, 3]),
		};
		assert_eq!(year.root(), merkle::root(&[year.invoices[0].leaf(), token.leaf()]));
		let record = [4u64.encode(), vec![1, 2, 3]].concat();
		assert_eq!(year.agreement_root(), Some(merkle::root(&[merkle::leaf(&record)])));
	}
}
