import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintStatus, fileComplaint, lastEvent, openExample, rateSatisfied, withPortal } from './portal.ts';

test('the plain HTML portal runs the self-hosted bundle, rates and files a complaint with the real collector', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page, collector } = portal;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openExample(portal, 'plain-html/');

    const board = page.locator('manyi-commitment-board');
    assert.match(
      await lastEvent(page.locator('#commitments-log'), 'manyi-commitments-loaded'),
      /manyi-commitments-loaded: \d+ commitments/,
    );
    await board.getByText('即来即办', { exact: false }).first().waitFor();

    // The published results come from the collector's public channel, month by month.
    assert.match(
      await lastEvent(page.locator('#results-log'), 'manyi-results-loaded'),
      /manyi-results-loaded: demo \d{4}-\d{2}: \d+ ratings/,
    );
    await page.locator('manyi-satisfaction-board').getByText('好评率').first().waitFor();

    await rateSatisfied(page.locator('manyi-rating-pad'));
    const rated = await lastEvent(page.locator('#rating-log'), 'manyi-rated');
    assert.match(rated, /manyi-rated: level 4/, 'the portal saw the rating its pad sent');

    const trackingNo = await fileComplaint(page.locator('manyi-complaint-form'), '窗口工作人员上午十点离岗近半小时，排队群众无人受理。');
    assert.match(trackingNo, /^TS-\d{6}-[0-9A-Z]{6}$/);
    assert.equal(
      await lastEvent(page.locator('#complaint-log'), 'manyi-complaint-submitted'),
      `manyi-complaint-submitted: trackingNo ${trackingNo}`,
    );
    assert.equal(await complaintStatus(collector, trackingNo), 200, 'the collector knows the number the citizen was shown');

    const elsewhere = requests.filter((url) => !url.startsWith(`${collector.url}/`));
    assert.deepEqual(elsewhere, [], 'nothing is loaded from a CDN or any other origin');
    assert.ok(
      requests.some((url) => url.endsWith('/examples/vendor/manyi-elements.js')),
      'the elements come from the single-file bundle',
    );
    assert.deepEqual(portal.pageErrors, []);
  }),
);

test('the plain HTML portal hears the boards load even when its own script arrives after their data', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page } = portal;
    // A slow link: the portal's shared host code arrives well after the bundle and the boards' data.
    await page.route('**/examples/portal-host.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 750));
      await route.continue();
    });
    await openExample(portal, 'plain-html/');
    assert.match(await lastEvent(page.locator('#commitments-log'), 'manyi-commitments-loaded'), /\d+ commitments/);
    assert.match(await lastEvent(page.locator('#results-log'), 'manyi-results-loaded'), /demo \d{4}-\d{2}: \d+ ratings/);
    assert.deepEqual(portal.pageErrors, []);
  }),
);
