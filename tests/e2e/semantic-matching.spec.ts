import type { BrowserContext } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { matchesToOffer } from '../../shared/match';
import type { Bundle } from '../../shared/schema';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { expect, test } from './extension-fixture';
import { chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

const library = starter as unknown as Bundle;
// "Undocumented immigrants in the US do not pay taxes", in none of the words of that entry's
// statement, translations or phrasings (shared/match/semantic/semantic-matches.test.ts checks
// it word by word): the word matcher finds nothing, the embedding model finds the entry.
const paraphrase = 'Residents without legal status hand no revenue to the government';
const taxesEntry = 'Undocumented immigrants in the US pay tens of billions in taxes';

let server: FakeOpenAiServer;
test.beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
test.afterEach(async () => {
  await server.close();
});

/** The server and an embedding model (no chat model) entered on the extension's options page. */
async function setUpEmbeddings(context: BrowserContext, extensionId: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Server URL').fill(server.baseUrl);
  await options.getByLabel('Embedding model').fill('nomic-embed-text');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByText('Settings saved.')).toBeVisible();
  await options.close();
}

test('a post that says a myth in other words is matched to its entry by meaning', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  test.slow(); // the first match by meaning embeds the whole starter library (about 1,400 wordings)
  expect(matchesToOffer(paraphrase, library.entries).all).toEqual([]); // no word in common with any entry
  await setUpEmbeddings(context, extensionId);
  const page = await context.newPage();
  await page.goto(fixtureUrl('news.example'));
  // A reader's comment under the article, highlighted as a person would.
  await page.evaluate((text) => {
    const comment = document.createElement('p');
    comment.className = 'comment';
    comment.textContent = text;
    document.querySelector('article')!.append(comment);
  }, paraphrase);
  await selectText(page, paraphrase);
  await chooseDraftReply(serviceWorker, page.url(), paraphrase);

  const panel = await openReplyPanel(context, extensionId);
  const match = panel.getByRole('list', { name: 'Matching entries' }).getByRole('listitem').filter({ hasText: taxesEntry });
  await expect(match).toBeVisible({ timeout: 15_000 });
  await expect(match.locator('.match-reasons')).toHaveText(/^Similar in meaning to the library wording: .+/);
  await expect(panel.getByText('Also looking for entries')).toHaveCount(0);

  // Sent: the post and the library's myth wording, without the key of another server or the fact.
  const sent = server.embeddingRequests.flatMap((request) => request.body.input as string[]);
  expect(sent).toContain(paraphrase);
  const entry = library.entries.find((candidate) => candidate.title === taxesEntry)!;
  expect(sent).toContain(entry.myth.statement);
  expect(sent).not.toContain(entry.fact);

  await match.getByRole('button', { name: 'Draft with this entry' }).click();
  // The list folds once a draft starts; its heading names the entry the draft answers with.
  const matches = panel.getByRole('button', { name: /^Myths this post repeats/ });
  await expect(matches).toHaveAttribute('aria-expanded', 'false');
  await expect(matches).toContainText(`Drafting with “${taxesEntry}”`);
  await matches.click();
  await expect(match.getByRole('button', { name: 'Drafting with this entry' })).toBeVisible();
});

test('when the model server fails, the word matches stay, with a note saying why', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  await setUpEmbeddings(context, extensionId);
  server.failEmbeddings({ kind: 'json', status: 500, body: { error: { message: 'embedding runner crashed' } } });
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels');

  const panel = await openReplyPanel(context, extensionId);
  await expect(panel.getByRole('status').filter({ hasText: 'Semantic matching is unavailable' })).toHaveText(
    `Semantic matching is unavailable: the server at 127.0.0.1:${server.port} had an internal error (500); showing word matches.`,
  );
  const matches = panel.getByRole('list', { name: 'Matching entries' }).getByRole('listitem');
  await expect(matches.filter({ hasText: 'UK asylum support is £49.18 a week' })).toBeVisible();
  await expect(matches.first().locator('.match-reasons')).toContainText('Matched on:');
  expect(server.embeddingRequests.length).toBeGreaterThan(0);
});
