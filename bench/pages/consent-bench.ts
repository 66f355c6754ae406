// consent.build_share_5000_ms (issue 12), inside Chromium against real IndexedDB: the app's own
// one-tap share (app/consent.shareWithMember) for a child with 5,000 entries, from the call (the
// tap's handler) to the signed, encrypted share logged in the consent record. bench/consent.mjs drives it.
import { boxKeyPair, signKeyPair, toBase64Url } from '../../src/crypto/index';
import { isoDateTimeFromMs, type Entry, type ShareableSection } from '../../src/domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../../src/domain/demo/generate';
import { setGrant, shareWithMember } from '../../src/app/consent';
import { fingerprintWords } from '../../src/app/identity';
import { recordStore } from '../../src/app/record-store';
import { session } from '../../src/app/session';
import { addFromCard } from '../../src/app/team';
import { completeSetup, createVault, openVaultDb } from '../../src/vault/index';

export interface ConsentBenchOptions {
  entries: number;
  runs: number;
  sections: ShareableSection[];
}

declare global {
  interface Window {
    runConsentBench: (o: ConsentBenchOptions) => Promise<{ entries: number; shareMs: number[]; bytes: number[]; carried: number[] }>;
  }
}

function expectOk<T>(what: string, result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`runConsentBench: ${what} failed with '${result.error}'`);
  return result.value;
}

window.runConsentBench = async ({ entries: wanted, runs, sections }) => {
  const now = Date.now();
  const db = openVaultDb(`ff-consent-bench-${now}`);
  const created = expectOk('createVault', await createVault(db, { passphrase: 'bench passphrase for consent', role: 'parent' }));
  expectOk('completeSetup', await completeSetup(created.vault));
  session.setVault(created.vault);
  // The demo family's records, all moved to one child, until that child has `wanted` entries.
  const family = generateDemoFamily({ seed: 20261204, observations: wanted, now: isoDateTimeFromMs(now) });
  const child = DEMO_CHILD_IDS.older;
  const entries = family.entries.map((e) => ({ ...e, childId: child }) as Entry).slice(0, wanted);
  const rows = [...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries];
  for (let i = 0; i < rows.length; i += 500) expectOk('putMany', await created.vault.putMany(rows.slice(i, i + 500)));
  expectOk('load', await recordStore.load());
  const pro = signKeyPair();
  const member = expectOk('addFromCard', await addFromCard({
    name: 'Bench Health Visitor', role: 'health-visitor', signKey: toBase64Url(pro.publicKey), boxKey: toBase64Url(boxKeyPair().publicKey),
    fingerprint: fingerprintWords(pro.publicKey), expiresAt: now + 86_400_000,
  }));
  expectOk('setGrant', await setGrant(child, member.id, { sections }));
  const shareMs: number[] = [];
  const bytes: number[] = [];
  const carried: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const made = expectOk('shareWithMember', await shareWithMember(child, member.id));
    shareMs.push(performance.now() - t0);
    bytes.push(made.share.envelope.length);
    carried.push(made.share.sections.length);
  }
  const childEntries = recordStore.allEntries().filter((e) => e.childId === child).length;
  session.lock('user');
  return { entries: childEntries, shareMs, bytes, carried };
};
document.body.dataset.ready = 'true';
