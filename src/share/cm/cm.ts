// The context-mixing body coder ("CM1"): a primer id, the plain length, then the arithmetic-coded
// bits. It makes short shares about a third smaller than DEFLATE, which is what lets a passport and
// health summary fit one QR code; it is slow (~0.3 MB/s), so only small bodies use it.
// Byte layout in docs/share-format.md §4.4.
import { ArithDecoder, ArithEncoder } from './arith';
import { ByteReader, ByteWriter, ShareBugError, concatBytes } from '../bytes';
import { Predictor } from './model';
import { isPrimerId, primerBytes, type PrimerId } from './primers';

/** Bodies above this are never coded this way: decoding time grows with the plain length. */
export const CM_MAX_PLAIN = 64 * 1024;
/** Up to this, a message is coded on the cached primed model and rolled back (its journal takes ~400 B a byte). */
const JOURNAL_MAX = 8 * 1024;

// Priming costs ~100 ms, so each primed model (~6 MB) is kept while shares are being made or read,
// and let go after two idle minutes. A message is coded on it and then rolled back (its bytes
// wiped), so the next message starts from the same primed state and no share stays in memory.
const primedModels = new Map<PrimerId, Predictor>();
const KEEP_PRIMED_MS = 120_000;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

function releaseLater(): void {
  if (releaseTimer !== undefined) clearTimeout(releaseTimer);
  releaseTimer = setTimeout(releaseCmMemory, KEEP_PRIMED_MS);
  // In Node (tests, scripts) the timer must not keep the process alive.
  (releaseTimer as { unref?: () => void }).unref?.();
}

function primeNew(id: PrimerId): Predictor {
  const primer = primerBytes(id);
  const model = new Predictor(primer.length + 1024);
  model.learn(primer);
  return model;
}

function withPrimed<T>(id: PrimerId, bytes: number, code: (model: Predictor) => T): T {
  // A long message pays for its own priming rather than a journal of tens of MB.
  if (bytes > JOURNAL_MAX) return code(primeNew(id));
  let model = primedModels.get(id);
  if (!model) {
    model = primeNew(id);
    primedModels.set(id, model);
  }
  model.checkpoint(bytes);
  try {
    return code(model);
  } finally {
    model.rollback();
    releaseLater();
  }
}

/** Forgets the primed models (they hold no share data, only memory). */
export function releaseCmMemory(): void {
  primedModels.clear();
  if (releaseTimer !== undefined) clearTimeout(releaseTimer);
  releaseTimer = undefined;
}

export function compressCm(plain: Uint8Array, primer: PrimerId): Uint8Array {
  if (plain.length > CM_MAX_PLAIN) throw new ShareBugError(`compressCm: ${plain.length} bytes is over ${CM_MAX_PLAIN}`);
  const coded = withPrimed(primer, plain.length, (model) => {
    const coder = new ArithEncoder(plain.length);
    for (const byte of plain) {
      for (let j = 7; j >= 0; j--) {
        const bit = (byte >> j) & 1;
        coder.encode(bit, model.predict());
        model.update(bit);
      }
    }
    return coder.finish();
  });
  const head = new ByteWriter().u8(primer).varint(plain.length).finish();
  return concatBytes(head, coded);
}

export type CmDecodeResult = { ok: true; value: Uint8Array } | { ok: false; error: 'too-large' | 'malformed-body' };

/** Total: any bytes give the plain bytes, 'too-large' (over `maxOutput`) or 'malformed-body'. */
export function decompressCm(coded: Uint8Array, maxOutput: number): CmDecodeResult {
  const reader = new ByteReader(coded);
  const primer = reader.u8();
  if (!isPrimerId(primer)) return { ok: false, error: 'malformed-body' };
  const length = reader.varint();
  if (!length.ok) return { ok: false, error: length.error === 'too-large' ? 'too-large' : 'malformed-body' };
  if (length.value > Math.min(maxOutput, CM_MAX_PLAIN)) return { ok: false, error: 'too-large' };
  const rest = reader.take(reader.remaining) ?? new Uint8Array(0);
  if (length.value > 0 && rest.length === 0) return { ok: false, error: 'malformed-body' };
  const out = new Uint8Array(length.value);
  withPrimed(primer, out.length, (model) => {
    const decoder = new ArithDecoder(rest);
    for (let i = 0; i < out.length; i++) {
      let byte = 0;
      for (let j = 0; j < 8; j++) {
        const bit = decoder.decode(model.predict());
        model.update(bit);
        byte = (byte << 1) | bit;
      }
      out[i] = byte;
    }
  });
  return { ok: true, value: out };
}
