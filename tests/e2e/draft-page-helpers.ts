import { expect as baseExpect, type Page } from '@playwright/test';

// Draft safety specs open several pages and reload: generous waits, so a busy machine fails nothing by itself.
export const expect = baseExpect.configure({ timeout: 20_000 });

/** One of the four sections of the web editor's sandwich. */
export const section = (page: Page, name: string) =>
  page.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

/** Types `text` at the end of a section, as a person clicking into it would. */
export async function typeAtEnd(page: Page, name: string, text: string): Promise<void> {
  await section(page, name).locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Opens a new draft in the web editor and returns its address. */
export async function newDraft(page: Page): Promise<string> {
  await page.goto('/#/compose');
  await expect(page).toHaveURL(/#\/compose\/[0-9a-f-]{36}$/);
  await expect(section(page, 'Fact')).toBeVisible();
  return page.url();
}
