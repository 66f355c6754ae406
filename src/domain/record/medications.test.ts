import { describe, expect, it } from 'vitest';
import { asIsoDate, asIsoDateTime } from './dates';
import { asChildId, asEntryId } from './ids';
import { appendMedicationChange, currentMedicines, medicineAt } from './medications';
import type { MedicationChange, MedicationEntry } from './types';

const t = asIsoDateTime('2025-01-01T00:00:00Z');
const child = asChildId('c1');
function med(id: string, name: string, history: MedicationChange[]): MedicationEntry {
  return { id: asEntryId(id), kind: 'medication', childId: child, createdAt: t, updatedAt: t, name, history };
}
function line(date: string, change: MedicationChange['change'], dose = '5 ml'): MedicationChange {
  return { date: asIsoDate(date), change, dose, frequency: 'twice a day', changedBy: 'Dr Okafor' };
}

describe('medication history', () => {
  it('builds a history by appending and the current dose follows the latest change', () => {
    let m = med('m1', 'Salbutamol', []);
    for (const l of [line('2025-01-10', 'started', '2 puffs'), line('2025-02-01', 'dose-changed', '4 puffs')]) {
      const r = appendMedicationChange(m, l, t);
      if (!r.ok) throw new Error(r.error);
      m = r.value;
    }
    expect(m.history).toHaveLength(2);
    expect(medicineAt(m)?.dose).toBe('4 puffs');
    expect(medicineAt(m, asIsoDate('2025-01-20'))?.dose).toBe('2 puffs');
    expect(medicineAt(m, asIsoDate('2025-01-01'))).toBeUndefined();
  });

  it('refuses changes that make no sense, without touching the entry', () => {
    const empty = med('m1', 'Iron', []);
    expect(appendMedicationChange(empty, line('2025-01-01', 'dose-changed'), t)).toEqual({ ok: false, error: 'not-started' });
    const started = med('m1', 'Iron', [line('2025-01-10', 'started')]);
    expect(appendMedicationChange(started, line('2025-01-11', 'started'), t)).toEqual({ ok: false, error: 'already-started' });
    expect(appendMedicationChange(started, line('2025-01-09', 'stopped'), t)).toEqual({ ok: false, error: 'change-before-last' });
    const stopped = med('m1', 'Iron', [line('2025-01-10', 'started'), line('2025-02-10', 'stopped')]);
    expect(appendMedicationChange(stopped, line('2025-03-01', 'dose-changed'), t)).toEqual({ ok: false, error: 'already-stopped' });
    const restarted = appendMedicationChange(stopped, line('2025-03-01', 'started', '2 ml'), t);
    expect(restarted.ok && medicineAt(restarted.value)?.dose).toBe('2 ml');
    expect(stopped.history).toHaveLength(2);
  });

  it('currentMedicines leaves out stopped medicines and other children', () => {
    const entries = [
      med('a', 'Paracetamol', [line('2025-01-01', 'started'), line('2025-01-05', 'stopped')]),
      med('b', 'Omeprazole', [line('2025-01-01', 'started'), line('2025-03-01', 'dose-changed', '10 mg')]),
      { ...med('c', 'Amoxicillin', [line('2025-01-01', 'started')]), childId: asChildId('c2') },
    ];
    const now = currentMedicines(entries, { childId: child });
    expect(now.map((x) => [x.entry.name, x.dose, x.since])).toEqual([['Omeprazole', '10 mg', '2025-03-01']]);
    expect(currentMedicines(entries).map((x) => x.entry.name)).toEqual(['Amoxicillin', 'Omeprazole']);
  });
});
