// Share benchmark (issue 5), run in Chromium by bench/share.mjs. Builds the demo child's shares
// the way the app does (buildShareBody, then an addressed envelope, then the QR text) and measures
// the QR code's size, the animated transfer of the full journal, and decoding.
import { deflateSync } from 'fflate';
import { buildShareBody, loadQrRenderer } from '../../src/app/share-out';
import { boxKeyPairFromSecret, signKeyPairFromSeed, toBase64Url } from '../../src/crypto/index';
import {
  asIsoDateTime, type ChildRecord, type FamilyRecord, type ShareableSection,
} from '../../src/domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../../src/domain/demo/generate';
import {
  createFountainEncoder, decodeEnvelope, encodeEnvelope, encodeScanMessage, FountainDecoder, parseSingleQrText, singleQrText,
  type BodyValue, type ShareId,
} from '../../src/share/index';

const NOW_ISO = '2025-06-01T12:00:00.000Z';
const NOW = Date.parse(NOW_ISO);
const DAY = 86_400_000;
const DEMO_SEED = 20240611; // src/app/demo.ts DEMO_SEED: the family the app's demo shows
const PASSPORT_AND_HEALTH: ShareableSection[] = ['about-me', 'health'];
const JOURNAL: ShareableSection[] = ['dev-communication', 'dev-physical', 'dev-pse'];
// Fixed keys: a parent and the professional the share is addressed to.
const parent = signKeyPairFromSeed(new Uint8Array(32).fill(7));
const professional = boxKeyPairFromSecret(new Uint8Array(32).fill(9));
// Fixed ephemeral key and share id: the same bytes every run, so the fountain frames (chosen
// from the message's CRC) and thus the transfer time do not vary between runs.
const ephemeral = boxKeyPairFromSecret(new Uint8Array(32).fill(11));
const shareId = new Uint8Array(8).fill(13) as ShareId;

export interface ShareBenchOptions {
  /** Frames per second the app shows an animated code at by default. */
  fps: number;
  trials: number;
  dropRate: number;
  decodeRuns: number;
}

declare global {
  interface Window {
    runShareBench: (options: ShareBenchOptions) => Promise<Record<string, number | number[] | string>>;
  }
}

/** The bytes a QR code carries for an addressed share: the envelope itself (no key bundle). */
function addressedMessage(body: BodyValue): Uint8Array {
  const made = encodeEnvelope({
    type: 'addressed-share', sender: parent, recipient: professional.publicKey, ephemeral, shareId, issuedAt: NOW, expiresAt: NOW + DAY, body,
  });
  if (!made.ok) throw new Error(`runShareBench: ${made.error}`);
  return encodeScanMessage({ envelope: made.value });
}


function demoChild(family: FamilyRecord): ChildRecord {
  const child = family.children.find((c) => c.id === DEMO_CHILD_IDS.older);
  if (!child) throw new Error('runShareBench: the demo has no older child');
  return { child, entries: family.entries.filter((e) => e.childId === child.id) };
}

/** mulberry32: a small seeded PRNG, so every run drops the same frames. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Frames shown (from 1, in order, as the app loops them) until a scanner that misses `dropRate` of them has the message. */
function framesUntilDecoded(message: Uint8Array, dropRate: number, seed: number): number {
  const encoder = createFountainEncoder(message);
  const decoder = new FountainDecoder();
  const dropped = seeded(seed);
  for (let seq = 1; seq <= 20 * encoder.k + 100; seq++) {
    if (dropped() < dropRate) continue;
    const got = decoder.receiveText(encoder.frameText(seq));
    if (!got.ok) throw new Error(`runShareBench: frame ${seq}: ${got.error}`);
    if (got.value.state === 'complete') {
      if (got.value.message.length !== message.length || got.value.message.some((b, i) => b !== message[i])) {
        throw new Error('runShareBench: the animated code rebuilt different bytes');
      }
      return seq;
    }
  }
  throw new Error('runShareBench: the animated code never completed');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

window.runShareBench = async ({ fps, trials, dropRate, decodeRuns }) => {
  // The app's own lazy loader for the QR package, and its error correction level.
  const QRCode = await loadQrRenderer();
  const qrVersion = (text: string) => QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
  const family = generateDemoFamily({ seed: DEMO_SEED, now: asIsoDateTime(NOW_ISO) });
  const record = demoChild(family);

  // Passport + health summary, as the share screen makes it by default. The page is fresh, so the
  // first encoding primes CM1's model (what a parent waits for on the first share of a session).
  // As the app sends it: with the consent record's head (32 bytes).
  const extras = { consentHead: 'c3'.repeat(32) };
  const body = buildShareBody(record, PASSPORT_AND_HEALTH, [], 'summary', extras);
  let t0 = performance.now();
  const message = addressedMessage(body);
  const encodeColdMs = performance.now() - t0;
  const encodeWarm: number[] = [];
  for (let i = 0; i < 9; i++) {
    t0 = performance.now();
    addressedMessage(body);
    encodeWarm.push(performance.now() - t0);
  }
  const text = singleQrText(message);
  const fullMessage = addressedMessage(buildShareBody(record, PASSPORT_AND_HEALTH, [], 'full', extras));
  const passportOnly = singleQrText(addressedMessage(buildShareBody(record, ['about-me'], [], 'summary', extras)));

  // The naive baseline: the same body as JSON, deflated, base64url'd; no signature, no encryption.
  // A QR code holds base64url in byte mode (8 bits a character); ours is alphanumeric (5.5 bits).
  const json = JSON.stringify(body);
  const naive = toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
  const oursBits = text.length * 5.5;
  const naiveBits = naive.length * 8;

  // The full journal (every observation and milestone, no photos) as one addressed share.
  const journalBody = buildShareBody(record, JOURNAL);
  const journalEntries = (journalBody as { entries: unknown[] }).entries.length;
  const journal = addressedMessage(journalBody);
  const encoder = createFountainEncoder(journal);
  const framesShown: number[] = [];
  for (let t = 0; t < trials; t++) framesShown.push(framesUntilDecoded(journal, dropRate, 0x5eed + t));
  const transferS = framesShown.map((n) => n / fps);

  // Decode and verify from the scanned text: base45, envelope checks, signature, box, inflate, CBOR.
  const decodeMs: number[] = [];
  for (let i = -5; i < decodeRuns; i++) {
    const t0 = performance.now();
    const parsed = parseSingleQrText(text);
    if (!parsed.ok) throw new Error(`runShareBench: ${parsed.error}`);
    const opened = decodeEnvelope(parsed.value.envelope, { now: NOW + 60_000, myBoxSecretKey: professional.secretKey });
    const ms = performance.now() - t0;
    if (!opened.ok) throw new Error(`runShareBench: ${opened.error}`);
    if (i >= 0) decodeMs.push(ms); // the first few runs warm the JIT
  }

  return {
    encodeColdMs,
    encodeWarmMs: median(encodeWarm),
    qrVersion: qrVersion(text),
    qrChars: text.length,
    messageBytes: message.length,
    fullHealthVersion: qrVersion(singleQrText(fullMessage)),
    fullHealthBytes: fullMessage.length,
    passportOnlyVersion: qrVersion(passportOnly),
    jsonChars: json.length,
    naiveChars: naive.length,
    contentRatio: oursBits / naiveBits,
    journalEntries,
    journalBytes: journal.length,
    k: encoder.k,
    blockSize: encoder.blockSize,
    frameVersion: qrVersion(encoder.frameText(encoder.k + 1)),
    framesShown,
    transferS,
    decodeMs: median(decodeMs),
  };
};
document.body.dataset.ready = 'true';
