// Renders the kiosk's PNG icons from kiosk/public/icon.svg with the Chromium the tests use:
// 192 and 512 px for launchers that do not take SVG, and a maskable 512 px whose face sits inside
// the central 80 % safe zone on a full-bleed background, for Android's adaptive icons.
// Run after changing the SVG: `node scripts/kiosk-icons.mjs` (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';

const publicDir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'kiosk', 'public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#ffffff';
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  // Launchers crop maskable icons to a circle or squircle: keep the drawing within the inner 80 %.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
];

const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, inset } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    const fill = inset > 0 ? background : 'transparent';
    await page.setContent(
      `<body style="margin:0;background:${fill}"><img src="${dataUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(publicDir, file), omitBackground: inset === 0 });
    await page.close();
    console.log(`kiosk/public/${file}`);
  }
} finally {
  await browser.close();
}
