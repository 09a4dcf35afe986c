import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complaintStatus, fileComplaint, lastEvent, openExample, rateSatisfied, withPortal } from './portal.ts';

test('under CSP with Trusted Types enforced the elements work and cause no violation', { timeout: 120_000 }, () =>
  withPortal(async (portal) => {
    const { page, collector } = portal;
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(line: string): void }).reportViolation(
          `${event.effectiveDirective}: ${event.blockedURI || event.sample}`,
        );
      });
    });
    await openExample(portal, 'strict-csp/');

    await page.locator('manyi-commitment-board').getByText('即来即办', { exact: false }).first().waitFor();
    await page.locator('manyi-notice-checklist').getByRole('checkbox').first().check();
    await lastEvent(page.locator('#checklist-log'), 'manyi-self-check-change');
    await rateSatisfied(page.locator('manyi-rating-pad'));
    await lastEvent(page.locator('#rating-log'), 'manyi-rated');
    const trackingNo = await fileComplaint(page.locator('manyi-complaint-form'), '户口迁移材料清单与窗口要求不一致，往返三次。');
    assert.equal(await complaintStatus(collector, trackingNo), 200);

    assert.deepEqual(violations, [], 'no CSP or Trusted Types violation while the elements render and submit');
    assert.equal(await page.locator('#violations').textContent(), '0', "the page's own counter agrees");
    assert.deepEqual(portal.pageErrors, []);

    // Trusted Types is really enforced here: a raw HTML sink from page code is refused and reported.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>未经审查的 HTML</b>';
        return false;
      } catch (error) {
        return error instanceof TypeError;
      }
    });
    assert.equal(refused, true, 'an untrusted innerHTML assignment throws');
    await page.locator('#violations[data-count="1"]').waitFor();
    assert.match(violations.join('\n'), /require-trusted-types-for/);
  }),
);
