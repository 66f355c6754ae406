// Open-share URL: https://<origin>/#s=<base64url envelope>&k=<base64url key token>.
// Both parts sit in the fragment because browsers never send the fragment to a server:
// the web server that serves the app never sees the share or its key.
import { fromBase64Url, toBase64Url } from '../../crypto/encoding';
import { looksLikeEnvelope } from '../envelope/magic';

export interface OpenShareParts {
  envelope: Uint8Array;
  keyToken: Uint8Array;
}
export type FragmentResult = { ok: true; value: OpenShareParts } | { ok: false; error: 'not-ours' };

/** Limits what we are willing to decode from a URL: a QR code holds under 3 KB anyway. */
const MAX_FRAGMENT_CHARS = 400_000;

export function buildOpenShareFragment(parts: OpenShareParts): string {
  return `s=${toBase64Url(parts.envelope)}&k=${toBase64Url(parts.keyToken)}`;
}

export function buildOpenShareUrl(origin: string, parts: OpenShareParts): string {
  return `${origin.replace(/\/+$/, '')}/#${buildOpenShareFragment(parts)}`;
}

/** Total. Accepts a whole URL, "#s=…&k=…" or "s=…&k=…"; parameters in either order, each exactly once. */
export function parseOpenShareFragment(input: string): FragmentResult {
  const notOurs = { ok: false, error: 'not-ours' } as const;
  if (input.length > MAX_FRAGMENT_CHARS) return notOurs;
  const hash = input.indexOf('#');
  const fragment = hash >= 0 ? input.slice(hash + 1) : input;
  const fields = new Map<string, string>();
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) return notOurs;
    const name = part.slice(0, eq);
    if ((name !== 's' && name !== 'k') || fields.has(name)) return notOurs;
    fields.set(name, part.slice(eq + 1));
  }
  const envelope = fromBase64Url(fields.get('s') ?? '');
  const keyToken = fromBase64Url(fields.get('k') ?? '');
  if (!envelope.ok || !keyToken.ok || keyToken.value.length === 0 || !looksLikeEnvelope(envelope.value)) return notOurs;
  return { ok: true, value: { envelope: envelope.value, keyToken: keyToken.value } };
}
