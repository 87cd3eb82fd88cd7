import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

/**
 * Debian's Chromium, headless, with the flags this closed network needs. Frozen: puppeteer takes the
 * `--disable-features` entry out of the array it is given when it merges it with its own, so a
 * launcher gets a copy (chromiumLaunchOptions() below), and passing this array itself fails at once
 * instead of leaving the next launch in the same process without the entry.
 */
export const chromiumFlags = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test files run side by side in tabs; a background tab would get no animation frames and throttled timers.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // Chromium 156 builds every window's address-bar popup as a web page of its own, ahead of use: two
  // Lit apps, some 200 modules between them, loaded and run beside the page under test whenever a tab
  // or a browser context opens, although nothing here ever shows the address bar. On two cores a new
  // context with its page took about 0.5 s with them and 0.3 s without, and a page with no library
  // about two thirds longer to load while they ran (docs/toolchain.md).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
]);
export const chromiumPath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Puppeteer's launch options for that Chromium, each time with a copy of the flags: what the browser tests, the Node tests and the bench launch. */
export const chromiumLaunchOptions = () => ({ executablePath: chromiumPath, headless: true, args: [...chromiumFlags] });

/**
 * React ships CommonJS only, which a browser cannot import. This serves the
 * listed packages as ES modules bundled by esbuild, with their named exports,
 * in one build so that `react-dom/client` and the test share one React.
 */
function commonJsPackages(specifiers) {
  let outputs;
  // In a child process: React patches `console` when loaded, which the runner's own console does not survive.
  const exportNames = (specifier) =>
    JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})))`], { encoding: 'utf8' }));
  const bundle = async () => {
    const result = await build({
      entryPoints: specifiers.map((s) => ({ in: `cjs-entry:${s}`, out: s })),
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: '/__cjs',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [
        {
          name: 'named-exports',
          setup(b) {
            b.onResolve({ filter: /^cjs-entry:/ }, (args) => ({ path: args.path.slice('cjs-entry:'.length), namespace: 'cjs-entry' }));
            b.onLoad({ filter: /.*/, namespace: 'cjs-entry' }, (args) => {
              const names = exportNames(args.path).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
              return {
                contents: `import * as m from '${args.path}';\nexport const { ${names.join(', ')} } = m;\nexport default m;`,
                resolveDir: process.cwd(),
              };
            });
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((f) => [f.path, f.text]));
  };
  return {
    name: 'commonjs-packages',
    resolveImport({ source }) {
      return specifiers.includes(source) ? `/__cjs/${source}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/__cjs/')) return undefined;
      outputs ??= bundle();
      const body = (await outputs).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

/**
 * A test's way to make one file of the page unreachable, as a broken network would: while the page holds the
 * cookie `samsyn-unreachable` with a path, a request for that path has its connection closed without an
 * answer (a module fetched with `import()` then fails as it would for a kommun). Only the tests that set the
 * cookie see it.
 */
function unreachableFiles() {
  return async (ctx, next) => {
    const path = ctx.cookies.get('samsyn-unreachable');
    if (path && ctx.path === decodeURIComponent(path)) {
      ctx.req.socket.destroy();
      return;
    }
    await next();
  };
}

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // Two test files at a time, each in a tab of its own browser context (createPage below).
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Every story is rendered, tabbed through and laid out at 320 px in two languages: on a busy machine that takes a while.
  testsFinishTimeout: 900000,
  middleware: [unreachableFiles()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), commonJsPackages(['react', 'react-dom/client'])],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions(),
      // A tab's own context: its own storage and cookies, so that a file clearing drafts or making a
      // file unreachable (the cookie above) never reaches the file running beside it. Focus emulated:
      // only one tab of a window has focus, and the keyboard tests tab through their page as a person
      // does in the tab in front. With two files in tabs of one context and no emulated focus, a file
      // sometimes never reported back.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
};
