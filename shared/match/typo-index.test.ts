import { expect, it } from 'vitest';
import { TypoIndex } from './typo-index';

const index = new TypoIndex(['benefit', 'hotel', 'pension', 'pensioner', 'asylum', 'jobs']);

it.each([
  ['benfit', 'benefit'], // a letter missing
  ['beneffit', 'benefit'], // a letter too many
  ['benafit', 'benefit'], // a wrong letter
  ['hotle', 'hotel'], // two letters swapped
  ['asylym', 'asylum'],
  ['benefit', undefined], // already known
  ['jbos', undefined], // short words are not corrected: too many near neighbours
  ['pensionr', undefined], // one edit from both "pension" and "pensioner": too uncertain to correct
  ['bxnxfit', undefined], // two edits away
])('%s → %s', (word, expected) => {
  expect(index.correct(word)).toBe(expected);
});
