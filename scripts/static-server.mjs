// A tiny static server for the production build (no dependencies). It sends the
// same Content-Security-Policy as index.html, and serves index.html for app routes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function startStaticServer({ root, port = 0, host = '127.0.0.1' }) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error('outside root');
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) { path = join(path, 'index.html'); info = await stat(path).catch(() => undefined); }
      if (!info) {
        if (extname(url.pathname)) { res.writeHead(404).end('not found'); return; }
        path = join(root, 'index.html'); // a client-side route
      }
      const body = await readFile(path);
      const immutable = path.includes('/assets/');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(400).end('bad request');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => {
    const { port: actual } = server.address();
    resolve({ url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`, close: () => new Promise((r) => server.close(r)) });
  }));
}
