import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { signKeyPairFromSeed, toBase64Url } from '../../crypto';
import { encodeEnvelope } from '../envelope/envelope';
import type { ShareId } from '../envelope/types';
import { createFountainEncoder } from '../fountain/encoder';
import { encodeFrame, FRAME_PREFIX } from '../fountain/frame';
import { toBase45 } from './base45';
import { buildOpenShareFragment, buildOpenShareUrl, parseOpenShareFragment } from './fragment';
import { classifyScan, decodeScanMessage, encodeScanMessage, parseSingleQrText, singleQrText } from './scan';
import { MAX_SINGLE_QR_CHARS, planQr } from './transport';

const T0 = Date.UTC(2025, 0, 15, 9, 30);
const made = encodeEnvelope({
  type: 'contact-card', sender: signKeyPairFromSeed(new Uint8Array(32).fill(2)), issuedAt: T0,
  expiresAt: T0 + 3600_000, body: { name: 'Dr Okafor' }, shareId: new Uint8Array(8) as ShareId,
});
if (!made.ok) throw new Error('setup');
const envelope = made.value;
const token = Uint8Array.from([0, ...new Uint8Array(32).fill(7)]);

function qrVersion(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
}

describe('scan messages and single QR text', () => {
  it('round-trips an envelope alone and one with its key token', () => {
    expect(decodeScanMessage(encodeScanMessage({ envelope }))).toEqual({ ok: true, value: { envelope } });
    const bundled = encodeScanMessage({ envelope, keyToken: token });
    expect(decodeScanMessage(bundled)).toEqual({ ok: true, value: { envelope, keyToken: token } });
    expect(parseSingleQrText(singleQrText(bundled))).toEqual({ ok: true, value: { envelope, keyToken: token } });
  });

  it('stays in the QR alphanumeric set', () => {
    expect(singleQrText(envelope)).toMatch(/^FF1:[0-9A-Z $%*+\-./:]+$/);
  });

  const notOurs: [string, string][] = [
    ['a web address', 'https://example.org/page'], ['a plain word', 'hello'], ['an empty string', ''],
    ['bad base45', 'FF1:abc'], ['base45 of something else', `FF1:${toBase45(Uint8Array.from([1, 2, 3]))}`],
    ['an open-share URL with a broken envelope', 'https://ff.example/#s=AAAA&k=AAAA'],
    ['a URL with a third parameter', `https://ff.example/#${buildOpenShareFragment({ envelope, keyToken: token })}&x=1`],
    ['an http (not https) URL', `http://ff.example/#${buildOpenShareFragment({ envelope, keyToken: token })}`],
  ];
  notOurs.forEach(([what, text]) => {
    it(`classifies ${what} as not ours`, () => {
      const result = classifyScan(text);
      if (text.startsWith('FF1:')) expect(parseSingleQrText(text)).toEqual({ ok: false, error: 'not-ours' });
      else expect(result).toEqual({ ok: false, error: 'not-ours' });
    });
  });

  it('classifies our three kinds', () => {
    expect(classifyScan(singleQrText(envelope))).toEqual({ ok: true, value: 'single' });
    expect(classifyScan(createFountainEncoder(new Uint8Array(2000).fill(1)).frameText(3))).toEqual({ ok: true, value: 'frame' });
    expect(classifyScan(buildOpenShareUrl('https://ff.example/', { envelope, keyToken: token }))).toEqual({ ok: true, value: 'url-open-share' });
  });

  it('refuses a key bundle whose token length runs past the end', () => {
    const bundled = encodeScanMessage({ envelope, keyToken: token });
    expect(decodeScanMessage(bundled.subarray(0, 10))).toEqual({ ok: false, error: 'not-ours' });
  });
});

describe('open-share URL fragment', () => {
  it('round-trips and keeps everything after #', () => {
    const url = buildOpenShareUrl('https://ff.example', { envelope, keyToken: token });
    expect(url.startsWith('https://ff.example/#s=')).toBe(true);
    expect(url).toContain(`&k=${toBase64Url(token)}`);
    expect(parseOpenShareFragment(url)).toEqual({ ok: true, value: { envelope, keyToken: token } });
    expect(parseOpenShareFragment(url.slice(url.indexOf('#')))).toEqual({ ok: true, value: { envelope, keyToken: token } });
  });

  it('accepts the parameters in either order but not twice', () => {
    const frag = `k=${toBase64Url(token)}&s=${toBase64Url(envelope)}`;
    expect(parseOpenShareFragment(frag).ok).toBe(true);
    expect(parseOpenShareFragment(`${frag}&k=AA`).ok).toBe(false);
    expect(parseOpenShareFragment(`s=${toBase64Url(envelope)}`).ok).toBe(false);
  });
});

describe('QR sizes (measured with the qrcode package)', () => {
  it('the single-QR limit is exactly a version 25 code at EC M', () => {
    expect(qrVersion('FF1:' + 'A'.repeat(MAX_SINGLE_QR_CHARS - 4))).toBe(25);
    expect(() => QRCode.create('A'.repeat(MAX_SINGLE_QR_CHARS + 1), { errorCorrectionLevel: 'M', version: 25 })).toThrow();
  });

  it('a worst-case frame header with a full block fits a version 15 code at EC M', () => {
    const enc = createFountainEncoder(new Uint8Array(512 * 1024 - 1).fill(9));
    const worst = { ...enc.frame(enc.k + 1), seq: 0xffff_ffff };
    const text = FRAME_PREFIX + toBase45(encodeFrame(worst));
    expect(text.length).toBeLessThanOrEqual(600);
    expect(qrVersion(text)).toBeLessThanOrEqual(15);
  });

  it('plans one QR when the message fits, frames when it does not', () => {
    expect(planQr(envelope).kind).toBe('single');
    const big = planQr(new Uint8Array(5000).fill(3));
    expect(big.kind).toBe('animated');
    if (big.kind === 'animated') expect(big.encoder.k).toBe(Math.ceil(5000 / 380));
  });
});
