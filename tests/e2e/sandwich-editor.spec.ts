import { expect, test, type Page } from '@playwright/test';

type Sandwich = { fact: string; myth: string; explanation: string; factAgain: string };
const labels = ['Fact', 'Myth warning', 'Explanation', 'Fact again'] as const;
const seeded: Sandwich = { fact: 'Fact one', myth: 'Myth two', explanation: 'Explain three', factAgain: 'Fact four' };
const empty: Sandwich = { fact: '', myth: '', explanation: '', factAgain: '' };

const editor = (page: Page) => page.getByRole('textbox', { name: 'Fact sandwich' });
const section = (page: Page, name: (typeof labels)[number]) => editor(page).getByRole('group', { name, exact: true });
/** The sections' text as the editor reports it: paragraphs joined by line breaks (labels are CSS, not text). */
const readSandwich = async (page: Page): Promise<Sandwich> => {
  const texts = await editor(page)
    .getByRole('group')
    .evaluateAll((groups) =>
      groups.map((group) =>
        [...group.querySelectorAll(':scope > p')].map((paragraph) => (paragraph as HTMLElement).innerText.replace(/\n$/, '')).join('\n'),
      ),
    );
  return { fact: texts[0] ?? '', myth: texts[1] ?? '', explanation: texts[2] ?? '', factAgain: texts[3] ?? '' };
};

/** Four sections, in order, with exactly this text. */
async function expectSandwich(page: Page, expected: Sandwich) {
  await expect.poll(() => readSandwich(page)).toEqual(expected);
  expect(
    await editor(page)
      .getByRole('group')
      .evaluateAll((all) => all.map((group) => group.getAttribute('aria-label'))),
  ).toEqual([...labels]);
}

/** Lets the editor take in a selection change before the next key (Lexical reads it on selectionchange). */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function caretIn(page: Page, name: (typeof labels)[number], where: 'start' | 'end') {
  await section(page, name).locator('p').first().click();
  await page.keyboard.press(where === 'start' ? 'Home' : 'End');
  await settle(page);
}

async function seed(page: Page) {
  for (const [index, label] of labels.entries()) {
    await caretIn(page, label, 'end');
    await page.keyboard.type(Object.values(seeded)[index]!);
  }
  await expectSandwich(page, seeded);
}

/** Undo returns to `before`, redo to `after` (so the gesture itself gave `after`); four sections throughout. */
async function expectUndoRedo(page: Page, before: Sandwich, after: Sandwich) {
  await page.keyboard.press('ControlOrMeta+z');
  await expectSandwich(page, before);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expectSandwich(page, after);
}

/** Selects from `from` in one section's first text to `to` in another's, as a mouse drag would. */
async function selectAcross(page: Page, from: [string, number], to: [string, number]) {
  await editor(page).evaluate(
    (root, [start, end]) => {
      const paragraphOf = (label: string) => root.querySelector(`[aria-label="${label}"] p`)!;
      const textIn = (label: string) => paragraphOf(label).querySelector('span')?.firstChild ?? paragraphOf(label);
      getSelection()!.setBaseAndExtent(textIn(start[0]), start[1], textIn(end[0]), end[1]);
    },
    [from, to] as const,
  );
  await settle(page);
}

const pasteSynthetic = (page: Page, data: Record<string, string>) =>
  editor(page).evaluate((root, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);

test.beforeEach(async ({ page }) => {
  // A new draft: the compose view creates it and opens it in the editor.
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await expect(editor(page)).toBeVisible();
});

test('the four sections are announced by name, with their hints, and take typing', async ({ page }) => {
  await expect(editor(page)).toHaveAttribute('aria-multiline', 'true');
  for (const label of labels) await expect(section(page, label)).toBeVisible();
  await expect(section(page, 'Myth warning')).toHaveAttribute('aria-description', /state the myth once/);
  await seed(page);
  await caretIn(page, 'Explanation', 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second point');
  await expectSandwich(page, { ...seeded, explanation: 'Explain three\nSecond point' });
  // Labels and hints are not text: they never reach the document.
  expect(await section(page, 'Fact').locator('p').allTextContents()).toEqual(['Fact one']);
});

test('Backspace at a section start and Delete at a section end change nothing', async ({ page }) => {
  await seed(page);
  await caretIn(page, 'Myth warning', 'start');
  for (const key of ['Backspace', 'Backspace']) await page.keyboard.press(key);
  await expectSandwich(page, seeded);
  await caretIn(page, 'Fact', 'end');
  await page.keyboard.press('Delete');
  await expectSandwich(page, seeded);
  // Undo takes back the last typing (the no-ops left nothing to undo); redo brings it back.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor(page).getByRole('group')).toHaveCount(4);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expectSandwich(page, seeded);
});

test('word and line deletion stop at section edges', async ({ page }) => {
  await seed(page);
  await caretIn(page, 'Explanation', 'start');
  for (const key of ['Control+Backspace', 'Alt+Backspace']) await page.keyboard.press(key);
  await caretIn(page, 'Myth warning', 'end');
  await page.keyboard.press('Control+Delete');
  await expectSandwich(page, seeded);
  await caretIn(page, 'Explanation', 'end');
  await page.keyboard.press('Control+Backspace');
  await expectUndoRedo(page, seeded, { ...seeded, explanation: 'Explain ' });
});

test('select all, then Delete, empties every section and keeps all four', async ({ page }) => {
  await seed(page);
  await caretIn(page, 'Myth warning', 'end');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expectUndoRedo(page, seeded, empty);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expectSandwich(page, empty);
});

test('select all, then typing, writes into the fact and empties the rest', async ({ page }) => {
  await seed(page);
  await caretIn(page, 'Explanation', 'end');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('N');
  const typed = { ...empty, fact: 'N' };
  await expectUndoRedo(page, seeded, typed);
});

test('cut across sections removes only the selected text of each section', async ({ page }) => {
  await seed(page);
  await selectAcross(page, ['Fact', 4], ['Explanation', 7]);
  await page.keyboard.press('ControlOrMeta+x');
  const cut = { ...seeded, fact: 'Fact', myth: '', explanation: ' three' };
  await expectUndoRedo(page, seeded, cut);
  // A selection dragged backwards and deleted with Backspace behaves the same.
  await selectAcross(page, ['Fact again', 4], ['Myth warning', 0]);
  await page.keyboard.press('Backspace');
  await expectSandwich(page, { fact: 'Fact', myth: '', explanation: '', factAgain: ' four' });
});

test('pasted paragraphs and rich HTML arrive as plain text in the current section', async ({ page }) => {
  await seed(page);
  await caretIn(page, 'Myth warning', 'end');
  await pasteSynthetic(page, { 'text/plain': 'a\n\nb\n\nc' });
  const pasted = { ...seeded, myth: 'Myth twoa\n\nb\n\nc' };
  await expectUndoRedo(page, seeded, pasted);
  await caretIn(page, 'Fact', 'end');
  const html =
    '<div data-lexical-editor><section><h1>Head</h1></section><p>para <b>bold</b><img src=x onerror="document.title=1"></p></div>';
  await pasteSynthetic(page, { 'text/html': html, 'text/plain': 'Head\npara bold' });
  const rich = { ...pasted, fact: 'Fact oneHead\npara bold' };
  await expectSandwich(page, rich);
  await expect(editor(page).locator('h1, b, img, section')).toHaveCount(0);
  await pasteSynthetic(page, { 'text/html': '<h2>Only</h2><p>markup</p>' }); // no text/plain: the markup's text
  await expectUndoRedo(page, rich, { ...rich, fact: 'Fact oneHead\npara boldOnlymarkup' });
});

test('dropped text is inserted as plain text and moves no section', async ({ page }) => {
  await seed(page);
  const box = (await section(page, 'Fact again').locator('p').first().boundingBox())!;
  await editor(page).evaluate(
    (root, point) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', ' dropped\nline');
      transfer.setData('text/html', '<div role="group" aria-label="Fact">x</div>');
      const target = document.elementFromPoint(point.x, point.y) ?? root;
      target.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, clientX: point.x, clientY: point.y, bubbles: true, cancelable: true }),
      );
    },
    { x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
  await expectSandwich(page, { ...seeded, factAgain: 'Fact four dropped\nline' });
});

test('Tab leaves the editor instead of trapping focus', async ({ page }) => {
  await caretIn(page, 'Fact', 'end');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor(page)).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page)).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await expectSandwich(page, empty);
});

test('typing or Enter over a selection across sections, and Backspace in empty sections, keep four sections', async ({ page }) => {
  await seed(page);
  await selectAcross(page, ['Fact', 5], ['Myth warning', 5]);
  await page.keyboard.type('Z');
  const typed = { ...seeded, fact: 'Fact Z', myth: 'two' };
  await expectSandwich(page, typed);
  await selectAcross(page, ['Explanation', 7], ['Fact again', 4]);
  await page.keyboard.press('Enter');
  await expectSandwich(page, { ...typed, explanation: 'Explain\n', factAgain: ' four' });
  await selectAcross(page, ['Myth warning', 1], ['Fact again', 1]);
  await pasteSynthetic(page, { 'text/plain': 'x\ny' });
  await expectSandwich(page, { ...typed, myth: 'tx\ny', explanation: '', factAgain: 'four' });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  for (const label of labels) {
    await caretIn(page, label, 'start');
    for (const key of ['Backspace', 'Delete', 'Control+Backspace', 'Control+Delete']) await page.keyboard.press(key);
  }
  await expectSandwich(page, empty);
});
