// Budgets the issues set. Sizes are deterministic, so they fail the run. Timings
// depend on the machine, so a miss is reported loudly but does not fail CI.
export const BUDGETS = {
  'app.initial_js_gz_kb': { max: 60, hard: true },
  // Issue 3. Below 250 ms the KDF parameters are too weak; above 1500 ms unlocking drags.
  'vault.kdf_ms': { min: 250, max: 1500 },
  'vault.unlock_5000_ms': { max: 400 },
  'vault.encrypt_overhead_ratio': { max: 2.0 },
  // Issue 4: search as you type, and the timeline's first screen, over 5,000 entries.
  'record.search_5000_ms': { max: 50 },
  'record.timeline_first_paint_5000_ms': { max: 200 },
  // Issue 5. Warn-only for now: the QR version depends on how much the demo parent wrote.
  'share.passport_qr_version': { max: 25 },
  'share.journal_transfer_s': { max: 20 },
  'share.content_ratio': { max: 0.8 },
};

export function checkBudgets(results, budgets) {
  const failures = [];
  for (const [name, { max, min, hard }] of Object.entries(budgets)) {
    const value = results[name];
    if (value === undefined) { failures.push(`${name}: not measured`); continue; }
    const miss = (max !== undefined && value > max) || (min !== undefined && value < min);
    if (!miss) continue;
    const msg = `${name} = ${value} (target ${min ?? '-∞'}…${max ?? '∞'})`;
    if (hard) failures.push(msg);
    else console.warn(`warning: ${msg}`);
  }
  return failures;
}
