import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Axe (WCAG 2.0/2.1 A and AA): no serious or critical finding, and axe found something to check. */
export async function expectNoSeriousViolations(page: Page, screen = 'this screen'): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  expect(serious, `serious or critical axe findings on ${screen}`).toEqual([]);
  expect(results.passes.length, `axe found something to check on ${screen}`).toBeGreaterThan(10);
}
