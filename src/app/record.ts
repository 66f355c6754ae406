// Use cases for the child's record: children and journal observations, kept in the vault.
import { randomBytes } from '../crypto/index';
import {
  asChildId, asEntryId, idFromBytes, isoDateFromMs, isoDateTimeFromMs, validateDateOfBirth, validateEntryDate, validateText,
  type Child, type ChildId, type DevelopmentArea, type ObservationEntry, type ObservationMark,
} from '../domain/index';
import type { AppResult } from './result';
import { session } from './session';

export type StoredChild = Child & { kind: 'child' };

const newId = () => idFromBytes(randomBytes(12));
const CHILD_COLOURS = ['#1d5c63', '#b5482b', '#5b4b8a', '#2f6f3e', '#8a5a00'];

export interface NewChild {
  name: string;
  dob: string;
  gestationWeeks?: number;
}

export async function addChild(input: NewChild, now = Date.now()): Promise<AppResult<StoredChild>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const name = validateText(input.name.trim(), { required: true, maxLength: 200 });
  if (!name.ok) return name;
  const dob = validateDateOfBirth(input.dob, isoDateFromMs(now));
  if (!dob.ok) return dob;
  const existing = await listChildren();
  const stamp = isoDateTimeFromMs(now);
  const child: StoredChild = {
    id: asChildId(newId()),
    kind: 'child',
    name: name.value,
    dob: dob.value,
    colour: CHILD_COLOURS[(existing.ok ? existing.value.length : 0) % CHILD_COLOURS.length]!,
    createdAt: stamp,
    updatedAt: stamp,
    ...(input.gestationWeeks !== undefined ? { gestationWeeks: input.gestationWeeks } : {}),
  };
  const saved = await vault.put(child);
  return saved.ok ? { ok: true, value: child } : saved;
}

export async function listChildren(): Promise<AppResult<StoredChild[]>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const all = await vault.all<StoredChild>('child');
  return all.ok ? { ok: true, value: all.value.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) } : all;
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
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const child = await vault.get<StoredChild>(input.childId);
  if (!child.ok) return child;
  const text = validateText(input.text, { required: true });
  if (!text.ok) return text;
  const date = validateEntryDate(input.date, { today: isoDateFromMs(now), dob: child.value.dob });
  if (!date.ok) return date;
  const stamp = isoDateTimeFromMs(now);
  const entry: ObservationEntry = {
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
  };
  const saved = await vault.put(entry);
  return saved.ok ? { ok: true, value: entry } : saved;
}

/** Observations newest first, with any that failed to decrypt counted apart. */
export async function listObservations(childId?: ChildId): Promise<AppResult<{ entries: ObservationEntry[]; damaged: number }>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const read = await vault.allWithDamage<ObservationEntry>('observation');
  if (!read.ok) return read;
  const entries = read.value.records
    .filter((e) => childId === undefined || e.childId === childId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { ok: true, value: { entries, damaged: read.value.damaged.length } };
}

export type { DevelopmentArea, ObservationEntry, ObservationMark } from '../domain/index';
