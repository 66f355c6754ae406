import { EntryOrigin } from '../kit/Provenance';
import { formatNumber } from '../kit/format';
import { deviceToday } from '../../app/clock';
import { MEASURES, saveGrowth, type GrowthEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { FormCard, FormFoot, SensitiveBox, TextField, useEditing, useForm, writerLang, todayInput, type PanelProps } from './fields';
import { GrowthChart } from './GrowthChart';
import { growthView, setChildSex } from '../../app/growth';
import type { ChildSex } from '../../domain/index';
import { useState } from 'preact/hooks';

export function GrowthPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  const newestFirst = [...view.growth].reverse();
  const editingEntry = view.growth.find((g) => g.id === ed.editing);
  return (
    <>
      <section class="stack" aria-labelledby="growth-title">
        <h2 id="growth-title">{t('health:growth.title')}</h2>
        {ed.isNew && <GrowthForm child={child} onDone={ed.close} />}
        {editingEntry && <GrowthForm key={editingEntry.id} child={child} entry={editingEntry} onDone={ed.close} />}
        {!ed.editing && <button type="button" class="button no-print" onClick={() => ed.open('new')}>{t('health:growth.add')}</button>}
        {view.growth.length === 0 ? <p class="hint">{t('health:growth.empty')}</p> : (
          <div class="table-scroll">
            <table class="growth-table">
              <caption>{t('health:growth.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('health:field.date')}</th>
                  {MEASURES.map((m) => <th key={m} scope="col">{t(`health:growth.chart.${m}`)}</th>)}
                  <th scope="col" class="no-print"><span class="visually-hidden">{t('health:growth.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {newestFirst.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{formatDate(g.measuredOn)}<EntryOrigin entry={g} /></th>
                    {MEASURES.map((m) => <td key={m}>{g[m] !== undefined ? formatNumber(g[m], 3) : '–'}</td>)}
                    <td class="no-print">
                      <EntryActions id={g.id} name={t('health:growth.entryName', { date: formatDate(g.measuredOn) })} onEdit={() => ed.open(g.id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {view.growth.length > 0 && <GrowthCharts child={child} entries={view.growth} />}
    </>
  );
}

function GrowthForm({ child, entry, onDone }: { child: StoredChild; entry?: GrowthEntry; onDone: () => void }) {
  const asText = (n: number | undefined) => (n === undefined ? '' : String(n));
  const f = useForm(() => ({
    measuredOn: (entry?.measuredOn as string | undefined) ?? todayInput(), weightKg: asText(entry?.weightKg), heightCm: asText(entry?.heightCm),
    headCm: asText(entry?.headCm), by: entry?.by ?? '', sensitive: entry?.sensitive ?? false,
  }));
  const id = `growth-${entry?.id ?? 'new'}`;
  return (
    <FormCard id={id} title={t(entry ? 'health:growth.edit' : 'health:growth.add')}
      onSubmit={() => void f.submit(() => saveGrowth(child, f.values, writerLang(), entry?.id), onDone)}>
      <TextField id={`${id}-date`} field="measuredOn" type="date" label={t('health:growth.measuredOn')} value={f.values.measuredOn}
        onInput={f.set('measuredOn')} error={f.error} min={child.dob} max={deviceToday()} />
      <p class="hint">{t('health:growth.oneIsEnough')}</p>
      {MEASURES.map((m) => (
        <TextField key={m} id={`${id}-${m}`} field={m} inputMode="decimal" label={t(`health:growth.chart.${m}`)} value={f.values[m]}
          onInput={f.set(m)} error={f.error} />
      ))}
      <TextField id={`${id}-by`} field="by" label={t('health:growth.by')} value={f.values.by} onInput={f.set('by')} error={f.error} />
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={['measuredOn', ...MEASURES, 'by']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}

/** The charts, with centile lines once the child's sex is known; asked here, and only here. */
function GrowthCharts({ child, entries }: { child: StoredChild; entries: GrowthEntry[] }) {
  const growth = growthView(child, entries);
  const [asking, setAsking] = useState(false);
  return (
    <section class="stack" aria-labelledby="charts-title">
      <h2 id="charts-title">{t('health:growth.charts')}</h2>
      {(growth.noCentiles === 'sex-not-asked' || asking) && <SexQuestion child={child} onDone={() => setAsking(false)} />}
      {growth.noCentiles === 'sex-not-recorded' && !asking && (
        <div class="notice stack">
          <p>{t('health:growth.sex.notRecorded')}</p>
          <button type="button" class="button small no-print" onClick={() => setAsking(true)}>{t('health:growth.sex.change')}</button>
        </div>
      )}
      {growth.biggerWeightChange && <p class="notice growth-change">{t('health:growth.bigChange')}</p>}
      <p class="hint">{t('health:growth.chartHint')}</p>
      <div class="charts">
        {growth.charts.map((c) => <GrowthChart key={c.measure} chart={c} />)}
      </div>
      {!growth.noCentiles && <p class="hint">{t('health:growth.source')}</p>}
    </section>
  );
}

function SexQuestion({ child, onDone }: { child: StoredChild; onDone: () => void }) {
  const [choice, setChoice] = useState<ChildSex | undefined>(child.sex);
  const [failed, setFailed] = useState(false);
  const save = async () => {
    if (!choice) return;
    const saved = await setChildSex(child, choice);
    if (saved.ok) onDone();
    else setFailed(true);
  };
  return (
    // Not a <form>: it sits beside the measurement form, whose Save it must never be mistaken for.
    <div class="card stack no-print" role="group" aria-labelledby="sex-title">
      <h3 id="sex-title">{t('health:growth.sex.title')}</h3>
      <fieldset class="stack">
        <legend>{t('health:growth.sex.question', { name: child.preferredName || child.name })}</legend>
        {(['female', 'male', 'not-recorded'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="child-sex" value={value} checked={choice === value} onChange={() => setChoice(value)} />
            {t(`health:growth.sex.${value}`)}
          </label>
        ))}
      </fieldset>
      {failed && <p class="form-error" role="alert">{t('health:growth.sex.failed')}</p>}
      <button type="button" class="button primary" disabled={!choice} onClick={() => void save()}>{t('health:growth.sex.save')}</button>
    </div>
  );
}
