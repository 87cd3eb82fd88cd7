#!/usr/bin/env node
// @ts-check
// Runs samsyn-server. Settings come from the environment:
//   PORT (8000; the next free one when taken unless PORT is given), HOST (127.0.0.1),
//   DATABASE_URL (postgres://…; without it an embedded DuckDB file),
//   SAMSYN_DATA (the DuckDB file, data/samsyn.duckdb),
//   SAMSYN_ACCESS (the tokens file, demo/tokens.json), SAMSYN_SEED=1 (seed an empty store),
//   SAMSYN_STATIC (a folder whose demo/ and dist/ are served too),
//   SAMSYN_RATE_LIMIT, SAMSYN_RATE_BURST, SAMSYN_SIGNIN_LIMIT (rate limits),
//   SAMSYN_TRUST_PROXY (the proxies whose X-Forwarded-For names the client).
import { rateLimitsFromEnv, startServer } from './index.mjs';

const env = process.env;

/** SAMSYN_TRUST_PROXY: `true`, a hop count, or addresses and CIDR ranges separated by commas. */
const trustProxy = (/** @type {string | undefined} */ value) => {
  if (!value) return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
};

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
  rateLimit: rateLimitsFromEnv(env),
  trustProxy: trustProxy(env.SAMSYN_TRUST_PROXY),
});
console.log(`samsyn-server on ${started.url} (${started.engine})`);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    started.app.close().then(() => process.exit(0), () => process.exit(1));
  });
}
