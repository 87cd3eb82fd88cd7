// @ts-check
// samsyn-server's entry: build the service, or start it on a port.
import { buildServer, readAccess } from './app.mjs';
import { seedIfEmpty } from './seed.mjs';
import { openStore } from './store.mjs';

export { buildServer, readAccess, PERMISSIONS, ROLES } from './app.mjs';
export { openStore, openDuckDb, openPostgres } from './store.mjs';
export { seedIfEmpty } from './seed.mjs';
export { DEFAULT_RATE_LIMITS, rateLimitsFromEnv } from './rate-limit.mjs';

/**
 * Opens the store, builds the service and listens.
 * @param {object} options
 * @param {number} [options.port] 0 for any free port.
 * @param {boolean} [options.exactPort] Fail rather than try the next port when taken.
 * @param {string} [options.host]
 * @param {string} [options.databaseUrl]
 * @param {string} [options.duckdbPath]
 * @param {string} [options.accessPath]
 * @param {boolean} [options.seed]
 * @param {string} [options.staticRoot]
 * @param {boolean} [options.logger]
 * @param {import('./rate-limit.mjs').RateLimitOptions | false} [options.rateLimit]
 * @param {boolean | string | number} [options.trustProxy]
 * @param {Omit<ConstructorParameters<typeof import('./import-pool.mjs').ImportPool>[0], 'definition' | 'dialect' | 'table'>} [options.imports]
 */
export async function startServer({
  port = 8000,
  exactPort = false,
  host = '127.0.0.1',
  databaseUrl,
  duckdbPath = 'data/samsyn.duckdb',
  accessPath = 'demo/tokens.json',
  seed = false,
  staticRoot,
  logger = false,
  rateLimit,
  trustProxy,
  imports,
} = {}) {
  const access = readAccess(accessPath);
  const store = await openStore({ databaseUrl, duckdbPath });
  const app = await buildServer({ store, access, staticRoot, logger, rateLimit, trustProxy, imports });
  const seeded = seed ? await seedIfEmpty(store, access) : 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await app.listen({ port: port === 0 ? 0 : port + attempt, host });
      break;
    } catch (error) {
      if (/** @type {any} */ (error).code !== 'EADDRINUSE' || exactPort || port === 0 || attempt >= 20) {
        await app.close();
        throw error;
      }
    }
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    app,
    store,
    seeded,
    engine: databaseUrl ? 'PostgreSQL' : `DuckDB ${duckdbPath}`,
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`,
  };
}
