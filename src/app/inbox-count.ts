// The home screen's "2 new" beside the inbox link. Apart from app/inbox.ts so that the home screen
// does not load the share codec to count.
import { session } from './session';

export const INBOX_KIND = 'inbox-item';

/** How many contributions wait for the parent's answer. */
export async function newInboxCount(): Promise<number> {
  const vault = session.vault;
  if (!vault) return 0;
  const records = await vault.all<{ id: string; kind: string; state?: string }>(INBOX_KIND);
  return records.ok ? records.value.filter((r) => r.state === 'new').length : 0;
}
