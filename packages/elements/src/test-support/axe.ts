// axe-core ships as a UMD script: imported for its side effect, it installs `window.axe`.
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

const axe = (globalThis as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

/**
 * Fails with every WCAG 2.x A/AA violation axe-core finds in `root` (shadow roots included), each
 * named with its rule and the offending markup, so a broken state is easy to find.
 */
export async function expectNoAxeViolations(root: Element): Promise<void> {
  const result = await axe.run(root, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  if (result.violations.length === 0) return;
  const lines = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.html}`));
  throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
}
