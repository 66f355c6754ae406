// Every expected-failure code the domain returns. Each has a message at `error.<code>` in the
// `record` locale namespace (a test checks that).
import type { ChainError } from './consent/log';
import type { MilestoneStepError } from './milestones/progress';
import type { MedicationChangeError } from './record/medications';
import type { DateError, NhsNumberError, TextError } from './record/validate';

export const RECORD_ERROR_CODES = [
  'nhs-number-format', 'nhs-number-check-digit', 'invalid-date', 'date-in-future', 'date-before-birth',
  'required', 'text-too-long', 'gestation-out-of-range', 'invalid-colour', 'not-started', 'already-started',
  'already-stopped', 'change-before-last', 'unknown-milestone', 'step-before-last', 'same-status', 'chain-broken',
] as const;
export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number];

// Compile-time check that the list above covers every union it should.
type Covered = NhsNumberError | DateError | TextError | 'gestation-out-of-range' | 'invalid-colour'
  | MedicationChangeError | MilestoneStepError | ChainError['error'];
const _allCovered: Covered extends RecordErrorCode ? true : never = true;
void _allCovered;
