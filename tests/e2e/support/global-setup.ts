import type { TestProject } from 'vitest/node';
// @ts-expect-error: plain ESM helper shared with `npm start`
import { startStaticServer } from '../../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves dist/ (built by `npm run test:e2e`) for every e2e file. */
export default async function setup(project: TestProject) {
  const root = new URL('../../../dist/', import.meta.url).pathname;
  const server = (await startStaticServer({ root })) as { url: string; close: () => Promise<void> };
  project.provide('baseURL', server.url);
  return () => server.close();
}
