import { describe, expect, it } from 'vitest';
import { interfaceLanguageFor } from './interface-language-for';

describe('the interface language', () => {
  it.each([
    ['auto', ['fr-FR', 'en'], 'fr', 'the browser’s first language'],
    ['auto', ['de-AT'], 'de', 'a regional variant'],
    ['auto', ['pl-PL', 'it-IT', 'en'], 'it', 'the first the interface speaks'],
    ['auto', ['pl', 'nl'], 'en', 'English when none is spoken'],
    ['auto', [], 'en', 'no preference'],
    [undefined, ['es-ES'], 'es', 'never set, as auto'],
    ['de', ['fr-FR'], 'de', 'a choice over the browser'],
  ] as const)('%s with %j speaks %s (%s)', (choice, preferred, expected, _why) => {
    expect(interfaceLanguageFor(choice, preferred)).toBe(expected);
  });
});
