// @ts-check
// samsyn-server: records in over HTTP, validated by samsyn/schema and stored
// through samsyn/sql; only protected aggregates and counts go out.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify from 'fastify';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { inventoryDefinition, recordSchemaFor } from '../dist/schema.js';
import { aggregateSql, createTableSql, fromSqlRows, insertSql } from '../dist/sql.js';
import { localeOf, messages } from './messages.mjs';
import { ImportRefused, templateCsv } from './import.mjs';
import { ImportBusy, ImportPool } from './import-pool.mjs';
import { rateLimit } from './rate-limit.mjs';
import { expandPreloads } from '../scripts/preload-links.mjs';

/** @typedef {import('./messages.mjs').Locale} Locale */
/** @typedef {'caseworker' | 'analyst' | 'admin'} Role */
/** @typedef {{ code: string, name?: unknown }} Unit */
/** @typedef {{ name?: string, units?: Unit[] }} Kommun */
/** @typedef {{ kommuner: Record<string, Kommun>, tokens: Array<{ token: string, kommun: string, role: Role }> }} Access */
/** @typedef {{ kommun: string, role: Role, token: number }} Caller The token's kommun and role, and its place in the access file. */

export const RECORD_BODY_LIMIT = 64 * 1024;
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
/** How long an import's connection may stay silent once its file is in, while it is read and stored. */
const IMPORT_WORK_TIMEOUT = 5 * 60_000;
export const ROLES = /** @type {const} */ (['caseworker', 'analyst', 'admin']);
const TABLE = 'samsyn_records';
const PERIOD = /^\d{4}$/;
const UNIT = /^[\p{L}\p{N}._-]{1,64}$/u;

/** Who may call what: the role each route needs. */
export const PERMISSIONS = {
  'POST /api/records': ['caseworker'],
  'GET /api/progress': ['caseworker'],
  'GET /api/report': ['analyst'],
  'POST /api/records/import': ['admin'],
  'GET /api/records/template.csv': ['admin'],
  'DELETE /api/records': ['admin'],
  'GET /api/me': ['caseworker', 'analyst', 'admin'],
};

/**
 * Reads and checks the access file: kommuner with their units, and tokens
 * that each map to one kommun and one role.
 * @param {string} path
 * @returns {Access}
 */
export function readAccess(path) {
  const access = JSON.parse(readFileSync(path, 'utf8'));
  if (!access || typeof access.kommuner !== 'object' || !Array.isArray(access.tokens)) {
    throw new Error(`${path}: expected { "kommuner": {…}, "tokens": [{ "token", "kommun", "role" }] }`);
  }
  for (const t of access.tokens) {
    if (typeof t.token !== 'string' || t.token.length < 16) throw new Error(`${path}: every token needs at least 16 characters`);
    if (!access.kommuner[t.kommun]) throw new Error(`${path}: a token names the unknown kommun ${t.kommun}`);
    if (!ROLES.includes(t.role)) throw new Error(`${path}: unknown role ${t.role} (one of ${ROLES.join(', ')})`);
  }
  return access;
}

const digest = (/** @type {string} */ s) => createHash('sha256').update(s).digest();

/** The current year, the period a record belongs to when the request names none. */
const currentPeriod = () => String(new Date().getUTCFullYear());

/**
 * Content-Security-Policy and friends for every response: the pages load
 * only from this origin and run no inline code; the API answers are never
 * framed, sniffed or cached.
 */
const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Group commit: single records that arrive while a transaction is being
 * committed are stored together in the next one, and each is acknowledged
 * only after the COMMIT that holds it. One record alone commits at once;
 * under load, one disk flush serves many requests. A record whose id is
 * already stored (a retry with the same Idempotency-Key) is not stored again.
 * @param {import('./store.mjs').Store} store
 * @returns {(item: { id: string, text: string, values: unknown[] }) => Promise<'inserted' | 'duplicate'>}
 */
function groupCommit(store) {
  /** @type {Array<{ id: string, text: string, values: unknown[], resolve: (r: 'inserted' | 'duplicate') => void, reject: (e: unknown) => void }>} */
  const pending = [];
  let running = false;
  const flush = async () => {
    running = true;
    while (pending.length) {
      const batch = pending.splice(0, 200);
      try {
        const outcome = await store.transaction(async (query) => {
          const ids = batch.map((b) => b.id);
          const stored = await query(`SELECT id FROM ${TABLE} WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, ids);
          const seen = new Set(stored.map((r) => r.id));
          /** @type {Array<'inserted' | 'duplicate'>} */
          const out = [];
          for (const item of batch) {
            if (seen.has(item.id)) {
              out.push('duplicate');
              continue;
            }
            seen.add(item.id);
            await query(item.text, item.values);
            out.push('inserted');
          }
          return out;
        });
        batch.forEach((item, i) => item.resolve(outcome[i]));
      } catch {
        // Something in the batch failed (another instance stored the same id meanwhile?): each on its own.
        for (const item of batch) {
          try {
            await store.transaction((query) => query(item.text, item.values));
            item.resolve('inserted');
          } catch (error) {
            if (store.isDuplicateKey(error)) item.resolve('duplicate');
            else item.reject(error);
          }
        }
      }
    }
    running = false;
  };
  return (item) =>
    new Promise((resolve, reject) => {
      pending.push({ ...item, resolve, reject });
      if (!running) void flush();
    });
}

/**
 * Builds the service (not yet listening).
 * @param {object} options
 * @param {import('./store.mjs').Store} options.store
 * @param {Access} options.access
 * @param {any} [options.definition] The questionnaire records follow; the national inventory by default.
 * @param {string} [options.staticRoot] Serve `demo/` and `dist/` from this folder (the repository), with `/` leading to the demo.
 * @param {boolean | object} [options.logger]
 * @param {import('./rate-limit.mjs').RateLimitOptions | false} [options.rateLimit] Per token and per address; the defaults when not given, none with false.
 * @param {boolean | string | number} [options.trustProxy] Which proxies' X-Forwarded-For names the client (Fastify's trustProxy): addresses, CIDR ranges, a hop count or true.
 * @param {Omit<ConstructorParameters<typeof ImportPool>[0], 'definition' | 'dialect' | 'table'>} [options.imports] The import workers' settings (threads, queue, memoryMb, timeoutMs, idleMs).
 */
export async function buildServer({ store, access, definition = inventoryDefinition, staticRoot, logger = false, rateLimit: limits = {}, trustProxy = false, imports = {} }) {
  const app = Fastify({
    logger,
    // A hop count is accepted at run time though Fastify's types leave it out.
    trustProxy: /** @type {boolean | string} */ (trustProxy),
    bodyLimit: RECORD_BODY_LIMIT,
    // A slow or silent client cannot hold a connection for ever.
    connectionTimeout: 30_000,
    requestTimeout: 60_000,
    // Longer than a reverse proxy's idle timeout (60 s is common), so that the proxy, not this side, closes an idle
    // connection and never sends a request on one closing under it.
    keepAliveTimeout: 72_000,
    return503OnClosing: true,
    forceCloseConnections: true,
    genReqId: () => randomUUID(),
  });
  const tokens = access.tokens.map((t, index) => ({ ...t, index, hash: digest(t.token) }));
  for (const statement of [createTableSql(definition, { dialect: store.dialect, table: TABLE })]) {
    await store.query(statement);
  }

  /** @param {import('fastify').FastifyRequest} request */
  const localeFor = (request) => localeOf(request.headers['accept-language']);
  /** @param {import('fastify').FastifyRequest} request */
  const m = (request) => messages[localeFor(request)];
  /**
   * @param {import('fastify').FastifyReply} reply
   * @param {number} status
   * @param {string} error
   * @param {string} message
   * @param {object} [more]
   */
  const refuse = (reply, status, error, message, more = {}) => reply.code(status).send({ error, message, ...more });

  app.decorateRequest('caller', null);
  const importPool = new ImportPool({ ...imports, definition, dialect: store.dialect, table: TABLE });
  app.decorate('imports', importPool);

  /**
   * An API request, by the route it matched as well as the address as sent:
   * the router decodes the path, so /%61pi/… reaches the same handlers as /api/….
   * @param {import('fastify').FastifyRequest} request
   */
  const isApi = (request) => (request.routeOptions.url ?? '').startsWith('/api/') || /^\/+api(\/|$)/i.test(request.url);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cache-control', 'no-store');
    reply.header('content-security-policy', isApi(request) ? API_POLICY : PAGE_POLICY);
    if (isApi(request)) reply.header('content-language', localeFor(request));
    return payload;
  });

  // Before the sign-in hook: an address that sent too many invalid tokens is refused before its token is looked at.
  if (limits) {
    await app.register(rateLimit, {
      ...limits,
      applies: isApi,
      keyOf: (request) => (/** @type {any} */ (request).caller ? `token-${/** @type {Caller} */ (/** @type {any} */ (request).caller).token}` : null),
      refuse: (request, reply, why, seconds) =>
        refuse(reply, 429, 'too-many-requests', why === 'sign-ins' ? m(request).tooManySignIns(seconds) : m(request).tooManyRequests(seconds), { retryAfter: seconds }),
    });
  }

  // Every API request carries a bearer token; it alone names the kommun and the role.
  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const hash = match ? digest(match[1]) : null;
    const found = hash && tokens.find((t) => timingSafeEqual(t.hash, hash));
    if (!found) {
      reply.header('www-authenticate', 'Bearer realm="samsyn"');
      return refuse(reply, 401, 'unauthorized', m(request).unauthorized);
    }
    /** @type {any} */ (request).caller = { kommun: found.kommun, role: found.role, token: found.index };
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const allowed = /** @type {Record<string, string[]>} */ (PERMISSIONS)[route];
    if (allowed && !allowed.includes(found.role)) return refuse(reply, 403, 'forbidden', m(request).forbidden(found.role));
  });

  app.setErrorHandler((error, request, reply) => {
    const t = m(request);
    const e = /** @type {any} */ (error);
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.code === 'FST_REQ_FILE_TOO_LARGE' || e.code === 'FST_PARTS_LIMIT' || e.code === 'FST_FILES_LIMIT' || e.statusCode === 413) {
      return refuse(reply, 413, 'too-large', t.tooLarge(request.url.startsWith('/api/records/import') ? '5 MB' : '64 KB'));
    }
    if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || error instanceof SyntaxError) {
      return refuse(reply, 400, 'malformed-json', t.malformedJson);
    }
    // The multipart parser's own complaints (a body cut short, no boundary).
    if (/multipart|boundary|unexpected end of form/i.test(String(e.message)) && request.url.startsWith('/api/records/import')) {
      return refuse(reply, 400, 'bad-request', t.unreadableFile);
    }
    if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return refuse(reply, 400, 'empty-body', t.emptyBody);
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415) return refuse(reply, 415, 'unsupported-media-type', t.unsupportedMediaType);
    if (e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' || (e.statusCode >= 400 && e.statusCode < 500)) {
      return refuse(reply, e.statusCode ?? 400, 'bad-request', e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ? t.noFile : t.unreadableFile);
    }
    request.log.error(error);
    return refuse(reply, 500, 'internal', t.internal);
  });

  app.setNotFoundHandler((request, reply) => refuse(reply, 404, 'not-found', m(request).notFound));

  /** @param {import('fastify').FastifyRequest} request */
  const callerOf = (request) => /** @type {Caller} */ (/** @type {any} */ (request).caller);

  /**
   * The period a request names (?period=2026), or the current year.
   * @param {import('fastify').FastifyRequest} request
   * @param {boolean} [required]
   */
  const periodOf = (request, required = false) => {
    const value = /** @type {Record<string, unknown>} */ (request.query).period;
    if (value === undefined && !required) return currentPeriod();
    return typeof value === 'string' && PERIOD.test(value) ? value : null;
  };

  const storeOne = groupCommit(store);

  app.post('/api/records', async (request, reply) => {
    const caller = callerOf(request);
    const t = m(request);
    const period = periodOf(request);
    if (!period) return refuse(reply, 400, 'bad-period', t.badPeriod);
    const parsed = recordSchemaFor(definition, { locale: localeFor(request) }).safeParse(request.body);
    if (!parsed.success) {
      return refuse(reply, 400, 'invalid-record', t.invalidRecord, {
        issues: parsed.error.issues.map((/** @type {{ path: PropertyKey[], message: string }} */ i) => ({ path: i.path.map(String), message: i.message })),
      });
    }
    const key = request.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key))) {
      return refuse(reply, 400, 'bad-idempotency-key', t.badIdempotencyKey);
    }
    // With a key, the id is derived from it (per kommun): a retry finds its first attempt by the primary key.
    const id = key ? `k-${createHash('sha256').update(`${caller.kommun}\u0000${key}`).digest('hex').slice(0, 40)}` : randomUUID();
    const { text, values } = insertSql(definition, parsed.data, { dialect: store.dialect, table: TABLE, kommun: caller.kommun, period, id });
    if ((await storeOne({ id, text, values })) === 'duplicate') reply.header('idempotent-replayed', 'true');
    return reply.code(201).header('location', `/api/records/${id}`).send({ id, period });
  });

  await app.register(multipart, { limits: { fileSize: IMPORT_BODY_LIMIT, files: 1, fields: 5, fieldSize: 1024, parts: 6 } });
  // A file may also come as the body itself (curl --data-binary @inventering.csv).
  for (const type of ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));
  }

  app.post('/api/records/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
    const caller = callerOf(request);
    const locale = localeFor(request);
    const t = messages[locale];
    const period = periodOf(request);
    if (!period) return refuse(reply, 400, 'bad-period', t.badPeriod);
    // A multipart body is read by its own parser, which would skip any amount of bytes before a first boundary:
    // its length must be known, and within the limit, before a byte is read.
    const length = request.headers['content-length'];
    if (request.isMultipart() && length === undefined) return refuse(reply, 411, 'length-required', t.lengthRequired);
    if (Number(length ?? 0) > IMPORT_BODY_LIMIT + 64 * 1024) return refuse(reply, 413, 'too-large', t.tooLarge('5 MB'));
    /** @type {Buffer | undefined} */
    let bytes;
    if (request.isMultipart()) {
      const file = await request.file();
      if (!file) return refuse(reply, 400, 'no-file', t.noFile);
      bytes = await file.toBuffer();
    } else if (Buffer.isBuffer(request.body)) bytes = request.body;
    if (!bytes || bytes.length === 0) return refuse(reply, 400, 'no-file', t.noFile);
    // The file is in: reading and storing it may take longer than the 30 s a silent connection is otherwise given,
    // and a connection dropped then would leave the caller not knowing that the file was stored.
    request.raw.socket?.setTimeout(IMPORT_WORK_TIMEOUT);
    try {
      // Read, checked and written as inserts in a worker thread: the event loop keeps answering other requests meanwhile.
      const { statements, imported, errors, errorCount } = await importPool.read(bytes, { locale, kommun: caller.kommun, period });
      if (errorCount) return refuse(reply, 400, 'import-refused', t.importRefused(errorCount), { errors, errorCount });
      // Every row, or none: one transaction.
      await store.transaction(async (query) => {
        for (const { text, values } of statements) await query(text, values);
      });
      return reply.code(201).send({ imported, period });
    } catch (error) {
      if (error instanceof ImportRefused) return refuse(reply, error.status, 'import-refused', error.message);
      if (error instanceof ImportBusy) return refuse(reply.header('retry-after', '10'), 503, 'busy', t.busy, { retryAfter: 10 });
      throw error;
    }
  });

  app.get('/api/records/template.csv', async (_request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="inventering-mall.csv"')
      .send(templateCsv(definition)),
  );

  app.get('/api/report', async (request, reply) => {
    const caller = callerOf(request);
    const t = m(request);
    const query = /** @type {Record<string, unknown>} */ (request.query);
    const period = periodOf(request);
    if (!period) return refuse(reply, 400, 'bad-period', t.badPeriod);
    // Absent or empty: no breakdown; else a name, or refused.
    /** @type {string | undefined} */
    let by;
    if (query.by !== undefined && query.by !== '') {
      if (typeof query.by !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(query.by)) {
        return refuse(reply, 400, 'bad-by', t.badBy(String(query.by).slice(0, 64)));
      }
      by = query.by;
    }
    let sql;
    try {
      sql = aggregateSql(definition, { dialect: store.dialect, table: TABLE, by, kommun: caller.kommun, period });
    } catch {
      return refuse(reply, 400, 'bad-by', t.badBy(String(by)));
    }
    const rows = await store.read(sql.text, sql.values);
    return fromSqlRows(definition, rows, { definition, by, period, locale: localeFor(request) });
  });

  app.get('/api/progress', async (request, reply) => {
    const caller = callerOf(request);
    const period = periodOf(request);
    if (!period) return refuse(reply, 400, 'bad-period', m(request).badPeriod);
    const rows = await store.read(`SELECT unit, count(*) AS n FROM ${TABLE} WHERE kommun = $1 AND period = $2 GROUP BY unit`, [caller.kommun, period]);
    const counts = new Map(rows.map((r) => [r.unit ?? null, Number(r.n)]));
    const kommun = access.kommuner[caller.kommun];
    const expected = kommun.units ?? [];
    const units = expected.map((u) => ({ code: u.code, name: u.name ?? u.code, expected: true, count: counts.get(u.code) ?? 0 }));
    const listed = new Set(expected.map((u) => u.code));
    for (const [code, count] of counts) {
      if (code !== null && !listed.has(String(code))) units.push({ code: String(code), name: String(code), expected: false, count });
    }
    return {
      kommun: { code: caller.kommun, name: kommun.name ?? caller.kommun },
      period,
      total: [...counts.values()].reduce((a, b) => a + b, 0),
      withoutUnit: counts.get(null) ?? 0,
      units,
    };
  });

  app.delete('/api/records', async (request, reply) => {
    const caller = callerOf(request);
    const t = m(request);
    const period = periodOf(request, true);
    if (!period) return refuse(reply, 400, 'period-required', t.periodRequired);
    const unit = /** @type {Record<string, unknown>} */ (request.query).unit;
    if (unit !== undefined && (typeof unit !== 'string' || !UNIT.test(unit))) return refuse(reply, 400, 'bad-unit', t.badUnit);
    const where = `kommun = $1 AND period = $2${unit !== undefined ? ' AND unit = $3' : ''}`;
    const values = unit !== undefined ? [caller.kommun, period, unit] : [caller.kommun, period];
    const deleted = await store.transaction(async (query) => {
      const [{ n }] = await query(`SELECT count(*) AS n FROM ${TABLE} WHERE ${where}`, values);
      await query(`DELETE FROM ${TABLE} WHERE ${where}`, values);
      return Number(n);
    });
    return { deleted, period, ...(unit !== undefined ? { unit } : {}) };
  });

  // Who the token is: the demo pages greet the caller and pick what to show.
  app.get('/api/me', async (request) => {
    const caller = callerOf(request);
    const kommun = access.kommuner[caller.kommun];
    return { kommun: { code: caller.kommun, name: kommun.name ?? caller.kommun, units: kommun.units ?? [] }, role: caller.role };
  });

  if (staticRoot) {
    const root = resolve(staticRoot);
    await app.register(fastifyStatic, { root: resolve(root, 'demo'), prefix: '/demo/', cacheControl: false, etag: false, lastModified: false });
    await app.register(fastifyStatic, { root: resolve(root, 'dist'), prefix: '/dist/', decorateReply: false, cacheControl: false, etag: false, lastModified: false });
    // A demo page's `<!-- samsyn-preload … -->` becomes its modulepreload links from dist/preload.json, as a portal's template writes them.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html') || reply.statusCode !== 200) return payload;
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      if (!path.startsWith('/demo/')) return payload;
      const file = resolve(root, 'demo', `.${path.slice('/demo'.length)}`, path.endsWith('/') ? 'index.html' : '');
      if (!file.startsWith(resolve(root, 'demo'))) return payload;
      const html = readFileSync(file, 'utf8');
      if (!html.includes('samsyn-preload')) return payload;
      /** @type {any} */ (payload)?.destroy?.();
      reply.removeHeader('content-length');
      return expandPreloads(html, file);
    });
    app.get('/', async (_request, reply) => reply.redirect('/demo/'));
  }

  app.addHook('onClose', async () => {
    await importPool.close();
    await store.close();
  });
  return app;
}
