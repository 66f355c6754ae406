import type { ShareableSection } from '../../domain/index';
import { t } from '../state/language';
import { formatList, formatWhen } from '../kit/format';

/**
 * "Dr Khan will see: About me and Health, until Tuesday 3 June at 14:30" in the reader's language.
 * `who` is left out for a code anyone can open (even if the parent means it for a person added by
 * hand), and ticked sensitive entries are counted, so the line says exactly what the code carries.
 */
export function shareSummary(who: string | undefined, sections: readonly ShareableSection[], until: number, sensitiveCount = 0): string {
  const names = formatList(sections.map((s) => t(`record:section.${s}`)));
  const when = formatWhen(until);
  const line = who === undefined
    ? t('sharing:summary.open', { sections: names, until: when })
    : t('sharing:summary.addressed', { name: who, sections: names, until: when });
  return sensitiveCount > 0 ? `${line} ${t('sharing:summary.sensitive', { count: sensitiveCount })}` : line;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "30 minutes", "4 hours", "7 days". */
export function durationLabel(ms: number): string {
  if (ms % DAY === 0 && ms > DAY) return t('sharing:duration.days', { count: ms / DAY });
  if (ms % HOUR === 0) return t('sharing:duration.hours', { count: ms / HOUR });
  return t('sharing:duration.minutes', { count: Math.round(ms / MINUTE) });
}
