// Diagnostics for the encrypt overhead: where the per-record decode time goes. Seals the
// entries' JSON (padded to 64-byte steps like the vault does) with a throwaway key, then
// times each stage of opening them separately. Not a metric; printed beside the metrics.
import { fromUtf8, open, randomKey, seal, utf8 } from '../../src/crypto/index';

const PAD_BLOCK = 64;

function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil((bytes.length + 1) / PAD_BLOCK) * PAD_BLOCK).fill(0x20);
  out.set(bytes, 0);
  return out;
}

export function decodeSplit(entries: readonly object[]): Record<string, number> {
  const key = randomKey();
  const sealed = entries.map((e) => seal(key, padded(utf8(JSON.stringify(e)))));
  const t0 = performance.now();
  const opened = sealed.map((s) => {
    const r = open(key, s);
    if (!r.ok) throw new Error(`decodeSplit: open failed with '${r.error}'`);
    return r.value;
  });
  const t1 = performance.now();
  const texts = opened.map(fromUtf8);
  const t2 = performance.now();
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  const t3 = performance.now();
  key.fill(0);
  if (parsed.length !== entries.length) throw new Error('decodeSplit: lost entries');
  return { openMs: t1 - t0, utf8Ms: t2 - t1, parseMs: t3 - t2 };
}
