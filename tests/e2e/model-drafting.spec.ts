import { expect, test, type Page } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { composeTemplateDraft } from '../../shared/compose';
import type { Bundle } from '../../shared/schema';
import { sandwichJson, startFakeOpenAiServer, streamPieces, type FakeOpenAiServer } from '../support/fake-openai-server';
import { caretAtEndOf } from './reply-panel-helpers';

// The web editor pointed at a local OpenAI-compatible server (real HTTP, real streaming), with the
// server URL, model and key entered through Settings as a person would.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const library = starter as unknown as Bundle;
const entry = library.entries.find((candidate) => candidate.id === 'asylum-luxury-support')!;
const good = composeTemplateDraft({ entry, channel: 'x' }).sections;
const section = (page: Page, name: string) =>
  page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

let server: FakeOpenAiServer;
test.beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
test.afterEach(async () => {
  await server.close();
});

async function setUpModel(page: Page) {
  await page.goto('/#/settings');
  await page.getByLabel('Server URL').fill(server.baseUrl);
  await page.getByLabel('Model', { exact: true }).fill('local-test-model');
  await page.getByLabel('API key').fill('sk-test-key-123');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

async function draftFor(page: Page) {
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await page.getByLabel('Library entry').fill('hotels iPhones');
  await page.getByRole('listbox', { name: 'Matching entries' }).getByRole('option', { name: entry.title }).click();
  await page.getByRole('button', { name: 'Fill from entry' }).click();
  await caretAtEndOf(section(page, 'Fact'));
  await page.keyboard.type(' My own words.');
  await expect(section(page, 'Fact')).toContainText('My own words.');
}

test('without a model, the template drafts and a hint says where to set one up', async ({ page }) => {
  await draftFor(page);
  const panel = page.getByRole('region', { name: 'Draft with a language model' });
  await expect(panel.getByText('No model is set up')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'set one up in Settings' })).toHaveAttribute('href', '#/settings');
  await expect(panel.getByRole('button', { name: 'Draft with the model' })).toHaveCount(0);
});

test('a good model draft streams in section by section, and only then replaces the draft', async ({ page }) => {
  await setUpModel(page);
  await draftFor(page);
  server.script({ kind: 'stream', content: streamPieces(sandwichJson({ ...good, fact: `${good.fact}` }), 12), chunkDelayMs: 60 });
  const panel = page.getByRole('region', { name: 'Draft with a language model' });
  await expect(panel.getByText(`Sent to 127.0.0.1:${new URL(server.baseUrl).port} (local-test-model), and nothing else:`)).toBeVisible();
  await panel.getByRole('button', { name: 'Draft with the model' }).click();

  // While it streams: a progress bar, the sections arriving, a way out — and the draft untouched.
  await expect(panel.getByRole('progressbar', { name: 'Model draft progress' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(section(page, 'Fact')).toContainText('My own words.');

  await expect(panel.getByText('The model’s draft is in the editor, with no problems to fix.')).toBeVisible();
  await expect(section(page, 'Fact')).toHaveText(good.fact);
  await expect(page.getByRole('list', { name: 'Must fix' })).toHaveCount(0);

  const [request] = server.requests;
  expect(request!.headers.authorization).toBe('Bearer sk-test-key-123');
  expect(request!.body.model).toBe('local-test-model');
  expect(JSON.stringify(request!.body.messages)).toContain(entry.fact);
});

test('a draft that stays wrong after its repair is shown beside the template, not as ready', async ({ page }) => {
  await setUpModel(page);
  await draftFor(page);
  const invented = { ...good, fact: 'Asylum seekers get £9,999 a week in cash.' };
  server.script({ kind: 'stream', content: sandwichJson(invented) }, { kind: 'stream', content: sandwichJson(invented) });
  const panel = page.getByRole('region', { name: 'Draft with a language model' });
  await panel.getByRole('button', { name: 'Draft with the model' }).click();

  await expect(panel.getByRole('alert')).toContainText('still has');
  await expect(
    panel.getByRole('list', { name: 'Problems in the model draft' }).locator('li[data-rule="unsupported-figure"]'),
  ).not.toHaveCount(0);
  expect(server.requests).toHaveLength(2); // the draft, and one repair quoting the finding
  expect(JSON.stringify(server.requests[1]!.body.messages)).toContain('9,999');
  await expect(section(page, 'Fact')).toContainText('My own words.'); // nothing applied yet

  await panel.getByRole('button', { name: 'Use the template draft' }).click();
  await expect(section(page, 'Fact')).toHaveText(good.fact);
});

for (const failure of [
  {
    name: 'a refused key (401)',
    response: {
      kind: 'json' as const,
      status: 401,
      body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } },
    },
    message: /401/,
  },
  {
    name: 'an unknown model (404)',
    response: {
      kind: 'json' as const,
      status: 404,
      body: { error: { message: 'model not found', type: 'invalid_request_error', code: 'model_not_found' } },
    },
    message: /local-test-model.*404/,
  },
  {
    name: 'a busy server (429)',
    response: {
      kind: 'json' as const,
      status: 429,
      headers: { 'retry-after': '20' },
      body: { error: { message: 'Rate limit reached', type: 'rate_limit_error' } },
    },
    message: /20 seconds/,
  },
  {
    name: 'an answer cut off mid-stream',
    response: { kind: 'stream' as const, content: streamPieces(sandwichJson(good), 10), cutAfterChunks: 4 },
    message: /cut|stopped|closed/i,
  },
  {
    name: 'an answer that is not JSON',
    response: { kind: 'stream' as const, content: 'Sure! Here is a reply: immigrants are great.' },
    message: /format|JSON/i,
  },
]) {
  test(`${failure.name}: a clear message, and the draft is unchanged`, async ({ page }) => {
    await setUpModel(page);
    await draftFor(page);
    server.script(failure.response);
    const panel = page.getByRole('region', { name: 'Draft with a language model' });
    await panel.getByRole('button', { name: 'Draft with the model' }).click();
    await expect(panel.getByRole('alert')).toHaveText(failure.message);
    await expect(panel.getByRole('alert')).toContainText('Your draft is unchanged.');
    await expect(section(page, 'Fact')).toContainText('My own words.');
  });
}

test('cancel stops the stream at once and leaves the draft as it was', async ({ page }) => {
  await setUpModel(page);
  await draftFor(page);
  server.script({ kind: 'stream', content: streamPieces(sandwichJson(good), 40), chunkDelayMs: 250 });
  const panel = page.getByRole('region', { name: 'Draft with a language model' });
  await panel.getByRole('button', { name: 'Draft with the model' }).click();
  await expect(panel.getByRole('progressbar', { name: 'Model draft progress' })).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByText(/was cancelled.*Your draft is unchanged\./)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Draft with the model' })).toBeVisible();
  await expect(section(page, 'Fact')).toContainText('My own words.');
});

test('variants for two audiences are drafted side by side, each checked, and one can be used', async ({ page }) => {
  await setUpModel(page);
  await draftFor(page);
  const [first, second] = library.audiences;
  const answers = [first, second].map((audience) => composeTemplateDraft({ entry, channel: 'x', audience }).sections);
  server.script(...answers.map((sections) => ({ kind: 'stream' as const, content: sandwichJson(sections) })));

  await page.getByText('Draft for several audiences').click();
  const variantsBox = page.locator('details.variants');
  await variantsBox.getByRole('checkbox', { name: first!.name }).check();
  await variantsBox.getByRole('checkbox', { name: second!.name }).check();
  await variantsBox.getByRole('button', { name: 'Draft 2 variants' }).click();
  const variants = page.getByRole('list', { name: 'Variants' }).getByRole('listitem');
  await expect(variants).toHaveCount(2);
  await expect(variants.filter({ hasText: `for ${first!.name}` })).toHaveCount(1);
  await expect(variants.filter({ hasText: `for ${second!.name}` })).toHaveCount(1);
  await expect(variants.filter({ hasText: 'Ready: no problems to fix.' })).toHaveCount(2);

  // Each variant was written for its own audience: each request's prompt named it.
  const shown = await variants.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')!));
  for (const [index, label] of shown.entries()) {
    const audience = [first!, second!].find((candidate) => label.includes(candidate.name))!;
    expect(JSON.stringify(server.requests[index]!.body.messages)).toContain(audience.name);
  }
  await variants.nth(1).getByRole('button', { name: 'Use this variant' }).click();
  await expect(section(page, 'Fact')).toHaveText(answers[1]!.fact);
});
