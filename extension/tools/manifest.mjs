// Derives the per-browser manifests from the root manifest.json (the one source of truth).
// Usage: node extension/tools/manifest.mjs <chromium|chromium-test|firefox> <in> <out>
import { readFileSync, writeFileSync } from 'node:fs';

/** The Firefox add-on ID: the native host's `allowed_extensions` lists it (docs/EXTENSION.md). */
export const GECKO_ID = 'portolan@portolan';

/** Loopback pages, so the browser tests can scan a page without a user gesture. */
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

const variants = {
  chromium: (m) => m,
  'chromium-test': (m) => ({ ...m, host_permissions: [...(m.host_permissions || []), ...TEST_HOSTS] }),
  firefox: (m) => {
    const { key, minimum_chrome_version, ...rest } = m;
    return {
      ...rest,
      background: { scripts: [m.background.service_worker], type: 'module' },
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    };
  },
};

const [variant, input, output] = process.argv.slice(2);
const derive = variants[variant];
if (!derive || !input || !output) {
  console.error(`usage: manifest.mjs <${Object.keys(variants).join('|')}> <in> <out>`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(input, 'utf8'));
writeFileSync(output, `${JSON.stringify(derive(manifest), null, 2)}\n`);
