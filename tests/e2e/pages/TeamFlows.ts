import type { Page } from 'playwright-core';
import { showOnCamera } from '../support/qr-video';
import { SharePage } from './SharePage';
import { VaultPages } from './VaultPages';

/** A professional sets up, fills in their profile and shows their contact card; returns its QR text. */
export async function showContactCard(page: Page, name: string, role: string, organisation: string): Promise<string> {
  await new VaultPages(page).setUp({ role: 'professional' });
  const card = new SharePage(page);
  await card.go('/contact');
  await card.fillProfile(name, role, organisation);
  return card.readQr();
}

/** The parent's team screen scans the card now on their camera, and the parent confirms the words. */
export async function scanContactCard(parent: Page, camera: string, text: string, name: string): Promise<void> {
  showOnCamera(camera, [text]);
  const team = new SharePage(parent);
  await team.go('/team');
  await parent.getByRole('button', { name: 'Scan a contact card' }).click();
  await parent.getByRole('group', { name: 'Is this the right person?' }).getByText(name).waitFor({ timeout: 30_000 });
  await parent.getByRole('button', { name: 'The words match: add them' }).click();
  await team.teamList().getByText(name).waitFor();
}
