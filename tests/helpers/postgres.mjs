// A throwaway PostgreSQL server for tests and benchmarks: a fresh cluster in
// a temporary directory (initdb), started on 127.0.0.1 at a free port, ready
// when the server says so, removed again by `stop()`.
//
//   const pg = await startPostgres();   // { url, port, bin, stop, restart }
//   ... new pg.Client({ connectionString: pg.url }) ...
//   await pg.stop();
//
// The binaries are found on PATH, in $PG_BIN, or in Debian's
// /usr/lib/postgresql/<version>/bin (apt-get install postgresql). PostgreSQL
// refuses to run as root, so as root the cluster belongs to the `postgres`
// system user (which Debian's package creates) and the server runs as it.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The directory holding initdb and postgres, or null when PostgreSQL is not installed. */
export function findPostgres() {
  const has = (dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'));
  if (has(process.env.PG_BIN)) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (has(join(debian, v, 'bin'))) return join(debian, v, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (has(dir)) return dir;
  return null;
}

/**
 * Whether tests that need PostgreSQL should skip: only when it is not
 * installed and this is not CI (CI installs it, so there its absence fails).
 */
export function postgresSkipReason() {
  if (findPostgres()) return false;
  if (process.env.CI) return false;
  return 'PostgreSQL is not installed (apt-get install postgresql); CI runs these tests';
}

/**
 * A port nobody listens on right now.
 * @returns {Promise<number>}
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // Listening on an address and port: address() is an AddressInfo, never a pipe's name.
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** uid and gid of the user to run as: ourselves, or `postgres` when we are root. */
function runAs() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'startPostgres: running as root, and there is no "postgres" user to run PostgreSQL as (Debian\'s postgresql package creates it; or: useradd --system postgres).',
    );
  }
}

/**
 * Starts a new PostgreSQL cluster. `settings` are server settings
 * (`{ work_mem: '64MB' }`); durability is off by default, as for any
 * throwaway test database. Resolves when the server accepts connections.
 */
export async function startPostgres({ settings = {}, database = 'postgres', user = 'samsyn' } = {}) {
  const bin = findPostgres();
  if (!bin) throw new Error('startPostgres: PostgreSQL is not installed: apt-get install -y postgresql (Debian), or set PG_BIN.');
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-pg-'));
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  try {
    execFileSync(join(bin, 'initdb'), ['-D', data, '-U', user, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], {
      ...owner,
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`startPostgres: initdb failed: ${error.stderr?.toString() || error.message}`);
  }
  const all = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings };
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      let server = await launch(bin, data, dir, port, all, owner);
      let stopped;
      const stop = () =>
        (stopped ??= (async () => {
          await server.stop();
          rmSync(dir, { recursive: true, force: true });
        })());
      /** Stops the server and starts it again on the same data and port: empty shared buffers, for a cold run. */
      const restart = async () => {
        await server.stop();
        server = await launch(bin, data, dir, port, all, owner);
      };
      return { url: `postgres://${user}@127.0.0.1:${port}/${database}`, port, bin, stop, restart };
    } catch (error) {
      // Another process may have taken the port between our look and the server's bind.
      if (attempt >= 3 || !/could not bind|address already in use/i.test(error.message)) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

function launch(bin, data, dir, port, settings, owner) {
  const args = ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', dir];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  const child = spawn(join(bin, 'postgres'), args, { ...owner, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  // A server left behind by a test process that ends without stop() is stopped with it.
  const onExit = () => child.kill('SIGKILL');
  process.once('exit', onExit);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      log += chunk.toString();
      if (/database system is ready to accept connections/.test(log)) {
        child.stderr.off('data', onData);
        // Keep draining its log so that the server never blocks on a full pipe.
        child.stderr.resume();
        resolve({
          async stop() {
            process.off('exit', onExit);
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT'); // fast shutdown
            await exited;
          },
        });
      }
    };
    child.stderr.on('data', onData);
    child.once('error', (error) => reject(new Error(`startPostgres: could not start postgres: ${error.message}`)));
    void exited.then(({ code, signal }) => {
      process.off('exit', onExit);
      reject(new Error(`startPostgres: postgres ended (${signal ?? `exit code ${code}`}) before it was ready:\n${log}`));
    });
  });
}
