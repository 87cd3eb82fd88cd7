import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';

// `core.disableTelemetry` below turns telemetry off; the variable covers the
// parts of Storybook that read only the environment (presets, child processes).
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

/**
 * Every `lit`, `@lit/*`, `zod` and `chart.js` specifier the sources import.
 * Pre-bundling them together keeps one copy of Lit in the preview ("Multiple
 * versions of Lit loaded" otherwise) and spares a reload when a story first
 * reaches a lazily imported module such as Chart.js.
 */
function runtimeSpecifiers(dir = 'src'): string[] {
  const found = new Set<string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'((?:lit|@lit\/[\w-]+|zod|chart\.js)(?:\/[^']*)?)'/g)) {
          found.add(m[1]);
        }
      }
    }
  };
  walk(dir);
  return [...found].sort();
}

export const stories: StorybookConfig['stories'] = ['./introduction.mdx', '../stories/**/*.stories.ts'];

export const addons: StorybookConfig['addons'] = ['@storybook/addon-docs'];

export const framework: StorybookConfig['framework'] = { name: '@storybook/web-components-vite', options: {} };

// Offline and private: no usage data, no crash reports, no "what's new" fetches.
export const core: StorybookConfig['core'] = {
  disableTelemetry: true,
  enableCrashReports: false,
  disableWhatsNewNotifications: true,
};

/**
 * Element modules register their tag when imported, and stories import them
 * for that alone. package.json's `sideEffects` names only the built files, so
 * without this the production build would drop the sources' registrations.
 */
const elementRegistrations = {
  name: 'samsyn-element-registrations',
  transform(code: string, id: string) {
    return /\/src\/components\/[\w-]+\/[\w-]+\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

export const viteFinal: StorybookConfig['viteFinal'] = (config) => ({
  ...config,
  plugins: [...(config.plugins ?? []), elementRegistrations],
  optimizeDeps: {
    ...config.optimizeDeps,
    // Storybook's web-components renderer imports `lit` and `lit/directive-helpers.js` itself: pre-bundled
    // with the rest, they share the one Lit the elements use.
    include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js', ...runtimeSpecifiers()],
  },
});
