// One growth chart drawn as inline SVG (no chart library: a few lines and dots do not need one).
// With the child's sex recorded, the nine UK-WHO centile lines are drawn behind the points, and a
// table beside the chart gives each point's centile and SDS for screen readers and print. The
// drawing stays left-to-right in every language (time axes read that way in Arabic and Urdu
// print too); its labels are translated.
import { useState } from 'preact/hooks';
import type { CentileLine, MeasureChart } from '../../app/growth';
import type { CentilePosition, ScoredPoint } from '../../domain/index';
import { formatDate, formatNumber } from '../kit/format';
import { t } from '../state/language';

const W = 340;
const H = 230;
const M = { left: 48, right: 36, top: 12, bottom: 44 };
const DAYS_PER_YEAR = 365.25;
const MONTHS_PER_YEAR = 12;
const WEEKS_PER_YEAR = DAYS_PER_YEAR / 7;

/** Round steps (1, 2, 5 × 10ⁿ) giving about `count` ticks between lo and hi. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (hi <= lo) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(6)));
  return out;
}

/** The centile line's name: "25th", in the reader's language. */
export function lineName(centile: number): string {
  return t(`health:growth.line.c${String(centile).replace('.', '')}`);
}

/** Where the latest point sits, in plain words. */
export function positionWords(position: CentilePosition): string {
  switch (position.kind) {
    case 'on': return t('health:growth.latestOn', { line: lineName(position.centile) });
    case 'between': return t('health:growth.latestBetween', { lower: lineName(position.lower), upper: lineName(position.upper) });
    case 'below': return t('health:growth.latestBelow', { line: lineName(position.centile) });
    case 'above': return t('health:growth.latestAbove', { line: lineName(position.centile) });
  }
}

const chartAge = (p: ScoredPoint) => p.correctedAge ?? p.age;

/** The table beside a chart lists the latest measurements; the rest are one tap away. */
const TABLE_ROWS = 12;

export function GrowthChart({ chart }: { chart: MeasureChart }) {
  const { measure, points, lines } = chart;
  const [showAll, setShowAll] = useState(false);
  const id = `chart-${measure}`;
  const title = t(`health:growth.chart.${measure}`);
  if (points.length === 0) return null;
  // Young babies read best in weeks, as the paper book's first pages do; older ones in months.
  const ages = [...points.map(chartAge), ...lines.flatMap((l) => l.points.map(([a]) => a))];
  const inWeeks = Math.max(...ages) <= 0.25;
  const unit = inWeeks ? WEEKS_PER_YEAR : MONTHS_PER_YEAR;
  const xs = ages.map((a) => a * unit);
  const ys = [...points.map((p) => p.value), ...lines.flatMap((l) => l.points.map(([, v]) => v))];
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.max(Math.ceil(Math.max(...xs)), x0 + 1);
  const pad = Math.max((Math.max(...ys) - Math.min(...ys)) * 0.08, Math.max(...ys) * 0.03);
  const [y0, y1] = [Math.max(0, Math.min(...ys) - pad), Math.max(...ys) + pad];
  const sx = (x: number) => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const latest = points.at(-1)!;
  const desc = [
    t('health:growth.chart.summary', { count: points.length, last: formatNumber(latest.value), date: formatDate(latest.measuredOn) }),
    latest.implausible ? t('health:growth.checkValue') : latest.position ? positionWords(latest.position) : '',
  ].join(' ').trim();
  const path = (line: CentileLine) => line.points.map(([a, v]) => `${sx(a * unit).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
  const corrected = points.some((p) => p.correctedAge !== undefined);
  const newestFirst = [...points].reverse();
  return (
    <figure class="growth-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} dir="ltr">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="grid" aria-hidden="true">
          {niceTicks(y0, y1).map((v) => (
            <g key={`y${v}`}>
              <line x1={M.left} x2={W - M.right} y1={sy(v)} y2={sy(v)} />
              <text x={M.left - 6} y={sy(v)} text-anchor="end" dominant-baseline="middle">{formatNumber(v)}</text>
            </g>
          ))}
          {niceTicks(x0, x1, 5).filter((v) => Number.isInteger(v)).map((v) => (
            <text key={`x${v}`} x={sx(v)} y={H - M.bottom + 16} text-anchor="middle">{formatNumber(v)}</text>
          ))}
          <line class="axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line class="axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text class="axis-title" x={(W + M.left) / 2} y={H - 6} text-anchor="middle">
            {t(inWeeks ? 'health:growth.chart.ageAxisWeeks' : 'health:growth.chart.ageAxis')}
          </text>
        </g>
        {lines.length > 0 && (
          <g class="centiles" aria-hidden="true">
            {lines.map((line) => {
              const end = line.points.at(-1);
              return (
                <g key={line.centile} class={line.centile === 50 ? 'centile median' : 'centile'}>
                  <polyline points={path(line)} />
                  {end && <text x={sx(end[0] * unit) + 3} y={sy(end[1])} dominant-baseline="middle">{formatNumber(line.centile)}</text>}
                </g>
              );
            })}
          </g>
        )}
        <polyline class="line" points={points.map((p) => `${sx(chartAge(p) * unit)},${sy(p.value)}`).join(' ')} />
        {points.map((p, i) => (
          <circle key={i} class={p.correctedAge !== undefined ? 'dot corrected' : 'dot'} cx={sx(chartAge(p) * unit)} cy={sy(p.value)} r={4} />
        ))}
      </svg>
      <figcaption>{title}</figcaption>
      {latest.position && <p class="growth-latest">{positionWords(latest.position)}</p>}
      {latest.implausible && <p class="warning">{t('health:growth.checkValue')}</p>}
      {corrected && <p class="hint">{t('health:growth.correctedNote')}</p>}
      {lines.length > 0 && (
        <div class="table-scroll">
          <table class="growth-centiles">
            <caption>{t('health:growth.centileTable', { measure: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('health:field.date')}</th>
                <th scope="col">{t('health:growth.value')}</th>
                <th scope="col">{t('health:growth.centile')}</th>
                <th scope="col">{t('health:growth.sds')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.slice(0, showAll ? undefined : TABLE_ROWS).map((p, i) => (
                <tr key={i}>
                  <th scope="row">{formatDate(p.measuredOn)}</th>
                  <td>{formatNumber(p.value, measure === 'bmi' ? 1 : 3)}</td>
                  <td>{p.implausible ? t('health:growth.checkValue') : p.centile !== undefined ? formatNumber(p.centile, 1) : t('health:growth.noReference')}</td>
                  <td>{p.sds !== undefined ? formatNumber(p.sds, 2) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {points.length > TABLE_ROWS && (
            <button type="button" class="button small no-print" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
              {t(showAll ? 'health:growth.showLatest' : 'health:growth.showEvery')}
            </button>
          )}
        </div>
      )}
    </figure>
  );
}
