import type { Page } from '@playwright/test';
import { expect, test } from './extension-fixture';
import { caretAtEndOf, chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

const section = (view: Page, name: string) =>
  view.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

/** The text under each error highlight in the editor, as the person sees it marked. */
const errorHighlights = (view: Page) =>
  view.evaluate(() => [...(CSS.highlights.get('lint-error') ?? [])].map((range) => (range as Range).toString()));

// The captured post's address reaches the editor's live lint: linking straight to the post being
// corrected (an error-level rule) is caught in the side panel and in the full editor alike.
test('a reply that links straight to the captured post is flagged on the link, with an archive link as the fix', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  // Facebook: no tight length limit, so the pasted address is the only thing that can go wrong.
  await page.goto(fixtureUrl('www.facebook.com'));
  const postUrl = page.url();
  await selectText(page, 'more in benefits');
  const panel = await openReplyPanel(context, extensionId);
  expect(await chooseDraftReply(serviceWorker, postUrl, 'more in benefits')).toBe('captured');

  await panel
    .getByRole('list', { name: 'Matching entries' })
    .getByRole('listitem')
    .filter({ hasText: 'Refugees in the UK claim benefits on the same terms' })
    .getByRole('button', { name: 'Draft with this entry' })
    .click();
  const explanation = section(panel, 'Explanation');
  await expect(explanation).not.toHaveText('');
  await expect(panel.getByRole('list', { name: 'Must fix' })).toHaveCount(0);

  // Paste the post's address at the end of the Explanation, as a person copying it from the page would.
  await panel.evaluate((url) => navigator.clipboard.writeText(` See ${url}`), postUrl);
  await caretAtEndOf(explanation);
  await panel.keyboard.press('ControlOrMeta+v');
  await expect(explanation).toContainText(`See ${postUrl}`);

  const finding = panel.getByRole('list', { name: 'Must fix' }).locator('li[data-rule="link-to-myth"]');
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText(
    'Explanation: This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.',
  );
  await expect.poll(() => errorHighlights(panel)).toEqual([postUrl]);

  // The same draft in the full editor gets the same verdict: the draft carries the post and its address.
  const editorPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open in full editor' }).click();
  const editor = await editorPage;
  await expect(section(editor, 'Explanation')).toContainText(postUrl);
  await expect(editor.getByRole('list', { name: 'Must fix' }).locator('li[data-rule="link-to-myth"]')).toHaveCount(1);
  await expect.poll(() => errorHighlights(editor)).toEqual([postUrl]);
  await editor.close();

  // The fix links to an archived copy instead, which clears the finding.
  await finding.getByRole('button', { name: 'Apply fix: Link to an archived copy (web.archive.org) instead.' }).click();
  await expect(explanation).toContainText(`See https://web.archive.org/web/${postUrl}`);
  await expect(panel.locator('li[data-rule="link-to-myth"]')).toHaveCount(0);
  await expect.poll(() => errorHighlights(panel)).toEqual([]);
});
