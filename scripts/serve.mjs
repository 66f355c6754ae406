#!/usr/bin/env node
// `npm start`: serve the production build on localhost.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(root)) {
  console.error('No build found in dist/. Run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer({ root, port });
console.log(`Family File is running at ${url}/ (Ctrl+C to stop)`);
