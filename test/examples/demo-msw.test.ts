import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTrackingNumber } from '@manyi/core';
import { fileComplaint, lastEvent, openExample, rateSatisfied, withPortal } from './portal.ts';

test('in demo mode msw answers the elements and nothing reaches the collector', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page, collector } = portal;
    await openExample(portal, 'demo-msw/dist/');
    await page.locator('#demo-status[data-ready="true"]').waitFor();
    const log = page.locator('#last-event');

    await page.locator('manyi-commitment-board').getByText('即来即办', { exact: false }).first().waitFor();
    await rateSatisfied(page.locator('manyi-rating-pad'));
    assert.equal(await lastEvent(log, 'manyi-rated'), 'manyi-rated: level 4');

    const trackingNo = await fileComplaint(page.locator('manyi-complaint-form'), '演示：预约后到场仍需排队。');
    assert.equal(validateTrackingNumber(trackingNo).valid, true, `${trackingNo} is a well-formed tracking number`);
    assert.equal(await lastEvent(log, 'manyi-complaint-submitted'), `manyi-complaint-submitted: trackingNo ${trackingNo}`);
    const secret = (await page.locator('manyi-complaint-form [part~="tracking-secret"]').textContent())?.trim() ?? '';
    const lookUp = (query: string) =>
      page.evaluate((path) => fetch(path).then((r) => r.status), `/api/v1/public/complaints/${trackingNo}${query}`);
    assert.equal(await lookUp(`?secret=${secret}`), 200, 'the demo collector can look the complaint up with the secret shown');

    const { status: real } = await collector.api(`/api/v1/public/complaints/${encodeURIComponent(trackingNo)}`);
    assert.equal(real, 404, 'the real collector never saw the demo complaint');
    assert.deepEqual(portal.pageErrors, []);
  }),
);
