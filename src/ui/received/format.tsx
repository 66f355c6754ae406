// Small rendering helpers for shared content: the reader's language for dates and codes, the
// writer's language for free text.
import { useEffect, useState } from 'preact/hooks';
import { i18next } from '../../i18n';
import { currentLanguage, t } from '../state/language';
import { formatDate, formatDateTime, formatDuration, formatList, formatNumber, languageName } from '../kit/format';

const locale = () => currentLanguage.value?.code ?? 'en';

/** The label of a coded value in the reader's language; an unknown code is shown as it came. */
export function codeLabel(key: string, code: unknown): string {
  if (typeof code !== 'string') return '';
  const full = `record:${key}.${code}`;
  return i18next.exists(full) ? t(full) : code;
}

/** YYYY-MM-DD from the share, shown as a date in the reader's language. */
export function shownDate(iso: unknown): string {
  if (typeof iso !== 'string') return '';
  return iso.length === 10 ? formatDate(iso) : formatDateTime(iso);
}

export function shownDateTime(ms: number): string {
  return formatDateTime(ms);
}

export function shownNumber(n: unknown): string {
  return typeof n === 'number' ? formatNumber(n) : '';
}

/** Free text exactly as written, marked with its language; a note says which language when it is not the reader's. */
export function WrittenText({ value }: { value: unknown }) {
  if (typeof value === 'string') return <span dir="auto">{value}</span>;
  if (typeof value !== 'object' || value === null) return null;
  const { text, lang } = value as { text?: unknown; lang?: unknown };
  if (typeof text !== 'string') return null;
  const tag = typeof lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined;
  const other = tag !== undefined && tag.split('-')[0] !== locale();
  return (
    <span class="written">
      <span lang={tag} dir="auto">{text}</span>
      {other && <small class="written-in">{t('receive:view.writtenIn', { language: languageName(tag) })}</small>}
    </span>
  );
}



/** The time, ticking every `everyMs`, so countdowns move and expired shares go. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** "Disappears in about 2 hours" (rounded honestly: 1 h 58 min is about 2 hours); seconds in the last minute. */
export function countdownText(msLeft: number): string {
  const s = Math.max(0, Math.ceil(msLeft / 1000));
  if (s < 60) return t('receive:view.expiresIn.seconds', { count: s });
  return t('kit:countdown.disappearsIn', { duration: formatDuration(msLeft) });
}

/** "A, B and C" the way the reader's language writes a list. */
export function listText(items: string[]): string {
  return formatList(items);
}
