import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxKeyPairFromSecret, toBase64Url } from '../crypto/index';
import { makeTestVault, expectOk } from '../vault/test-support';
import { deviceToday, endOfDeviceDay } from './clock';
import { setGrant, shareWithMember, teamGrants } from './consent';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import { addFromCard, type TeamMember } from './team';
import { fingerprintWords } from './identity';

// A permission "until 15 May" ends at the end of 15 May where the family is. vitest.config.ts runs
// this file once per zone (Karachi UTC+5, Kiritimati UTC+14, Los Angeles UTC-7/-8).
const offsetMin = new Date(Date.UTC(2026, 4, 15, 12)).getTimezoneOffset();
const localMs = (day: number, h: number, min: number) => new Date(2026, 4, day, h, min).getTime();

let member: TeamMember;
let childId: string;
beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  expectOk(await recordStore.load());
  childId = expectOk(await addChild({ name: 'Zara', dob: '2024-01-10' }, localMs(1, 9, 0))).id;
  member = expectOk(await addFromCard({
    name: 'Nurse Patel', role: 'health-visitor', signKey: toBase64Url(new Uint8Array(32).fill(8)),
    boxKey: toBase64Url(boxKeyPairFromSecret(new Uint8Array(32).fill(9)).publicKey),
    fingerprint: fingerprintWords(new Uint8Array(32).fill(8)), expiresAt: localMs(30, 0, 0),
  }, localMs(1, 9, 0)));
});
afterEach(() => session.lock('user'));

describe(`a grant's last day, on the device's calendar (UTC offset ${-offsetMin} min)`, () => {
  it('ends at the local midnight after that day, whatever UTC says', async () => {
    const end = endOfDeviceDay('2026-05-15');
    expect(deviceToday(end)).toBe('2026-05-15');
    expect(deviceToday(end + 1)).toBe('2026-05-16');
    expectOk(await setGrant(childId, member.id, { sections: ['health'], until: end }, localMs(10, 9, 0)));
    // 23:30 local on the 15th: still in force (in Karachi that is 18:30 UTC, in Kiritimati 09:30 UTC).
    const late = localMs(15, 23, 30);
    expect(expectOk(await teamGrants(childId, late))[0]?.grant?.sections).toEqual(['health']);
    const made = expectOk(await shareWithMember(childId, member.id, {}, late));
    expect(made.share.expiresAt).toBe(late + 3_600_000); // cut to the grant's end, but never under an hour
    // 00:10 local on the 16th: over, though in UTC it may still be the 15th.
    const next = localMs(16, 0, 10);
    expect(expectOk(await teamGrants(childId, next))[0]?.grant).toBeUndefined();
    expect(await shareWithMember(childId, member.id, {}, next)).toEqual({ ok: false, error: 'consent-no-grant' });
  });
});
