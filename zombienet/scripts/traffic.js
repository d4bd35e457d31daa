// Real metering and billing traffic through the `meterchain` CLI, against the node the .zndsl
// line names:
//   setup   Eve registers, Bob (the local chain's demo utility) commissions a meter, publishes
//           a tariff and concludes an agreement with Eve; Ferdie becomes Bob's gateway. Each
//           step waits for its block only (`--in-block`): finality is what `submit` is about.
//   submit  (run while validators are down) Ferdie relays the meter's signed reading, and Bob
//           publishes a second tariff: one metering and one billing transaction. The CLI waits
//           for each to be finalized.
//   check   (run after recovery) each of the two counted exactly once: the meter's state moved
//           by that one reading and the same report again is refused as a replay; there are
//           exactly two tariffs.
// Returns 1 when the mode's checks hold. State between modes is kept in the network's tmp dir.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

function cli(url, args, { allowFail = false } = {}) {
  const bin = process.env.MCHAIN_CLI_BIN;
  if (!bin) throw new Error("MCHAIN_CLI_BIN is not set (run through scripts/zombienet.sh)");
  try {
    const out = execFileSync(bin, ["--url", url, "--json", "--raw", ...args], { encoding: "utf8" });
    return { code: 0, value: JSON.parse(out) };
  } catch (e) {
    if (!allowFail || e.status === undefined) throw new Error(`meterchain ${args.join(" ")}: ${e.stdout || e.message}`);
    return { code: e.status, value: e.stdout ? JSON.parse(e.stdout) : null };
  }
}

const METER_KEY = "sr25519://BobZombieMeter";

async function run(nodeName, networkInfo, args) {
  const url = networkInfo.nodesByName[nodeName].wsUri;
  const dir = path.join(networkInfo.tmpDir, "traffic");
  fs.mkdirSync(dir, { recursive: true });
  const state = path.join(dir, "state.json");
  const mode = args[0];

  if (mode === "setup") {
    fs.writeFileSync(path.join(dir, "eve.txt"), "Eve Example, 2 Grid Road");
    cli(url, ["--in-block", "--as", "eve", "subscriber", "register", "--data-file", path.join(dir, "eve.txt")]);
    const device = cli(url, ["--in-block", "--as", "bob", "device", "commission", "--service", "electricity",
      "--key", METER_KEY, "--interval", "900"]).value.device;
    const tariff = cli(url, ["--in-block", "--as", "bob", "tariff", "create", "--service", "electricity",
      "--price", "300"]).value.tariff;
    const terms = path.join(dir, "terms.json");
    cli(url, ["agreement", "draft", "--provider", "bob", "--subscriber", "eve", "--service",
      "electricity", "--tariff", String(tariff), "--devices", String(device), "--out", terms]);
    const sign = (who) => cli(url, ["--as", who, "agreement", "sign", "--terms", terms]).value.signature;
    const agreement = cli(url, ["--in-block", "--as", "ferdie", "agreement", "submit-signed", terms,
      "--subscriber-signature", sign("eve"), "--provider-signature", sign("bob")]).value.agreement;
    cli(url, ["--in-block", "--as", "bob", "gateway", "authorize", "ferdie"]);
    // The baseline reading: the first reading of a meter sets its register.
    const baseline = cli(url, ["metering", "sign-reading", "--device", String(device),
      "--device-key", METER_KEY, "--seq", "1", "--register", "1000"]).value.report;
    cli(url, ["--in-block", "--as", "ferdie", "metering", "submit", baseline]);
    fs.writeFileSync(state, JSON.stringify({ device, agreement, tariff }));
    console.log(`  device ${device}, tariff ${tariff}, agreement ${agreement}`);
    return 1;
  }

  const { device } = JSON.parse(fs.readFileSync(state, "utf8"));
  if (mode === "submit") {
    const report = cli(url, ["metering", "sign-reading", "--device", String(device),
      "--device-key", METER_KEY, "--seq", "2", "--register", "1250",
      "--time", String(Date.now() + 1000)]).value.report;
    fs.writeFileSync(path.join(dir, "report"), report);
    const submitted = cli(url, ["--as", "ferdie", "metering", "submit", report]).value;
    if (submitted.accepted !== 1) throw new Error(`reading not accepted: ${JSON.stringify(submitted)}`);
    const tariff = cli(url, ["--as", "bob", "tariff", "create", "--service", "electricity",
      "--price", "310"]).value;
    console.log(`  reading finalized: ${submitted.finalized}, tariff ${tariff.tariff} finalized: ${tariff.finalized}`);
    return 1;
  }

  if (mode === "check") {
    const meter = cli(url, ["metering", "state", String(device)]).value;
    if (meter.last_seq !== 2 || meter.last_register !== 1250) {
      throw new Error(`meter state ${JSON.stringify(meter)}, expected seq 2 at 1250`);
    }
    const report = fs.readFileSync(path.join(dir, "report"), "utf8");
    const again = cli(url, ["--as", "ferdie", "metering", "submit", report], { allowFail: true });
    const reason = again.value && again.value.rejected && again.value.rejected[0] && again.value.rejected[0].reason;
    if (again.code !== 1 || reason !== "Replayed") {
      throw new Error(`the same reading again was not refused as a replay: ${JSON.stringify(again)}`);
    }
    const second = cli(url, ["tariff", "show", "1"], { allowFail: true });
    const third = cli(url, ["tariff", "show", "2"], { allowFail: true });
    if (second.code !== 0 || third.code !== 4) {
      throw new Error(`expected exactly tariffs 0 and 1: show 1 -> ${second.code}, show 2 -> ${third.code}`);
    }
    return 1;
  }
  throw new Error(`unknown mode ${mode}`);
}

module.exports = { run };
