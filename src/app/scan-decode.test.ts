import { describe, expect, it } from 'vitest';
import { fromBase64Url, randomKey, signKeyPairFromSeed } from '../crypto/index';
import {
  buildOpenShareUrl, createFountainEncoder, encodeEnvelope, encodeKeyToken, encodeScanMessage, singleQrText,
} from '../share/index';
import { RESET_AFTER_OTHER_FRAMES, ScanAssembler, scanMessageKey, type ScanStep } from './scan-decode';

const NOW = Date.UTC(2025, 0, 10, 9, 0, 0);
const sender = signKeyPairFromSeed(new Uint8Array(32).fill(7));

function card(note: string): Uint8Array {
  const r = encodeEnvelope({ type: 'contact-card', sender, issuedAt: NOW, expiresAt: NOW + 3_600_000, body: { name: note } });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** A message big enough for many frames: the note is random-looking so it does not compress away. */
function bigMessage(seed: number): Uint8Array {
  let x = seed;
  const words = Array.from({ length: 900 }, () => ((x = (x * 48271) % 2147483647) % 100000).toString(36));
  return card(words.join(' '));
}

function payloadOf(step: ScanStep) {
  if (step.kind !== 'payload') throw new Error(`expected a payload, got ${JSON.stringify(step)}`);
  return step.payload;
}

describe('ScanAssembler', () => {
  it('passes a single code on as the exact message bytes', () => {
    const envelope = card('Dr Ola');
    const step = new ScanAssembler().accept(singleQrText(envelope));
    expect(payloadOf(step)).toEqual({ bytes: envelope, via: 'single' });
  });

  it('keeps an in-app open share (key token + envelope) whole, and marks image scans', () => {
    const token = encodeKeyToken({ kind: 'plain', key: randomKey() });
    const bundle = encodeScanMessage({ envelope: card('x'), keyToken: token });
    const payload = payloadOf(new ScanAssembler().accept(singleQrText(bundle), true));
    expect(payload.via).toBe('image');
    expect(payload.bytes).toEqual(bundle);
  });

  it('reads an open-share URL into the envelope and the key token', () => {
    const envelope = card('open');
    const keyToken = encodeKeyToken({ kind: 'plain', key: randomKey() });
    const payload = payloadOf(new ScanAssembler().accept(buildOpenShareUrl('https://family.example', { envelope, keyToken })));
    expect(payload.via).toBe('url');
    expect(payload.bytes).toEqual(envelope);
    const token = fromBase64Url(payload.openShareKeyToken ?? '');
    expect(token.ok && token.value).toEqual(keyToken);
  });

  it('says "not ours" for foreign codes and damaged Family File texts', () => {
    const a = new ScanAssembler();
    for (const text of ['https://example.com/menu', 'WIFI:S:cafe;T:WPA;P:secret;;', 'FF1:not base45!', 'FF1:', '']) {
      expect(a.accept(text)).toEqual({ kind: 'problem', error: 'not-ours' });
    }
  });

  it('stays quiet when the camera keeps seeing the same text', () => {
    const a = new ScanAssembler();
    expect(a.accept('hello').kind).toBe('problem');
    expect(a.accept('hello')).toEqual({ kind: 'repeat' });
    expect(a.accept('hello', true).kind).toBe('problem'); // a picture is always judged afresh
  });

  it('rebuilds an animated code from frames in a camera order with some dropped, showing progress', () => {
    const message = bigMessage(11);
    const encoder = createFountainEncoder(message, 200);
    expect(encoder.k).toBeGreaterThan(4);
    const a = new ScanAssembler();
    let last = 0;
    let result: ScanStep | undefined;
    for (let seq = 1; seq < 10 * encoder.k; seq++) {
      if (seq % 4 === 2) continue; // a quarter of the frames never reach the camera
      result = a.accept(encoder.frameText(seq));
      if (result.kind === 'payload') break;
      expect(result.kind).toBe('progress');
      if (result.kind === 'progress') {
        expect(result.progress).toBeGreaterThanOrEqual(last);
        last = result.progress;
      }
    }
    expect(last).toBeGreaterThan(0.5);
    expect(payloadOf(result!)).toEqual({ bytes: message, via: 'frames' });
  });

  it('ignores a few stray frames of another code, then follows the new code', () => {
    const first = createFountainEncoder(bigMessage(1), 200);
    const second = createFountainEncoder(bigMessage(2), 200);
    const a = new ScanAssembler();
    expect(a.accept(first.frameText(1)).kind).toBe('progress');
    expect(a.accept(second.frameText(1))).toEqual({ kind: 'problem', error: 'different-message' });
    expect(a.accept(first.frameText(2)).kind).toBe('progress'); // still collecting the first
    for (let i = 2; i <= RESET_AFTER_OTHER_FRAMES; i++) {
      expect(a.accept(second.frameText(i))).toEqual({ kind: 'problem', error: 'different-message' });
    }
    const switched = a.accept(second.frameText(RESET_AFTER_OTHER_FRAMES + 1));
    expect(switched.kind).toBe('progress');
    if (switched.kind === 'progress') expect(switched.framesSeen).toBe(1);
  });

  it('reports a damaged frame without losing what it has', () => {
    const encoder = createFountainEncoder(bigMessage(3), 200);
    const a = new ScanAssembler();
    a.accept(encoder.frameText(1));
    expect(a.accept('FFM1:%%%')).toEqual({ kind: 'problem', error: 'malformed-frame' });
    const next = a.accept(encoder.frameText(2));
    expect(next.kind === 'progress' && next.framesSeen).toBe(2);
  });
});

describe('scanMessageKey', () => {
  it('names a message for every share and receive code, and leaves other codes to the caller', () => {
    expect(scanMessageKey('expired')).toBe('share:error.expired');
    expect(scanMessageKey('not-for-me')).toBe('share:error.notForMe');
    expect(scanMessageKey('not-ours')).toBe('share:error.notOurs');
    expect(scanMessageKey('wrong-kind')).toBe('receive:error.wrongKind');
    expect(scanMessageKey('passcode-needed')).toBe('receive:error.passcodeNeeded');
    expect(scanMessageKey('locked')).toBeUndefined();
  });
});
