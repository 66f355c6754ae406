// growth.chart_100_ms (issue 15): the app's own GrowthChart, with its nine UK-WHO centile lines
// and 100 weight points, rendered into the page and laid out, in Chromium. "A chart with 100
// points must render in one frame": one frame is 16.7 ms at 60 Hz. bench/record.mjs drives it.
import { render } from 'preact';
import { growthView } from '../../src/app/growth';
import type { GrowthEntry } from '../../src/app/health';
import { GrowthChart } from '../../src/ui/health/GrowthChart';

declare global {
  interface Window {
    runChartBench: (o: { points: number; runs: number }) => Promise<{ renderMs: number[]; drawnPoints: number; lines: number }>;
  }
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

window.runChartBench = async ({ points, runs }) => {
  const dob = '2022-01-10';
  const entries: GrowthEntry[] = [];
  for (let i = 0; i < points; i++) {
    const day = Math.round((i * 4.5 * 365) / points); // birth to four and a half years
    const date = new Date(Date.UTC(2022, 0, 10) + day * 86_400_000).toISOString();
    entries.push({
      id: `g${i}`, kind: 'growth', childId: 'c', createdAt: date, updatedAt: date, measuredOn: date.slice(0, 10),
      weightKg: 3.3 + 14 * Math.sqrt(day / (4.5 * 365)),
    } as GrowthEntry);
  }
  const view = growthView({ dob: dob as never, sex: 'female' }, entries);
  const chart = view.charts.find((c) => c.measure === 'weightKg');
  if (!chart) throw new Error('runChartBench: no weight chart');
  const host = document.createElement('div');
  host.style.inlineSize = '380px';
  document.body.append(host);
  const renderMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    render(null, host);
    await nextFrame();
    const t0 = performance.now();
    render(<GrowthChart chart={chart} />, host);
    host.getBoundingClientRect(); // style and layout, as the frame would need them
    renderMs.push(performance.now() - t0);
    await nextFrame();
  }
  const drawnPoints = host.querySelectorAll('svg circle, svg [data-point]').length;
  const lines = host.querySelectorAll('svg path, svg polyline').length;
  return { renderMs, drawnPoints, lines };
};
document.body.dataset.ready = 'true';
