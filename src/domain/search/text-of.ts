// The free text of an entry, gathered for search.
import type { Entry, LocalText } from '../record/types';

function push(out: string[], ...values: (string | LocalText | undefined)[]): void {
  for (const v of values) {
    if (v === undefined) continue;
    out.push(typeof v === 'string' ? v : v.text);
  }
}

export function textOf(entry: Entry): string[] {
  const out: string[] = [];
  switch (entry.kind) {
    case 'passport':
      push(out, entry.nhsNumber, entry.communicationNote, entry.whatHelps, entry.likes, entry.dislikes, entry.mustKnow,
        ...(entry.otherLanguages ?? []));
      for (const p of entry.importantPeople) push(out, p.name, p.note);
      break;
    case 'condition': push(out, entry.name, entry.note); break;
    case 'allergy': push(out, entry.detail, entry.note); break;
    case 'medication':
      push(out, entry.name, entry.reason);
      for (const h of entry.history) push(out, h.dose, h.frequency, h.changedBy, h.note);
      break;
    case 'immunisation': push(out, entry.vaccineName, entry.batch, entry.where, entry.note); break;
    case 'growth': push(out, entry.by); break;
    case 'health-review': push(out, entry.by, entry.outcome); break;
    case 'observation': push(out, entry.text); break;
    case 'milestone': break;
    case 'service':
      push(out, entry.professional?.name, entry.professional?.organisation, entry.outcome, ...entry.plans);
      break;
    case 'received-note': push(out, entry.from.name, entry.from.organisation, entry.text); break;
    case 'appointment': push(out, entry.who, entry.where, entry.note); break;
    case 'private-note': push(out, entry.text); break;
  }
  return out;
}
