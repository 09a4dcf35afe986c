import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrolKiosk, serviceWorkerReady } from '../support/kiosk.ts';
import { withKioskHall } from '../support/kiosk-hall.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

/** Width and height from a PNG's IHDR chunk, which always comes first after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the kiosk installs as an app: no installability error, PNG and maskable icons of the sizes it names', {
  timeout: 120_000,
}, async () => {
  await withKioskHall(async ({ collector, browser, page }) => {
    await enrolKiosk(page, collector);
    await serviceWorkerReady(page);

    const cdp = await browser.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    assert.deepEqual(installabilityErrors, [], "Chromium's installability errors");

    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    assert.ok(manifestUrl, 'the kiosk links its manifest');
    const manifest = (await (await fetch(new URL(manifestUrl, page.url()))).json()) as { icons: ManifestIcon[] };
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) {
      assert.ok(
        pngs.some((icon) => `${icon.sizes} ${icon.purpose}` === wanted),
        `a ${wanted} PNG icon in ${JSON.stringify(pngs)}`,
      );
    }
    for (const icon of pngs) {
      const answer: Response = await fetch(new URL(icon.src, new URL(manifestUrl, page.url())));
      assert.equal(answer.status, 200, icon.src);
      const { width, height } = pngSize(Buffer.from(await answer.arrayBuffer()));
      assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is as large as the manifest says`);
    }
  });
});
