//! Following the chain: the events of Meterchain's pallets in each newly finalized block, for
//! portals that react to an agreement signed, a device commissioned, a tag blocked…

use crate::{
	api::{Hash, RuntimeEvent},
	client::Client,
	error::{node, Result},
};
use futures::Stream;

/// An event in a finalized block.
#[derive(Clone, Debug)]
pub struct FinalizedEvent {
	/// The block's number.
	pub block_number: u64,
	/// The block's hash.
	pub block_hash: Hash,
	/// The event.
	pub event: RuntimeEvent,
	/// Its name, `Pallet::Event`, from the chain's metadata.
	pub name: String,
}

/// Whether `event` belongs to one of Meterchain's own pallets (registry, agreements, …).
pub fn is_meterchain_event(event: &RuntimeEvent) -> bool {
	matches!(event, RuntimeEvent::Registry(_) | RuntimeEvent::Agreements(_))
}

/// Whether `event` concludes an agreement (on chain or with off-line signatures).
pub fn is_agreement_concluded(event: &RuntimeEvent) -> bool {
	matches!(event, RuntimeEvent::Agreements(crate::api::AgreementsEvent::Concluded { .. }))
}

/// Whether `event` commissions a device.
pub fn is_device_commissioned(event: &RuntimeEvent) -> bool {
	matches!(event, RuntimeEvent::Registry(crate::api::RegistryEvent::DeviceCommissioned { .. }))
}

impl Client {
	/// Streams, from now on, the events for which `pick` is true of every newly finalized
	/// block, in block order. The stream ends if the node's subscription ends.
	pub async fn finalized_events(
		&self,
		pick: fn(&RuntimeEvent) -> bool,
	) -> Result<impl Stream<Item = Result<FinalizedEvent>>> {
		let blocks = self.subxt().stream_blocks().await.map_err(node)?;
		let client = self.clone();
		let stream = futures::stream::unfold(
			(blocks, client, Vec::<FinalizedEvent>::new()),
			move |(mut blocks, client, mut pending)| async move {
				loop {
					if !pending.is_empty() {
						let next = pending.remove(0);
						return Some((Ok(next), (blocks, client, pending)));
					}
					let block = match blocks.next().await? {
						Ok(block) => block,
						Err(e) => return Some((Err(node(e)), (blocks, client, pending))),
					};
					match client.block_events(block.hash()).await {
						Ok(events) => {
							pending = events
								.into_iter()
								.filter(|(_, event)| pick(event))
								.map(|(name, event)| FinalizedEvent {
									block_number: block.number(),
									block_hash: block.hash(),
									name,
									event,
								})
								.collect()
						},
						Err(e) => return Some((Err(e), (blocks, client, pending))),
					}
				}
			},
		);
		Ok(stream)
	}
}
