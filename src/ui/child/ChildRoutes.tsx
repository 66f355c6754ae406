import { lazy } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { recordStore } from '../../app/record-store';
import { t } from '../state/language';
import { ChildHeader } from './ChildHeader';
import type { SectionProps } from './section-props';
import type { ComponentType } from 'preact';

// One chunk per section, loaded when the parent opens it. The order is the tab order.
const SECTIONS: Record<string, ComponentType<SectionProps>> = {
  timeline: lazy(() => import('../timeline/TimelineScreen').then((m) => m.TimelineScreen)),
  passport: lazy(() => import('../passport/PassportScreen').then((m) => m.PassportScreen)),
  health: lazy(() => import('../health/HealthScreen').then((m) => m.HealthScreen)),
  journal: lazy(() => import('../journal/JournalScreen').then((m) => m.JournalScreen)),
  milestones: lazy(() => import('../milestones/MilestonesScreen').then((m) => m.MilestonesScreen)),
  support: lazy(() => import('../support/SupportScreen').then((m) => m.SupportScreen)),
  appointments: lazy(() => import('../appointments/AppointmentsScreen').then((m) => m.AppointmentsScreen)),
  notes: lazy(() => import('../notes/NotesScreen').then((m) => m.NotesScreen)),
};
export const SECTION_NAMES = Object.keys(SECTIONS);

/** /child/:id/:section?/:sub? — one child's record: its header and section tabs, then the section. */
export function ChildRoutes({ params }: { params: { id: string; section?: string; sub?: string } }) {
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => {
    // Subscribe first, then catch up: the record may have finished loading in between.
    const stop = recordStore.subscribe(() => setVersion(recordStore.version));
    setVersion(recordStore.version);
    void recordStore.ensureLoaded().then(() => setVersion(recordStore.version));
    return stop;
  }, []);
  if (!recordStore.loaded) return <p role="status">{t('family:shell.loading')}</p>;
  const child = recordStore.child(params.id);
  if (!child) {
    return (
      <section class="screen" aria-labelledby="child-missing">
        <h1 id="child-missing">{t('family:shell.notFound')}</h1>
        <a class="button" href="/home">{t('family:shell.backHome')}</a>
      </section>
    );
  }
  const section = params.section && SECTIONS[params.section] ? params.section : 'timeline';
  const Section = SECTIONS[section]!;
  return (
    <div class="child-shell" style={{ '--child-colour': child.colour }}>
      <ChildHeader child={child} family={recordStore.children()} section={section} sections={SECTION_NAMES} />
      <Section child={child} sub={params.sub} />
    </div>
  );
}
