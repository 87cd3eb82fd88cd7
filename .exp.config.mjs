import base from './rollup.config.mjs';
import terser from '@rollup/plugin-terser';
const opts = JSON.parse(process.env.TERSER ?? '{}');
export default {
  ...base,
  output: { ...base.output, dir: process.env.OUT, sourcemap: false },
  plugins: [...base.plugins.filter((p) => p.name !== 'terser'), terser(opts)],
};
