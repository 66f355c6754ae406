// Use cases for the child's record: children and journal observations.
import {
  asChildId, asEntryId, isoDateFromMs, isoDateTimeFromMs, validateDateOfBirth, validateEntryDate, validateText,
  type ChildId, type DevelopmentArea, type ObservationEntry, type ObservationMark,
} from '../domain/index';
import { newId, recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';

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
  const dob = validateDateOfBirth(input.dob, isoDateFromMs(now));
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

export interface NewObservation {
  childId: ChildId;
  area: DevelopmentArea;
  text: string;
  lang: string;
  date: string;
  mark: ObservationMark;
  sensitive?: boolean;
}

export async function addObservation(input: NewObservation, now = Date.now()): Promise<AppResult<ObservationEntry>> {
  const child = recordStore.child(input.childId);
  if (!child) return { ok: false, error: 'not-found' };
  const text = validateText(input.text, { required: true });
  if (!text.ok) return text;
  const date = validateEntryDate(input.date, { today: isoDateFromMs(now), dob: child.dob });
  if (!date.ok) return date;
  const stamp = isoDateTimeFromMs(now);
  return recordStore.save<ObservationEntry>({
    id: asEntryId(newId()),
    kind: 'observation',
    childId: input.childId,
    createdAt: stamp,
    updatedAt: stamp,
    area: input.area,
    date: date.value,
    text: { text: text.value, lang: input.lang },
    photos: [],
    mark: input.mark,
    milestoneCodes: [],
    ...(input.sensitive ? { sensitive: true } : {}),
  }, now);
}

/** Observations newest first, with how many records failed to decrypt. */
export async function listObservations(childId?: ChildId): Promise<AppResult<{ entries: ObservationEntry[]; damaged: number }>> {
  const loaded = await recordStore.ensureLoaded();
  if (!loaded.ok) return loaded;
  const entries = recordStore
    .entries('observation', childId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { ok: true, value: { entries, damaged: recordStore.damagedCount } };
}

export type { DevelopmentArea, ObservationEntry, ObservationMark } from '../domain/index';
