import type { Page } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { countForChannel } from '../../shared/channels';
import { expect, test } from './extension-fixture';
import type { FixtureHost } from './fixture-page-server';
import { caretAtEndOf, chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

const section = (panel: Page, name: string) =>
  panel.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

// What a person highlights on each imitated platform, who wrote the post, and the library entry
// (its title) the post repeats. The whole post is captured, not just the highlighted words.
const platforms: { host: FixtureHost; label: string; select: string; author: string; wholePost: string; entry: string; channel: string }[] =
  [
    {
      host: 'x.com',
      label: 'X',
      select: 'four-star hotels',
      author: '@rumourmill',
      wholePost: 'Every single one gets a free room',
      entry: 'UK asylum support is £49.18 a week',
      channel: 'X',
    },
    {
      host: 'mastodon.example',
      label: 'Mastodon',
      select: 'taking all the jobs',
      author: '@rumours@mastodon.example',
      wholePost: 'My nephew applied to twenty places',
      entry: 'US-born workers',
      channel: 'Mastodon',
    },
    {
      host: 'bsky.app',
      label: 'Bluesky',
      select: 'new arrivals free houses',
      author: '@rumours.bsky.social',
      wholePost: 'ahead of families who have waited ten years',
      entry: 'new social housing lettings in England',
      channel: 'Bluesky',
    },
    {
      host: 'www.facebook.com',
      label: 'Facebook',
      select: 'more in benefits',
      author: 'Local Rumours Page',
      wholePost: 'handed to them on day one',
      entry: 'Refugees in the UK claim benefits on the same terms',
      channel: 'Facebook',
    },
  ];

for (const platform of platforms) {
  test(`${platform.label}: a highlighted post becomes a lint-clean reply that is copied and inserted`, async ({
    context,
    extensionId,
    serviceWorker,
    fixtureUrl,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureUrl(platform.host));
    await selectText(page, platform.select);
    const panel = await openReplyPanel(context, extensionId);
    await expect(panel.getByRole('heading', { name: 'Answer a post' })).toBeVisible();

    expect(await chooseDraftReply(serviceWorker, page.url(), platform.select)).toBe('captured');

    // The open panel shows the capture by itself: the whole post, where and by whom, and when.
    const captured = panel.getByRole('region', { name: 'Captured post' });
    await expect(captured.getByTestId('captured-platform')).toHaveText(platform.label);
    await expect(captured.getByTestId('captured-author')).toHaveText(platform.author);
    await expect(captured.getByTestId('captured-text')).toContainText(platform.wholePost);
    await expect(captured.getByText('captured just now')).toBeVisible();

    const matches = panel.getByRole('list', { name: 'Matching entries' }).getByRole('listitem');
    const expected = matches.filter({ hasText: platform.entry });
    await expect(expected).toHaveCount(1);
    await expect(expected.getByText(/^Matched on: “/)).toBeVisible();
    await expected.getByRole('button', { name: 'Draft with this entry' }).click();

    // The channel follows the platform; picking an audience and a voice redrafts the untouched text.
    await expect(panel.getByLabel('Channel')).toHaveValue(platform.host === 'www.facebook.com' ? 'facebook' : platform.label.toLowerCase());
    await expect(section(panel, 'Fact')).not.toHaveText('');
    const audience = panel.getByLabel('Audience');
    await audience.selectOption({ index: 1 });
    const spokesperson = panel.getByLabel('Spokesperson');
    await spokesperson.selectOption({ index: 1 });
    const chosen = await spokesperson.locator('option').nth(1).innerText();
    const person = starter.spokespeople.find((candidate) => chosen.startsWith(candidate.name))!;
    // Redrafted in their voice: the sign-off is there, or a note says it was left out to fit.
    await expect(
      section(panel, 'Fact again')
        .getByText(person.signOff)
        .or(panel.getByText(`The sign-off “${person.signOff}” was left out`))
        .first(),
    ).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Must fix' })).toHaveCount(0);

    await panel.getByRole('button', { name: `Copy for ${platform.channel}` }).click();
    await expect(panel.getByText(/^Copied one .* post\.$/)).toBeVisible();
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain((await section(panel, 'Fact').innerText()).trim());
    expect(copied).not.toContain(platform.wholePost);

    // "Insert into reply box" fills the page's focused reply field, and posts nothing.
    const replyBox = page.locator('textarea, [contenteditable="true"]').first();
    await replyBox.click();
    await panel.getByRole('button', { name: 'Insert into reply box' }).click();
    await expect(panel.getByText(/^Inserted into the reply box on the page/)).toBeVisible();
    const inserted = await replyBox.evaluate((field) =>
      field instanceof HTMLTextAreaElement ? field.value : (field as HTMLElement).innerText,
    );
    expect(inserted.replace(/\s+/g, ' ').trim()).toBe(copied.replace(/\s+/g, ' ').trim());
    expect(countForChannel(copied, platform.channel.toLowerCase() as 'x').length).toBeGreaterThan(0);
  });
}

test('a post the library has no answer for says so, and offers search and a new entry', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('news.example'));
  const panel = await openReplyPanel(context, extensionId);
  await selectText(page, 'Weather warning');
  expect(await chooseDraftReply(serviceWorker, page.url(), 'Weather warning')).toBe('captured');
  await expect(panel.getByRole('heading', { name: 'Nothing in the library matches this post' })).toBeVisible();
  await expect(panel.getByTestId('captured-platform')).toHaveText('Web page');

  await panel.getByRole('button', { name: 'Search the library' }).click();
  await panel.getByLabel('Library entry').fill('hotels');
  await expect(panel.getByRole('listbox', { name: 'Matching entries' }).getByRole('option').first()).toBeVisible();

  // Escape closes the open list, as in any combobox, and the page's other buttons are in reach again.
  await panel.getByLabel('Library entry').press('Escape');
  const editorPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Create an entry from this post' }).click();
  const editor = await editorPage;
  await expect(editor).toHaveURL(new RegExp(`^chrome-extension://${extensionId}/editor\\.html#/entries/new\\?fromSighting=`));
  // The post's wording is kept as the first circulating phrasing, for the matcher to learn from.
  await expect(editor.getByLabel('Circulating phrasings')).toHaveValue('Weather warning');
});

test('the decision and the draft survive closing and reopening the panel', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels');
  let panel = await openReplyPanel(context, extensionId);
  await panel.getByRole('radio', { name: /^Hold/ }).check();
  await panel.getByRole('button', { name: 'Draft with this entry' }).first().click();
  await caretAtEndOf(section(panel, 'Explanation'));
  await panel.keyboard.type(' Checked by our team today.');
  await panel.close(); // mid-draft, at once: nothing may be lost

  panel = await openReplyPanel(context, extensionId);
  await expect(section(panel, 'Explanation')).toContainText('Checked by our team today.');
  await expect(panel.getByRole('radio', { name: /^Hold/ })).toBeChecked();

  // Typed and handed over at once: the full editor still gets the last words.
  await caretAtEndOf(section(panel, 'Explanation'));
  await panel.keyboard.type(' Ask us for the figures.');
  const editorPage = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open in full editor' }).click();
  const editor = await editorPage;
  await expect(editor).toHaveURL(/editor\.html#\/compose\/[0-9a-f-]{36}$/);
  await expect(
    editor.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name: 'Explanation', exact: true }),
  ).toContainText('Checked by our team today. Ask us for the figures.');
});

test('a hostile page cannot run code in the panel or break it', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss()); // the page's own alerts are its business
  await page.goto(fixtureUrl('hostile.example'));
  const panel = await openReplyPanel(context, extensionId);
  const dialogs: string[] = [];
  panel.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // A whole-page selection: scripts, styles, iframes and a 100,000-character paragraph.
  await page.evaluate(() => getSelection()!.selectAllChildren(document.body));
  const selection = await page.evaluate(() => getSelection()!.toString());
  expect(await chooseDraftReply(serviceWorker, page.url(), selection)).toBe('captured');

  const text = panel.getByTestId('captured-text');
  await expect(text).toBeVisible();
  expect((await text.innerText()).length).toBeLessThanOrEqual(5_000);
  await expect(panel.getByText('This post was long: only its beginning was kept.')).toBeVisible();
  // Script, style, noscript, iframe, handler and link payloads never become text; markup that
  // the page shows as text (the literal "<img …>") stays text and never becomes an element.
  for (const payload of [
    'SCRIPT PAYLOAD',
    'STYLE PAYLOAD',
    'NOSCRIPT PAYLOAD',
    'IFRAME PAYLOAD',
    'ONLOAD PAYLOAD',
    'CLICK PAYLOAD',
    'HREF PAYLOAD',
  ]) {
    await expect(text).not.toContainText(payload);
  }
  await expect(panel.locator('.captured-post script, .captured-post iframe, .captured-post img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  // The panel still works: the decision can be made and saved.
  await panel.getByRole('radio', { name: /^Prebunk later/ }).check();
  await expect(panel.getByRole('radio', { name: /^Prebunk later/ })).toBeChecked();
});

test('a post with more than three matches shows three, and the rest on request from the keyboard', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('bsky.app'));
  await selectText(page, 'new arrivals free houses');
  await chooseDraftReply(serviceWorker, page.url(), 'new arrivals free houses');
  const panel = await openReplyPanel(context, extensionId);
  const matches = panel.getByRole('list', { name: 'Matching entries' }).getByRole('listitem');
  await expect(matches).toHaveCount(3);
  const more = panel.getByRole('button', { name: /^Show more matches \(\d+\)$/ });
  const hidden = Number((await more.innerText()).match(/\((\d+)\)/)![1]);
  expect(hidden).toBeGreaterThan(0);

  await more.focus();
  await panel.keyboard.press('Enter');
  await expect(matches).toHaveCount(3 + hidden);
  // The focus lands on the first match revealed, and the button, with nothing left to show, is gone.
  await expect(matches.nth(3)).toBeFocused();
  await expect(more).toHaveCount(0);
  await panel.keyboard.press('Tab');
  await expect(matches.nth(3).getByRole('button', { name: 'Draft with this entry' })).toBeFocused();
});

test('an entry about another country than the post is labelled', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('www.facebook.com')); // "more in benefits than our own pensioners", in English
  await selectText(page, 'more in benefits');
  await chooseDraftReply(serviceWorker, page.url(), 'more in benefits');
  const panel = await openReplyPanel(context, extensionId);
  const matches = panel.getByRole('list', { name: 'Matching entries' }).getByRole('listitem');
  // The French pension myth matches the same claim; an English post is not about France.
  const french = matches.filter({ hasText: "France's minimum old-age benefit" });
  await expect(french.getByRole('note', { name: 'About France — another country than the post’s' })).toHaveText(
    'About France — another country',
  );
  await expect(french.getByText(/^\d+% sure$/)).toBeVisible();
  await expect(french.getByText(/^Matched on: “/)).toBeVisible();
  // The British entry is not labelled.
  await expect(matches.filter({ hasText: 'Refugees in the UK claim benefits' }).getByRole('note')).toHaveCount(0);
});

/** Presses Tab until the focused element has this accessible name; fails after `limit` presses. */
async function tabTo(panel: Page, name: RegExp, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element ? (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('the whole panel works from the keyboard, in a 360 px wide panel', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('mastodon.example'));
  await selectText(page, 'taking all the jobs');
  await chooseDraftReply(serviceWorker, page.url(), 'taking all the jobs');
  const panel = await openReplyPanel(context, extensionId);
  await panel.setViewportSize({ width: 360, height: 800 });
  await expect(panel.getByRole('list', { name: 'Matching entries' })).toBeVisible();

  await tabTo(panel, /^Draft with this entry$/);
  await panel.keyboard.press('Enter');
  await expect(section(panel, 'Fact')).not.toHaveText('');
  await tabTo(panel, /^Reply now/);
  await panel.keyboard.press('Space');
  await expect(panel.getByRole('radio', { name: /^Reply now/ })).toBeChecked();
  await tabTo(panel, /^Insert into reply box$/);
  await tabTo(panel, /^Open in full editor$/);
  await tabTo(panel, /^Copy for Mastodon$/);
  // Nothing is cut off or needs sideways scrolling at the narrowest panel width.
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the panel names the shortcut the browser has now, not the manifest’s suggestion', async ({ context, extensionId, serviceWorker }) => {
  const shortcut = await serviceWorker.evaluate(
    async () => (await chrome.commands.getAll()).find((command) => command.name === 'draft-reply')?.shortcut ?? '',
  );
  const panel = await openReplyPanel(context, extensionId);
  const start = panel.getByRole('region', { name: 'Answer a post' });
  await expect(start).toContainText(shortcut ? `or press ${shortcut}.` : 'You can set a keyboard shortcut');
});
