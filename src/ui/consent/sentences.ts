// One consent-record entry as a sentence in the reader's language:
// "On 3 May you let Nurse Patel (Health visitor) see Health of Amira's record until 1 June."
import { roleLabelKey } from '../../app/team';
import type { ConsentEvent, Party } from '../../domain/index';
import { formatDateTime } from '../kit/format';
import { t } from '../state/language';
import { sectionNames } from './GrantEditor';

export function partyText(p: Party): string {
  return p.role ? t('consent:record.who', { name: p.name, role: t(roleLabelKey(p.role)) }) : p.name;
}

export function consentSentence(event: ConsentEvent, childName: string | undefined): string {
  const child = childName ?? t('consent:record.unknownChild');
  const date = formatDateTime(event.at);
  const sections = sectionNames(event.sections);
  switch (event.type) {
    case 'grant':
      return event.until
        ? t('consent:record.grantUntil', { date, who: partyText(event.to), sections, child, until: formatDateTime(event.until) })
        : t('consent:record.grant', { date, who: partyText(event.to), sections, child });
    case 'revoke':
      return t(event.reason === 'member-removed' ? 'consent:record.revokeRemoved' : 'consent:record.revoke', { date, who: partyText(event.to), sections, child });
    case 'share': {
      const how = event.photos ? t('consent:record.how.fileWithPhotos', { count: event.photos }) : t(`consent:record.how.${event.how}`);
      const until = formatDateTime(event.expiresAt);
      return event.to
        ? t('consent:record.shareTo', { date, who: partyText(event.to), sections, child, how, until })
        : t('consent:record.shareOpen', { date, sections, child, how, until });
    }
    case 'received':
      return t('consent:record.received', { date, who: partyText(event.from), sections });
  }
}
