#!/usr/bin/env node
// `npm start`: builds the package and serves the demo portal on localhost.
// `--no-build` serves what dist/ holds; PORT picks the port (default 8000,
// the next free one when it is taken).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { serve } from './serve.mjs';

if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const { url } = await serve({ root: '.', port: Number(process.env.PORT ?? 8000), home: '/demo/' });
const pages = readdirSync('demo').filter((f) => f.endsWith('.html') && f !== 'index.html');

console.log(`
Samsyn demo (Norrviks kommun, a made-up kommun): ${url}/demo/
  ${pages.map((p) => `${url}/demo/${p}`).join('\n  ')}

The pages load the built dist/ with plain script tags. Storybook: npm run storybook.
Stop with Ctrl+C.`);
