//! Keeping the ledger that pruning removes, and proving it afterwards (pallet `pruning`).
//!
//! Once an agreement's year is settled and a year old, the chain removes its invoices (with
//! their receipts, plans and disputes) and keeps a summary: totals and the Merkle root over one
//! leaf per invoice. [`Client::archive_year`] reads a year's invoices **byte for byte as
//! stored**, before they go (or, from an archive node, at a block before they went);
//! [`ArchivedYear::root`] recomputes the root the chain will keep, and
//! [`Client::verify_archive`] checks an archive against the chain's summary. A record changed
//! after the fact changes its leaf, a missing one the root and the count: either is refused.
//!
//! Leaves are `meterchain_primitives::merkle::leaf` of an invoice's record: its number, then the
//! stored invoice, its receipts as a SCALE vector, its plan and its dispute as SCALE options
//! (pallet billing's `ArchivedInvoice`). The tree is the chain's own no_std code.
//!
//! [`ArchivedYear::csv`] and [`ArchivedYear::espi`] render the archive for people and for
//! utility systems: CSV, and Green Button ESPI (an Atom feed with the usage per billing period
//! as an `IntervalBlock` and each bill as a `UsageSummary`).

use crate::{
	api::{chain, AgreementId, GroupId, Hash},
	billing::{status_name, Invoice, InvoiceId, PaymentReceipt},
	client::{Client, Receipt},
	error::{node, Error, Result},
	keys::Account,
};
use codec::{Compact, Decode, Encode};
use meterchain_primitives::merkle;
use serde::{Deserialize, Serialize};
use sp_core::H256;

type RuntimeCall = chain::runtime_types::meterchain_runtime::RuntimeCall;
type PruningCall = chain::runtime_types::pallet_pruning::pallet::Call;

/// A calendar year (UTC).
pub type Year = u16;

/// The summary the chain keeps of a pruned year.
pub type Summary = chain::runtime_types::pallet_pruning::types::YearSummary<Hash>;

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
}

/// What a year's invoices add up to, as its summary states it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
	/// How many invoices.
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
	/// The Merkle root the chain keeps for this year once it is pruned.
	pub fn root(&self) -> H256 {
		merkle::root(&self.invoices.iter().map(ArchivedInvoice::leaf).collect::<Vec<_>>())
	}

	/// The proof of invoice `id` against [`Self::root`], to hand on with that one invoice.
	pub fn prove(&self, id: InvoiceId) -> Option<merkle::Proof> {
		let index = self.invoices.iter().position(|i| i.id == id)?;
		let leaves: Vec<H256> = self.invoices.iter().map(ArchivedInvoice::leaf).collect();
		merkle::prove(&leaves, u32::try_from(index).ok()?)
	}

	/// What the invoices add up to.
	pub fn totals(&self) -> Result<Totals> {
		let mut totals = Totals::default();
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
				iso8601(i.period.start),
				iso8601(i.period.end),
				i.quantity,
				i.total,
				i.paid,
				i.credited,
				status_name(&i.status),
				iso8601(i.issued),
				iso8601(i.due),
				i.payments,
			));
		}
		Ok(out)
	}

	/// Usage and bills as a Green Button ESPI Atom feed: a usage point, its usage per billing
	/// period (`IntervalBlock`, values in the service's base units) and a `UsageSummary` per
	/// bill (amounts in the currency's smallest unit). `kind` is ESPI's service category
	/// (0 electricity, 1 gas, 2 water, …, see [`espi_kind`]).
	pub fn espi(&self, kind: u8, updated: u64) -> Result<String> {
		let base = format!("urn:meterchain:agreement:{}:year:{}", self.agreement, self.year);
		let entry = |id: &str, title: &str, content: &str| {
			format!(
				"  <entry>\n    <id>{base}:{id}</id>\n    <title>{title}</title>\n    <updated>{}</updated>\n    <content>\n{content}    </content>\n  </entry>\n",
				iso8601(updated)
			)
		};
		let mut feed = format!(
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:espi=\"http://naesb.org/espi\">\n  <id>{base}</id>\n  <title>Meterchain agreement {} in {}</title>\n  <updated>{}</updated>\n",
			self.agreement,
			self.year,
			iso8601(updated)
		);
		feed.push_str(&entry(
			"usage-point",
			"Usage point",
			&format!(
				"      <espi:UsagePoint>\n        <espi:ServiceCategory><espi:kind>{kind}</espi:kind></espi:ServiceCategory>\n      </espi:UsagePoint>\n"
			),
		));
		let invoices: Vec<Invoice> =
			self.invoices.iter().map(ArchivedInvoice::decoded).collect::<Result<_>>()?;
		let seconds = |ms: u64| ms / 1_000;
		let (start, end) = match (invoices.first(), invoices.last()) {
			(Some(first), Some(last)) => (first.period.start, last.period.end),
			_ => (0, 0),
		};
		let mut block = format!(
			"      <espi:IntervalBlock>\n        <espi:interval><espi:duration>{}</espi:duration><espi:start>{}</espi:start></espi:interval>\n",
			seconds(end.saturating_sub(start)),
			seconds(start)
		);
		for invoice in &invoices {
			block.push_str(&format!(
				"        <espi:IntervalReading><espi:timePeriod><espi:duration>{}</espi:duration><espi:start>{}</espi:start></espi:timePeriod><espi:value>{}</espi:value></espi:IntervalReading>\n",
				seconds(invoice.period.end.saturating_sub(invoice.period.start)),
				seconds(invoice.period.start),
				invoice.quantity
			));
		}
		block.push_str("      </espi:IntervalBlock>\n");
		feed.push_str(&entry("usage", "Usage per billing period", &block));
		for (archived, invoice) in self.invoices.iter().zip(&invoices) {
			let summary = format!(
				"      <espi:UsageSummary>\n        <espi:billingPeriod><espi:duration>{}</espi:duration><espi:start>{}</espi:start></espi:billingPeriod>\n        <espi:billLastPeriod>{}</espi:billLastPeriod>\n        <espi:overallConsumptionLastPeriod><espi:value>{}</espi:value></espi:overallConsumptionLastPeriod>\n        <espi:statusTimeStamp>{}</espi:statusTimeStamp>\n      </espi:UsageSummary>\n",
				seconds(invoice.period.end.saturating_sub(invoice.period.start)),
				seconds(invoice.period.start),
				invoice.total,
				invoice.quantity,
				seconds(invoice.issued)
			);
			feed.push_str(&entry(
				&format!("bill:{}", archived.id),
				&format!("Invoice {}", archived.id),
				&summary,
			));
		}
		feed.push_str("</feed>\n");
		Ok(feed)
	}
}

/// ESPI's service category of a Meterchain service name (EV charging is electricity).
pub fn espi_kind(service: &str) -> u8 {
	match service {
		"gas" => 1,
		"water" => 2,
		"heat" => 4,
		_ => 0,
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
}

impl Verdict {
	/// Whether the archive is exactly the year the chain pruned.
	pub fn holds(&self) -> bool {
		self.root == self.chain_root && self.totals == self.chain_totals
	}
}

impl Client {
	/// Reads `agreement`'s invoices of `year` as stored, with their receipts, plans and
	/// disputes, at block `at` (an archive node's past block) or at the block the client reads.
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
			.entry(chain::storage().billing().year_invoices())
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
		Ok(ArchivedYear { agreement, year, group: index.group, block, invoices })
	}

	/// The chain's summary of `agreement`'s pruned `year`, if it was pruned.
	pub async fn year_summary(
		&self,
		agreement: AgreementId,
		year: Year,
	) -> Result<Option<Summary>> {
		self.view(chain::view_functions().pruning().summary(agreement, year)).await
	}

	/// Where pruning stands: whether a pass runs, the cut-off of the running or last pass, and
	/// when the next pass starts (ms).
	pub async fn pruning_pass(&self) -> Result<(bool, Option<u64>, u64)> {
		self.view(chain::view_functions().pruning().pass()).await
	}

	/// Starts a pruning pass in the next block instead of at the scheduled time (governance:
	/// sudo, or a council motion with [`crate::governance::Authority::Motion`]).
	pub async fn start_pruning_pass(&self, signer: &Account) -> Result<Receipt> {
		self.governance(signer, RuntimeCall::Pruning(PruningCall::start_pass)).await
	}

	/// Checks `archive` against the chain's summary of its year.
	pub async fn verify_archive(&self, archive: &ArchivedYear) -> Result<Verdict> {
		let summary =
			self.year_summary(archive.agreement, archive.year).await?.ok_or_else(|| {
				Error::NotFound(format!(
					"a summary of agreement {} in {} (not pruned yet?)",
					archive.agreement, archive.year
				))
			})?;
		Ok(Verdict {
			root: archive.root(),
			chain_root: H256(summary.root.0),
			totals: archive.totals()?,
			chain_totals: Totals {
				records: summary.records,
				quantity: summary.quantity,
				billed: summary.billed,
				paid: summary.paid,
				credited: summary.credited,
			},
		})
	}
}

/// `ms` since the epoch as `YYYY-MM-DDTHH:MM:SSZ` (proleptic Gregorian, UTC).
pub fn iso8601(ms: u64) -> String {
	let (days, secs) = (ms / 86_400_000, (ms / 1_000) % 86_400);
	// Howard Hinnant's civil_from_days.
	let z = days + 719_468;
	let era = z / 146_097;
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + u64::from(month <= 2);
	format!(
		"{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
		secs / 3_600,
		(secs / 60) % 60,
		secs % 60
	)
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
	fn an_archive_survives_its_json_form() {
		let year = ArchivedYear {
			agreement: 4,
			year: 2025,
			group: Some(2),
			block: Hash::repeat_byte(7),
			invoices: vec![archived(1, 2, true)],
		};
		let json = serde_json::to_string(&year).expect("serializes");
		assert_eq!(serde_json::from_str::<ArchivedYear>(&json).expect("parses"), year);
	}

	#[test]
	fn times_print_as_utc_iso_8601() {
		assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
		assert_eq!(iso8601(1_772_323_200_000), "2026-03-01T00:00:00Z");
		assert_eq!(iso8601(1_704_067_199_000), "2023-12-31T23:59:59Z");
	}
}
