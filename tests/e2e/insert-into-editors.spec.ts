import type { Page } from '@playwright/test';
import type { EditorFixture } from './editor-fixture-pages';
import { expect, test } from './extension-with-editor-pages';
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

for (const editor of editors) {
  test(`${editor.label}: the inserted reply lands in the editor's own model, paragraph by paragraph, and nothing is submitted`, async ({
    context,
    extensionId,
    serviceWorker,
    editorPages,
  }) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`[${editor.fixture}] page error: ${error.message}`));
    await page.goto(editorPages.urlOf(editor.fixture, editor.query));
    await page.waitForFunction(() => typeof (window as unknown as { readModel?: unknown }).readModel === 'function');

    // The person highlights the post and asks for a reply: the capture remembers this tab.
    await selectText(page, 'council houses');
    const panel = await openReplyPanel(context, extensionId);
    const capture = await chooseDraftReplyWithOutcome(serviceWorker, page.url(), 'council houses');
    expect(capture.kind).toBe('captured');

    // They click into the reply box and press "Insert into reply box": the panel sends the same
    // request its button sends, and the background injects the real /insert-reply.js.
    await page.locator(editor.box).first().click();
    const answer = await panel.evaluate((request) => chrome.runtime.sendMessage(request), {
      type: 'insert-reply',
      sightingId: capture.sightingId,
      text: reply,
    });
    expect(answer).toEqual({ ok: true, message: expect.stringMatching(/^Inserted into the reply box on the page\./) });

    await expect.poll(() => readModel(page)).toEqual(replyLines);
    expect(await submissions(page)).toBe(0);

    // The next keystroke keeps the reply: the editor's model had it, not just the DOM.
    await page.bringToFront();
    await page.keyboard.type('!');
    await expect.poll(() => readModel(page)).toEqual([...replyLines.slice(0, -1), `${replyLines.at(-1)}!`]);
    expect(await submissions(page)).toBe(0);
  });
}
