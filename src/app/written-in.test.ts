// Issue 16: each free text's language tag is found from the writing, and the parent can change it.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChildId } from '../domain/index';
import { makeTestVault } from '../vault/test-support';
import { emptyObservationForm, formFromObservation, saveObservation } from './journal';
import { saveNote } from './notes';
import { checkContribution, emptyContributionDraft } from './contribute';
import { emptyAppointmentForm, saveAppointment } from './appointments';
import { saveCondition } from './health';
import { recordStore } from './record-store';
import { emptyServiceForm, saveService } from './support';
import { addChild } from './record';
import { session } from './session';
import { detectedLanguage, languageOf, writerLanguage, writtenInOf } from './written-in';

const NOW = Date.parse('2025-06-10T12:00:00Z');
let childId: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const child = await addChild({ name: 'Hodan', dob: '2023-04-02' }, NOW);
  if (!child.ok) throw new Error(child.error);
  childId = child.value.id;
});
afterEach(() => session.lock('user'));

describe('language of what you wrote', () => {
  it('is found from the letters unless the writer picks one; anything but a tag is "found"', () => {
    expect(languageOf('Waxay bilowday inay socoto', writerLanguage('', 'so'))).toBe('so');
    expect(languageOf('She started walking today', writerLanguage('', 'so'))).toBe('so'); // Latin letters: the app's language wins
    expect(languageOf('She started walking today', writerLanguage('en', 'so'))).toBe('en');
    expect(languageOf('আজ হাঁটতে শুরু করেছে', writerLanguage(undefined, 'en'))).toBe('bn');
    expect(writerLanguage('<script>', 'ur')).toBe('ur');
    expect(writerLanguage('zh-Hans', 'ur')).toEqual({ chosen: 'zh-Hans' });
    expect(detectedLanguage('  ', 'en')).toBeUndefined();
    expect(detectedLanguage('سلام دوستو، کیا حال ہے', 'en')).toBe('ur');
  });

  it('shows "found" for a tag the letters give, and the tag itself when the writer had picked it', () => {
    expect(writtenInOf({ text: 'Waxay socotaa', lang: 'so' }, 'so')).toBe('');
    expect(writtenInOf({ text: 'Waxay socotaa', lang: 'en' }, 'so')).toBe('en');
    expect(writtenInOf(undefined, 'so')).toBe('');
  });

  it('a journal entry takes the language the parent picks, and keeps it when edited', async () => {
    const form = { ...emptyObservationForm('communication', 'so', new Date(NOW)), text: 'Said "bye bye" at the door', date: '2025-06-09' };
    const found = await saveObservation(childId, form, undefined, new Date(NOW));
    expect(found.ok && found.value.text.lang).toBe('so');
    const picked = await saveObservation(childId, { ...form, writtenIn: 'en' }, undefined, new Date(NOW));
    if (!picked.ok) throw new Error(picked.error);
    expect(picked.value.text.lang).toBe('en');
    // Editing it: the form starts from the entry's own tag, so saving again keeps it.
    const again = await saveObservation(childId, formFromObservation(picked.value), picked.value.id, new Date(NOW + 1));
    expect(again.ok && again.value.text.lang).toBe('en');
  });

  it('a private note can be re-tagged without changing a word', async () => {
    const first = await saveNote(childId, { date: '2025-06-01', text: 'Slept badly', lang: 'so' }, undefined, NOW);
    if (!first.ok) throw new Error(first.error);
    expect(first.value.text.lang).toBe('so');
    const kept = await saveNote(childId, { date: '2025-06-01', text: 'Slept badly', lang: 'en' }, first.value.id, NOW + 1);
    expect(kept.ok && kept.value.text.lang).toBe('so');
    const retagged = await saveNote(childId, { date: '2025-06-01', text: 'Slept badly', lang: 'so', writtenIn: 'en' }, first.value.id, NOW + 2);
    expect(retagged.ok && retagged.value.text.lang).toBe('en');
  });

  it('health, support and appointment text take the picked language for every text on the form', async () => {
    const child = recordStore.child(childId)!;
    const condition = await saveCondition(child, { name: 'Eczema', diagnosedOn: '', note: 'Worse in winter', sensitive: false }, { chosen: 'en' }, undefined, NOW);
    if (!condition.ok) throw new Error(condition.error);
    expect([condition.value.name.lang, condition.value.note?.lang]).toEqual(['en', 'en']);
    const found = await saveCondition(child, { name: 'Eczema', diagnosedOn: '', note: '', sensitive: false }, 'so', condition.value.id, NOW + 1);
    expect(found.ok && found.value.name.lang).toBe('en'); // unchanged words keep their tag
    const service = await saveService(childId, { ...emptyServiceForm('so'), serviceType: 'speech-language-therapy', outcome: 'Six sessions', plans: ['Home practice'], writtenIn: 'en' }, undefined, NOW);
    if (!service.ok) throw new Error(service.error);
    expect([service.value.outcome?.lang, service.value.plans[0]?.lang]).toEqual(['en', 'en']);
    const visit = await saveAppointment(childId, {
      ...emptyAppointmentForm('so'), date: '2025-06-20', startTime: '10:00', endTime: '10:30', reason: 'review', note: 'Bring the red book', writtenIn: 'en',
    }, undefined, NOW);
    if (!visit.ok) throw new Error(visit.error);
    expect(visit.value.note?.lang).toBe('en');
  });

  it("a professional's words are tagged by their letters, or as the professional picks", () => {
    const target = { childName: 'Hodan', childDob: '2023-04-02' as never, shareId: '0102030405060708' };
    const from = { name: 'Dr Ada Okafor', role: 'paediatrician' as const };
    const note = { ...emptyContributionDraft('visit-note', '2025-06-09' as never), text: 'بچہ بہت اچھا کھیل رہا ہے' };
    const found = checkContribution(note, target, from, 'en', NOW);
    expect(found.ok && found.value.kind === 'visit-note' && found.value.text.lang).toBe('ur');
    const picked = checkContribution({ ...note, text: 'Waxay si fiican u ciyaareysaa', writtenIn: 'so' }, target, from, 'en', NOW);
    expect(picked.ok && picked.value.kind === 'visit-note' && picked.value.text.lang).toBe('so');
    // The contribution's own language stays the app's: it says how its coded parts were chosen.
    expect(picked.ok && picked.value.lang).toBe('en');
  });
});
