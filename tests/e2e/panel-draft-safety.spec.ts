import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './extension-fixture';
import { caretAtEndOf, chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

// Issue 19 in the side panel: a reload soon after typing, and the panel beside the full editor.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const section = (page: Page, name: string) =>
  page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

test('side panel: a reload 100 ms after the last keystroke keeps every keystroke (three times over)', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels');
  const panel = await openReplyPanel(context, extensionId);
  await panel.getByRole('button', { name: 'Draft with this entry' }).first().click();
  await expect(section(panel, 'Explanation')).not.toHaveText('');
  let expected = await section(panel, 'Explanation').innerText();
  for (const words of [' Checked today.', ' Ask us for the figures.', ' Thank you.']) {
    await caretAtEndOf(section(panel, 'Explanation'));
    await panel.keyboard.type(words);
    expected += words;
    await panel.waitForTimeout(100);
    await panel.reload();
    await expect(section(panel, 'Explanation')).toHaveText(expected);
  }
});

test('the full editor open beside the panel follows what is typed in the panel', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels');
  const panel = await openReplyPanel(context, extensionId);
  await panel.getByRole('button', { name: 'Draft with this entry' }).first().click();
  const editorPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open in full editor' }).click();
  const editor = await editorPage;
  await expect(section(editor, 'Explanation')).not.toHaveText('');

  await caretAtEndOf(section(panel, 'Explanation'));
  await panel.keyboard.type(' Typed in the panel.');
  await expect(section(editor, 'Explanation')).toContainText('Typed in the panel.');
  await expect(editor.getByText('Saved', { exact: true })).toBeVisible();
});
