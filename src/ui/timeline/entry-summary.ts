// What one timeline row says about an entry, in the reader's language. Coded values become
// labels from the `record` namespace; free text stays as written, with its language.
import type { Entry } from '../../app/timeline';
import { t } from '../state/language';

export interface Summary {
  title: string;
  /** Free text as written (with its language), or a line built from labels. */
  body?: { text: string; lang?: string };
  /** Extra short facts shown after the title, e.g. a dose. */
  details: string[];
}

const rec = (key: string, options?: Record<string, unknown>) => t(`record:${key}`, options);
const kind = (k: Entry['kind']) => t(`family:kind.${k}`);

export function summarise(entry: Entry): Summary {
  switch (entry.kind) {
    case 'observation':
      return { title: rec(`area.${entry.area}`), body: entry.text, details: [] };
    case 'private-note':
      return { title: kind(entry.kind), body: entry.text, details: [] };
    case 'milestone': {
      const last = entry.history.at(-1);
      return { title: rec(`milestone.${entry.code}`), details: last ? [rec(`milestoneStatus.${last.status}`)] : [] };
    }
    case 'appointment':
      return {
        title: rec(`code.appointmentReason.${entry.reason}`),
        details: [entry.who, entry.where].filter(Boolean),
        ...(entry.note ? { body: entry.note } : {}),
      };
    case 'service':
      return {
        title: rec(`code.serviceType.${entry.serviceType}`),
        details: entry.professional ? [entry.professional.name] : [],
        ...(entry.outcome ? { body: entry.outcome } : {}),
      };
    case 'received-note':
      return { title: rec(`receivedNoteKind.${entry.noteKind}`), details: [entry.from.name], body: entry.text };
    case 'condition':
      return { title: entry.name.text, details: [], ...(entry.note ? { body: entry.note } : {}) };
    case 'allergy':
      return {
        title: t('family:summary.allergy', { allergen: rec(`code.allergen.${entry.allergen}`) }),
        details: [rec(`code.allergySeverity.${entry.severity}`)],
        ...(entry.detail ? { body: entry.detail } : {}),
      };
    case 'medication': {
      const last = entry.history.at(-1);
      return {
        title: entry.name,
        details: last ? [rec(`medicationChange.${last.change}`), last.dose, last.frequency].filter(Boolean) : [],
        ...(entry.reason ? { body: entry.reason } : {}),
      };
    }
    case 'immunisation':
      return { title: rec(`dose.${entry.doseCode}`), details: entry.vaccineName ? [entry.vaccineName] : [], ...(entry.note ? { body: entry.note } : {}) };
    case 'growth':
      return {
        title: kind(entry.kind),
        details: [
          entry.weightKg !== undefined ? t('family:summary.weight', { value: entry.weightKg }) : '',
          entry.heightCm !== undefined ? t('family:summary.height', { value: entry.heightCm }) : '',
          entry.headCm !== undefined ? t('family:summary.head', { value: entry.headCm }) : '',
        ].filter(Boolean),
      };
    case 'health-review':
      return { title: rec(`healthReview.${entry.review}`), details: entry.by ? [entry.by] : [], ...(entry.outcome ? { body: entry.outcome } : {}) };
    case 'passport':
      return { title: kind(entry.kind), details: [], ...(entry.mustKnow ? { body: entry.mustKnow } : {}) };
  }
}
