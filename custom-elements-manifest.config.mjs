import { samsynManifestPlugins } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: samsynManifestPlugins(),
};
