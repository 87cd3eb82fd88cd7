// A small static file server for the demo and the browser tests of the
// built package: serves the project folder, never leaves localhost.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { expandPreloads } from './preload-links.mjs';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1. `headers(path)` may add response headers (a
 * test adds a strict Content-Security-Policy); `home` is where `/` redirects.
 * Resolves with the server and its base URL; tries the next port when one is
 * taken.
 *
 * @param {{ root?: string, port?: number, headers?: (path: string) => Record<string, string>, quiet?: boolean, home?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve({ root = '.', port = 8000, headers = () => ({}), quiet = true, home } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // `home`: where the bare address leads (the demo, for `npm start`).
    if (home && url.pathname === '/') {
      res.writeHead(302, { location: home }).end();
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      // A page's `<!-- samsyn-preload … -->` becomes its modulepreload links, as a portal's template writes them.
      const page = extname(path) === '.html' ? Buffer.from(expandPreloads(readFileSync(path, 'utf8'), path)) : undefined;
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-length': page ? page.length : statSync(path).size,
        'cache-control': 'no-store',
        ...headers(url.pathname),
      });
      if (page) res.end(page);
      else createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
    if (!quiet) console.log(req.method, url.pathname);
  });
  return new Promise((resolvePromise, reject) => {
    /** @param {number} p @param {number} attempts */
    const tryPort = (p, attempts) => {
      server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
        if (error.code === 'EADDRINUSE' && attempts > 0) tryPort(p + 1, attempts - 1);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => resolvePromise({ server, url: `http://localhost:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}` }));
    };
    tryPort(port, 20);
  });
}
