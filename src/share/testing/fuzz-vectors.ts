// Valid envelopes of every type and a seeded mutator, shared by the fuzz tests. Test-only.
import { asSecretKey, boxKeyPairFromSecret, keyId, signKeyPairFromSeed } from '../../crypto';
import { ByteWriter } from '../bytes';
import { encodeEnvelope } from '../envelope/envelope';
import type { DecodeContext, EncodeInput, EnvelopeType, ShareId } from '../envelope/types';
import type { Xoshiro128 } from '../fountain/prng';
import { SAMPLE_PASSPORT_AND_HEALTH } from './sample-share';

export interface Vector {
  type: EnvelopeType;
  bytes: Uint8Array;
  ctx: DecodeContext;
  /** A reading time after expiry (for backups, which never expire, just a late time). */
  expiredNow: number;
}

const fill = (v: number) => new Uint8Array(32).fill(v);
const T0 = Date.UTC(2025, 0, 15, 9, 30);

export function makeVectors(): Vector[] {
  const parent = signKeyPairFromSeed(fill(1));
  const pro = signKeyPairFromSeed(fill(2));
  const proBox = boxKeyPairFromSecret(fill(3));
  const parentBox = boxKeyPairFromSecret(fill(4));
  const openShareKey = asSecretKey(fill(5));
  const vaultKey = asSecretKey(fill(6));
  const small = { name: 'Dr Ada Okafor', role: 'speech-language-therapist' };
  // Fixed ids and ephemeral keys: the vectors, and so the whole fuzz run, are the same every time.
  const ephemeral = boxKeyPairFromSecret(fill(7));
  let n = 0;
  const id = () => Uint8Array.from([++n, 0, 0, 0, 0, 0, 0, 0]) as ShareId;
  const common = { issuedAt: T0, expiresAt: T0 + 3600_000 };
  const inputs: [EncodeInput, DecodeContext][] = [
    [{ ...common, type: 'contact-card', sender: pro, body: small }, { now: T0 }],
    [{ ...common, type: 'contact-card', sender: pro, body: SAMPLE_PASSPORT_AND_HEALTH }, { now: T0 }],
    [{ ...common, type: 'addressed-share', sender: parent, recipient: proBox.publicKey, body: SAMPLE_PASSPORT_AND_HEALTH },
      { now: T0, myBoxSecretKey: proBox.secretKey, myBoxKeyId: keyId(proBox.publicKey) }],
    [{ ...common, type: 'open-share', sender: parent, openShareKey, body: small }, { now: T0, openShareKey }],
    [{ ...common, type: 'contribution', sender: pro, recipient: parentBox.publicKey, body: small },
      { now: T0, myBoxSecretKey: parentBox.secretKey, myBoxKeyId: keyId(parentBox.publicKey) }],
    [{ ...common, type: 'backup', sender: parent, vaultKey, expiresAt: null, body: { entries: [small, small] } }, { now: T0, vaultKey }],
  ];
  return inputs.map(([input, ctx]) => {
    const fixed = input.type === 'addressed-share' || input.type === 'contribution' ? { ...input, ephemeral } : input;
    const made = encodeEnvelope({ ...fixed, shareId: id() });
    if (!made.ok) throw new Error(`makeVectors: ${made.error}`);
    return { type: input.type, bytes: made.value, ctx, expiredNow: T0 + 7200_000 };
  });
}

const randomBytes = (rng: Xoshiro128, n: number) => Uint8Array.from({ length: n }, () => rng.next() & 0xff);

/** Header fields by byte range (the recipient only exists for types 2 and 4). */
const FIELDS: [number, number][] = [[4, 5], [5, 6], [6, 10], [10, 14], [14, 22], [22, 54], [54, 62]];

export function mutate(source: Vector, all: Vector[], rng: Xoshiro128): Uint8Array {
  const bytes = source.bytes;
  const copy = bytes.slice();
  // Untouched inputs are 1 in 48 (each decodes fully, ~5 ms with a CM1 body); the rest mutate.
  const kind = rng.below(12);
  switch (kind === 0 && rng.below(4) !== 0 ? 1 : kind) {
    case 0: // untouched: the only kind that may decode
      return copy;
    case 1: { // flip one to three bits anywhere
      for (let n = 1 + rng.below(3); n > 0; n--) {
        const at = rng.below(copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << rng.below(8));
      }
      return copy;
    }
    case 2: { // flip a bit inside the header, where most checks live
      const at = rng.below(62);
      copy[at] = (copy[at] ?? 0) ^ (1 << rng.below(8));
      return copy;
    }
    case 3: // truncate
      return copy.subarray(0, rng.below(copy.length));
    case 4: // extend
      return Uint8Array.from([...copy, ...randomBytes(rng, 1 + rng.below(16))]);
    case 5: { // swap one header field with another vector's
      const other = all[rng.below(all.length)] ?? source;
      const [from, to] = FIELDS[rng.below(FIELDS.length)] ?? [4, 5];
      if (other.bytes.length >= to) copy.set(other.bytes.subarray(from, to), from);
      return copy;
    }
    case 6: { // splice: this header, another vector's body and signature
      const other = all[rng.below(all.length)] ?? source;
      const cut = 54 + rng.below(9);
      return Uint8Array.from([...copy.subarray(0, cut), ...other.bytes.subarray(cut)]);
    }
    case 7: // random bytes
      return randomBytes(rng, rng.below(300));
    case 8: // our magic and version, then noise
      return Uint8Array.from([0x46, 0x46, 0x45, 1, ...randomBytes(rng, rng.below(200))]);
    case 9: { // a well-formed frame around a random body: reaches the signature check
      const header = copy.subarray(0, source.type === 'addressed-share' || source.type === 'contribution' ? 62 : 54);
      const body = randomBytes(rng, rng.below(400));
      return new ByteWriter().bytes(header).varint(body.length).bytes(body).bytes(randomBytes(rng, 64)).finish();
    }
    case 10: { // insert or delete one byte
      const at = rng.below(copy.length);
      if (rng.below(2) === 0) return Uint8Array.from([...copy.subarray(0, at), rng.next() & 0xff, ...copy.subarray(at)]);
      return Uint8Array.from([...copy.subarray(0, at), ...copy.subarray(at + 1)]);
    }
    default: { // a declared body length far beyond the cap
      const header = copy.subarray(0, 54);
      return new ByteWriter().bytes(header).varint(0xffff_ffff).bytes(randomBytes(rng, 70)).finish();
    }
  }
}
