// What use cases return: a value, or a code the UI turns into a translated message.
import type { VaultErrorCode } from '../vault/index';

export type AppErrorCode = VaultErrorCode | 'passphrase-too-weak' | 'passphrase-mismatch' | 'bad-recovery-words';

export type AppResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: AppErrorCode | string; retryAfterMs?: number; attemptsLeft?: number; index?: number };
