// Validation of user input: expected failures come back as codes the UI translates (record: error.*).
import { compareIso, parseIsoDate, type IsoDate } from './dates';
import { fail, ok, type Result } from '../result';

export type NhsNumberError = 'nhs-number-format' | 'nhs-number-check-digit';

/**
 * NHS numbers are 10 digits; the last is a Modulus 11 check digit. Spaces are allowed
 * between groups ("943 476 5919"). Returns the 10 digits without spaces.
 */
export function validateNhsNumber(input: string): Result<string, NhsNumberError> {
  const digits = input.trim().replace(/ +/g, '');
  if (!/^[0-9]{10}$/.test(digits)) return fail('nhs-number-format');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  // 11 means a check digit of 0; 10 can never be written as one digit, so such numbers are never issued.
  const expected = check === 11 ? 0 : check;
  if (expected === 10 || expected !== Number(digits[9])) return fail('nhs-number-check-digit');
  return ok(digits);
}

/** Formats ten digits the way NHS letters print them: 3-3-4. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

export type DateError = 'invalid-date' | 'date-in-future' | 'date-before-birth';

/** A date about the child: a real calendar date, not after today and not before birth. */
export function validateEntryDate(
  input: string,
  bounds: { today: IsoDate; dob?: IsoDate },
): Result<IsoDate, DateError> {
  const parsed = parseIsoDate(input);
  if (!parsed.ok) return parsed;
  if (compareIso(parsed.value, bounds.today) > 0) return fail('date-in-future');
  if (bounds.dob && compareIso(parsed.value, bounds.dob) < 0) return fail('date-before-birth');
  return ok(parsed.value);
}

/** A date of birth: a real date, not in the future. */
export function validateDateOfBirth(input: string, today: IsoDate): Result<IsoDate, DateError> {
  return validateEntryDate(input, { today });
}

/** Longest text we keep in one field. A pasted megabyte is refused with a code, not truncated silently. */
export const MAX_TEXT_LENGTH = 20_000;

export type TextError = 'required' | 'text-too-long';

export function validateText(
  input: string,
  options: { required?: boolean; maxLength?: number } = {},
): Result<string, TextError> {
  const max = options.maxLength ?? MAX_TEXT_LENGTH;
  // Checked before any other work, so a huge paste costs one length read.
  if (input.length > max) return fail('text-too-long');
  if (options.required && input.trim().length === 0) return fail('required');
  return ok(input);
}

export function validateRequired<T>(value: T | undefined | null | ''): Result<T, 'required'> {
  if (value === undefined || value === null || value === '') return fail('required');
  return ok(value);
}

/** Gestation in completed weeks: 22 to 44 is the range a live birth can plausibly be recorded with. */
export function validateGestationWeeks(weeks: number): Result<number, 'gestation-out-of-range'> {
  if (!Number.isInteger(weeks) || weeks < 22 || weeks > 44) return fail('gestation-out-of-range');
  return ok(weeks);
}

/** A display colour, `#rrggbb`. */
export function validateColour(input: string): Result<string, 'invalid-colour'> {
  return /^#[0-9a-fA-F]{6}$/.test(input) ? ok(input.toLowerCase()) : fail('invalid-colour');
}
