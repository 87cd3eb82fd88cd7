// @ts-check
// samsyn-server's limits, on both engines: the rate limit per token and per
// address (429 with Retry-After, in Swedish or English), and imports read in
// worker threads, so that the service keeps answering while a spreadsheet
// bomb or 20,000 rows are read, and reads the database while those rows are
// stored (seeing none of them until they all are), refuses an import when its
// workers are all taken, and refuses a file that needs more memory than a
// worker has.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateRecords } from '../../dist/aggregate.js';
import { inventoryDefinition } from '../../dist/schema.js';
import { templateCsv } from '../../server/import.mjs';
import { combineInserts } from '../../server/store.mjs';
import { ImportBusy, ImportPool } from '../../server/import-pool.mjs';
import { TokenBuckets, addressKey, rateLimitsFromEnv, DEFAULT_RATE_LIMITS } from '../../server/rate-limit.mjs';
import { ENGINES, call, postgresSkipReason, openDatabase, startTestServer, token } from '../helpers/samsyn-server.mjs';
import { makeXlsx, makeXlsxBomb } from '../helpers/xlsx.mjs';

const NV = { caseworker: token('norrvik', 'caseworker'), analyst: token('norrvik', 'analyst'), admin: token('norrvik', 'admin') };
const columns = templateCsv(inventoryDefinition).replace(/^\uFEFF/, '').trim().split(';');

/** An .xlsx of `count` valid records in the template's columns. */
function recordsXlsx(/** @type {number} */ count) {
  const cell = (/** @type {unknown} */ v) => (v === null || v === undefined ? null : Array.isArray(v) ? v.join('|') : typeof v === 'number' ? v : String(v));
  const records = generateRecords({ count, seed: 21 });
  return makeXlsx([columns, ...records.map((r) => columns.map((c) => (c === 'unit' ? 'nv-boendestod' : cell(/** @type {any} */ (r.answers)[c]))))]);
}
const small = recordsXlsx(3);
/** What a pool reads for, and what a read is for. */
const poolOf = { definition: inventoryDefinition, dialect: /** @type {const} */ ('duckdb'), table: 'samsyn_records' };
const sv = { locale: /** @type {const} */ ('sv'), kommun: 'norrvik', period: '2030' };
const fiveThousand = recordsXlsx(5000);

/** A multipart form with `bytes` as the file. */
const formOf = (/** @type {ReturnType<typeof makeXlsx>} */ bytes) => {
  const form = new FormData();
  form.append('file', new Blob([bytes]), 'inventering.xlsx');
  return form;
};

describe('token buckets', () => {
  test('a bucket holds its burst, refills at its rate, and says when to come back', () => {
    let now = 0;
    const buckets = new TokenBuckets({ rate: 2, burst: 3, now: () => now });
    assert.deepEqual([1, 2, 3].map(() => buckets.take('a').allowed), [true, true, true]);
    const refused = buckets.take('a');
    assert.equal(refused.allowed, false);
    assert.equal(refused.retryAfter, 1, 'half a second to the next request, rounded up');
    assert.equal(buckets.take('b').allowed, true, 'another key has a bucket of its own');
    now += 500;
    assert.equal(buckets.take('a').allowed, true);
    assert.equal(buckets.take('a').allowed, false);
    now += 10_000;
    assert.deepEqual(buckets.peek('a'), { remaining: 3, retryAfter: 0 }, 'never more than the burst');
    assert.throws(() => new TokenBuckets({ rate: 0, burst: 1 }), /rate above 0/);
  });

  test('past its size, full buckets are dropped first, then the oldest: memory stays bounded', () => {
    let now = 0;
    const buckets = new TokenBuckets({ rate: 1, burst: 2, now: () => now, maxKeys: 100 });
    buckets.take('busy');
    buckets.take('busy');
    for (let i = 0; i < 1000; i++) buckets.take(`address-${i}`);
    assert.ok(buckets.buckets.size <= 100, `${buckets.buckets.size} buckets kept`);
    now += 5_000;
    for (let i = 0; i < 200; i++) buckets.take(`later-${i}`);
    assert.ok(buckets.buckets.size <= 100);
  });

  test('addresses: IPv4 as they are, IPv4 mapped into IPv6 as IPv4, IPv6 by its /64', () => {
    assert.equal(addressKey('203.0.113.7'), '203.0.113.7');
    assert.equal(addressKey('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(addressKey('2001:db8:1:2::1'), '2001:db8:1:2::/64');
    assert.equal(addressKey('2001:0db8:0001:0002:ffff:1:2:3'), '2001:db8:1:2::/64');
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressKey('::1'), '0:0:0:0::/64');
  });

  test('the environment sets the limits; 0 turns one off; a wrong value stops the start', () => {
    assert.deepEqual(rateLimitsFromEnv({}), { perToken: { ...DEFAULT_RATE_LIMITS.perToken }, failedSignIns: { ...DEFAULT_RATE_LIMITS.failedSignIns } });
    assert.deepEqual(rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: '20', SAMSYN_RATE_BURST: '100', SAMSYN_SIGNIN_LIMIT: '30' }), {
      perToken: { rate: 20, burst: 100 },
      failedSignIns: { rate: 0.5, burst: 30 },
    });
    assert.deepEqual(rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: '20' }).perToken, { rate: 20, burst: 200 }, "the burst: ten seconds' worth");
    assert.deepEqual(rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: '0', SAMSYN_SIGNIN_LIMIT: '0' }), { perToken: false, failedSignIns: false });
    assert.throws(() => rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: 'many' }), /SAMSYN_RATE_LIMIT must be a number/);
  });
});

describe('the import pool', () => {
  test('reads in a worker, refuses what takes longer than its time, and the next file gets a new worker', async () => {
    const pool = new ImportPool({ ...poolOf, timeoutMs: 1 });
    try {
      const events = /** @type {string[]} */ ([]);
      pool.on('start', () => events.push('start'));
      pool.on('end', () => events.push('end'));
      await assert.rejects(pool.read(small, { ...sv, locale: 'en' }), { status: 413, message: /too much memory or time/ });
      assert.deepEqual(events, ['start', 'end']);
      pool.timeoutMs = 120_000;
      const { statements, imported, errors } = await pool.read(small, sv);
      assert.deepEqual([imported, errors], [3, []]);
      assert.equal(statements.length, 1, 'three rows in one insert');
      assert.match(statements[0].text, /^INSERT INTO "samsyn_records" .* VALUES \(\$1, .*\), \(.*\), \(.*\$72\)$/);
    } finally {
      await pool.close();
    }
  });

  test('past its threads and queue, an import is refused as busy; closing refuses what waits', async () => {
    const pool = new ImportPool({ ...poolOf, threads: 1, queue: 1 });
    const first = pool.read(small, sv);
    const second = pool.read(small, sv);
    await assert.rejects(pool.read(small, sv), ImportBusy);
    assert.equal((await first).imported, 3);
    assert.equal((await second).imported, 3);
    const waiting = Promise.allSettled([pool.read(small, sv), pool.read(small, sv)]);
    await pool.close();
    assert.deepEqual((await waiting).map((s) => s.status), ['rejected', 'rejected'], 'closing refuses the import being read and the one waiting');
  });
});

test('an import is stored in inserts of 20 rows each, the placeholders renumbered; any other statement as it is', () => {
  const one = (/** @type {number} */ i) => ({ text: 'INSERT INTO "t" (id, "q_a") VALUES ($1, CAST($2 AS bigint))', values: [`id-${i}`, i] });
  const other = { text: 'INSERT INTO "u" (id) VALUES ($1)', values: ['u-1'] };
  const combined = combineInserts([...Array.from({ length: 45 }, (_, i) => one(i)), other, one(45)]);
  assert.deepEqual(combined.map((s) => s.values.length), [40, 40, 10, 1, 2]);
  assert.equal(combined[1].text, `INSERT INTO "t" (id, "q_a") VALUES ${Array.from({ length: 20 }, (_, i) => `($${2 * i + 1}, CAST($${2 * i + 2} AS bigint))`).join(', ')}`);
  assert.deepEqual(combined[1].values.slice(0, 4), ['id-20', 20, 'id-21', 21]);
  assert.deepEqual(combined[3], other);
  assert.deepEqual(combined[4], one(45), 'a single row is left as it was');
  const odd = { text: 'INSERT INTO "t" (id) VALUES ($2)', values: ['x', 'y'] };
  assert.deepEqual(combineInserts([odd, odd]), [odd, odd], 'placeholders out of order: left alone');
});

for (const engine of ENGINES) {
  describe(`samsyn-server's limits on ${engine}`, { skip: engine === 'postgres' && postgresSkipReason() }, () => {
    /** @type {Awaited<ReturnType<typeof openDatabase>>} */
    let db;
    /** @type {Array<Awaited<ReturnType<typeof startTestServer>>>} */
    const servers = [];
    /** A server of its own (on a DuckDB file of its own: one process per file). */
    const start = async (/** @type {Parameters<typeof startTestServer>[1]} */ more) => {
      const database = db.options.duckdbPath ? { duckdbPath: db.options.duckdbPath.replace(/\.duckdb$/, `-${servers.length}.duckdb`) } : db.options;
      const server = await startTestServer(database, more);
      servers.push(server);
      return server;
    };
    before(async () => {
      db = await openDatabase(engine);
    });
    after(async () => {
      for (const server of servers) await server.app.close();
      await db?.stop();
    });

    test('a token past its burst gets 429 with Retry-After and a message; reads and writes, tokens and time apart', async () => {
      let clock = 0;
      const { url } = await start({ rateLimit: { perToken: { rate: 1, burst: 3 }, failedSignIns: false, now: () => clock } });
      for (const left of [2, 1, 0]) {
        const me = await call(url, '/api/me', { token: NV.caseworker });
        assert.equal(me.status, 200);
        assert.deepEqual([me.headers.get('ratelimit-limit'), me.headers.get('ratelimit-remaining')], ['3', String(left)]);
      }
      const sv = await call(url, '/api/me', { token: NV.caseworker });
      assert.equal(sv.status, 429);
      assert.equal(sv.headers.get('retry-after'), '1');
      assert.deepEqual(sv.body, { error: 'too-many-requests', message: 'För många förfrågningar med den här token. Vänta 1 sekund och försök igen.', retryAfter: 1 });
      assert.equal(sv.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'", 'a refusal has the security headers too');
      const en = await call(url, '/api/progress', { token: NV.caseworker, lang: 'en' });
      assert.equal(en.status, 429);
      assert.equal(en.body.message, 'Too many requests with this token. Wait 1 second and try again.');
      // Writes have a bucket of their own, and so has every other token.
      const [record] = generateRecords({ count: 1, seed: 3 });
      assert.equal((await call(url, '/api/records?period=2042', { method: 'POST', token: NV.caseworker, json: record })).status, 201);
      assert.equal((await call(url, '/api/me', { token: NV.analyst })).status, 200);
      clock += 1000;
      assert.equal((await call(url, '/api/me', { token: NV.caseworker })).status, 200, 'a second later, one more');
      assert.equal((await call(url, '/api/me', { token: NV.caseworker })).status, 429);
    });

    test('an address that sent too many invalid tokens is refused before its token is looked at, until its bucket refills', async () => {
      let clock = 0;
      const { url } = await start({ rateLimit: { perToken: false, failedSignIns: { rate: 1 / 60, burst: 2 }, now: () => clock }, trustProxy: true });
      const from = (/** @type {string} */ address) => ({ 'x-forwarded-for': address });
      for (let i = 0; i < 2; i++) assert.equal((await call(url, '/api/me', { token: 'not-a-token-of-this-service', headers: from('203.0.113.7') })).status, 401);
      const locked = await call(url, '/api/me', { token: NV.caseworker, headers: from('203.0.113.7'), lang: 'en' });
      assert.equal(locked.status, 429, 'even a valid token: guessing learns nothing');
      assert.equal(locked.headers.get('retry-after'), '60');
      assert.equal(locked.body.message, 'Too many attempts with an invalid token from this address. Wait 60 seconds and try again.');
      assert.equal((await call(url, '/api/me', { headers: from('203.0.113.7') })).status, 429);
      assert.equal((await call(url, '/api/me', { token: NV.caseworker, headers: from('203.0.113.8') })).status, 200, 'another address');
      // IPv6: one /64 is one client.
      for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::2']) assert.equal((await call(url, '/api/me', { headers: from(address) })).status, 401);
      assert.equal((await call(url, '/api/me', { token: NV.caseworker, headers: from('2001:db8:1:2:ffff::9') })).status, 429);
      assert.equal((await call(url, '/api/me', { token: NV.caseworker, headers: from('2001:db8:1:3::1') })).status, 200);
      clock += 60_000;
      assert.equal((await call(url, '/api/me', { token: NV.caseworker, headers: from('203.0.113.7') })).status, 200, 'a minute later');
      // However many arrive at once, no more tokens are checked than the bucket holds; valid ones never count.
      const together = (/** @type {string | undefined} */ bearer, /** @type {string} */ address) =>
        Promise.all(Array.from({ length: 20 }, () => call(url, '/api/me', { token: bearer, headers: from(address) }).then((r) => r.status)));
      assert.deepEqual((await together(NV.caseworker, '198.51.100.1')).filter((s) => s !== 200), [], 'twenty valid at once from one address');
      assert.deepEqual((await together(undefined, '198.51.100.1')).sort(), [...Array(2).fill(401), ...Array(18).fill(429)], 'twenty invalid at once');
    });

    test('with the limits off, no request is counted', async () => {
      const { url } = await start({ rateLimit: false });
      for (let i = 0; i < 5; i++) assert.equal((await call(url, '/api/me', { token: 'not-a-token-of-this-service' })).status, 401);
      const me = await call(url, '/api/me', { token: NV.caseworker });
      assert.equal(me.status, 200);
      assert.equal(me.headers.get('ratelimit-limit'), null);
    });

    test('the service keeps answering while a spreadsheet bomb and 20,000 rows are read and stored; past its one worker, an import is refused as busy', async () => {
      const { url, app } = await start({ imports: { threads: 1, queue: 0 } });
      const imports = /** @type {import('../../server/import-pool.mjs').ImportPool} */ (/** @type {any} */ (app).imports);
      const twentyThousand = recordsXlsx(20_000);
      for (const [name, file, status, period] of /** @type {const} */ ([
        ['a spreadsheet bomb', makeXlsxBomb(120), 413, '2043'],
        ['20,000 rows', twentyThousand, 201, '2044'],
      ])) {
        const delay = monitorEventLoopDelay({ resolution: 10 });
        const started = once(imports, 'start');
        let reading = true;
        const read = once(imports, 'end').then(() => (reading = false));
        const importing = call(url, `/api/records/import?period=${period}`, { method: 'POST', token: NV.admin, body: formOf(file) });
        await Promise.race([started, importing.then((r) => assert.fail(`answered ${r.status} before it was read`))]);
        delay.enable();
        let answered = 0;
        // A request and its answer while the worker reads: on a blocked event loop, none could come back before it ends.
        while (reading && answered < 5) {
          const progress = await call(url, `/api/progress?period=${period}`, { token: NV.caseworker });
          assert.equal(progress.status, 200);
          if (reading) answered++;
        }
        if (name === '20,000 rows' && reading) {
          const busy = await call(url, '/api/records/import?period=2045', { method: 'POST', token: NV.admin, body: formOf(small), lang: 'en' });
          assert.equal(busy.status, 503);
          assert.equal(busy.headers.get('retry-after'), '10');
          assert.deepEqual(busy.body, { error: 'busy', message: 'The service is busy right now. Try again in a moment.', retryAfter: 10 });
        }
        // Then its rows are stored, in one transaction (on DuckDB 9–16 s for 20,000). A read meanwhile does not wait
        // for it, and sees what was committed before it: none of the file's rows, never some of them.
        let storing = 0;
        if (status === 201) {
          let stored = false;
          void importing.then(() => (stored = true));
          await read;
          while (!stored && storing < 5) {
            const progress = await call(url, `/api/progress?period=${period}`, { token: NV.caseworker });
            if (stored) break;
            assert.equal(progress.body.total, 0, `${name}: a read while the rows are stored sees none of them`);
            storing++;
          }
        }
        const reply = await importing;
        delay.disable();
        assert.ok(answered >= 1, `${name}: ${answered} requests answered while it was read`);
        assert.equal(reply.status, status, JSON.stringify(reply.body).slice(0, 300));
        if (status === 201) assert.equal(storing, 5, `${name}: ${storing} reads answered while its rows were stored`);
        console.log(`# ${engine}, ${name}: ${answered} requests answered while it was read, ${storing} while it was stored; the event loop's longest delay ${Math.round(delay.max / 1e6)} ms`);
      }
      assert.equal((await call(url, '/api/progress?period=2044', { token: NV.caseworker })).body.total, 20_000);
      assert.equal((await call(url, '/api/progress?period=2045', { token: NV.caseworker })).body.total, 0);
    });

    test('a file that needs more memory than a worker has is refused; the next import gets a new worker', async () => {
      const { url } = await start({ imports: { memoryMb: 16 } });
      const heavy = await call(url, '/api/records/import?period=2046', { method: 'POST', token: NV.admin, body: formOf(fiveThousand) });
      assert.equal(heavy.status, 413);
      assert.deepEqual(heavy.body, {
        error: 'import-refused',
        message: 'Filen kräver för mycket minne eller tid för att läsas och tas inte emot. Dela upp den i mindre filer (högst 20\u00a0000 rader var).',
      });
      const next = await call(url, '/api/records/import?period=2046', { method: 'POST', token: NV.admin, body: formOf(small) });
      assert.equal(next.status, 201);
      assert.equal((await call(url, '/api/progress?period=2046', { token: NV.caseworker })).body.total, 3);
    });
  });
}
