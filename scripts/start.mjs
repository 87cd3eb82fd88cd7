#!/usr/bin/env node
// `npm start`: builds the package, then runs samsyn-server on an embedded
// DuckDB file under data/ (seeded with synthetic records when empty), which
// serves the demo portal and its API. `--no-build` serves what dist/ holds;
// PORT picks the port (default 8000, the next free one when it is taken);
// DATABASE_URL=postgres://… uses PostgreSQL instead.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

if (!process.argv.includes('--no-build')) {
  console.log('Building the package into dist/ …');
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}
// The server imports the built dist/, so it loads only once the build is done.
const { startServer } = await import('../server/index.mjs');
const since = performance.now();
const databaseUrl = process.env.DATABASE_URL || undefined;
console.log(`Starting samsyn-server on ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'DuckDB (data/samsyn.duckdb)'} …`);
const server = await startServer({
  port: Number(process.env.PORT ?? 8000),
  exactPort: process.env.PORT !== undefined,
  databaseUrl,
  duckdbPath: process.env.SAMSYN_DATA ?? 'data/samsyn.duckdb',
  accessPath: process.env.SAMSYN_ACCESS ?? 'demo/tokens.json',
  seed: true,
  staticRoot: '.',
});
if (server.seeded) console.log(`Seeded ${server.seeded} synthetic records (Norrviks kommun and Söderå kommun).`);
console.log(`samsyn-server ready in ${seconds(since)}; everything in ${seconds(started)}.`);
const { url } = server;
const pages = readdirSync('demo').filter((f) => f.endsWith('.html') && f !== 'index.html');

console.log(`
Samsyn demo (Norrviks kommun, a made-up kommun): ${url}/demo/
  ${pages.map((p) => `${url}/demo/${p}`).join('\n  ')}

API: ${url}/api/… with a token from demo/tokens.json (docs/server.md).
The pages load the built dist/ with plain script tags. Storybook: npm run storybook.
Stop with Ctrl+C.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
