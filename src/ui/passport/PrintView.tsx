import { LANGUAGES } from '../../i18n';
import type { PassportEntry, StoredChild } from '../../app/passport';
import { applyLanguage, currentLanguage, t } from '../state/language';
import { PassportSheet } from './PassportSheet';

/**
 * One clean page to print or "Save as PDF". The page can be switched to the reader's
 * language (a nurse reading English while the parent uses Urdu) without changing the record.
 */
export function PrintView({ child, passport, base }: { child: StoredChild; passport: PassportEntry | undefined; base: string }) {
  return (
    <div class="screen passport-print">
      <div class="print-controls no-print card stack">
        <p><a href={base}>{t('passport:print.back')}</a></p>
        <div class="field">
          <label for="print-language">{t('passport:print.language')}</label>
          <select id="print-language" value={currentLanguage.value?.code ?? 'en'}
            onChange={(e) => void applyLanguage((e.target as HTMLSelectElement).value, false)}>
            {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
          </select>
        </div>
        <p class="hint">{t('passport:print.hint')}</p>
        <button type="button" class="button primary" onClick={() => window.print()}>{t('passport:print.print')}</button>
      </div>
      <PassportSheet child={child} passport={passport} idPrefix="print" nameIsHeading />
    </div>
  );
}
