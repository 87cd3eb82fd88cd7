// Benchmarks run their measurements in child processes: each size gets a
// fresh heap and its own peak memory, and one slow or crashing measurement
// cannot take the others with it. A child prints one JSON line last.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `node [nodeArgs] script args` in the project root and resolves with the last line of its stdout, parsed. */
export function runChild(script, args, { nodeArgs = [] } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}`));
      try {
        resolvePromise(JSON.parse(last));
      } catch {
        reject(new Error(`${script} ${args.join(' ')} printed no result: ${last.slice(0, 200)}`));
      }
    });
  });
}

/**
 * The named exports of a built entry (`aggregate.js` of the build in
 * `dist`), or the names it lacks: a benchmark whose subject has not landed
 * yet is skipped, not failed.
 */
export async function builtExports(dist, entry, names) {
  const file = resolve(projectRoot, dist, entry);
  if (!existsSync(file)) return { missing: [`dist/${entry}`] };
  const mod = await import(pathToFileURL(file).href);
  const missing = names.filter((n) => mod[n] === undefined);
  return missing.length ? { missing: missing.map((n) => `${n} in dist/${entry}`) } : { mod };
}

/** The build to measure: `--dist` (bench/run.mjs passes its copy of dist/), or dist/. */
export const distDir = (dist) => resolve(projectRoot, dist || 'dist');

/** Parses `--name value` and `--flag` options into an object. */
export function parseOptions(argv, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(name in defaults)) throw new Error(`unknown option ${argv[i]}`);
    options[name] = typeof defaults[name] === 'boolean' ? true : argv[++i];
  }
  return options;
}
