import { errorText } from '../state/errors';
import { t } from '../state/language';

const PHOTO_ERRORS = ['not-an-image', 'unsupported-image', 'corrupt-image', 'image-too-large'] as const;

/** Photo codes get their own sentences; anything else (locked, disk full) the shared ones. */
export function photoErrorText(code: string): string {
  return (PHOTO_ERRORS as readonly string[]).includes(code) ? t(`family:error.${code}`) : errorText(code);
}
