// Files the consent records leave the phone as, at the parent's or professional's request:
// the parent's consent record (JSON, with each entry's sentence in the parent's language) and the
// professional's received log (CSV). Both formats are written up in docs/consent.md.
import type { ConsentLogRead } from './consent-log';

export const CONSENT_RECORD_FORMAT = 'family-file-consent-record';
export const CONSENT_RECORD_VERSION = 1;

/**
 * The parent's consent record as a file: every entry exactly as chained (so anyone can re-check
 * the hashes, docs/consent.md), the sentence the parent read for it, and whether the chain held.
 */
export function consentRecordFile(read: ConsentLogRead, sentences: readonly string[], language: string, exportedAt: number): string {
  const file = {
    format: CONSENT_RECORD_FORMAT,
    version: CONSENT_RECORD_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    language,
    intact: read.brokenAt === undefined,
    ...(read.brokenAt !== undefined ? { firstBrokenEntry: read.brokenAt } : {}),
    head: read.head,
    entries: read.entries.map((entry, i) => ({ ...entry, text: sentences[i] ?? '' })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * RFC 4180 CSV. A cell a spreadsheet would run as a formula (starting =, +, -, @, tab or return)
 * is prefixed with an apostrophe: names come from other phones and must never run as formulas.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The first 12 hex digits of a hash, in groups of four: what a person compares by eye. */
export function checkCode(hashHex: string): string {
  return (hashHex.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}
