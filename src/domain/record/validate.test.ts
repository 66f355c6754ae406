import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { asIsoDate } from './dates';
import { formatNhsNumber, MAX_TEXT_LENGTH, validateColour, validateEntryDate, validateGestationWeeks,
  validateNhsNumber, validateRequired, validateText } from './validate';

/** Independent reference: weights 10..2, check = 11 - sum mod 11, 11 → 0, 10 → no valid number. */
function referenceCheckDigit(nine: string): number | 'none' {
  const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c === 10 ? 'none' : c;
}

describe('validateNhsNumber', () => {
  it.each([
    ['943 476 5919', '9434765919'],
    ['9434765919', '9434765919'],
    [' 401 023 2137 ', '4010232137'],
  ])('accepts %s', (input, digits) => {
    expect(validateNhsNumber(input)).toEqual({ ok: true, value: digits });
  });

  it.each([
    ['943 476 5918', 'nhs-number-check-digit'],
    ['943476591', 'nhs-number-format'],
    ['94347659190', 'nhs-number-format'],
    ['943-476-5919', 'nhs-number-format'],
    ['abcdefghij', 'nhs-number-format'],
    ['', 'nhs-number-format'],
    ['٩٤٣٤٧٦٥٩١٩', 'nhs-number-format'],
  ])('refuses %s', (input, error) => {
    expect(validateNhsNumber(input)).toEqual({ ok: false, error });
  });

  it('refuses every number whose check digit would have to be 10', () => {
    // 000000001x: sum = 2, 11 - 2 = 9; search a prefix that needs 10.
    let found = 0;
    for (let n = 0; n < 2000 && found < 5; n++) {
      const nine = String(n).padStart(9, '0');
      if (referenceCheckDigit(nine) !== 'none') continue;
      found += 1;
      for (let last = 0; last <= 9; last++) {
        expect(validateNhsNumber(nine + last)).toEqual({ ok: false, error: 'nhs-number-check-digit' });
      }
    }
    expect(found).toBe(5);
  });

  it('agrees with the reference and catches any single changed digit', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.nat(9), fc.integer({ min: 1, max: 9 }), (nine, pos, delta) => {
      const check = referenceCheckDigit(nine);
      fc.pre(check !== 'none');
      const valid = nine + String(check);
      expect(validateNhsNumber(formatNhsNumber(valid))).toEqual({ ok: true, value: valid });
      const changed = valid.slice(0, pos) + String((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1);
      expect(validateNhsNumber(changed).ok).toBe(false);
    }), { seed: 4, numRuns: 300 });
  });
});

describe('validateEntryDate', () => {
  const today = asIsoDate('2025-06-15');
  const dob = asIsoDate('2023-03-01');
  it.each([
    ['2025-06-15', { ok: true, value: '2025-06-15' }],
    ['2023-03-01', { ok: true, value: '2023-03-01' }],
    ['2025-06-16', { ok: false, error: 'date-in-future' }],
    ['2023-02-28', { ok: false, error: 'date-before-birth' }],
    ['2023-02-30', { ok: false, error: 'invalid-date' }],
    ['15/06/2025', { ok: false, error: 'invalid-date' }],
    ['', { ok: false, error: 'invalid-date' }],
  ])('%s', (input, expected) => {
    expect(validateEntryDate(input, { today, dob })).toEqual(expected);
  });
  it('without a date of birth only the future is refused', () => {
    expect(validateEntryDate('1999-01-01', { today })).toEqual({ ok: true, value: '1999-01-01' });
  });
});

describe('validateText', () => {
  it('keeps emoji and right-to-left text exactly', () => {
    const s = 'يحب الموسيقى 🎵 — بہت خوش 😀 zażółć';
    expect(validateText(s, { required: true })).toEqual({ ok: true, value: s });
  });
  it('refuses a pasted megabyte with a code, quickly', () => {
    const huge = 'x'.repeat(1_000_000);
    expect(validateText(huge)).toEqual({ ok: false, error: 'text-too-long' });
    expect(validateText('x'.repeat(MAX_TEXT_LENGTH)).ok).toBe(true);
  });
  it('required means more than whitespace', () => {
    expect(validateText('  \n', { required: true })).toEqual({ ok: false, error: 'required' });
    expect(validateText('  \n')).toEqual({ ok: true, value: '  \n' });
  });
});

describe('small validators', () => {
  it('validateRequired', () => {
    expect(validateRequired('')).toEqual({ ok: false, error: 'required' });
    expect(validateRequired(undefined)).toEqual({ ok: false, error: 'required' });
    expect(validateRequired(0)).toEqual({ ok: true, value: 0 });
  });
  it('validateGestationWeeks', () => {
    expect(validateGestationWeeks(33).ok).toBe(true);
    expect(validateGestationWeeks(21).ok).toBe(false);
    expect(validateGestationWeeks(33.5).ok).toBe(false);
  });
  it('validateColour', () => {
    expect(validateColour('#A1B2C3')).toEqual({ ok: true, value: '#a1b2c3' });
    expect(validateColour('red')).toEqual({ ok: false, error: 'invalid-colour' });
  });
});
