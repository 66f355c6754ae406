// The growth measurements a record keeps, and the values a person could plausibly have typed.

export const MEASURES = ['weightKg', 'heightCm', 'headCm'] as const;
export type Measure = (typeof MEASURES)[number];

/** Plausible values for a child under 5 and a little beyond; anything else is a typing slip. */
export const MEASURE_RANGE: Record<Measure, [min: number, max: number]> = {
  weightKg: [0.3, 80], heightCm: [20, 160], headCm: [18, 65],
};

export function measureInRange(measure: Measure, value: number): boolean {
  const [min, max] = MEASURE_RANGE[measure];
  return Number.isFinite(value) && value >= min && value <= max;
}
