// Use cases for the family home: children with their age, prematurity and photo.
import {
  developmentalAge, isoDateTimeFromMs, isPremature, validateGestationWeeks, weeksEarly,
  type AgeBasis,
} from '../domain/index';
import { addChild } from './record';
import { addPhoto, deletePhotos, photoUrl } from './photos';
import { recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';
import { deviceToday } from './clock';

export interface NewChildInput {
  name: string;
  dob: string;
  /** As typed; blank means not known (treated as born at term). */
  gestationWeeks?: string;
}

export async function addChildToFamily(input: NewChildInput, now = Date.now()): Promise<AppResult<StoredChild>> {
  const typed = input.gestationWeeks?.trim() ?? '';
  let gestationWeeks: number | undefined;
  if (typed !== '') {
    const checked = validateGestationWeeks(Number(typed));
    if (!checked.ok) return checked;
    gestationWeeks = checked.value;
  }
  return addChild({ name: input.name, dob: input.dob, ...(gestationWeeks !== undefined ? { gestationWeeks } : {}) }, now);
}

/** What a child card says about age, for the UI to put into words. */
export interface AgeSummary {
  unit: 'weeks' | 'months' | 'years';
  count: number;
  basis: AgeBasis;
  /** Weeks the child was born early (0 unless premature). */
  weeksEarly: number;
  premature: boolean;
}

/** Age in the unit a parent would use: weeks for a newborn, months to two, then years. */
export function ageSummary(child: Pick<StoredChild, 'dob' | 'gestationWeeks'>, now = Date.now()): AgeSummary {
  const age = developmentalAge(child, deviceToday(now));
  const common = { basis: age.basis, weeksEarly: weeksEarly(child), premature: isPremature(child) };
  if (age.days < 0) return { unit: 'weeks', count: 0, ...common };
  if (age.months < 2) return { unit: 'weeks', count: age.weeks, ...common };
  if (age.months < 24) return { unit: 'months', count: age.months, ...common };
  return { unit: 'years', count: Math.floor(age.months / 12), ...common };
}

/** Family children, loading the record first if needed. */
export async function familyChildren(): Promise<AppResult<StoredChild[]>> {
  const loaded = await recordStore.ensureLoaded();
  return loaded.ok ? { ok: true, value: recordStore.children() } : loaded;
}

/**
 * Checks, downscales and re-encodes a picked photo (dropping its metadata, location included),
 * stores it as an encrypted blob and points the child at it. The old photo goes once saved.
 */
export async function setChildPhoto(childId: string, file: Blob, now = Date.now()): Promise<AppResult<StoredChild>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  const added = await addPhoto(file);
  if (!added.ok) return added;
  const saved = await recordStore.saveChild({ ...child, photo: added.value, updatedAt: isoDateTimeFromMs(now) });
  if (!saved.ok) {
    await deletePhotos([added.value]);
    return saved;
  }
  if (child.photo) await deletePhotos([child.photo]);
  return saved;
}

/** An object URL for the child's photo (decrypted once per unlock, revoked on lock). */
export async function childPhotoUrl(child: StoredChild): Promise<AppResult<string>> {
  if (!child.photo) return { ok: false, error: 'not-found' };
  return photoUrl(child.photo);
}

export type { StoredChild } from './record-store';
