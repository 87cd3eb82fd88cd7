#!/usr/bin/env node
// @ts-check
// Runs samsyn-server. Settings come from the environment:
//   PORT (8000; the next free one when taken unless PORT is given), HOST (127.0.0.1),
//   DATABASE_URL (postgres://…; without it an embedded DuckDB file),
//   SAMSYN_DATA (the DuckDB file, data/samsyn.duckdb),
//   SAMSYN_ACCESS (the tokens file, demo/tokens.json), SAMSYN_SEED=1 (seed an empty store),
//   SAMSYN_STATIC (a folder whose demo/ and dist/ are served too).
import { startServer } from './index.mjs';

const env = process.env;
const started = await startServer({
  port: env.PORT ? Number(env.PORT) : 8000,
  exactPort: !!env.PORT,
  host: env.HOST ?? '127.0.0.1',
  databaseUrl: env.DATABASE_URL || undefined,
  duckdbPath: env.SAMSYN_DATA ?? 'data/samsyn.duckdb',
  accessPath: env.SAMSYN_ACCESS ?? 'demo/tokens.json',
  seed: env.SAMSYN_SEED === '1',
  staticRoot: env.SAMSYN_STATIC || undefined,
  logger: env.SAMSYN_LOG === '1',
});
console.log(`samsyn-server on ${started.url} (${started.engine})`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    started.app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
