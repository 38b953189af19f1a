import { expect, test, type Page } from '@playwright/test';
import { startFakeOpenAiServer } from '../support/fake-openai-server';

// The built web editor carries a Content-Security-Policy (editor/build/content-security-policy.ts):
// no inline or foreign script, network only to https and to servers on this machine. The pages
// must still work under it, and the model server and library URLs people set must be reachable.

/** Every policy violation the page reports, from the start. */
async function collectViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}

test('the editor runs under its Content-Security-Policy without a violation', async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  for (const view of ['/#/library', '/#/compose', '/#/settings', '/#/drafts', '/#/team']) {
    await page.goto(view);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('the policy lets the page reach a model server on this machine and blocks plain http elsewhere and inline script', async ({
  page,
}) => {
  const server = await startFakeOpenAiServer();
  try {
    const violations = await collectViolations(page);
    await page.goto('/');
    const reached = await page.evaluate(async (url) => (await fetch(`${url}/models`)).status, server.baseUrl);
    expect(reached).toBe(200);
    const remote = await page.evaluate(async () => {
      try {
        await fetch('http://192.0.2.1/v1/models');
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(remote).toBe('blocked');
    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(injected).toBe(false);
    await expect.poll(() => violations.join('\n')).toContain('connect-src http://192.0.2.1');
    expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
  } finally {
    await server.close();
  }
});
