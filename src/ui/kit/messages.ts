import { i18next } from '../../i18n';
import { errorText } from '../state/errors';
import { t } from '../state/language';

/** A translated sentence for an error code: this namespace's own codes first, then the shared ones. */
export function messageFor(code: string): string {
  return i18next.exists(`support:error.${code}`) ? t(`support:error.${code}`) : errorText(code);
}

/** The language tag for free text typed now: the app's language (pseudo-locales count as their base). */
export function typingLanguage(code: string | undefined): string {
  return (code ?? 'en').split('-')[0]!;
}
