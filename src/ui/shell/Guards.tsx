import type { ComponentType } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect, useRef } from 'preact/hooks';
import { languageChosen, translationsReady } from '../state/language';
import { mustChangePassphrase, vaultRole, vaultStatus, type VaultStatus } from '../state/vault';

/** Where the app should be, given the language choice and the vault's state. */
export function homePath(): string {
  if (!languageChosen.value) return '/language';
  const byStatus: Record<VaultStatus, string> = {
    unknown: '/welcome',
    none: '/welcome',
    'setup-incomplete': '/setup/resume',
    locked: '/unlock',
    unlocked: mustChangePassphrase.value ? '/new-passphrase' : vaultRole.value === 'professional' ? '/received' : '/home',
  };
  return byStatus[vaultStatus.value];
}

function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(to, true), [to]);
  return null;
}

export function Start() {
  // An open-share link (https://<origin>/#s=…&k=…) is read before anything else, even on
  // a device that never set Family File up. The fragment never reached any server.
  if (/^#(.*&)?s=/.test(location.hash)) return <Redirect to={`/open${location.hash}`} />;
  // Until the vault's state is read, only the language choice can be decided.
  if (languageChosen.value && vaultStatus.value === 'unknown') return null;
  return <Redirect to={homePath()} />;
}

/** Renders the screen only in the vault states it makes sense in; otherwise goes home. */
export function guarded<P extends object>(Screen: ComponentType<P>, allowed: readonly VaultStatus[]): ComponentType<P> {
  return function Guarded(props: P) {
    const shownAt = useRef(location.pathname);
    // Still reading the vault state, or the strings past the first screen.
    if (vaultStatus.value === 'unknown' || !translationsReady.value) return null;
    if (allowed.includes(vaultStatus.value)) {
      shownAt.current = location.pathname;
      return <Screen {...props} />;
    }
    // preact-iso keeps the previous screen mounted while the next one's chunk loads; a
    // screen left on show that way must not redirect away from the new address.
    return location.pathname === shownAt.current ? <Redirect to={homePath()} /> : null;
  };
}

/** Screens open in any vault state, once their strings have loaded. */
export function translated<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function Translated(props: P) {
    return translationsReady.value ? <Screen {...props} /> : null;
  };
}
