import { formatNumber } from '../kit/format';
import { deviceToday } from '../../app/clock';
import { MEASURES, saveGrowth, type GrowthEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { FormCard, FormFoot, SensitiveBox, TextField, useEditing, useForm, writerLang, todayInput, type PanelProps } from './fields';
import { GrowthChart } from './GrowthChart';

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
                    <th scope="row">{formatDate(g.measuredOn)}</th>
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
      {view.growth.length > 0 && (
        <section class="stack" aria-labelledby="charts-title">
          <h2 id="charts-title">{t('health:growth.charts')}</h2>
          <p class="hint">{t('health:growth.chartHint')}</p>
          <div class="charts">
            {MEASURES.map((m) => <GrowthChart key={m} measure={m} dob={child.dob} entries={view.growth} />)}
          </div>
        </section>
      )}
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
