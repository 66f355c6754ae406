// The passport as a reader sees it: on screen and, in the same markup, on one printed page.
import { deviceToday } from '../../app/clock';
import { ageBetween, formatNhsNumber, weeksEarly, type PassportEntry, type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { formatDate, formatList } from '../kit/format';
import { codeLabel, Written } from '../health/fields';
import { healthOf } from '../../app/health';
import { allergyName } from '../health/AllergiesPanel';
import type { ComponentChildren } from 'preact';

function Part({ id, title, children, class: cls }: { id: string; title: string; children: ComponentChildren; class?: string }) {
  return (
    <section class={`sheet-part ${cls ?? ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Missing() {
  return <p class="hint">{t('passport:sheet.notWritten')}</p>;
}

export function PassportSheet({ child, passport, idPrefix = 'sheet', nameIsHeading = false }: {
  child: StoredChild; passport: PassportEntry | undefined; idPrefix?: string;
  /** On the print page the child's name is the page's h1. */
  nameIsHeading?: boolean;
}) {
  const Name = nameIsHeading ? 'h1' : 'p';
  const age = ageBetween(child.dob, deviceToday());
  const ageText = age.months >= 24
    ? t('passport:sheet.ageYears', { count: Math.floor(age.months / 12) })
    : t('record:age.months', { count: age.months });
  const early = weeksEarly(child);
  const languages = [
    ...(passport?.homeLanguages ?? []).map((c) => codeLabel('homeLanguage', c)),
    ...(passport?.otherLanguages ?? []),
  ];
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <article class="passport-sheet" aria-labelledby={id('name')}>
      <header class="sheet-head">
        <p class="sheet-kicker">{t('passport:sheet.kicker')}</p>
        <Name class="sheet-name" id={id('name')}><bdi>{child.name}</bdi></Name>
        <dl class="sheet-facts">
          {child.preferredName && (<><dt>{t('passport:field.preferredName')}</dt><dd><bdi>{child.preferredName}</bdi></dd></>)}
          <dt>{t('passport:field.dob')}</dt>
          <dd>{t('passport:sheet.dobAge', { date: formatDate(child.dob), age: ageText })}</dd>
          {child.gestationWeeks !== undefined && (
            <><dt>{t('passport:field.gestation')}</dt>
              <dd>{early > 0 ? t('passport:sheet.bornEarly', { count: child.gestationWeeks }) : t('passport:sheet.bornAt', { count: child.gestationWeeks })}</dd></>
          )}
          <dt>{t('passport:field.nhsNumber')}</dt>
          <dd class="nhs">{passport?.nhsNumber ? <bdi dir="ltr">{formatNhsNumber(passport.nhsNumber)}</bdi> : t('passport:sheet.notGiven')}</dd>
        </dl>
      </header>
      <Part id={id('must')} title={t('passport:field.mustKnow')} class="must-know">
        {passport?.mustKnow ? <Written text={passport.mustKnow} /> : <Missing />}
      </Part>
      <HealthFirst child={child} id={id} />
      <Part id={id('talk')} title={t('passport:field.communication')}>
        {passport?.communication.length ? <p>{formatList(passport.communication.map((c) => codeLabel('communicationMethod', c)))}</p> : null}
        {passport?.communicationNote && <Written text={passport.communicationNote} />}
        {!passport?.communication.length && !passport?.communicationNote && <Missing />}
      </Part>
      <Part id={id('languages')} title={t('passport:field.homeLanguages')}>
        {languages.length ? <p>{formatList(languages)}</p> : <Missing />}
      </Part>
      <div class="sheet-columns">
        <Part id={id('helps')} title={t('passport:field.whatHelps')}>{passport?.whatHelps ? <Written text={passport.whatHelps} /> : <Missing />}</Part>
        <Part id={id('likes')} title={t('passport:field.likes')}>{passport?.likes ? <Written text={passport.likes} /> : <Missing />}</Part>
        <Part id={id('dislikes')} title={t('passport:field.dislikes')}>{passport?.dislikes ? <Written text={passport.dislikes} /> : <Missing />}</Part>
      </div>
      <Part id={id('people')} title={t('passport:field.people')}>
        {passport?.importantPeople.length ? (
          <ul class="people">
            {passport.importantPeople.map((p, i) => (
              <li key={i}>
                <bdi class="person-name">{p.name}</bdi>{' – '}<span class="person-relationship">{codeLabel('relationship', p.relationship)}</span>
                {p.note && <Written text={p.note} />}
              </li>
            ))}
          </ul>
        ) : <Missing />}
      </Part>
      <p class="sheet-foot">{t('passport:sheet.updated', { date: formatDate((passport?.updatedAt ?? child.updatedAt).slice(0, 10)) })}</p>
    </article>
  );
}

/**
 * Allergies and the medicines taken now: a hospital passport is read for these first, so they sit
 * just under "Things you must know", and their absence is said, never left blank.
 */
function HealthFirst({ child, id }: { child: StoredChild; id: (s: string) => string }) {
  const view = healthOf(child);
  return (
    <div class="sheet-columns sheet-health">
      <Part id={id('allergies')} title={t('health:allergies.title')} class="allergies">
        {view.allergies.length === 0 ? <p>{t('health:allergies.empty')}</p> : (
          <ul>{view.allergies.map((a) => <li key={a.id}><strong>{t('health:overview.allergyLine', { name: allergyName(a), severity: codeLabel('allergySeverity', a.severity) })}</strong></li>)}</ul>
        )}
      </Part>
      <Part id={id('medicines')} title={t('health:medicines.current')}>
        {view.currentMedicines.length === 0 ? <p>{t('health:medicines.noneCurrent')}</p> : (
          <ul>{view.currentMedicines.map((m) => <li key={m.entry.id}><bdi>{t('health:overview.medicineLine', { name: m.entry.name, dose: m.dose, frequency: m.frequency })}</bdi></li>)}</ul>
        )}
      </Part>
    </div>
  );
}
