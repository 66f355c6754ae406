// A tiny static server for the production build (no dependencies). It sends the
// same Content-Security-Policy as index.html, and serves index.html for app routes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The file a request path names inside `root`, or undefined when it would leave the folder.
 * Compared with a separator: "/srv/app-secret" starts with "/srv/app" but is not inside it.
 */
export function resolveInside(root, requestPath) {
  const base = resolve(root);
  const path = resolve(base, '.' + requestPath);
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

export function startStaticServer({ root: givenRoot, port = 0, host = '127.0.0.1' }) {
  const root = resolve(givenRoot);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = resolveInside(root, decodeURIComponent(url.pathname));
      if (path === undefined || path.includes('\0')) { res.writeHead(404).end('not found'); return; }
      let info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) { path = join(path, 'index.html'); info = await stat(path).catch(() => undefined); }
      if (!info) {
        if (extname(url.pathname)) { res.writeHead(404).end('not found'); return; }
        path = join(root, 'index.html'); // a client-side route
      }
      const body = await readFile(path);
      const immutable = relative(root, path).split(sep)[0] === 'assets';
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
