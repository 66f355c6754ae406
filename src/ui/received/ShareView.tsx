import type { ComponentChildren } from 'preact';
import { entriesBySection, type OpenedShare, type ReceivedShareRecord } from '../../app/receive';
import { t } from '../state/language';
import { EntryView } from './EntryView';
import { sharedGrowthView } from '../../app/growth';
import type { UntrustedEntry } from '../../app/receive';
import { GrowthChart } from '../health/GrowthChart';
import '../health/health.css';
import { FirstThings, SharedAge } from './FirstThings';
import { countdownText, shownDate, shownDateTime } from './format';
import './received.css';

/** The six words both people can read aloud to check who made the share. */
export function Fingerprint({ words }: { words: string[] }) {
  return <span class="fingerprint" dir="ltr" translate={false}>{words.join(' ')}</span>;
}

/** A share, read-only, with who made it, when, and how long it stays. */
export function ShareView({ share, now, receivedAt, trust }: {
  /** A kept share may carry photos (`photoBlobs`); one opened from a link never does. */
  share: OpenedShare & Pick<ReceivedShareRecord, 'photoBlobs'>; now: number; receivedAt?: number;
  /** How far this phone vouches for the sender, shown before anything the share says. */
  trust?: ComponentChildren;
}) {
  const { child } = share.content;
  const groups = entriesBySection(share.content);
  return (
    <article class="stack shared" aria-labelledby="shared-child">
      <h1 id="shared-child"><bdi>{child.name}</bdi></h1>
      {trust}
      <SharedAge child={child} />
      {child.preferredName && <p>{t('receive:view.preferredName')} <bdi>{child.preferredName}</bdi></p>}
      <p>{t('receive:view.born', { date: shownDate(child.dob) })}</p>
      {typeof child.gestationWeeks === 'number' && child.gestationWeeks < 37 && (
        <p>{t('receive:view.bornEarly', { count: child.gestationWeeks })}</p>
      )}
      <FirstThings content={share.content} />
      <div class="card stack share-facts">
        <dl class="shared-fields">
          <div class="field-row">
            <dt>{t('receive:view.sharedBy')}</dt>
            <dd><Fingerprint words={share.fingerprint} /></dd>
          </div>
          <div class="field-row">
            <dt>{t('receive:view.sharedAt')}</dt>
            <dd>{shownDateTime(share.issuedAt)}</dd>
          </div>
          {receivedAt !== undefined && (
            <div class="field-row">
              <dt>{t('receive:view.receivedAt')}</dt>
              <dd>{shownDateTime(receivedAt)}</dd>
            </div>
          )}
          <div class="field-row">
            <dt>{t('receive:view.expires')}</dt>
            <dd>
              <strong class="countdown">{countdownText(share.expiresAt - now)}</strong>{' '}
              <span>{t('receive:view.until', { time: shownDateTime(share.expiresAt) })}</span>
            </dd>
          </div>
        </dl>
        <p class="notice">{t('receive:view.honest')}</p>
      </div>
      {groups.map(({ section, entries }) => (
        <section key={section} class="stack" aria-labelledby={`shared-${section}`}>
          <h2 id={`shared-${section}`}>{t(`record:section.${section}`)}</h2>
          {section === 'health' && share.content.summarised?.includes('health') && (
            <p class="notice shared-summary-note">{t('receive:view.healthSummary')}</p>
          )}
          {entries.length === 0 ? (
            <p>{t('receive:view.sectionEmpty')}</p>
          ) : (
            <ul class="entries shared-entries">
              {entries.map((entry, i) => <EntryView key={i} entry={entry} share={share} />)}
            </ul>
          )}
          {section === 'health' && <SharedGrowth child={child} entries={entries} />}
        </section>
      ))}
    </article>
  );
}

/** The family's growth measurements on the same UK-WHO chart the family sees, in the reader's language. */
function SharedGrowth({ child, entries }: { child: OpenedShare['content']['child']; entries: UntrustedEntry[] }) {
  const growth = sharedGrowthView(child, entries);
  if (!growth) return null;
  return (
    <section class="stack shared-growth" aria-labelledby="shared-growth-title">
      <h3 id="shared-growth-title">{t('health:growth.charts')}</h3>
      {growth.noCentiles && <p class="notice">{t('health:growth.sex.notRecorded')}</p>}
      <div class="charts">
        {growth.charts.map((c) => <GrowthChart key={c.measure} chart={c} />)}
      </div>
      {!growth.noCentiles && <p class="hint">{t('health:growth.source')}</p>}
    </section>
  );
}
