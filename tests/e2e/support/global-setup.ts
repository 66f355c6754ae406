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
  // FF_DIST lets several people build and test side by side without sharing dist/.
  const root = process.env.FF_DIST ? `${process.env.FF_DIST.replace(/\/$/, '')}/` : new URL('../../../dist/', import.meta.url).pathname;
  const server = (await startStaticServer({ root })) as { url: string; close: () => Promise<void> };
  project.provide('baseURL', server.url);
  return () => server.close();
}
