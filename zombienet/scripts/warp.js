// A fresh node joins the running network with warp sync: it downloads the GRANDPA proof of the
// latest finalized block and that block's state instead of executing the chain's history, and
// must then follow the finalized tip. Called as `<node>: js-script ./scripts/warp.js`, where
// <node> is the node it bootstraps from. Records how long it took to reach the finalized block
// the bootstrap node had when it started, and returns that time in seconds.
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { connect, heights, finalizedOver, figure, until } = require("./lib.js");

const RPC_PORT = 9979;
const P2P_PORT = 30379;

async function run(nodeName, networkInfo) {
  const bin = process.env.MCHAIN_NODE_BIN;
  if (!bin) throw new Error("MCHAIN_NODE_BIN is not set (run through scripts/zombienet.sh)");
  const boot = await connect(networkInfo, nodeName);
  const peerId = (await boot.rpc.system.localPeerId()).toString();
  const listen = (await boot.rpc.system.localListenAddresses()).map(String);
  const address = listen.find((a) => a.includes("127.0.0.1")) || listen[0];
  const bootnode = address.includes("/p2p/") ? address : `${address}/p2p/${peerId}`;
  const target = (await heights(boot)).finalized;

  const base = path.join(networkInfo.tmpDir, "warp-joiner");
  const log = fs.openSync(path.join(networkInfo.tmpDir, "warp-joiner.log"), "a");
  const args = [
    "--chain", networkInfo.chainSpecPath, "--base-path", base, "--sync", "warp",
    "--bootnodes", bootnode, "--port", String(P2P_PORT), "--rpc-port", String(RPC_PORT),
    "--no-mdns", "--no-telemetry", "--no-prometheus", "--name", "warp-joiner",
  ];
  console.log(`  starting ${bin} ${args.join(" ")}`);
  const started = Date.now();
  const node = spawn(bin, args, { stdio: ["ignore", log, log] });
  try {
    // Plain HTTP JSON-RPC: the joining node is polled until it answers, then until it has
    // finalized the target.
    const url = `http://127.0.0.1:${RPC_PORT}`;
    const reached = await until(600, async () => {
      if (node.exitCode !== null) throw new Error(`the joining node exited (${node.exitCode})`);
      const finalized = await finalizedOver(url);
      return finalized !== null && finalized >= target;
    });
    if (!reached) throw new Error(`the joining node did not reach finalized block ${target}`);
    const seconds = (Date.now() - started) / 1000;
    // It follows the tip from there on: one more finalized block, imported normally.
    const more = await until(60, async () => ((await finalizedOver(url)) || 0) > target);
    if (!more) throw new Error("the joining node stopped following finality after warp sync");
    const logText = fs.readFileSync(path.join(networkInfo.tmpDir, "warp-joiner.log"), "utf8");
    // Warp sync falls back to full sync when it cannot get a proof: require that it completed.
    if (!logText.includes("Warp sync is complete")) {
      throw new Error("the joining node did not complete a warp sync (see warp-joiner.log)");
    }
    figure("warp-synced node", seconds.toFixed(1), `s from start to finalized block ${target}`);
    return Math.max(1, Math.round(seconds));
  } finally {
    node.kill("SIGTERM");
  }
}

module.exports = { run };
