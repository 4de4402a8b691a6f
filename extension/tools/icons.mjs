// Renders static/icons/icon.svg to the PNG sizes the manifest lists, with headless Chromium.
// Run after editing the SVG: node extension/tools/icons.mjs (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../static/icons/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: new URL(`${size}.png`, dir).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
