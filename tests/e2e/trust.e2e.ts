// What the review found (issue 11), as a parent meets it: a contact card that would make shares
// readable by anyone, or whose signature has been re-shaped, is refused with a clear message,
// and nobody is added to the team.
import { describe, expect, it } from 'vitest';
import { NEUTRAL_POINT, lowOrderX25519Keys, withSPlusL } from '../fixtures/crypto/ed25519-weak';
import { boxKeyPair, signKeyPair } from '../../src/crypto/index';
import { encodeEnvelope, singleQrText, type BodyValue } from '../../src/share/index';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { FamilyPage } from './pages/FamilyPage';
import { SharePage } from './pages/SharePage';
import { VaultPages } from './pages/VaultPages';

const chromium = useChromium();
const DAY = 86_400_000;

function cardBytes(boxKey: Uint8Array, issuedAt: number): Uint8Array {
  const body: BodyValue = { name: 'Dr Eve Mallory', role: 'paediatrician', organisation: 'Nowhere Clinic', boxKey };
  const made = encodeEnvelope({ type: 'contact-card', sender: signKeyPair(), issuedAt, expiresAt: issuedAt + 30 * DAY, body });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

async function parentOnTeamScreen() {
  const { page } = await chromium.openPage();
  await new VaultPages(page).chooseEnglish();
  await new FamilyPage(page).openDemo();
  const share = new SharePage(page);
  await share.go('/team');
  await page.getByText('Nobody is in the team yet', { exact: false }).waitFor();
  return { page, share };
}

describe('contact cards the review showed a lax reader would take', () => {
  it('a card whose box key has small order is refused, saying why, and nobody is added', async () => {
    const { page, share } = await parentOnTeamScreen();
    const issuedAt = await page.evaluate(() => Date.now());
    // The all-zero key: any key pair would have read what is shared with it.
    const weak = lowOrderX25519Keys()[0]!;
    expect(weak.every((b) => b === 0)).toBe(true);
    await share.pasteCardText(singleQrText(cardBytes(weak, issuedAt)));
    const alert = page.getByRole('alert');
    await alert.getByText('carries a key that cannot keep shares private', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { name: 'Is this the right person?' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}trust-weak-card-en.png`, fullPage: true });

    // The same card with a real key goes through to the words check: the refusal was the key.
    await page.getByLabel('Text of the contact card (starts with FF1:)').fill(singleQrText(cardBytes(boxKeyPair().publicKey, issuedAt)));
    await page.getByRole('button', { name: 'Read the card' }).click();
    await page.getByRole('heading', { name: 'Is this the right person?' }).waitFor();
  });

  it('a card with a re-shaped signature (S + L) or a neutral-point signer is refused as not genuine', async () => {
    const { page, share } = await parentOnTeamScreen();
    const issuedAt = await page.evaluate(() => Date.now());
    const good = cardBytes(boxKeyPair().publicKey, issuedAt);
    const malleated = good.slice();
    malleated.set(withSPlusL(good.subarray(good.length - 64)), good.length - 64);
    const neutral = good.slice();
    neutral.set(NEUTRAL_POINT, 22);
    neutral.set(new Uint8Array(64).fill(0), neutral.length - 64);
    neutral.set(NEUTRAL_POINT, neutral.length - 64);
    await share.pasteCardText(singleQrText(malleated));
    const refusal = 'We could not confirm that this code comes from its sender. It may have been changed, so it was not opened.';
    await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
    for (const bytes of [neutral, malleated]) {
      await page.getByLabel('Text of the contact card (starts with FF1:)').fill(singleQrText(bytes));
      await page.getByRole('button', { name: 'Read the card' }).click();
      await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
      expect(await page.getByRole('heading', { name: 'Is this the right person?' }).count()).toBe(0);
    }
  });
});
