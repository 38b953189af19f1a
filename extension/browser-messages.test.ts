import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The words the browser itself shows (the store description, the toolbar button's title, the
// context menu, the shortcut and the refused-update badge) come from _locales, one file per
// language (issue 20). Like the interface's catalogues, each language has every message.
const folder = join(import.meta.dirname, 'public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (language: string): Messages => JSON.parse(readFileSync(join(folder, language, 'messages.json'), 'utf8'));
const english = read('en');

describe.each(readdirSync(folder).filter((language) => language !== 'en'))('the %s messages', (language) => {
  const messages = read(language);

  it('have every English message and no other, each translated', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [name, { message }] of Object.entries(messages)) {
      expect(message.trim(), name).not.toBe('');
      expect(message, name).not.toBe(english[name]?.message);
    }
  });
});

it('every English message says where the browser shows it, for translators', () => {
  for (const [name, { description }] of Object.entries(english)) expect(description, name).toBeTruthy();
});
