// Fixed-point logistic functions for the context-mixing coder. Probabilities are 12-bit
// (0..4095 = 0..1); log-odds ("stretch" domain) are in 1/256 units, clamped to ±2047.
// Everything is integer arithmetic on fixed tables, so every reader computes the same bits.

/** 4096 / (1 + e^(-x/2)) at x = -16..16, rounded: the curve squash() interpolates. Frozen. */
const SQUASH_POINTS: readonly number[] = Object.freeze([
  1, 2, 4, 6, 10, 17, 27, 45, 74, 120, 194, 311, 488, 747, 1102, 1546, 2048,
  2550, 2994, 3349, 3608, 3785, 3902, 3976, 4022, 4051, 4069, 4079, 4086, 4090, 4092, 4094, 4095,
]);

/** Log-odds (1/256 units) to a 12-bit probability, by linear interpolation between the points. */
export function squash(d: number): number {
  if (d > 2047) d = 2047;
  if (d < -2047) d = -2047;
  const w = d & 127;
  const i = (d >> 7) + 16;
  return (SQUASH_POINTS[i]! * (128 - w) + SQUASH_POINTS[i + 1]! * w + 64) >> 7;
}

/** The inverse of squash over 0..4095: the smallest x whose squash(x) reaches p. */
const STRETCH: Int16Array = (() => {
  const table = new Int16Array(4096);
  let next = 0;
  for (let x = -2047; x <= 2047; x++) {
    const v = squash(x);
    for (let p = next; p <= v; p++) table[p] = x;
    next = v + 1;
  }
  for (let p = next; p < 4096; p++) table[p] = 2047;
  return table;
})();

export function stretch(p: number): number {
  return STRETCH[p]!;
}
