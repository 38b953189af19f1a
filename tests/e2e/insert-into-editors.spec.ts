import type { Page } from '@playwright/test';
import type { EditorFixture } from './editor-fixture-pages';
import { type EditorPageFixtures, expect, test } from './extension-with-editor-pages';
import { chooseDraftReplyWithOutcome, openReplyPanel, selectText } from './reply-panel-helpers';

// Issue 18: "Insert into reply box" must put the reply into each editor's own document model —
// text that bypasses the model vanishes on the next keystroke or is posted without paragraphs.
// The fixtures (tests/fixtures/editors) run the real npm editors; readModel() reads their model.

/** The reply as the panel holds it: paragraphs separated by blank lines, with what breaks naive escaping. */
const replyLines = [
  'Families on the housing list are housed by need, not by where they were born.',
  '',
  "It's a myth that newcomers jump the queue 🏠 — fewer than 1 in 20 (<5%) of new lets go to them.",
  '',
  'Read the rules: https://council.example/housing?list=1&year=2026',
  '',
  'Everyone on the list is housed by the same rules.',
];
const reply = replyLines.join('\n');

// Each test starts Chromium with the extension, whose first capture loads the starter library, and
// a page bundling a whole editor: on two shared cores that can pass the default 30 s.
test.describe.configure({ timeout: 60_000 });

const editors: { label: string; fixture: EditorFixture; query?: string; box: string }[] = [
  { label: 'Draft.js (X)', fixture: 'draft-js', box: '[contenteditable="true"]' },
  { label: 'Lexical (Facebook, Threads, Reddit)', fixture: 'lexical', box: '[contenteditable="true"]' },
  { label: 'TipTap / ProseMirror (Bluesky)', fixture: 'tiptap', box: '[contenteditable="true"]' },
  { label: 'Quill (LinkedIn)', fixture: 'quill', box: '[contenteditable="true"]' },
  { label: 'Slate', fixture: 'slate', box: '[contenteditable="true"]' },
  { label: 'CKEditor 5', fixture: 'ckeditor', box: '[contenteditable="true"]' },
  { label: 'textarea (Mastodon, old Reddit)', fixture: 'plain', query: '?box=textarea', box: 'textarea' },
  { label: 'plain contenteditable', fixture: 'plain', query: '?box=contenteditable', box: '[contenteditable="true"]' },
];

function readModel(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { readModel(): string[] }).readModel());
}

function submissions(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { submitted: number }).submitted);
}

/** Opens the editor's page and captures its post, as "Draft a fact-sandwich reply" does: the capture remembers the tab. */
async function openAndCapture(
  { context, extensionId, serviceWorker, editorPages }: EditorPageFixtures,
  editor: (typeof editors)[number],
): Promise<{ page: Page; insert(): Promise<unknown> }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`[${editor.fixture}] page error: ${error.message}`));
  await page.goto(editorPages.urlOf(editor.fixture, editor.query));
  await page.waitForFunction(() => typeof (window as unknown as { readModel?: unknown }).readModel === 'function');
  await selectText(page, 'council houses');
  const panel = await openReplyPanel(context, extensionId);
  const capture = await chooseDraftReplyWithOutcome(serviceWorker, page.url(), 'council houses');
  expect(capture.kind).toBe('captured');
  // "Insert into reply box": the panel sends the request its button sends, and the background
  // injects the real /insert-reply.js into the page.
  const request = { type: 'insert-reply', sightingId: capture.sightingId, text: reply };
  return { page, insert: () => panel.evaluate((message) => chrome.runtime.sendMessage(message), request) };
}

/** What the background answers (the panel words it): the reply went into the box, not a single-line field. */
const inserted = (editor: (typeof editors)[number]) => ({ ok: true, into: editor.box === 'textarea' ? 'textarea' : 'contenteditable' });

for (const editor of editors) {
  test(`${editor.label}: the inserted reply lands in the editor's own model, paragraph by paragraph, and nothing is submitted`, async ({
    context,
    extensionId,
    serviceWorker,
    editorPages,
  }) => {
    const { page, insert } = await openAndCapture({ context, extensionId, serviceWorker, editorPages }, editor);
    await page.locator(editor.box).first().click();
    expect(await insert()).toEqual(inserted(editor));

    await expect.poll(() => readModel(page)).toEqual(replyLines);
    expect(await submissions(page)).toBe(0);

    // The next keystroke keeps the reply: the editor's model had it, not just the DOM.
    await page.bringToFront();
    await page.keyboard.type('!');
    await expect.poll(() => readModel(page)).toEqual([...replyLines.slice(0, -1), `${replyLines.at(-1)}!`]);
    expect(await submissions(page)).toBe(0);
  });

  test(`${editor.label}: with no click into it first, the page's only reply box gets the reply in its model`, async ({
    context,
    extensionId,
    serviceWorker,
    editorPages,
  }) => {
    const { page, insert } = await openAndCapture({ context, extensionId, serviceWorker, editorPages }, editor);
    expect(await insert()).toEqual(inserted(editor));
    await expect.poll(() => readModel(page)).toEqual(replyLines);
    expect(await submissions(page)).toBe(0);
  });
}
