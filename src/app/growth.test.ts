import { describe, expect, it } from 'vitest';
import { asChildId, asEntryId, asIsoDate, asIsoDateTime } from '../domain/index';
import type { GrowthEntry } from './health';
import { growthView, sharedGrowthView } from './growth';
import type { StoredChild } from './record-store';

const STAMP = asIsoDateTime('2025-01-01T00:00:00.000Z');
const child = (extra: Partial<StoredChild> = {}): StoredChild => ({
  id: asChildId('c1'), kind: 'child', name: 'Amira', dob: asIsoDate('2024-01-10'), colour: '#1d5c63', createdAt: STAMP, updatedAt: STAMP, ...extra,
});
const growth = (measuredOn: string, weightKg: number, headCm?: number): GrowthEntry => ({
  id: asEntryId(`g-${measuredOn}`), childId: asChildId('c1'), kind: 'growth', measuredOn: asIsoDate(measuredOn), weightKg,
  ...(headCm !== undefined ? { headCm } : {}), createdAt: STAMP, updatedAt: STAMP,
});

describe('the growth view', () => {
  it('scores nothing and draws no lines until the sex is recorded, and says which reason', () => {
    const entries = [growth('2024-03-10', 5.1)];
    const notAsked = growthView(child(), entries);
    expect(notAsked.noCentiles).toBe('sex-not-asked');
    expect(notAsked.charts[0]!.points[0]!.sds).toBeUndefined();
    expect(notAsked.charts[0]!.lines).toEqual([]);
    expect(growthView(child({ sex: 'not-recorded' }), entries).noCentiles).toBe('sex-not-recorded');
  });

  it('with the sex recorded, scores every point and draws nine lines for each measure that has points', () => {
    const view = growthView(child({ sex: 'female' }), [growth('2024-03-10', 5.1, 38), growth('2024-07-10', 7.3)]);
    expect(view.noCentiles).toBeUndefined();
    const [weight, height, head] = view.charts;
    expect(weight!.points.map((p) => p.sds !== undefined)).toEqual([true, true]);
    expect(weight!.lines.map((l) => l.centile)).toEqual([0.4, 2, 9, 25, 50, 75, 91, 98, 99.6]);
    expect(height!.points).toEqual([]);
    expect(height!.lines).toEqual([]);
    expect(head!.points).toHaveLength(1);
    // Lines rise with age, and the 99.6th is above the 0.4th everywhere.
    const low = weight!.lines[0]!.points;
    const high = weight!.lines[8]!.points;
    expect(low.every(([, v], i) => v < high[i]![1])).toBe(true);
  });

  it('scores a baby born at 30 weeks at corrected age, with lines from their gestation', () => {
    const view = growthView(child({ sex: 'male', gestationWeeks: 30 }), [growth('2024-03-10', 2.4)]);
    const point = view.charts[0]!.points[0]!;
    expect(point.correctedAge).toBeCloseTo((60 - 70) / 365.25, 10);
    expect(view.charts[0]!.lines[4]!.points[0]![0]).toBeCloseTo((30 * 7 - 280) / 365.25, 10);
  });

  it('says when weight crossed two centile spaces, and not otherwise', () => {
    const steady = growthView(child({ sex: 'female' }), [growth('2024-03-10', 5.1), growth('2024-07-10', 7.3)]);
    expect(steady.biggerWeightChange).toBe(false);
    const drop = growthView(child({ sex: 'female' }), [growth('2024-03-10', 5.6), growth('2024-09-10', 6.4)]);
    expect(drop.biggerWeightChange).toBe(true);
  });
});

describe('the growth chart of a received share', () => {
  it('draws only well-formed measurements from the other phone, against the shared sex', () => {
    const view = sharedGrowthView({ dob: asIsoDate('2024-01-10'), sex: 'male' }, [
      { kind: 'growth', measuredOn: '2024-03-10', weightKg: 5.4 },
      { kind: 'growth', measuredOn: 'soon', weightKg: 6 },
      { kind: 'growth', measuredOn: '2024-04-10', weightKg: -1, heightCm: 'tall' },
      { kind: 'growth', measuredOn: '2024-05-10', weightKg: Number.POSITIVE_INFINITY },
      { kind: 'allergy', measuredOn: '2024-03-10', weightKg: 5 },
      { kind: 'growth', measuredOn: '2024-06-10', weightKg: 7.9, headCm: 43 },
    ]);
    expect(view?.charts[0]!.points.map((p) => p.measuredOn)).toEqual(['2024-03-10', '2024-06-10']);
    expect(view?.charts[0]!.lines).toHaveLength(9);
    expect(view?.charts[2]!.points).toHaveLength(1);
    expect(sharedGrowthView({ dob: asIsoDate('2024-01-10') }, [{ kind: 'growth', measuredOn: '2024-03-10', weightKg: 5 }])?.noCentiles).toBe('sex-not-asked');
    expect(sharedGrowthView({ dob: asIsoDate('2024-01-10'), sex: 'male' }, [{ kind: 'passport' }])).toBeUndefined();
  });
});
