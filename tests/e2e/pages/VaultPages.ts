import type { Page } from 'playwright-core';

export const PASSPHRASE = 'purple kettle sings at dawn';

/** A parent (or professional) setting up, locking and opening Family File. */
export class VaultPages {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.locator('main h1').first();
  }

  async chooseEnglish(): Promise<void> {
    await this.page.goto('/language');
    await this.page.getByRole('radio', { name: 'English' }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.waitForURL('**/welcome');
  }

  /** Role and passphrase: the vault exists (setup not yet complete) after this. */
  async startSetup(role: 'parent' | 'professional' = 'parent', passphrase = PASSPHRASE): Promise<void> {
    await this.page.getByRole('link', { name: 'Get started' }).click();
    await this.page.getByRole('radio', { name: role === 'parent' ? /parent or carer/ : /professional/ }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.locator('#new-passphrase').fill(passphrase);
    await this.page.locator('#repeat-passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Create my locked record' }).click();
    await this.heading().filter({ hasText: 'Quick unlock on this phone' }).waitFor({ timeout: 20_000 });
  }

  async skipPin(): Promise<void> {
    await this.page.getByRole('button', { name: 'Not now' }).click();
  }

  async setPin(pin: string): Promise<void> {
    await this.page.getByLabel(/^PIN \(at least/).fill(pin);
    await this.page.getByLabel('Type the PIN again').fill(pin);
    await this.page.getByRole('button', { name: 'Turn on quick unlock' }).click();
  }

  async recoveryWords(): Promise<string[]> {
    await this.page.locator('.recovery-words .w').first().waitFor();
    return this.page.locator('.recovery-words .w').allTextContents();
  }

  /** Types back the words the confirm step asks for, reading their numbers from the labels. */
  async confirmWords(words: string[], wrongOne = false): Promise<void> {
    await this.page.getByRole('button', { name: 'I have kept my recovery words' }).click();
    // The check step shows once the step reached is saved: wait for it before reading its labels.
    await this.page.locator('label[for^="word-"]').first().waitFor();
    const labels = await this.page.locator('label[for^="word-"]').allTextContents();
    for (const [i, label] of labels.entries()) {
      const n = Number(label.match(/\d+/)![0]);
      const answer = wrongOne && i === 0 ? 'notaword' : words[n - 1]!;
      await this.page.getByLabel(label, { exact: true }).fill(answer);
    }
    await this.page.getByRole('button', { name: 'Finish setup' }).click();
  }

  /** The whole setup; returns the recovery words. */
  async setUp(options: { role?: 'parent' | 'professional'; pin?: string; passphrase?: string } = {}): Promise<string[]> {
    await this.chooseEnglish();
    await this.startSetup(options.role, options.passphrase);
    if (options.pin) await this.setPin(options.pin);
    else await this.skipPin();
    const words = await this.recoveryWords();
    await this.confirmWords(words);
    // A parent's home is /home; a professional's is the received-shares screen.
    await this.page.waitForURL(options.role === 'professional' ? '**/received' : '**/home');
    return words;
  }

  async addChild(name: string, dob: string): Promise<void> {
    await this.page.getByLabel("Child's name").fill(name);
    await this.page.getByLabel('Date of birth').fill(dob);
    await this.page.getByRole('button', { name: 'Save child' }).click();
    await this.page.getByRole('heading', { name }).waitFor();
  }

  async addObservation(text: string, area = 'Communication and language'): Promise<void> {
    await this.page.getByLabel('Area of development').selectOption({ label: area });
    await this.page.getByLabel('What did you notice?').fill(text);
    await this.page.getByRole('button', { name: 'Save to journal' }).click();
    await this.page.getByRole('list', { name: 'Journal entries' }).getByText(text).waitFor();
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await this.page.waitForURL('**/unlock');
  }

  async unlock(secret: string): Promise<void> {
    await this.page.locator('#unlock-secret').fill(secret);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}

/** How many rows the vault's records store holds (a draft being written adds one). */
export async function vaultRowCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('familyfile');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const count = await new Promise<number>((res, rej) => {
      const req = db.transaction('records').objectStore('records').count();
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    db.close();
    return count;
  });
}

/** The stored keys of the vault's records (keyed: they name nothing without the vault key). */
export async function vaultRowKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('familyfile');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const keys = await new Promise<string[]>((res, rej) => {
      const req = db.transaction('records').objectStore('records').getAllKeys();
      req.onsuccess = () => res(req.result.map(String));
      req.onerror = () => rej(req.error);
    });
    db.close();
    return keys;
  });
}

/** Every value in every IndexedDB database of the page's origin, as searchable text. */
export async function dumpIndexedDb(page: Page): Promise<{ databases: string[]; text: string }> {
  return page.evaluate(async () => {
    const asText = (v: unknown): string => {
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) {
        const bytes = v instanceof Uint8Array ? v : new Uint8Array(v);
        return new TextDecoder('utf-8', { fatal: false }).decode(bytes) + ' ' + String.fromCharCode(...bytes.slice(0, 5000));
      }
      if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}:${asText(x)}`).join(' ');
      return String(v);
    };
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    let text = '';
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((res) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => res(req.result);
        });
        text += rows.map(asText).join('\n');
      }
      db.close();
    }
    return { databases: names, text };
  });
}
