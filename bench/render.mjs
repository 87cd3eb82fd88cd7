#!/usr/bin/env node
// Rendering in headless Chromium (the browser and flags of the browser
// tests, web-test-runner.config.mjs): each measurement is a bench page under
// bench/pages/, opened afresh (new browser context, nothing cached) for
// every run, served from the project folder by scripts/serve.mjs. The page
// times itself with performance.now() up to the next painted frame and
// leaves its result in `window.__bench`.
//
//   node bench/render.mjs [--quick] [--only form,surveyjs,report,reportLarge,plan] [--dist dir] [--json]
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { chromiumLaunchOptions } from '../web-test-runner.config.mjs';
import { distDir, parseOptions, projectRoot } from './lib/child.mjs';
import { figure, tableRows, textTable } from './lib/figures.mjs';
import { round, summarize } from './lib/stats.mjs';
import { toSurveyJs } from './to-surveyjs.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const SURVEY_JSON = 'bench/.work/inventory.surveyjs.json';
const PEER = `SurveyJS ${JSON.parse(readFileSync(join(projectRoot, 'node_modules/survey-core/package.json'), 'utf8')).version}`;

/**
 * The pages and what each needs from the build. `runs` are full and quick
 * counts. samsyn-chart draws a chart only when it comes into view: the
 * 3,596-record report gets a viewport tall enough for every chart, the
 * 100,000-record one a screen's worth, as a person sees it (with every
 * chart in view at once, drawing them all would be one long task no
 * reader causes).
 */
const scenarios = {
  // 20 runs of the form's pages: single first renders spread over tens of milliseconds (each waits for the
  // next frame, up to 16.7 ms, and a busy machine adds more), and their ratio is read against a limit.
  form: { page: 'form.html', requires: ['components/inventory-form.js'], runs: [20, 3] },
  surveyjs: { page: 'surveyjs.html', query: { survey: `/${SURVEY_JSON}` }, requires: [], runs: [20, 3] },
  // The harness's floor: a page with no library, the same steps (bench/pages/blank.js).
  blank: { page: 'blank.html', requires: [], runs: [20, 3] },
  report: {
    page: 'report.html',
    query: { count: 3596, warm: 1 },
    requires: ['components/inventory-report.js', 'aggregate.js'],
    runs: [7, 3],
    viewport: { width: 1280, height: 16000 },
  },
  reportLarge: {
    page: 'report.html',
    query: { count: 100_000, watch: 1, charts: 'visible' },
    requires: ['components/inventory-report.js', 'aggregate.js'],
    runs: [3, 1],
  },
  plan: { page: 'plan.html', query: { rows: 500 }, requires: ['components/action-plan.js'], runs: [10, 3] },
};

const missingFor = (dist, name) => scenarios[name].requires.filter((f) => !existsSync(join(dist, f))).map((f) => `dist/${f}`);

/** One run of a scenario on a fresh page in a fresh browser context: the page's result. */
async function runOnce(browser, base, name) {
  const s = scenarios[name];
  const query = new URLSearchParams(Object.entries(s.query ?? {}).map(([k, v]) => [k, String(v)]));
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(s.viewport ?? VIEWPORT);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/bench/pages/${s.page}?${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.done, { timeout: 180_000, polling: 100 });
    const outcome = await page.evaluate(() => window.__bench);
    if (outcome.error) throw new Error(`${s.page}: ${outcome.error}`);
    if (errors.length) throw new Error(`${s.page}: console errors: ${errors.slice(0, 3).join(' | ')}`);
    return outcome.result;
  } finally {
    await context.close();
  }
}

/** Scenarios compared with each other run in turns, so that load from elsewhere on the machine hits both alike. */
const groups = [['form', 'surveyjs', 'blank'], ['report'], ['reportLarge'], ['plan']];

const pick = (results, field) => summarize(results.map((r) => r[field]));
/** Whether ours is at most 1/`n` of SurveyJS's time (medians of the same run), said in the note. */
const ratioGoal = (r, field, n) => `goal at most 1/${n} of SurveyJS's, ${pick(r.form, field).median <= pick(r.surveyjs, field).median / n ? 'met' : 'not met'}`;
/** Whether the median meets a limit of the issue, said in the note. */
const goal = (s, limit) => `goal under ${limit} ms, ${s.median < limit ? 'met' : 'not met'}`;
const ms = (s) => `${round(s.median)} ms`;
/** A longest-task median; 0 means Chromium reported no task over 50 ms. */
const task = (s) => (s.median ? ms(s) : 'no task over 50 ms');

/** What is published from the runs: one figure per key, ours from `scenario`, the peer's from `peer`. */
const published = [
  { key: 'render.form.load', label: 'inventory form: navigation → library ready', scenario: 'form', field: 'ready', peer: 'surveyjs',
    note: () => 'scripts fetched from localhost, parsed and run' },
  { key: 'render.form.firstRender', label: 'inventory form: first render (first section painted)', scenario: 'form', field: 'firstRender', peer: 'surveyjs',
    note: (r) => (r.surveyjs ? `${ratioGoal(r, 'firstRender', 3)}; first page: ${r.form[0].controls} choice inputs (SurveyJS ${r.surveyjs[0].controls})` : '') },
  { key: 'render.form.usable', label: 'inventory form: page load until usable (navigation → first section painted)', scenario: 'form', field: 'usable', peer: 'surveyjs',
    note: (r) => (r.surveyjs ? `${ratioGoal(r, 'usable', 4)}; library ready plus first render, in the same page` : '') },
  { key: 'render.blank.usable', label: 'a page with no library: navigation → a paragraph painted (the harness\'s floor)', scenario: 'blank', field: 'usable', peer: 'surveyjs',
    note: (r) => {
      if (!r.surveyjs) return '';
      const quarter = pick(r.surveyjs, 'usable').median / 4;
      const floor = pick(r.blank, 'usable').median;
      const room = quarter > floor ? `${round(quarter - floor)} ms above this floor for a library` : `${round(floor - quarter)} ms below this floor, which no library goes under`;
      return `the steps of the form's page load with no library, in the same runs; 1/4 of SurveyJS's time is ${round(quarter)} ms, ${room}`;
    } },
  { key: 'render.form.stepChange', label: 'inventory form: Next → next section painted', scenario: 'form', field: 'stepChange', peer: 'surveyjs' },
  { key: 'render.report.3596', label: 'inventory report, 3,596 records: until every chart is drawn (cold: a fresh page)', scenario: 'report', field: 'total',
    note: (r) => `${goal(pick(r.report, 'total'), 300)}; ${r.report[0].charts} charts; figures computed and rendered after ${ms(pick(r.report, 'figures'))}` },
  { key: 'render.report.3596.firstScreen', label: 'inventory report, 3,596 records: until the first screenful of charts is drawn (cold)', scenario: 'report', field: 'firstScreen',
    note: (r) => `${goal(pick(r.report, 'firstScreen'), 150)}; the ${r.report[0].firstScreenCharts} charts whose top is within 800 px of the page's top` },
  { key: 'render.report.3596.warm', label: 'inventory report, 3,596 records: until every chart is drawn (warm: the same report again in that page)', scenario: 'report', field: 'warmTotal',
    note: (r) => `first screenful ${ms(pick(r.report, 'warmFirstScreen'))}; figures computed and rendered after ${ms(pick(r.report, 'warmFigures'))}` },
  { key: 'render.report.100k', label: 'inventory report, 100,000 records: until the first screen of charts is drawn', scenario: 'reportLarge', field: 'total',
    note: (r) => `${r.reportLarge[0].charts} charts in view; figures computed and rendered after ${ms(pick(r.reportLarge, 'figures'))}` },
  { key: 'render.report.100k.longestTask', label: 'inventory report, 100,000 records: longest main-thread task', scenario: 'reportLarge', field: 'longestTask',
    note: (r) =>
      `${goal(pick(r.reportLarge, 'longestTask'), 100)}, in the same run as the 3,596-record figures; while computing ${task(pick(r.reportLarge, 'longestTaskBefore'))}, while drawing the charts in view ${task(pick(r.reportLarge, 'longestTaskAfter'))}; ` +
      `longest gap between frames ${ms(pick(r.reportLarge, 'longestFrameGap'))}; tasks over 50 ms: ${pick(r.reportLarge, 'longTasks').median}` },
  { key: 'render.plan.render', label: 'action plan, 500 rows: first render', scenario: 'plan', field: 'firstRender' },
  { key: 'render.plan.filter', label: 'action plan, 500 rows: filter change painted', scenario: 'plan', field: 'filterChange',
    note: (r) => `${r.plan[0].shownAfterFilter} rows shown after the filter` },
];

function figuresFrom(results, skipped) {
  return published.map((f) => {
    const ours = results[f.scenario] ? pick(results[f.scenario], f.field) : undefined;
    const peer = f.peer && results[f.peer] ? pick(results[f.peer], f.field) : undefined;
    const notes = [
      ours ? '' : (skipped[f.scenario] ?? 'not measured in this run'),
      peer ? `SurveyJS ${round(peer.min)}–${round(peer.max)} ms` : '',
      ours && f.note ? f.note(results) : '',
    ];
    return figure(f.key, {
      label: f.label,
      value: ours ? ours.median : null,
      spread: ours,
      unit: 'ms',
      ...(f.peer ? { peer: PEER, peerValue: peer?.median ?? null } : {}),
      note: notes.filter(Boolean).join('; '),
    });
  });
}

/**
 * The folder to serve: the project, or, to measure another build (bench/run.mjs
 * measures its own copy of dist/), a folder of links that shows that build as
 * /dist, so that the pages import `../../dist/…` as a kommun page would.
 */
function siteFor(dist) {
  if (resolve(dist) === join(projectRoot, 'dist')) return projectRoot;
  const site = join(projectRoot, 'bench/.work/site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  symlinkSync(resolve(dist), join(site, 'dist'), 'dir');
  for (const name of ['bench', 'node_modules']) symlinkSync(join(projectRoot, name), join(site, name), 'dir');
  return site;
}

/**
 * Runs every scenario whose subject is built; figures and the Chromium version.
 *
 * @param {{ quick?: boolean, only?: string[], dist?: string }} [options]
 */
export async function run({ quick = false, only, dist = distDir() } = {}) {
  const { inventoryDefinition } = await import(pathToFileURL(join(dist, 'schema.js')).href);
  mkdirSync(join(projectRoot, 'bench/.work'), { recursive: true });
  writeFileSync(join(projectRoot, SURVEY_JSON), JSON.stringify(toSurveyJs(inventoryDefinition)));

  const { server, url } = await serve({ root: siteFor(dist), port: 8790 });
  // The browser tests' Chromium and flags (Debian's chromium, or CHROME_PATH).
  const browser = await puppeteer.launch(chromiumLaunchOptions());
  const results = {};
  const skipped = {};
  const failures = [];
  try {
    for (const group of groups) {
      const names = group.filter((name) => {
        const missing = missingFor(dist, name);
        if (missing.length) skipped[name] = `not built yet: ${missing.join(', ')}`;
        return (!only || only.includes(name)) && !missing.length;
      });
      const runs = Math.max(0, ...names.map((name) => scenarios[name].runs[quick ? 1 : 0]));
      try {
        for (let i = 0; i < runs; i++) {
          for (const name of i % 2 ? [...names].reverse() : names) (results[name] ??= []).push(await runOnce(browser, url, name));
        }
      } catch (error) {
        // One page that no longer works (an element changed its markup) costs its own figures, not the others'.
        for (const name of names) {
          delete results[name];
          skipped[name] = `failed: ${error.message.split('\n')[0]}`;
        }
        failures.push(error.message);
      }
    }
    return { figures: figuresFrom(results, skipped), chromium: await browser.version(), failures };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseOptions(process.argv.slice(2), { quick: false, only: '', dist: '', json: false });
  const { figures, chromium, failures } = await run({ quick: o.quick, dist: distDir(o.dist), ...(o.only ? { only: o.only.split(',') } : {}) });
  if (o.json) console.log(JSON.stringify({ figures, chromium, failures }));
  else console.log(`${chromium}\n${textTable(['figure', 'samsyn', 'peer', 'ratio', 'note'], tableRows(figures))}`);
  for (const f of failures) console.error(f);
  if (failures.length) process.exitCode = 1;
}
