import { VAULT_ERROR_KEYS, vaultErrorMessageKey } from '../../app';
import { i18next } from '../../i18n';
import { t } from './language';


/** A translated sentence for any error code a use case returns. */
export function errorText(error: string, extra: { retryAfterMs?: number; attemptsLeft?: number; index?: number } = {}): string {
  switch (error) {
    case 'passphrase-too-weak':
    case 'passphrase-mismatch':
    case 'words-unknown-word':
    case 'words-wrong-length':
    case 'words-bad-checksum':
      return t(`secure:error.${error}`, { position: (extra.index ?? 0) + 1 });
    case 'too-soon':
    case 'wrong-passphrase':
      return extra.retryAfterMs
        ? t('secure:error.wrongPassphraseWait', { count: Math.ceil(extra.retryAfterMs / 1000) })
        : t('vault:' + vaultErrorMessageKey('wrong-passphrase'));
    case 'wrong-pin':
      return t('secure:error.wrongPin', { count: extra.attemptsLeft ?? 0 });
    default:
      if (i18next.exists(`record:error.${error}`)) return t(`record:error.${error}`);
      return error in VAULT_ERROR_KEYS
        ? t('vault:' + vaultErrorMessageKey(error as keyof typeof VAULT_ERROR_KEYS))
        : t('secure:error.unexpected');
  }
}
