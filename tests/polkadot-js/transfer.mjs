// Connects the polkadot.js API to a Meterchain node, sends 7 tokens from Alice to a fresh
// account, waits for finality and checks the balance. Prints one JSON line with the outcome and
// exits non-zero on any failure.
// Usage: node transfer.mjs ws://127.0.0.1:9944
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const fail = (msg) => { console.error(`polkadot.js check failed: ${msg}`); process.exit(1); };
setTimeout(() => fail('timed out after 120 s'), 120_000).unref();

const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const fresh = keyring.addFromUri('//meterchain-polkadot-js-recipient');
const amount = 7n * 10n ** BigInt(api.registry.chainDecimals[0]);

const before = (await api.query.system.account(fresh.address)).data.free.toBigInt();
const finalizedIn = await new Promise((resolve, reject) => {
  api.tx.balances.transferKeepAlive(fresh.address, amount)
    .signAndSend(alice, ({ status, dispatchError }) => {
      if (dispatchError) reject(new Error(dispatchError.toString()));
      if (status.isFinalized) resolve(status.asFinalized.toHex());
      if (status.isInvalid || status.isDropped || status.isUsurped) reject(new Error(status.type));
    })
    .catch(reject);
}).catch((e) => fail(e.message));
const after = (await api.query.system.account(fresh.address)).data.free.toBigInt();

const result = {
  chain: (await api.rpc.system.chain()).toString(),
  specName: api.runtimeVersion.specName.toString(),
  token: api.registry.chainTokens[0],
  finalizedIn,
  received: (after - before).toString(),
};
console.log(JSON.stringify(result));
await api.disconnect();
if (after - before !== amount) fail(`recipient received ${after - before}, expected ${amount}`);
process.exit(0);
