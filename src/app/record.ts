// Use cases for the child's record: adding and listing children. Observations are the
// journal's (journal.ts), wherever they are written from.
import { asChildId, isoDateTimeFromMs, validateDateOfBirth, validateText } from '../domain/index';
import { newId, recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';
import { deviceToday } from './clock';

export type { StoredChild } from './record-store';
const CHILD_COLOURS = ['#1d5c63', '#b5482b', '#5b4b8a', '#2f6f3e', '#8a5a00'];

export interface NewChild {
  name: string;
  dob: string;
  gestationWeeks?: number;
}

export async function addChild(input: NewChild, now = Date.now()): Promise<AppResult<StoredChild>> {
  const name = validateText(input.name.trim(), { required: true, maxLength: 200 });
  if (!name.ok) return name;
  const dob = validateDateOfBirth(input.dob, deviceToday(now));
  if (!dob.ok) return dob;
  const stamp = isoDateTimeFromMs(now);
  return recordStore.saveChild({
    id: asChildId(newId()),
    kind: 'child',
    name: name.value,
    dob: dob.value,
    colour: CHILD_COLOURS[recordStore.children().length % CHILD_COLOURS.length]!,
    createdAt: stamp,
    updatedAt: stamp,
    ...(input.gestationWeeks !== undefined ? { gestationWeeks: input.gestationWeeks } : {}),
  });
}

export async function listChildren(): Promise<AppResult<StoredChild[]>> {
  const loaded = await recordStore.ensureLoaded();
  return loaded.ok ? { ok: true, value: recordStore.children() } : loaded;
}
