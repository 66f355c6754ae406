import base from './vite.config.ts';
import { mergeConfig } from 'vite';
export default mergeConfig(base as any, { plugins: [{ name: 'chunk-report', async generateBundle(_o: any, bundle: any) {
  const out: string[] = [];
  for (const c of Object.values(bundle) as any[]) { if (c.type !== 'chunk') continue;
    const mods = Object.entries(c.modules ?? {}).map(([id, m]: any) => [m.renderedLength, id.replace('/work/main/', '')]).sort((a: any, b: any) => b[0] - a[0]);
    out.push(`== ${c.fileName} ${c.code.length} dyn:${c.dynamicImports.join(',')}`); for (const [n, id] of mods.slice(0, 25)) out.push(`  ${n} ${id}`); }
  (await import("node:fs")).writeFileSync('/tmp/chunks.txt', out.join('\n'));
} }] });
