import { shareErrorKey } from '../../app/share-out';
import { i18next } from '../../i18n';
import { errorText } from '../state/errors';
import { t } from '../state/language';

/** A translated sentence for any code the sharing use cases return. */
export function sharingErrorText(code: string): string {
  if (i18next.exists(`sharing:error.${code}`)) return t(`sharing:error.${code}`);
  if (i18next.exists(`trust:error.${code}`)) return t(`trust:error.${code}`);
  if (i18next.exists(`consent:error.${code}`)) return t(`consent:error.${code}`);
  const shareKey = shareErrorKey(code);
  return shareKey ? t(shareKey) : errorText(code);
}
