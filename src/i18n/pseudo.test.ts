import { describe, expect, it } from 'vitest';
import { pseudoResource, pseudoString } from './pseudo';

describe('pseudoString', () => {
  it('accents letters and lengthens the text', () => {
    const out = pseudoString('Choose your language', false);
    expect(out).toMatch(/^\[Çħööšé ýöûŕ ļáñğûáğé ~+\]$/);
    expect(out.length).toBeGreaterThan('Choose your language'.length * 1.3);
  });
  it('keeps placeholders and nesting untouched', () => {
    const out = pseudoString('Hello {{name}}, see $t(common.ok)', false);
    expect(out).toContain('{{name}}');
    expect(out).toContain('$t(common.ok)');
  });
  it('wraps the RTL variant in an embedding so it lays out right to left', () => {
    const out = pseudoString('Lock', true);
    expect(out.startsWith('\u202B')).toBe(true);
    expect(out.endsWith('\u202C')).toBe(true);
  });
  it('transforms nested resources', () => {
    expect(pseudoResource({ a: { b: 'ok' } }, false)).toEqual({ a: { b: pseudoString('ok', false) } });
  });
});
