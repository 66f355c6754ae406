import { lazy } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { recordStore } from '../../app/record-store';
import { t } from '../state/language';
import type { SectionProps } from './section-props';
import type { ComponentType } from 'preact';

// One chunk per section, loaded when the parent opens it.
const SECTIONS: Record<string, ComponentType<SectionProps>> = {
  passport: lazy(() => import('../passport/PassportScreen').then((m) => m.PassportScreen)),
  health: lazy(() => import('../health/HealthScreen').then((m) => m.HealthScreen)),
  journal: lazy(() => import('../journal/JournalScreen').then((m) => m.JournalScreen)),
  milestones: lazy(() => import('../milestones/MilestonesScreen').then((m) => m.MilestonesScreen)),
  support: lazy(() => import('../support/SupportScreen').then((m) => m.SupportScreen)),
  appointments: lazy(() => import('../appointments/AppointmentsScreen').then((m) => m.AppointmentsScreen)),
  notes: lazy(() => import('../notes/NotesScreen').then((m) => m.NotesScreen)),
  timeline: lazy(() => import('../timeline/TimelineScreen').then((m) => m.TimelineScreen)),
};
export const SECTION_NAMES = Object.keys(SECTIONS);

/** /child/:id/:section?/:sub? — one child's record, section by section. */
export function ChildRoutes({ params }: { params: { id: string; section?: string; sub?: string } }) {
  const [, setVersion] = useState(recordStore.version);
  useEffect(() => {
    void recordStore.ensureLoaded();
    return recordStore.subscribe(() => setVersion(recordStore.version));
  }, []);
  const child = recordStore.child(params.id);
  if (!recordStore.loaded) return null;
  if (!child) return <p role="alert">{t('error.notFound')}</p>;
  const Section = SECTIONS[params.section ?? 'timeline'] ?? SECTIONS.timeline!;
  return <Section child={child} sub={params.sub} />;
}
