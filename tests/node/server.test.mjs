// @ts-check
// samsyn-server's contract over real HTTP, the same table run on the
// embedded DuckDB file and on PostgreSQL: who may do what, in which kommun;
// what a caller is told, in Swedish or English; what bad input gets.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { generateRecords } from '../../dist/aggregate.js';
import { inventoryDefinition, recordSchemaFor } from '../../dist/schema.js';
import { ENGINES, call, postgresSkipReason, openDatabase, startTestServer, token } from '../helpers/samsyn-server.mjs';
import { makeXlsx, makeXlsxBomb } from '../helpers/xlsx.mjs';
import { checkUnpackedSize, MAX_UNPACKED_BYTES } from '../../server/import.mjs';

const records = generateRecords({ count: 40, seed: 14 });
const NV = { caseworker: token('norrvik', 'caseworker'), analyst: token('norrvik', 'analyst'), admin: token('norrvik', 'admin') };
const SA = { caseworker: token('sodera', 'caseworker'), analyst: token('sodera', 'analyst'), admin: token('sodera', 'admin') };

/** A CSV of the template's columns (`;`-separated) with `rows` of cells by column. */
const quote = (/** @type {string} */ cell) => (/[";\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvOf = (/** @type {string[]} */ columns, /** @type {Array<Record<string, string>>} */ rows) =>
  [columns.join(';'), ...rows.map((row) => columns.map((/** @type {string} */ c) => quote(row[c] ?? '')).join(';'))].join('\r\n') + '\r\n';

/**
 * A record's answers as CSV cells (many-choice codes joined by |).
 * @returns {Record<string, string>}
 */
const cellsOf = (/** @type {any} */ record, unit = 'nv-boendestod') => ({
  unit,
  ...Object.fromEntries(Object.entries(record.answers).map(([k, v]) => [k, Array.isArray(v) ? v.join('|') : String(v ?? '')])),
});

/** Sends `count` raw bytes as one request and resolves with the status, never throwing on a reset after the reply. */
function sendLarge(/** @type {string} */ base, /** @type {string} */ path, /** @type {number} */ bytes, /** @type {Record<string, string>} */ headers, chunked = false) {
  return new Promise((resolve, reject) => {
    const url = new URL(base + path);
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(bytes) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
        res.on('error', () => resolve({ status: res.statusCode, body: text }));
      },
    );
    req.on('error', (error) => (/** @type {any} */ (error).code === 'EPIPE' || /** @type {any} */ (error).code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

for (const engine of ENGINES) {
  describe(`samsyn-server on ${engine}`, { skip: engine === 'postgres' && postgresSkipReason() }, () => {
    /** @type {Awaited<ReturnType<typeof openDatabase>>} */
    let db;
    /** @type {Awaited<ReturnType<typeof startTestServer>>} */
    let server;
    let base = '';

    before(async () => {
      db = await openDatabase(engine);
      server = await startTestServer(db.options);
      base = server.url;
    });
    after(async () => {
      await server?.app.close();
      await db?.stop();
    });

    const post = (/** @type {any} */ record, /** @type {string} */ bearer, period = '2031', more = {}) =>
      call(base, `/api/records?period=${period}`, { method: 'POST', token: bearer, json: record, ...more });
    const progress = async (/** @type {string} */ bearer, /** @type {string} */ period) => (await call(base, `/api/progress?period=${period}`, { token: bearer })).body;

    test('every endpoint: a missing, malformed or unknown token gets 401; a role that may not gets 403; the one that may gets through', async () => {
      const csv = csvOf(['unit', ...Object.keys(records[0].answers)], [cellsOf(records[0])]);
      /** @type {Array<[string, string, string, (bearer: string | null) => Promise<{ status: number }>]>} */
      const endpoints = [
        ['POST /api/records', 'caseworker', '201', (b) => post(records[0], /** @type {string} */ (b), '2030', { token: b })],
        ['GET /api/progress', 'caseworker', '200', (b) => call(base, '/api/progress?period=2030', { token: b })],
        ['GET /api/report', 'analyst', '200', (b) => call(base, '/api/report?period=2030&by=gender', { token: b })],
        ['POST /api/records/import', 'admin', '201', (b) => call(base, '/api/records/import?period=2030', { method: 'POST', token: b, body: csv, headers: { 'content-type': 'text/csv' } })],
        ['GET /api/records/template.csv', 'admin', '200', (b) => call(base, '/api/records/template.csv', { token: b })],
        ['DELETE /api/records', 'admin', '200', (b) => call(base, '/api/records?period=2029', { method: 'DELETE', token: b })],
      ];
      for (const [name, allowed, ok, send] of endpoints) {
        for (const bad of [null, 'not-a-demo-token-at-all', `${NV.admin}x`]) {
          const reply = await send(bad);
          assert.equal(reply.status, 401, `${name} with ${bad ?? 'no token'}`);
        }
        // The router decodes the path: an encoded /api/ is the same endpoint and needs the same token.
        const [method, path] = name.split(' ');
        assert.equal((await fetch(base + path.replace('/api/', '/%61pi/'), { method })).status, 401, `${name} encoded`);
        const basic = await fetch(base + name.split(' ')[1], { method: name.split(' ')[0], headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } });
        assert.equal(basic.status, 401, `${name} with Basic`);
        assert.match(basic.headers.get('www-authenticate') ?? '', /^Bearer/);
        for (const kommun of [NV, SA]) {
          for (const [role, bearer] of Object.entries(kommun)) {
            const reply = await send(bearer);
            assert.equal(String(reply.status), role === allowed ? ok : '403', `${name} as ${role}`);
          }
        }
      }
    });

    test('a kommun never counts, reads or deletes another kommun\'s records', async () => {
      for (const record of records.slice(0, 7)) assert.equal((await post({ ...record, unit: 'nv-boendestod' }, NV.caseworker)).status, 201);
      for (const record of records.slice(7, 13)) assert.equal((await post({ ...record, unit: 'sa-boende' }, SA.caseworker)).status, 201);

      const nv = await progress(NV.caseworker, '2031');
      assert.equal(nv.kommun.name, 'Norrviks kommun');
      assert.equal(nv.total, 7);
      assert.deepEqual(
        nv.units.map((/** @type {any} */ u) => [u.code, u.count]),
        [['nv-boendestod', 7], ['nv-socialpsykiatri', 0], ['nv-daglig-verksamhet', 0], ['nv-myndighet', 0], ['nv-forsorjning', 0]],
      );
      const sa = await progress(SA.caseworker, '2031');
      assert.equal(sa.total, 6);
      assert.deepEqual(sa.units.map((/** @type {any} */ u) => [u.code, u.count]), [['sa-stod-och-service', 0], ['sa-boende', 6], ['sa-sysselsattning', 0]]);

      const nvReport = await call(base, '/api/report?period=2031', { token: NV.analyst });
      assert.equal(nvReport.status, 200);
      assert.equal(nvReport.body.type, 'samsyn-aggregate');
      assert.equal(nvReport.body.total.all.count, 7);
      const saReport = await call(base, '/api/report?period=2031', { token: SA.analyst });
      assert.equal(saReport.body.total.all.count, 6);

      // Söderå deletes its period: Norrvik's records of the same period stay.
      const deleted = await call(base, '/api/records?period=2031', { method: 'DELETE', token: SA.admin });
      assert.deepEqual(deleted.body, { deleted: 6, period: '2031' });
      assert.equal((await progress(SA.caseworker, '2031')).total, 0);
      assert.equal((await progress(NV.caseworker, '2031')).total, 7);
      const nvUnit = await call(base, '/api/records?period=2031&unit=nv-boendestod', { method: 'DELETE', token: NV.admin });
      assert.equal(nvUnit.body.deleted, 7);
      assert.equal((await progress(NV.caseworker, '2031')).total, 0);
    });

    test('no endpoint gives out a record: the report is the protected aggregate, small counts hidden', async () => {
      for (const record of records.slice(0, 3)) await post({ ...record, unit: 'nv-myndighet' }, NV.caseworker, '2032');
      const report = await call(base, '/api/report?period=2032&by=gender', { token: NV.analyst });
      assert.equal(report.status, 200);
      assert.equal(report.body.by, 'gender');
      assert.equal(report.body.total.all.count, null, 'three records are too few to give out');
      assert.equal(report.body.total.all.suppressed, true);
      assert.doesNotMatch(JSON.stringify(report.body), /"answers"/);
      const bad = await call(base, '/api/report?period=2032&by=answers', { token: NV.analyst, lang: 'en' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /cannot be broken down by answers/);
    });

    test('an invalid record gets 400 with the schema\'s messages in the caller\'s language', async () => {
      const wrong = { ...records[0], answers: { ...records[0].answers, gender: 'unknown-code' }, unit: '811218-9876' };
      for (const [lang, locale, summary] of /** @type {const} */ ([
        ['sv-SE,sv;q=0.9,en;q=0.8', 'sv', 'Inventeringen är inte giltig.'],
        ['en-GB,en;q=0.9', 'en', 'The inventory record is not valid.'],
      ])) {
        const reply = await post(wrong, NV.caseworker, '2033', { lang });
        assert.equal(reply.status, 400);
        assert.equal(reply.body.error, 'invalid-record');
        assert.equal(reply.body.message, summary);
        assert.equal(reply.headers.get('content-language'), locale);
        const expected = recordSchemaFor(inventoryDefinition, { locale }).safeParse(wrong);
        assert.ok(!expected.success);
        assert.deepEqual(
          reply.body.issues,
          expected.error.issues.map((/** @type {any} */ i) => ({ path: i.path.map(String), message: i.message })),
        );
        assert.ok(reply.body.issues.some((/** @type {any} */ i) => i.path.join('.') === 'answers.gender'));
        assert.ok(reply.body.issues.some((/** @type {any} */ i) => i.path.join('.') === 'unit'), 'a personal number as unit is refused');
      }
      assert.equal((await progress(NV.caseworker, '2033')).total, 0);
    });

    test('malformed JSON, a wrong period, an oversized record and a 50 MB body get a clear refusal; the service keeps answering', async () => {
      const malformed = await call(base, '/api/records', { method: 'POST', token: NV.caseworker, body: '{"definition": "inv', headers: { 'content-type': 'application/json' } });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.message, 'Innehållet är inte giltig JSON.');
      const period = await post(records[0], NV.caseworker, '20x1', { lang: 'en' });
      assert.equal(period.status, 400);
      assert.equal(period.body.message, 'The period must be a year, for example 2026.');
      const big = await post({ ...records[0], padding: 'x'.repeat(100_000) }, NV.caseworker);
      assert.equal(big.status, 413);
      assert.equal(big.body.message, 'Innehållet är för stort (högst 64 KB).');
      const fifty = 50 * 1024 * 1024;
      const auth = { authorization: `Bearer ${NV.caseworker}`, 'content-type': 'application/json' };
      assert.equal((await sendLarge(base, '/api/records', fifty, auth)).status, 413);
      assert.equal((await sendLarge(base, '/api/records', fifty, auth, true)).status, 413);
      const admin = { authorization: `Bearer ${NV.admin}` };
      assert.equal((await sendLarge(base, '/api/records/import', fifty, { ...admin, 'content-type': 'text/csv' })).status, 413);
      assert.equal((await sendLarge(base, '/api/records/import', fifty, { ...admin, 'content-type': 'multipart/form-data; boundary=x' })).status, 413);
      const unbounded = await sendLarge(base, '/api/records/import', fifty, { ...admin, 'content-type': 'multipart/form-data; boundary=x' }, true);
      assert.equal(unbounded.status, 411, 'a multipart body of unknown length is refused before it is read');
      assert.equal((await post(records[1], NV.caseworker, '2034')).status, 201);
    });

    test('an Idempotency-Key makes a retried POST count once', async () => {
      const headers = { 'idempotency-key': 'retry-me-1' };
      const first = await post(records[2], NV.caseworker, '2035', { headers });
      const again = await post(records[2], NV.caseworker, '2035', { headers });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.body.id, first.body.id);
      // The same key in another kommun is another record.
      assert.equal((await post(records[2], SA.caseworker, '2035', { headers })).status, 201);
      assert.equal((await progress(NV.caseworker, '2035')).withoutUnit, 1);
      assert.equal((await progress(SA.caseworker, '2035')).withoutUnit, 1);
    });

    test('import: the template\'s columns, a whole CSV or XLSX file in, or nothing and every bad row and column named', async () => {
      const template = await call(base, '/api/records/template.csv', { token: NV.admin });
      assert.match(template.headers.get('content-type') ?? '', /^text\/csv/);
      const columns = template.body.replace(/^\uFEFF/, '').trim().split(';');
      assert.equal(columns[0], 'unit');
      assert.ok(columns.includes('gender') && columns.includes('needPsychiatric'));

      const good = csvOf(columns, records.slice(0, 12).map((r) => cellsOf(r, 'nv-socialpsykiatri')));
      const form = new FormData();
      form.append('file', new Blob([good], { type: 'text/csv' }), 'inventering.csv');
      const imported = await call(base, '/api/records/import?period=2036', { method: 'POST', token: NV.admin, body: form });
      assert.equal(imported.status, 201, JSON.stringify(imported.body));
      assert.equal(imported.body.imported, 12);
      assert.equal((await progress(NV.caseworker, '2036')).units.find((/** @type {any} */ u) => u.code === 'nv-socialpsykiatri').count, 12);
      assert.equal((await progress(SA.caseworker, '2036')).total, 0, "Norrvik's import is not Söderå's");

      const rows = records.slice(0, 6).map((r) => cellsOf(r, 'nv-myndighet'));
      rows[1].gender = 'robot';
      rows[3].ageBand = '=HYPERLINK("http://example.com","18-24")';
      rows[4].housing = '@SUM(1+1)';
      rows[5].gender = '+woman';
      const bad = await call(base, '/api/records/import?period=2037', { method: 'POST', token: NV.admin, body: csvOf(columns, rows), headers: { 'content-type': 'text/csv' }, lang: 'en' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.message, /^Nothing was imported: 4 errors/);
      assert.deepEqual(
        bad.body.errors.map((/** @type {any} */ e) => [e.row, e.column]),
        [[3, 'gender'], [5, 'ageBand'], [6, 'housing'], [7, 'gender']],
      );
      assert.match(bad.body.errors[1].message, /formula/);
      assert.equal((await progress(NV.caseworker, '2037')).total, 0, 'nothing half-imported');

      const unknown = await call(base, '/api/records/import?period=2037', { method: 'POST', token: NV.admin, body: 'gender;shoeSize\r\nwoman;42\r\n', headers: { 'content-type': 'text/csv' } });
      assert.equal(unknown.status, 400);
      assert.deepEqual(unknown.body.errors, [{ row: 1, column: 'shoeSize', message: 'Kolumnen shoeSize är ingen fråga i inventeringen.' }]);

      const sheet = [columns, ...records.slice(12, 20).map((r) => columns.map((/** @type {string} */ c) => /** @type {Record<string, string>} */ (cellsOf(r, 'nv-forsorjning'))[c] ?? null))];
      const xlsx = makeXlsx(sheet);
      const xlsxForm = new FormData();
      xlsxForm.append('file', new Blob([xlsx]), 'inventering.xlsx');
      const fromXlsx = await call(base, '/api/records/import?period=2038', { method: 'POST', token: NV.admin, body: xlsxForm });
      assert.equal(fromXlsx.status, 201, JSON.stringify(fromXlsx.body));
      assert.equal(fromXlsx.body.imported, 8);

      // A formula cell's computed text is refused like a typed one; the formula itself is never read.
      const formulaRow = columns.map((/** @type {string} */ c) => (c === 'gender' ? { formula: 'CONCAT("-","x")', value: '-x' } : /** @type {Record<string, string>} */ (cellsOf(records[20], 'nv-forsorjning'))[c] ?? null));
      const withFormula = makeXlsx([columns, formulaRow]);
      const refused = await call(base, '/api/records/import?period=2038', { method: 'POST', token: NV.admin, body: withFormula, headers: { 'content-type': 'application/octet-stream' } });
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.body.errors.map((/** @type {any} */ e) => [e.row, e.column]), [[2, 'gender']]);
      assert.equal((await progress(NV.caseworker, '2038')).total, 8);
    });

    test('a spreadsheet bomb is refused without unpacking it, and the service keeps answering', async () => {
      const bomb = makeXlsxBomb(120);
      assert.ok(bomb.length < 2 * 1024 * 1024, `the bomb is small (${bomb.length} bytes)`);
      const form = new FormData();
      form.append('file', new Blob([bomb]), 'bomb.xlsx');
      const reply = await call(base, '/api/records/import?period=2039', { method: 'POST', token: NV.admin, body: form, lang: 'en' });
      assert.equal(reply.status, 413);
      assert.equal(reply.body.message, 'The spreadsheet unpacks to more than 50 MB and is refused.');
      // It stops unpacking soon after the limit: the 120 MB are never all produced, let alone held.
      const check = checkUnpackedSize(bomb);
      assert.equal(check.within, false);
      assert.equal(checkUnpackedSize(makeXlsx([['unit']])).within, true);
      assert.equal(MAX_UNPACKED_BYTES, 50 * 1024 * 1024);
      assert.ok(check.unpacked < 56 * 1024 * 1024, `stopped after ${check.unpacked} bytes`);
      assert.equal((await call(base, '/api/progress', { token: NV.caseworker })).status, 200);
      const garbage = await call(base, '/api/records/import', { method: 'POST', token: NV.admin, body: Buffer.from('PK\u0003\u0004garbage'), headers: { 'content-type': 'application/octet-stream' } });
      assert.equal(garbage.status, 400);
      assert.equal(garbage.body.message, 'Filen kunde inte läsas.');
    });
  });
}
