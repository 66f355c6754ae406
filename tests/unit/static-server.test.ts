// The static server that `npm start`, the e2e suite and the bench use: it must never serve a file
// from outside its root, however the path is spelled, and it sends the security headers.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper shared with `npm start`
import { CSP, resolveInside, startStaticServer } from '../../scripts/static-server.mjs';

let dir: string;
let server: { url: string; close: () => Promise<void> };

/** A raw GET: the path goes on the wire exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ff-static-'));
  mkdirSync(join(dir, 'site', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'site-secret'));
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'site', 'assets', 'app-1234.js'), 'export {}');
  writeFileSync(join(dir, 'site-secret', 'secret.txt'), 'SIBLING SECRET');
  writeFileSync(join(dir, 'outside.txt'), 'PARENT SECRET');
  // The root without a trailing slash: "…/site-secret" starts with "…/site".
  server = await startStaticServer({ root: join(dir, 'site') });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  const escapes = [
    '/..%2fsite-secret/secret.txt',
    '/..%2Fsite-secret%2Fsecret.txt',
    '/%2e%2e/site-secret/secret.txt',
    '/assets/..%2f..%2fsite-secret/secret.txt',
    '/..%2foutside.txt',
    '/..%5coutside.txt',
    '/%2e%2e%2f%2e%2e%2foutside.txt',
  ];
  escapes.forEach((path) => {
    it(`never serves a file outside the root: ${path}`, async () => {
      const res = await get(path);
      expect(res.body).not.toContain('SECRET');
      expect(res.status).not.toBe(200);
    });
  });

  it('answers a path with a bad escape or a NUL byte with an error, not a file', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/index.html%00.txt')).status).toBe(404);
  });

  it('serves the app with the security headers, and app routes get index.html', async () => {
    for (const path of ['/', '/index.html', '/journal/today']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.body).toContain('<title>app</title>');
      expect(res.headers['content-security-policy']).toBe(CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect(CSP).toContain("frame-ancestors 'none'");
    const asset = await get('/assets/app-1234.js');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('resolveInside compares whole path segments', () => {
    const root = join(dir, 'site');
    expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/')).toBe(root);
    expect(resolveInside(`${root}/`, '/../site-secret/secret.txt')).toBeUndefined();
    expect(resolveInside(root, '/../site-secret/secret.txt')).toBeUndefined();
    expect(resolveInside(root, '/a/../../site')).toBe(root);
  });
});

describe('the hosting guide and index.html agree with the server', () => {
  const root = join(import.meta.dirname, '../..');
  const guide = readFileSync(join(root, 'docs/hosting.md'), 'utf8');
  const page = readFileSync(join(root, 'index.html'), 'utf8');

  it('docs/hosting.md names the exact policy, as a header and in the example config', () => {
    const lines = guide.split('\n');
    expect(lines).toContain(CSP);
    expect(lines).toContain(`  Content-Security-Policy: ${CSP}`);
  });

  it("index.html's meta policy is the server's, minus frame-ancestors (which a meta tag cannot carry)", () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CSP);
  });
});
