// Small pieces shared by the journal and milestone screens.
import { DEVELOPMENT_AREAS, type DevelopmentArea } from '../../app/journal';
import { i18next } from '../../i18n';
import { errorText } from '../state/errors';
import { currentLanguage, t } from '../state/language';

export const AREAS: readonly DevelopmentArea[] = DEVELOPMENT_AREAS;

export function isArea(s: string | undefined): s is DevelopmentArea {
  return s !== undefined && (AREAS as readonly string[]).includes(s);
}

/** The language new free text is tagged with: the one the parent is using now. */
export function writerLang(): string {
  return currentLanguage.value?.code ?? 'en';
}

/** A translated sentence for any code a journal use case returns (ours first, then shared). */
export function journalError(code: string): string {
  return i18next.exists(`journal:error.${code}`) ? t(`journal:error.${code}`) : errorText(code);
}

/** Links between areas (plain links: each area has its own address, so Back works). */
export function AreaNav({ base, current, withAll }: { base: string; current: DevelopmentArea | undefined; withAll: boolean }) {
  return (
    <nav aria-label={t('journal:areas.label')}>
      <ul class="area-nav">
        {withAll && (
          <li>
            <a href={base} aria-current={current === undefined ? 'page' : undefined}>{t('journal:areas.all')}</a>
          </li>
        )}
        {AREAS.map((a) => (
          <li key={a}>
            <a href={`${base}/${a}`} aria-current={current === a ? 'page' : undefined}>{t(`record:area.${a}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
