// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyAppearance, applyRememberedAppearance } from './apply-appearance';

describe('applyAppearance', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.theme;
    localStorage.clear();
  });

  it('sets a chosen theme on <html> and leaves the system one to the media query', () => {
    applyAppearance('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyAppearance('system');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('remembers the choice for the next page load', () => {
    applyAppearance('light');
    delete document.documentElement.dataset.theme;
    applyRememberedAppearance();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('ignores a remembered value it does not know', () => {
    localStorage.setItem('fact-sandwich:appearance', 'sepia');
    applyRememberedAppearance();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
