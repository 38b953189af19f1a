import type { Appearance } from '../../shared/schema';

// Remembered in the page's own storage so the next page load paints in the chosen theme at once,
// before the database (where the setting lives) has opened.
const rememberedKey = 'fact-sandwich:appearance';

/**
 * Puts the person's choice on <html data-theme>: 'light' and 'dark' override the system;
 * 'system' removes the attribute and tokens.css follows prefers-color-scheme.
 */
export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance;
  try {
    localStorage.setItem(rememberedKey, appearance);
  } catch {
    // Storage can be refused (private windows, blocked cookies): the theme still applies now.
  }
}

/** The last choice this page saw, applied before the first render. */
export function applyRememberedAppearance(root: HTMLElement = document.documentElement): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(rememberedKey);
  } catch {
    return;
  }
  if (remembered === 'light' || remembered === 'dark') root.dataset.theme = remembered;
}
