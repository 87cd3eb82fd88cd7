// @ts-check
// The demo portal as `npm start` runs it: samsyn-server on a DuckDB file of
// its own (seeded with the synthetic records), serving demo/ and dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/index.mjs';

/**
 * Starts the demo on a free port. Resolves like scripts/serve.mjs's serve():
 * `{ server, url }`, where `server.close()` stops it and removes its data.
 */
export async function serveDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-demo-'));
  const started = await startServer({ port: 0, duckdbPath: join(dir, 'samsyn.duckdb'), accessPath: 'demo/tokens.json', seed: true, staticRoot: '.' });
  return {
    url: started.url,
    seeded: started.seeded,
    server: {
      close: async () => {
        await started.app.close();
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
