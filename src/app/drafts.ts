// Unfinished forms survive the app being closed: drafts are saved, encrypted like
// everything else, in the vault, and removed once the entry is saved or discarded.
import type { AppResult } from './result';
import { session } from './session';

interface DraftRecord {
  id: string;
  kind: 'draft';
  form: string;
  values: Record<string, unknown>;
  savedAt: number;
}

const draftId = (form: string) => `draft-${form.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export async function saveDraft(form: string, values: Record<string, unknown>): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  return vault.put<DraftRecord>({ id: draftId(form), kind: 'draft', form, values, savedAt: Date.now() });
}

export async function loadDraft(form: string): Promise<Record<string, unknown> | undefined> {
  const got = await session.vault?.get<DraftRecord>(draftId(form));
  return got?.ok ? got.value.values : undefined;
}

export async function clearDraft(form: string): Promise<void> {
  await session.vault?.delete(draftId(form));
}
