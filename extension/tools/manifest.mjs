// Derives the per-browser manifests from the root manifest.json (the one source of truth).
// Usage: node extension/tools/manifest.mjs <chromium|chromium-test|firefox|firefox-test> <in> <out>
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The Firefox add-on ID: the native host's `allowed_extensions` lists it (docs/EXTENSION.md). */
export const GECKO_ID = 'portolan@portolan';

/** Loopback pages, so the browser tests can scan a page without a user gesture. */
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The oldest Firefox that knows every key the Firefox manifest uses:
 * `data_collection_permissions` came in Firefox 140 (an ESR) and Firefox for Android 142
 * (addons-linter warns below those). MV3 module background scripts, `scripting` and
 * `wasm-unsafe-eval` are all older. */
const GECKO_MIN = '140.0';
const GECKO_ANDROID_MIN = '142.0';

const withTestHosts = (m) => ({ ...m, host_permissions: [...(m.host_permissions || []), ...TEST_HOSTS] });

/** Firefox: the service worker runs as a module background script (Firefox has no extension
 * service workers; the same file, same wasm-bindgen glue), the add-on id that native messaging
 * names, and a declaration that nothing is collected. Without the Chromium-only keys (`key`,
 * Chromium's id, and `minimum_chrome_version`). The CSP is the root manifest's,
 * `'wasm-unsafe-eval'` included. */
function firefox(m) {
  const { key, minimum_chrome_version, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [m.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN },
    },
  };
}

const variants = {
  chromium: (m) => m,
  'chromium-test': withTestHosts,
  firefox,
  // Firefox grants a temporary add-on's host_permissions at install, so the tests scan loopback
  // pages without a click, as with chromium-test.
  'firefox-test': (m) => withTestHosts(firefox(m)),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [variant, input, output] = process.argv.slice(2);
  const derive = variants[variant];
  if (!derive || !input || !output) {
    console.error(`usage: manifest.mjs <${Object.keys(variants).join('|')}> <in> <out>`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(input, 'utf8'));
  writeFileSync(output, `${JSON.stringify(derive(manifest), null, 2)}\n`);
}
