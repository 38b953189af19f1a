import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Set E2E_SCREENSHOTS_DIR to keep pictures of the press statement, wide and narrow.
const screenshots = process.env.E2E_SCREENSHOTS_DIR;
const sizes = [
  { name: 'wide', width: 1366, height: 900 },
  { name: 'phone', width: 360, height: 740 },
] as const;

const section = (page: Page, name: string) =>
  page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });
const preview = (page: Page) => page.getByRole('article', { name: 'Press statement preview' });

/** The case: the taxes entry, drafted for X, in the council team's name. */
async function draftForX(page: Page) {
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  const settings = page.getByRole('group', { name: 'Reply settings' });
  await page.getByLabel('Library entry').fill('undocumented immigrants pay taxes');
  await page
    .getByRole('listbox', { name: 'Matching entries' })
    .getByRole('option', { name: /pay tens of billions in taxes/ })
    .click();
  await settings.getByLabel('Spokesperson').selectOption({ label: 'City communications officer' });
  await settings.getByLabel('Channel').selectOption({ label: 'X' });
  await page.getByRole('button', { name: 'Fill from entry' }).click();
  await expect(section(page, 'Fact')).not.toHaveText('');
  await expect(page.getByRole('list', { name: 'Must fix' })).toHaveCount(0);
}

test('a press statement has a headline, the fact once, an attributed quote, the sources and a contact line, and copies as rich text', async ({
  page,
}) => {
  await draftForX(page);
  const button = page.getByRole('button', { name: 'Press statement', exact: true });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');

  const statement = preview(page);
  await expect(statement).toBeVisible();
  const headline = (await statement.getByRole('heading', { level: 4 }).innerText()).trim();
  // The fact, short: the entry's reviewed title here.
  expect(headline).toBe('Undocumented immigrants in the US pay tens of billions in taxes');
  const paragraphs = (await statement.locator('p').allInnerTexts()).map((text) => text.trim());
  const [kicker, lead, quote] = paragraphs;
  expect(kicker).toMatch(/^press statement · city council · \d{1,2} \w+ \d{4}$/i);
  // The lead is the fact, in full, and says something the headline does not repeat word for word.
  expect(lead).toContain('$59.4 billion to the federal government');
  expect(lead).not.toBe(`${headline}.`);
  // The quote: the myth warned of in the council's voice, then the explanation — never the fact.
  expect(quote).toMatch(
    /^“We are aware of the false claim that undocumented immigrants in the US do not pay taxes,” said \[Name\], City communications officer, City council\. “.+”$/,
  );
  expect(quote).not.toContain('$96.7');
  // The closing line is gone: no short-form fact in quotes, no paragraph said twice.
  await expect(statement).not.toContainText('$96.7bn in 2022, according to an ITEP estimate.');
  expect(new Set(paragraphs).size).toBe(paragraphs.length);

  const sources = statement.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(sources.getByRole('listitem')).toHaveCount(1);
  await expect(sources.getByRole('link')).toHaveAttribute('href', /^https:\/\/itep\.org\//);
  await expect(statement.locator('p.press-contact')).toHaveText('Media contact: [name, email, phone]');
  await expect(statement.locator('p.press-ends')).toHaveText('ENDS');

  // The blanks are flagged, and the panel says the statement was built from the entry's full wording.
  const panel = page.getByRole('region', { name: 'Press statement', exact: true });
  await expect(panel.getByText('To fill in before sending:')).toBeVisible();
  await expect(panel.locator('.press-to-fill mark')).toHaveText(['[Name]', '[name, email, phone]']);
  await expect(statement.locator('mark')).toHaveText(['[Name]', '[name, email, phone]']);
  await expect(panel.getByText("Built from the entry's full wording: the draft is written for X, too short for the press.")).toBeVisible();

  await panel.getByRole('button', { name: 'Copy press statement' }).click();
  await expect(page.getByText('Copied the press statement.')).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  expect(copied.html).toContain(`<h1>${headline}</h1>`);
  expect(copied.html).toContain('<mark>[Name]</mark>');
  expect(copied.html).not.toMatch(/<script|<img|<style/);
  expect(copied.text.startsWith(`PRESS STATEMENT · CITY COUNCIL · `)).toBe(true);
  expect(copied.text).toContain(`\n\n${headline}\n\n${lead}\n\n${quote}\n\n`);
  expect(copied.text.trimEnd().endsWith('Media contact: [name, email, phone]\n\nENDS')).toBe(true);

  for (const size of sizes) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    if (screenshots) await panel.screenshot({ path: `${screenshots}/press-statement-${size.name}.png` });
  }
});
