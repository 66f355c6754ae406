// Robust soliton degree distribution (Luby 2002) and the choice of source blocks for one frame.
import { Xoshiro128, frameSeed } from './prng';

/** Luby's tuning constants for large messages; chosen by a measured sweep (docs/share-format.md §6). */
export const SOLITON_C = 0.1;
export const SOLITON_DELTA = 0.5;

/**
 * Up to this many blocks, fountain frames are dense (each block in with probability 1/2) and the decoder
 * finishes with Gaussian elimination: measured mean overhead ~2% at K = 100, against ~17% for the
 * robust soliton with peeling. Above it, elimination costs too much and we use the robust soliton.
 */
export const DENSE_MAX_BLOCKS = 256;

/**
 * thresholds[d-1] = floor(CDF(d) * 2^32) for d = 1..K, with the last forced to 2^32.
 * A frame's degree is the smallest d whose threshold exceeds a uniform uint32.
 */
export function robustSolitonThresholds(k: number): Float64Array {
  const weights = new Float64Array(k + 1);
  const r = SOLITON_C * Math.log(k / SOLITON_DELTA) * Math.sqrt(k);
  const spike = Math.min(k, Math.max(1, Math.floor(k / r)));
  for (let d = 1; d <= k; d++) {
    const ideal = d === 1 ? 1 / k : 1 / (d * (d - 1));
    let robust = 0;
    if (d < spike) robust = r / (d * k);
    else if (d === spike) robust = (r * Math.log(r / SOLITON_DELTA)) / k;
    weights[d] = ideal + Math.max(0, robust);
  }
  let total = 0;
  for (let d = 1; d <= k; d++) total += weights[d] ?? 0;
  const thresholds = new Float64Array(k);
  let cumulative = 0;
  for (let d = 1; d <= k; d++) {
    cumulative += weights[d] ?? 0;
    thresholds[d - 1] = Math.floor((cumulative / total) * 0x1_0000_0000);
  }
  thresholds[k - 1] = 0x1_0000_0000;
  return thresholds;
}

const thresholdCache = new Map<number, Float64Array>();
function thresholdsFor(k: number): Float64Array {
  let t = thresholdCache.get(k);
  if (!t) {
    if (thresholdCache.size > 16) thresholdCache.clear();
    t = robustSolitonThresholds(k);
    thresholdCache.set(k, t);
  }
  return t;
}

/**
 * The 0-based source blocks XORed into frame `seq` (1-based) of a K-block message.
 * Frames 1..K are systematic: frame i is block i-1 alone. For K <= DENSE_MAX_BLOCKS a later frame
 * takes each block with probability 1/2; above it, it draws a robust-soliton degree and then that
 * many distinct blocks by a partial Fisher-Yates shuffle of 0..K-1. All draws come from the frame's PRNG.
 */
export function chooseBlocks(seq: number, k: number, crc: number): number[] {
  if (seq <= k) return [seq - 1];
  const rng = new Xoshiro128(frameSeed(crc, seq));
  if (k <= DENSE_MAX_BLOCKS) {
    // Each block joins with probability 1/2 (the top bit of one draw); an empty pick takes one block.
    const chosen: number[] = [];
    for (let b = 0; b < k; b++) if (rng.next() >>> 31 === 1) chosen.push(b);
    if (chosen.length === 0) chosen.push(rng.below(k));
    return chosen;
  }
  const thresholds = thresholdsFor(k);
  const u = rng.next();
  let lo = 0;
  let hi = k - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((thresholds[mid] ?? 0) > u) hi = mid;
    else lo = mid + 1;
  }
  return pickDistinct(rng, k, lo + 1);
}

function pickDistinct(rng: Xoshiro128, k: number, degree: number): number[] {
  const chosen: number[] = [];
  // Sparse Fisher-Yates: only swapped positions are stored, so the cost is O(degree), not O(K).
  const swapped = new Map<number, number>();
  for (let i = 0; i < degree; i++) {
    const j = i + rng.below(k - i);
    const atJ = swapped.get(j) ?? j;
    const atI = swapped.get(i) ?? i;
    swapped.set(j, atI);
    chosen.push(atJ);
  }
  return chosen;
}
