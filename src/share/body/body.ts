// Share body: a JSON-like value, encoded as [dictionary version byte] || CBOR item.
// Object keys found in the dictionary travel as their integer index; other keys stay text.
// Strings that are exactly an ISO date ("2024-03-18") or a UTC date-time as toISOString() writes it
// ("2024-03-18T09:30:00.000Z") travel as CBOR tag 100 (days) or tag 1 (seconds), and come back as
// the same strings: the app never sees the difference.
import { ShareBugError } from '../bytes';
import { CborMap, CborTag, DEFAULT_CBOR_LIMITS, TAG_EPOCH_DAYS, TAG_EPOCH_TIME, decodeCbor, encodeCbor, type CborKey, type CborValue } from '../cbor/cbor';
import { DICTIONARY_V1, DICTIONARY_V1_VERSION } from './dictionary-v1';

export type BodyValue =
  | null
  | boolean
  | number
  | string
  | Uint8Array
  | BodyValue[]
  | { [key: string]: BodyValue };

export type BodyDecodeResult = { ok: true; value: BodyValue } | { ok: false; error: 'malformed-body' };

/** Dictionaries by version; a reader of version N knows every version up to N. */
const DICTIONARIES: ReadonlyMap<number, readonly string[]> = new Map([[DICTIONARY_V1_VERSION, DICTIONARY_V1]]);
const CURRENT_VERSION = DICTIONARY_V1_VERSION;

const indexOf = new Map(DICTIONARY_V1.map((name, i) => [name, i] as const));
const namesOf = new Map([...DICTIONARIES].map(([version, names]) => [version, new Set(names)] as const));

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A date or date-time string as a tagged number, only when it converts back to the very same string. */
function compactTime(text: string): CborTag | undefined {
  if (text.length === 10 && ISO_DATE.test(text)) {
    const ms = Date.parse(`${text}T00:00:00.000Z`);
    const days = ms / DAY_MS;
    if (Number.isSafeInteger(days) && dateFromDays(days) === text) return new CborTag(TAG_EPOCH_DAYS, days);
  } else if (text.length === 24 && ISO_DATE_TIME.test(text)) {
    const ms = Date.parse(text);
    if (Number.isFinite(ms) && dateTimeFromSeconds(ms / 1000) === text) return new CborTag(TAG_EPOCH_TIME, ms / 1000);
  }
  return undefined;
}

function dateFromDays(days: number): string | undefined {
  const date = new Date(days * DAY_MS);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

function dateTimeFromSeconds(seconds: number): string | undefined {
  const date = new Date(Math.round(seconds * 1000));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toCbor(value: BodyValue, depth: number): CborValue {
  if (depth > 32) throw new ShareBugError('encodeBody: value nests too deeply');
  if (typeof value === 'string') return compactTime(value) ?? value;
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((item) => toCbor(item, depth + 1));
  const entries: (readonly [CborKey, CborValue])[] = [];
  for (const [key, item] of Object.entries(value)) {
    // Optional fields set to undefined are simply absent, as in JSON.
    if ((item as BodyValue | undefined) === undefined) continue;
    entries.push([indexOf.get(key) ?? key, toCbor(item, depth + 1)]);
  }
  return new CborMap(entries);
}

export function encodeBody(value: BodyValue): Uint8Array {
  const cbor = encodeCbor(toCbor(value, 0));
  const out = new Uint8Array(cbor.length + 1);
  out[0] = CURRENT_VERSION;
  out.set(cbor, 1);
  return out;
}

/** Thrown inside fromCbor for anything the model cannot hold; decodeBody turns it into 'malformed-body'. */
class BadKey extends Error {}

function fromCbor(value: CborValue, dictionary: readonly string[], names: ReadonlySet<string>): BodyValue {
  if (Array.isArray(value)) return value.map((item) => fromCbor(item, dictionary, names));
  if (value instanceof CborTag) {
    const text = value.tag === TAG_EPOCH_DAYS ? dateFromDays(value.value) : dateTimeFromSeconds(value.value);
    if (text === undefined) throw new BadKey();
    return text;
  }
  if (!(value instanceof CborMap)) return value;
  const out: { [key: string]: BodyValue } = {};
  for (const [key, item] of value.entries) {
    const name = typeof key === 'number' ? dictionary[key] : key;
    if (name === undefined || (typeof key === 'string' && names.has(key))) {
      // Unknown index, or a dictionary name spelled out (a second spelling of the same key).
      throw new BadKey();
    }
    if (Object.prototype.hasOwnProperty.call(out, name)) throw new BadKey();
    // defineProperty, so a key named "__proto__" stays a plain field.
    Object.defineProperty(out, name, { value: fromCbor(item, dictionary, names), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Total: any bytes give a value or 'malformed-body'. */
export function decodeBody(bytes: Uint8Array, maxBytes: number = DEFAULT_CBOR_LIMITS.maxBytes): BodyDecodeResult {
  const version = bytes[0] ?? -1;
  const dictionary = DICTIONARIES.get(version);
  const names = namesOf.get(version);
  if (dictionary === undefined || names === undefined) return { ok: false, error: 'malformed-body' };
  const cbor = decodeCbor(bytes.subarray(1), { ...DEFAULT_CBOR_LIMITS, maxBytes });
  if (!cbor.ok) return cbor;
  try {
    return { ok: true, value: fromCbor(cbor.value, dictionary, names) };
  } catch {
    return { ok: false, error: 'malformed-body' };
  }
}
