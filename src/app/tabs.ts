// Several tabs of the app share one lock state: locking in one locks them all, and
// erasing in one sends the others back to the start. Nothing secret crosses the channel.
import { session } from './session';

type TabMessage = { type: 'locked' } | { type: 'erased' } | { type: 'setup-changed' };
const CHANNEL = 'familyfile-tabs';

let channel: BroadcastChannel | undefined;
const listeners = new Set<(m: TabMessage) => void>();

function open(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    if (event.data?.type === 'locked') session.lock('other-tab');
    if (event.data?.type === 'erased') {
      session.lock('erased');
      session.closeDb();
    }
    for (const l of listeners) l(event.data);
  };
  return channel;
}

export function listenToOtherTabs(listener: (m: TabMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tellOtherTabs(message: TabMessage): void {
  open()?.postMessage(message);
}
