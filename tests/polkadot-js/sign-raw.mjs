// Signs bytes the way a polkadot.js wallet's `signRaw` does: the bytes wrapped in
// <Bytes>…</Bytes> (`u8aWrapBytes`), signed with the account's sr25519 key. Prints the
// signature as 0x-hex. Used to check that Meterchain accepts wallet-signed agreement terms.
// Usage: node sign-raw.mjs <secret uri, e.g. //Bob> <0x-hex bytes>
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const [uri, hex] = process.argv.slice(2);
if (!uri || !hex?.startsWith('0x')) {
  console.error('usage: node sign-raw.mjs <secret uri> <0x-hex bytes>');
  process.exit(2);
}
await cryptoWaitReady();
const pair = new Keyring({ type: 'sr25519' }).addFromUri(uri);
console.log(u8aToHex(pair.sign(u8aWrapBytes(hexToU8a(hex)))));
