//! What finalized blocks carried: readings, sessions, refusals and balance transfers per
//! block, with the block's chain time, collected in the background while a load runs.

use super::node;
use meterchain_client::{
	api::{chain, Hash, RuntimeEvent},
	Client, Result,
};
use std::{
	collections::BTreeMap,
	sync::{Arc, Mutex},
};

/// One finalized block's load.
#[derive(Clone, Debug, Default)]
pub struct BlockStat {
	/// Its number.
	pub number: u32,
	/// Its chain time (ms).
	pub time: u64,
	/// Readings accepted.
	pub readings: u64,
	/// Charging sessions accepted.
	pub sessions: u64,
	/// Reports refused, by reason.
	pub rejected: BTreeMap<String, u64>,
	/// Balance transfers.
	pub transfers: u64,
}

impl BlockStat {
	/// The reports refused in this block.
	pub fn rejected_total(&self) -> u64 {
		self.rejected.values().sum()
	}
}

/// Counts what `events` carried.
pub fn block_stat(number: u32, time: u64, events: &[RuntimeEvent]) -> BlockStat {
	let mut stat = BlockStat { number, time, ..Default::default() };
	for event in events {
		match event {
			RuntimeEvent::Metering(chain::metering::Event::ReadingAccepted { .. }) => {
				stat.readings += 1
			},
			RuntimeEvent::Metering(chain::metering::Event::SessionAccepted { .. }) => {
				stat.sessions += 1
			},
			RuntimeEvent::Metering(chain::metering::Event::Rejected { reason, .. }) => {
				*stat.rejected.entry(format!("{reason:?}")).or_default() += 1
			},
			RuntimeEvent::Balances(chain::balances::Event::Transfer { .. }) => stat.transfers += 1,
			_ => {},
		}
	}
	stat
}

/// Finalized blocks' stats, filled by a background task.
#[derive(Clone, Default)]
pub struct Watcher {
	blocks: Arc<Mutex<Vec<BlockStat>>>,
}

impl Watcher {
	/// Starts following finalized blocks from now on.
	pub async fn start(client: &Client) -> Result<Self> {
		let watcher = Self::default();
		let mut blocks = client.subxt().stream_blocks().await.map_err(node)?;
		let (client, sink) = (client.clone(), watcher.blocks.clone());
		tokio::spawn(async move {
			while let Some(Ok(block)) = blocks.next().await {
				let hash: Hash = block.hash();
				let (Ok(events), Ok(time)) =
					(client.block_events(hash).await, client.block_time(hash).await)
				else {
					continue;
				};
				let number = u32::try_from(block.number()).unwrap_or(u32::MAX);
				let events: Vec<_> = events.into_iter().map(|(_, event)| event).collect();
				let stat = block_stat(number, time, &events);
				if let Ok(mut all) = sink.lock() {
					all.push(stat);
				}
			}
		});
		Ok(watcher)
	}

	/// The blocks seen so far.
	pub fn blocks(&self) -> Vec<BlockStat> {
		self.blocks.lock().map(|all| all.clone()).unwrap_or_default()
	}
}

/// A rate over finalized blocks: `count` items in `seconds` of chain time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rate {
	/// Items counted.
	pub count: u64,
	/// Chain time they took (s).
	pub seconds: f64,
	/// Blocks that carried them.
	pub blocks: u32,
}

impl Rate {
	/// Items per second.
	pub fn per_second(&self) -> f64 {
		if self.seconds > 0.0 {
			self.count as f64 / self.seconds
		} else {
			0.0
		}
	}
}

/// The rate of `count` over the blocks from the first to the last that carried any: their
/// items over the chain time from the block before the first to the last.
pub fn rate(blocks: &[BlockStat], count: impl Fn(&BlockStat) -> u64) -> Rate {
	let carrying: Vec<usize> = (0..blocks.len()).filter(|&i| count(&blocks[i]) > 0).collect();
	let (Some(&first), Some(&last)) = (carrying.first(), carrying.last()) else {
		return Rate::default();
	};
	let total = blocks[first..=last].iter().map(&count).sum();
	// Without the block before, assume one block time before the first.
	let from = match first.checked_sub(1) {
		Some(before) => blocks[before].time,
		None => blocks[first].time.saturating_sub(6_000),
	};
	let seconds = blocks[last].time.saturating_sub(from) as f64 / 1_000.0;
	Rate { count: total, seconds, blocks: (last - first + 1) as u32 }
}

#[cfg(test)]
mod tests {
	use super::*;

	fn block(number: u32, readings: u64) -> BlockStat {
		BlockStat { number, time: u64::from(number) * 6_000, readings, ..Default::default() }
	}

	#[test]
	fn a_rate_spans_the_blocks_that_carried_load() {
		let blocks = [block(1, 0), block(2, 600), block(3, 1_200), block(4, 0)];
		let rate = rate(&blocks, |b| b.readings);
		assert_eq!((rate.count, rate.blocks), (1_800, 2));
		assert_eq!(rate.seconds, 12.0);
		assert_eq!(rate.per_second(), 150.0);
		assert_eq!(super::rate(&blocks, |b| b.transfers), Rate::default());
	}
}
