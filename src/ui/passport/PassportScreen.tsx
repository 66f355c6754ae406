import { useLocation } from 'preact-iso';
import { passportOf } from '../../app/passport';
import type { SectionProps } from '../child/section-props';
import { t } from '../state/language';
import { useRecordVersion } from '../health/fields';
import { AboutMeForm } from './PassportForm';
import { PassportSheet } from './PassportSheet';
import { PrintView } from './PrintView';
import { SummaryView } from './SummaryView';
import '../health/health.css';
import './passport.css';
import { withNamespace } from '../kit/WithNamespace';

/** /child/:id/passport (read), /passport/edit (change), /passport/print (one printable page), /passport/summary (two, for a new setting). */
function PassportScreenReady({ child, sub }: SectionProps) {
  useRecordVersion();
  const passport = passportOf(child.id);
  const base = `/child/${child.id}/passport`;
  const { route } = useLocation();
  const name = child.preferredName ?? child.name;
  if (sub === 'print') return <PrintView child={child} passport={passport} base={base} />;
  if (sub === 'summary') return <SummaryView child={child} passport={passport} base={base} />;
  if (sub === 'edit') {
    return (
      <section class="screen passport" aria-labelledby="passport-edit-title">
        <h1 id="passport-edit-title">{t('passport:edit.title', { name })}</h1>
        <p><a href={base}>{t('passport:edit.back')}</a></p>
        <AboutMeForm key={passport?.id ?? 'new'} child={child} passport={passport} onSaved={() => route(base)} />
      </section>
    );
  }
  return (
    <section class="screen passport" aria-labelledby="passport-title">
      <h1 id="passport-title">{t('passport:title', { name })}</h1>
      {!passport && <p class="notice">{t('passport:empty')}</p>}
      <div class="actions no-print">
        <a class="button primary" href={`${base}/edit`}>{t(passport ? 'passport:action.edit' : 'passport:action.start')}</a>
        <a class="button" href={`${base}/print`}>{t('passport:action.printView')}</a>
        <a class="button" href={`${base}/summary`}>{t('passport:action.settingSummary')}</a>
      </div>
      <PassportSheet child={child} passport={passport} />
    </section>
  );
}

/** The passport's words are their own namespace, loaded when the parent first opens it. */
export const PassportScreen = withNamespace(['passport', 'health'], PassportScreenReady);
