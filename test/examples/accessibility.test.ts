import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations } from '../support/axe.ts';
import { openExample, withPortal } from './portal.ts';

// Public-service portals must be usable by everyone: each example page, with its elements
// rendered and their data loaded, has no WCAG 2.2 A/AA violation axe-core can find.
const PAGES = ['', 'plain-html/', 'strict-csp/', 'react/dist/', 'vue/dist/', 'demo-msw/dist/'];

test('every example page passes axe-core with its elements rendered', { timeout: 180_000 }, () =>
  withPortal(
    async (portal) => {
      const { page } = portal;
      const found: string[] = [];
      for (const path of PAGES) {
        await openExample(portal, path);
        await page.locator('manyi-commitment-board').getByText('即来即办', { exact: false }).first().waitFor();
        await page.locator('manyi-rating-pad').getByRole('button', { name: '满意', exact: true }).waitFor();
        found.push(...(await axeViolations(page)).map((line) => `/examples/${path}: ${line}`));
      }
      assert.deepEqual(found, []);
    },
    { bypassCSP: true },
  ),
);
