import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintStatus, fileComplaint, lastEvent, openExample, withPortal } from './portal.ts';

const EXAMPLES = ['plain-html/', 'strict-csp/', 'react/dist/', 'vue/dist/', 'demo-msw/dist/'];
/** Each tag and an attribute an integrator must find in its table. */
const TAGS = {
  'manyi-rating-pad': 'station',
  'manyi-complaint-form': 'endpoint',
  'manyi-commitment-board': 'src',
  'manyi-notice-checklist': 'mode',
  'manyi-satisfaction-board': 'endpoint',
};

test('/examples/ on the running collector lists every example, each one served', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page, collector } = portal;
    await openExample(portal, '');
    const links = await page.locator('#examples a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    assert.deepEqual(
      links,
      EXAMPLES.map((path) => `./${path}`),
    );
    for (const path of EXAMPLES) {
      const response = await fetch(`${collector.url}/examples/${path}`);
      assert.equal(response.status, 200, `/examples/${path} is built and served`);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/, 'under the strict policy');
    }
  }),
);

test('/examples/ shows every element live with its attributes and events from the manifest', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page, collector } = portal;
    await openExample(portal, '');
    for (const [tag, attribute] of Object.entries(TAGS)) {
      const section = page.locator(`section[data-tag="${tag}"]`);
      assert.equal(await section.locator(`${tag}:defined`).count(), 1, `${tag} is live`);
      await section.locator('table.attributes').first().waitFor();
      const attributes = await section.locator('table.attributes').first().locator('td:first-child').allTextContents();
      assert.ok(attributes.includes(attribute), `${tag}'s attributes are listed, ${attribute} among them`);
      const events = await section.locator('table.attributes').nth(1).locator('td:first-child').allTextContents();
      assert.ok(events.includes('manyi-error'), `${tag}'s events are listed`);
    }

    const trackingNo = await fileComplaint(page.locator('manyi-complaint-form'), '自助填表机故障，工作人员未及时处理。');
    assert.match(await lastEvent(page.locator('output[for="complaint-form"]'), 'manyi-complaint-submitted'), new RegExp(trackingNo));
    assert.equal(await complaintStatus(collector, trackingNo), 200);
    assert.match(await lastEvent(page.locator('output[for="commitment-board"]'), 'manyi-commitments-loaded'), /commitments/);
    assert.match(
      await lastEvent(page.locator('output[for="satisfaction-board"]'), 'manyi-results-loaded'),
      /demo \d{4}-\d{2}: \d+ ratings/,
    );
    assert.deepEqual(portal.pageErrors, []);
  }),
);

test('/examples/ switches every element to English and Traditional Chinese through the page language', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page } = portal;
    await openExample(portal, '');
    const pad = page.locator('manyi-rating-pad');
    await pad.getByRole('button', { name: '非常满意', exact: true }).waitFor();
    await page.getByLabel('组件语言', { exact: false }).selectOption('en');
    await pad.getByRole('button', { name: 'Very satisfied', exact: true }).waitFor();
    await page.locator('manyi-complaint-form').getByRole('button', { name: 'Send complaint' }).waitFor();
    await page.getByLabel('组件语言', { exact: false }).selectOption('zh-TW');
    await pad.getByRole('button', { name: '非常滿意', exact: true }).waitFor();
    assert.deepEqual(portal.pageErrors, []);
  }),
);
