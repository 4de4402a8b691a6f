// Builds the React and Vue test pages from the real npm packages (esbuild, production mode)
// into target/browser-pages/{react,vue}/ (app.html + app.js).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;

export async function buildPages(outRoot) {
  const apps = { react: 'react-app.jsx', vue: 'vue-app.js' };
  for (const [name, entry] of Object.entries(apps)) {
    const out = join(outRoot, name);
    mkdirSync(out, { recursive: true });
    await build({
      entryPoints: [join(here, entry)],
      outfile: join(out, 'app.js'),
      bundle: true,
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      logLevel: 'warning',
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
    copyFileSync(join(here, 'app.html'), join(out, 'app.html'));
  }
  return outRoot;
}
