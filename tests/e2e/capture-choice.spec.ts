import { expect, test } from './extension-fixture';
import { chooseDraftReply, openReplyPanel, selectAcross, selectText } from './reply-panel-helpers';

// What the side panel shows of a capture beyond the post's text: which post to answer when the
// highlight covered several, the post a post quotes, and the post's own address.

test('a highlight across two posts: the panel asks which one to answer, and matches the one chosen', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('bsky.app'));
  await selectAcross(page, 'top of the housing list', 'not how the housing list');
  expect(await chooseDraftReply(serviceWorker, page.url(), 'top of the housing list')).toBe('captured');

  const panel = await openReplyPanel(context, extensionId);
  const choice = panel.getByRole('group', { name: 'Your selection covers 2 posts. Which one do you want to answer?' });
  await expect(choice).toBeVisible();
  const first = choice.getByRole('radio', { name: /^@rumours\.bsky\.social: The council is giving new arrivals free houses/ });
  const second = choice.getByRole('radio', { name: /^@neighbour\.example\.org: That is not how the housing list works/ });
  await expect(first).toBeChecked();
  await expect(panel.getByTestId('captured-author')).toHaveText('@rumours.bsky.social');
  await expect(panel.getByRole('list', { name: 'Matching entries' })).toBeVisible();

  // The keyboard moves between the posts, as in any radio group.
  await first.focus();
  await panel.keyboard.press('ArrowDown');
  await expect(second).toBeChecked();
  await expect(panel.getByTestId('captured-author')).toHaveText('@neighbour.example.org');
  await expect(panel.getByTestId('captured-text')).toHaveText('That is not how the housing list works.');
});

test('a post quoting another: the quote is shown apart, and the source link is the post itself', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  expect(await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels')).toBe('captured');

  const panel = await openReplyPanel(context, extensionId);
  await expect(panel.getByTestId('captured-text')).not.toContainText('Quoted post');
  const quote = panel.getByTestId('captured-quote');
  await expect(quote).toContainText('quoting');
  await expect(quote).toContainText('not matched: you highlighted the post itself');
  await expect(quote.getByText('Quoted post: this text belongs to another post.')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Open the post' })).toHaveAttribute('href', page.url());
});
