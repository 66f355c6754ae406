import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, openVaultDb } from '../vault/index';
import { addChild } from './record';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';
import { passportInputOf, passportOf, saveAboutMe, saveChildDetails, savePassport, splitLanguages, toLocalText, type PassportInput } from './passport';

const WEAK = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const NOW = Date.parse('2025-06-10T12:00:00Z');
let child: StoredChild;

beforeAll(async () => {
  const made = await createVault(openVaultDb('passport-test'), { passphrase: 'passport test phrase', role: 'parent', kdfParams: WEAK, allowWeakParamsForTests: true });
  if (!made.ok) throw new Error(made.error);
  session.setVault(made.value.vault);
  await recordStore.load();
  const added = await addChild({ name: 'Amira', dob: '2023-03-01' }, NOW);
  if (!added.ok) throw new Error(String(added.error));
  child = added.value;
});
afterAll(() => session.lock('user'));

const blank = (over: Partial<PassportInput> = {}): PassportInput => ({ ...passportInputOf(undefined), ...over });

describe('passport use cases', () => {
  it('refuses an NHS number whose check digit is wrong, naming the field, and saves nothing', async () => {
    const r = await savePassport(child.id, blank({ nhsNumber: '943 476 5918' }), 'en', NOW);
    expect(r).toEqual({ ok: false, error: 'nhs-number-check-digit', field: 'nhsNumber' });
    expect(passportOf(child.id)).toBeUndefined();
  });

  it('saves one passport per child, keeps digits only, and edits in place', async () => {
    const first = await savePassport(child.id, blank({ nhsNumber: '943 476 5919', homeLanguages: ['ar', 'en'], otherLanguages: 'Sylheti، Twi', mustKnow: 'Nut allergy 🥜' }), 'en', NOW);
    if (!first.ok) throw new Error(first.error);
    expect(first.value.nhsNumber).toBe('9434765919');
    expect(first.value.otherLanguages).toEqual(['Sylheti', 'Twi']);
    const again = await savePassport(child.id, { ...passportInputOf(first.value), likes: 'الفقاعات' }, 'ar', NOW + 1000);
    if (!again.ok) throw new Error(again.error);
    expect(again.value.id).toBe(first.value.id);
    expect(recordStore.entries('passport', child.id)).toHaveLength(1);
    // Unchanged text keeps its language; new text carries the writer's.
    expect(again.value.mustKnow).toEqual({ text: 'Nut allergy 🥜', lang: 'en' });
    expect(again.value.likes).toEqual({ text: 'الفقاعات', lang: 'ar' });
    expect(passportInputOf(again.value).nhsNumber).toBe('943 476 5919');
  });

  // How fast is for the benchmark (and the e2e log): a test on a busy machine only checks what happens.
  it('refuses a megabyte paste and names the field', async () => {
    const huge = 'x'.repeat(1_000_000);
    const r = await savePassport(child.id, blank({ whatHelps: huge }), 'en', NOW);
    expect(r).toEqual({ ok: false, error: 'text-too-long', field: 'whatHelps' });
  });

  it('needs a name for each important person', async () => {
    const r = await savePassport(child.id, blank({ importantPeople: [{ name: 'Nan', relationship: 'grandparent', note: '' }, { name: ' ', relationship: 'father', note: '' }] }), 'en', NOW);
    expect(r).toEqual({ ok: false, error: 'required', field: 'person-1-name' });
  });

  it('edits the child: future dob and impossible gestation are refused; Arabic digits are read', async () => {
    expect(await saveChildDetails(child.id, { name: 'Amira', preferredName: '', dob: '2025-06-11', gestationWeeks: '' }, NOW))
      .toEqual({ ok: false, error: 'date-in-future', field: 'dob' });
    expect(await saveChildDetails(child.id, { name: 'Amira', preferredName: '', dob: '2023-03-01', gestationWeeks: '12' }, NOW))
      .toEqual({ ok: false, error: 'gestation-out-of-range', field: 'gestationWeeks' });
    const ok = await saveChildDetails(child.id, { name: 'Amira K', preferredName: 'Mira 🌟', dob: '2023-03-02', gestationWeeks: '٣٢' }, NOW);
    expect(ok).toMatchObject({ ok: true, value: { name: 'Amira K', preferredName: 'Mira 🌟', dob: '2023-03-02', gestationWeeks: 32 } });
    const cleared = await saveChildDetails(child.id, { name: 'Amira K', preferredName: '', dob: '2023-03-02', gestationWeeks: '' }, NOW);
    expect(cleared.ok && 'preferredName' in cleared.value).toBe(false);
    expect(cleared.ok && 'gestationWeeks' in cleared.value).toBe(false);
  });

  it('About me saves the child and the passport together, or neither when any field is wrong', async () => {
    const details = { name: 'Amira', preferredName: 'Mimi', dob: '2023-03-01', gestationWeeks: '' };
    const before = recordStore.child(child.id);
    const passportBefore = passportOf(child.id);
    const wrong = await saveAboutMe(child.id, { details, passport: blank({ nhsNumber: '943 476 5918', likes: 'trains' }) }, 'en', NOW);
    expect(wrong).toEqual({ ok: false, error: 'nhs-number-check-digit', field: 'nhsNumber' });
    expect(recordStore.child(child.id)).toEqual(before);
    expect(passportOf(child.id)).toEqual(passportBefore);
    const badDob = await saveAboutMe(child.id, { details: { ...details, dob: '2099-01-01' }, passport: blank({ likes: 'trains' }) }, 'en', NOW);
    expect(badDob).toMatchObject({ ok: false, field: 'dob' });
    expect(passportOf(child.id)).toEqual(passportBefore);
    const ok = await saveAboutMe(child.id, { details, passport: blank({ likes: 'trains' }) }, 'en', NOW);
    expect(ok.ok).toBe(true);
    expect(recordStore.child(child.id)?.preferredName).toBe('Mimi');
    expect(passportOf(child.id)?.likes?.text).toBe('trains');
  });

  it('helpers: language splitting, local text', () => {
    expect(splitLanguages(' Pahari ,, Twi;Hakka ')).toEqual(['Pahari', 'Twi', 'Hakka']);
    expect(toLocalText('  ', 'en')).toBeUndefined();
    const prev = { text: 'سلام', lang: 'ur' };
    expect(toLocalText('سلام', 'en', prev)).toBe(prev);
    expect(toLocalText('سلام!', 'en', prev)).toEqual({ text: 'سلام!', lang: 'ar' }); // its script, not the app's language
    expect(toLocalText('Hello there', 'ur')).toEqual({ text: 'Hello there', lang: 'en' });
    expect(toLocalText('جھولے پسند ہیں', 'ur')).toEqual({ text: 'جھولے پسند ہیں', lang: 'ur' });
    // The writer's own choice wins, even for text that did not change.
    expect(toLocalText('سلام', { chosen: 'ur' }, prev)).toEqual({ text: 'سلام', lang: 'ur' });
    expect(toLocalText('Hello there', { chosen: 'pl' })).toEqual({ text: 'Hello there', lang: 'pl' });
  });
});
