// Helpers shared by the .zndsl tests' js-scripts. zombienet calls each script's
// `run(nodeName, networkInfo, args)` with its own @polkadot/api in the global `zombie`.
const fs = require("fs");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** An API connection to node `name` of the network. */
function connect(networkInfo, name) {
  return zombie.connect(networkInfo.nodesByName[name].wsUri);
}

/** The node's best and finalized block numbers. */
async function heights(api) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const hash = await api.rpc.chain.getFinalizedHead();
  const finalized = (await api.rpc.chain.getHeader(hash)).number.toNumber();
  return { best, finalized };
}

/**
 * One JSON-RPC call over HTTP to `url` (`http://127.0.0.1:<rpc port>`); `null` while the node
 * does not answer. For nodes outside zombienet's network, without a WebSocket client that
 * retries in the background.
 */
async function rpc(url, method, params = []) {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = await response.json();
    return body.result === undefined ? null : body.result;
  } catch (_) {
    return null;
  }
}

/** The finalized block number of the node at `url` over HTTP JSON-RPC; `null` if unreachable. */
async function finalizedOver(url) {
  const hash = await rpc(url, "chain_getFinalizedHead");
  if (!hash) return null;
  const header = await rpc(url, "chain_getHeader", [hash]);
  return header ? parseInt(header.number, 16) : null;
}

/** The `p`-th percentile (0..100) of `values`, nearest rank. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Prints a figure and appends it to $MCHAIN_FIGURES (scripts/zombienet.sh sets it), from which
 * docs/RELIABILITY.md's table is filled.
 */
function figure(name, value, unit) {
  const line = `${new Date().toISOString()} ${name}: ${value} ${unit}`;
  console.log(`  [figure] ${line}`);
  if (process.env.MCHAIN_FIGURES) fs.appendFileSync(process.env.MCHAIN_FIGURES, `${line}\n`);
}

/** Polls `probe` every `everyMs` until it returns a truthy value or `seconds` pass. */
async function until(seconds, probe, everyMs = 1000) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) return null;
    await sleep(everyMs);
  }
}

module.exports = { sleep, connect, heights, rpc, finalizedOver, percentile, figure, until };
