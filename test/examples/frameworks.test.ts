import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintStatus, fileComplaint, lastEvent, openExample, rateSatisfied, withPortal } from './portal.ts';

// The React 19 and Vue 3 apps hand the elements functions and arrays as properties and listen to
// their events through the framework; both talk to the real collector.
for (const framework of ['react', 'vue'] as const) {
  test(`the ${framework} app passes properties to the elements and receives their events`, { timeout: 120_000 }, () =>
    withPortal(async (portal) => {
      const { page, collector } = portal;
      await openExample(portal, `${framework}/dist/`);
      const log = page.locator('#last-event');

      // `commitments` and `serviceItem` are arrays and objects: they only arrive as properties.
      await page.locator('manyi-commitment-board').getByText('即来即办', { exact: false }).first().waitFor();
      const firstMaterial = page.locator('manyi-notice-checklist').getByRole('checkbox').first();
      await firstMaterial.check();
      assert.match(await lastEvent(log, 'manyi-self-check-change'), /manyi-self-check-change: \d+ missing/);

      // `submit` is a function property: the pad thanks the visitor only once the collector took the rating.
      await rateSatisfied(page.locator('manyi-rating-pad'));
      assert.equal(await lastEvent(log, 'manyi-rated'), 'manyi-rated: level 4');

      const trackingNo = await fileComplaint(page.locator('manyi-complaint-form'), '网上预约的时段到了仍需重新取号排队，等了四十分钟。');
      assert.equal(await lastEvent(log, 'manyi-complaint-submitted'), `manyi-complaint-submitted: trackingNo ${trackingNo}`);
      assert.equal(await complaintStatus(collector, trackingNo), 200, 'the collector knows the number the citizen was shown');
      assert.deepEqual(portal.pageErrors, []);
    }),
  );
}
