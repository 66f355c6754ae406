// A small line chart drawn as inline SVG: no chart library. Age runs along the bottom,
// the measure up the side. The drawing stays left-to-right in every language (numbers and
// time axes read that way in Arabic and Urdu print too); its labels are translated.
import { formatNumber } from '../kit/format';
import type { GrowthEntry } from '../../app/health';
import type { Measure } from '../../app/health';
import { t } from '../state/language';
import { formatDate } from '../kit/format';

const W = 340;
const H = 210;
const M = { left: 48, right: 12, top: 12, bottom: 44 };
const DAY_MS = 86_400_000;
const DAYS_PER_MONTH = 30.4375;

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

export function ageInMonths(dob: string, date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${dob}T00:00:00Z`)) / DAY_MS / DAYS_PER_MONTH;
}

export function GrowthChart({ measure, dob, entries }: { measure: Measure; dob: string; entries: GrowthEntry[] }) {
  const points = entries
    .filter((e) => e[measure] !== undefined)
    .map((e) => ({ x: ageInMonths(dob, e.measuredOn), y: e[measure]!, date: e.measuredOn }));
  const id = `chart-${measure}`;
  const title = t(`health:growth.chart.${measure}`);
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.floor(Math.min(...xs)), Math.max(Math.ceil(Math.max(...xs)), Math.floor(Math.min(...xs)) + 1)];
  const pad = Math.max((Math.max(...ys) - Math.min(...ys)) * 0.15, Math.max(...ys) * 0.05);
  const [y0, y1] = [Math.max(0, Math.min(...ys) - pad), Math.max(...ys) + pad];
  const sx = (x: number) => M.left + ((x - x0) / (x1 - x0)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - y0) / (y1 - y0)) * (H - M.top - M.bottom);
  const latest = points.at(-1)!;
  const desc = t('health:growth.chart.summary', {
    count: points.length, last: formatNumber(latest.y), date: formatDate(latest.date),
  });
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
          <text class="axis-title" x={(W + M.left) / 2} y={H - 6} text-anchor="middle">{t('health:growth.chart.ageAxis')}</text>
        </g>
        <polyline class="line" points={points.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')} />
        {points.map((p, i) => <circle key={i} class="dot" cx={sx(p.x)} cy={sy(p.y)} r={4} />)}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
