import { describe, expect, it } from 'vitest';
import { startLookLoop } from './look-loop';

/** Resolves when `check` holds, polling the event loop (no fixed sleep). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(check()).toBe(true);
}

describe('the camera look loop', () => {
  it('keeps looking after a look throws, says so, and says when it works again', async () => {
    const events: string[] = [];
    let looks = 0;
    const stop = startLookLoop({
      look: async () => {
        looks++;
        if (looks === 2 || looks === 3) throw new Error('worker died');
        return looks === 5 ? ['FF1:CODE'] : [];
      },
      onTexts: (texts) => { events.push(`texts ${texts.join()}`); return true; },
      onTrouble: () => events.push('trouble'),
      onRecovered: () => events.push('recovered'),
      everyMs: 0,
    });
    await until(() => events.includes('texts FF1:CODE'));
    stop();
    expect(events).toEqual(['trouble', 'trouble', 'recovered', 'texts FF1:CODE']);
    expect(looks).toBe(5);
  });

  it('goes on after texts that were not the wanted code, and stops when asked', async () => {
    let looks = 0;
    const seen: string[] = [];
    const stop = startLookLoop({
      look: async () => [`code ${++looks}`],
      onTexts: (texts) => { seen.push(...texts); return false; },
      onTrouble: () => undefined,
      onRecovered: () => undefined,
      everyMs: 0,
    });
    await until(() => looks >= 3);
    stop();
    const after = looks;
    await new Promise((r) => setTimeout(r, 5));
    expect(looks).toBeLessThanOrEqual(after + 1);
    expect(seen.slice(0, 3)).toEqual(['code 1', 'code 2', 'code 3']);
  });

  it('says nothing of a look that fails after it was stopped', async () => {
    let trouble = 0;
    let fail: (e: Error) => void = () => undefined;
    const stop = startLookLoop({
      look: () => new Promise<string[]>((_, reject) => { fail = reject; }),
      onTexts: () => false,
      onTrouble: () => { trouble++; },
      onRecovered: () => undefined,
      everyMs: 0,
    });
    stop();
    fail(new Error('late'));
    await new Promise((r) => setTimeout(r, 0));
    expect(trouble).toBe(0);
  });
});
