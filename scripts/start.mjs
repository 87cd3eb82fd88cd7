#!/usr/bin/env node
// `npm start`: builds the package and serves the demo portal on localhost.
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';

if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const { url } = await serve({ root: '.', port: Number(process.env.PORT ?? 8000) });
console.log(`\nSamsyn demo: ${url}/demo/\nStop with Ctrl+C.`);
