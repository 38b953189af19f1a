import { expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}']+/u)
    .filter(Boolean);

it.each([
  ['They take our jobs and the council does nothing', 'en'],
  ['Ils prennent le travail des Français et personne ne dit rien', 'fr'],
  ['Die Flüchtlinge bekommen mehr als die Rentner und keiner sagt was', 'de'],
  ['Los menas cobran más que tu abuela y nadie hace nada', 'es'],
  ['Le case popolari vanno agli stranieri e non agli italiani', 'it'],
  ['#StopTheBoats 🚤🚤', 'en'], // nothing to go on: the default
])('%s → %s', (text, language) => {
  expect(detectLanguage(words(text))).toBe(language);
});
