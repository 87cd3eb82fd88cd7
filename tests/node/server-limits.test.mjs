// @ts-check
// samsyn-server's limits, on both engines: the rate limit per token and per
// address (429 with Retry-After, in Swedish or English).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateRecords } from '../../dist/aggregate.js';
import { TokenBuckets, addressKey, rateLimitsFromEnv, DEFAULT_RATE_LIMITS } from '../../server/rate-limit.mjs';
import { ENGINES, call, postgresSkipReason, openDatabase, startTestServer, token } from '../helpers/samsyn-server.mjs';

const NV = { caseworker: token('norrvik', 'caseworker'), analyst: token('norrvik', 'analyst'), admin: token('norrvik', 'admin') };

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
    assert.deepEqual(rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: '0', SAMSYN_SIGNIN_LIMIT: '0' }), { perToken: false, failedSignIns: false });
    assert.throws(() => rateLimitsFromEnv({ SAMSYN_RATE_LIMIT: 'many' }), /SAMSYN_RATE_LIMIT must be a number/);
  });
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
    });

    test('with the limits off, no request is counted', async () => {
      const { url } = await start({ rateLimit: false });
      for (let i = 0; i < 5; i++) assert.equal((await call(url, '/api/me', { token: 'not-a-token-of-this-service' })).status, 401);
      const me = await call(url, '/api/me', { token: NV.caseworker });
      assert.equal(me.status, 200);
      assert.equal(me.headers.get('ratelimit-limit'), null);
    });
  });
}
