// Finality checks and figures, against the node the .zndsl line names:
//   advances,<blocks>,<seconds>[,<label>]  waits until <blocks> more blocks are finalized;
//                                returns how many were (fails if fewer within <seconds>); with a
//                                label, records the seconds it took
//   stalls,<grace>,<seconds>     after <grace> seconds, watches <seconds> more: fails if anything
//                                is finalized meanwhile; returns how many best blocks were made
//   lag,<seconds>,<label>        samples best - finalized twice a second for <seconds>;
//                                records p50 and p99 as figures "<label>"; returns the p99
//   caught-up,<reference>,<label> waits until this node has finalized what <reference> had
//                                finalized when the call began; records the seconds since the
//                                node's process started
const { sleep, connect, heights, percentile, figure, until } = require("./lib.js");

async function advances(api, blocks, seconds, label) {
  const started = Date.now();
  const start = (await heights(api)).finalized;
  const reached = await until(seconds, async () => {
    const { finalized } = await heights(api);
    return finalized >= start + blocks ? finalized : null;
  });
  if (reached === null) {
    const { finalized } = await heights(api);
    throw new Error(`finalized only ${finalized - start} of ${blocks} blocks in ${seconds} s`);
  }
  if (label) figure(label, ((Date.now() - started) / 1000).toFixed(1), `s until ${blocks} more blocks were finalized`);
  return reached - start;
}

async function stalls(api, grace, seconds) {
  await sleep(grace * 1000);
  const before = await heights(api);
  await sleep(seconds * 1000);
  const after = await heights(api);
  console.log(`  best ${before.best} -> ${after.best}, finalized ${before.finalized} -> ${after.finalized}`);
  if (after.finalized !== before.finalized) {
    throw new Error(`finality advanced by ${after.finalized - before.finalized} blocks`);
  }
  return after.best - before.best;
}

async function lag(api, seconds, label) {
  // Sampled twice a second, so that the figures weigh each moment equally (sampling at new
  // blocks only would see the lag at its largest, just before finality catches up).
  const samples = [];
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const { best, finalized } = await heights(api);
    samples.push(best - finalized);
    await sleep(500);
  }
  figure(`${label} finality lag p50`, percentile(samples, 50), `blocks (${samples.length} samples over ${seconds} s)`);
  figure(`${label} finality lag p99`, percentile(samples, 99), "blocks");
  return percentile(samples, 99);
}

/** When node `name`'s process started, in ms since the epoch (from its Prometheus metrics). */
async function processStart(networkInfo, name) {
  const text = await (await fetch(networkInfo.nodesByName[name].prometheusUri)).text();
  const line = text.split("\n").find((l) => l.startsWith("substrate_process_start_time_seconds"));
  if (!line) throw new Error(`${name} reports no process start time`);
  return Number(line.trim().split(/\s+/).pop()) * 1000;
}

async function caughtUp(api, nodeName, networkInfo, reference, label) {
  const ref = await connect(networkInfo, reference);
  const target = (await heights(ref)).finalized;
  const done = await until(600, async () => (await heights(api)).finalized >= target, 250);
  if (!done) throw new Error(`did not reach block ${target} in 600 s`);
  // Counted from the (re)start of the process, which zombienet's restart waited for.
  const seconds = (Date.now() - (await processStart(networkInfo, nodeName))) / 1000;
  figure(`${label}`, seconds.toFixed(1), `s from process start to finalized block ${target}`);
  return Math.max(1, Math.round(seconds));
}

async function run(nodeName, networkInfo, args) {
  const api = await connect(networkInfo, nodeName);
  const [mode, a, b, c] = args;
  switch (mode) {
    case "advances":
      return advances(api, Number(a), Number(b), c);
    case "stalls":
      return stalls(api, Number(a), Number(b));
    case "lag":
      return lag(api, Number(a), b || nodeName);
    case "caught-up":
      return caughtUp(api, nodeName, networkInfo, a, b || `${nodeName} catch-up`);
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

module.exports = { run };
