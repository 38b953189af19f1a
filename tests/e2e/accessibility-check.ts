import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Saves a full-page screenshot of the view as a test artifact (issue 20: look at your screens),
 * then asks axe for WCAG A and AA problems and fails on any serious or critical one, naming
 * the rule and where it was found.
 */
export async function checkAccessibility(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const screenshot = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body: screenshot, contentType: 'image/png' });
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    blocking.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      where: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    })),
    `${name}: serious or critical accessibility violations`,
  ).toEqual([]);
}
