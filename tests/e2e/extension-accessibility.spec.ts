import type { Page } from '@playwright/test';
import { checkAccessibility } from './accessibility-check';
import { expect, test } from './extension-fixture';
import { chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

// The side panel (about 400 px wide beside a page, 360 px on a small screen) and the options
// page, in both themes: no serious or critical axe violation, and a screenshot of each (issue 20).

const panelHeight = (panel: Page) => panel.evaluate(() => document.documentElement.scrollHeight);

for (const theme of ['light', 'dark'] as const) {
  test(`side panel and options page, ${theme} theme`, async ({ context, extensionId, serviceWorker, fixtureUrl }, testInfo) => {
    // Six full-page screenshots and axe runs, and a draft opened in the panel.
    test.setTimeout(150_000);
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: theme });
    await options.setViewportSize({ width: 1366, height: 900 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('button', { name: 'Save settings' })).toBeVisible();
    await checkAccessibility(options, testInfo, `options-${theme}-desktop`);
    await options.setViewportSize({ width: 360, height: 800 });
    await checkAccessibility(options, testInfo, `options-${theme}-phone`);

    const page = await context.newPage();
    await page.goto(fixtureUrl('mastodon.example'));
    const panel = await openReplyPanel(context, extensionId);
    await panel.emulateMedia({ colorScheme: theme });
    await panel.setViewportSize({ width: 400, height: 900 });
    await expect(panel.getByRole('heading', { name: 'Answer a post' })).toBeVisible();
    await checkAccessibility(panel, testInfo, `panel-start-${theme}`);

    await selectText(page, 'taking all the jobs');
    expect(await chooseDraftReply(serviceWorker, page.url(), 'taking all the jobs')).toBe('captured');
    await expect(panel.getByRole('list', { name: 'Matching entries' })).toBeVisible();
    await checkAccessibility(panel, testInfo, `panel-matches-${theme}`);

    await panel.getByRole('button', { name: 'Draft with this entry' }).first().click();
    await expect(panel.getByRole('textbox', { name: 'Fact sandwich' })).toBeVisible();
    await checkAccessibility(panel, testInfo, `panel-draft-${theme}`);
    // How tall the panel runs with a draft open, 400 px wide (issue 20: it was about 3,400 px).
    testInfo.annotations.push({ type: 'side panel height at 400 px with a draft', description: `${await panelHeight(panel)} px` });

    await panel.setViewportSize({ width: 360, height: 800 });
    await checkAccessibility(panel, testInfo, `panel-draft-${theme}-360`);
  });
}
