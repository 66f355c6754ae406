// /child/:id/milestones/:area? — the milestone catalogue by age band, and progress in plain words.
import { useEffect, useState } from 'preact/hooks';
import { areaProgress, catalogueByBand, milestoneRecords, statusOf } from '../../app/milestones';
import { recordStore } from '../../app/record-store';
import type { SectionProps } from '../child/section-props';
import { t } from '../state/language';
import { AreaNav, isArea } from '../journal/shared';
import { MilestoneRow } from './MilestoneRow';
import { ProgressSummary } from './ProgressSummary';
import '../journal/journal.css';
import './milestones.css';

export function MilestonesScreen({ child, sub }: SectionProps) {
  const area = isArea(sub) ? sub : 'communication';
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => recordStore.subscribe(() => setVersion(recordStore.version)), []);
  const view = areaProgress(child, area);
  const records = milestoneRecords(child.id);
  const currentBand = view.progress.currentBand?.code;
  // Only open bands draw their items: about 70 per area is a lot for a cheap phone.
  const [open, setOpen] = useState<Set<string>>(() => new Set(currentBand ? [currentBand] : []));
  const toggle = (band: string, isOpen: boolean) =>
    setOpen((s) => (isOpen === s.has(band) ? s : isOpen ? new Set([...s, band]) : new Set([...s].filter((b) => b !== band))));

  return (
    <section class="screen milestones" aria-labelledby="milestones-title">
      <h1 id="milestones-title">{t('journal:milestones.title', { name: child.preferredName ?? child.name })}</h1>
      <p class="hint"><a href={`/child/${child.id}/journal`}>{t('journal:toJournal')}</a></p>
      <AreaNav base={`/child/${child.id}/milestones`} current={area} withAll={false} />
      <ProgressSummary view={view} />
      <section class="stack" aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">{t('journal:milestones.catalogue')}</h2>
        <p class="hint">{t('journal:milestones.catalogueHint')}</p>
        {catalogueByBand(area).map((g) => {
          const done = g.items.filter((i) => statusOf(records.get(i.code)) === 'achieved').length;
          return (
            <details key={`${area}-${g.band.code}`} class="band card" open={open.has(g.band.code)}
              onToggle={(e) => toggle(g.band.code, e.currentTarget.open)}>
              <summary>
                <span class="band-name">{t(`record:band.${g.band.code}`)}</span>
                <span class="entry-meta">{t('journal:milestones.bandCount', { total: g.items.length, done })}</span>
                {g.band.code === currentBand && <span class="tag">{t('journal:milestones.nowBand')}</span>}
              </summary>
              {open.has(g.band.code) && (
                <ul class="milestone-list">
                  {g.items.map((i) => <MilestoneRow key={i.code} child={child} item={i} area={area} record={records.get(i.code)} />)}
                </ul>
              )}
            </details>
          );
        })}
      </section>
    </section>
  );
}
