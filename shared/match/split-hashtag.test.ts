import { expect, it } from 'vitest';
import { splitHashtag } from './split-hashtag';

const known = new Set(['stop', 'boats', 'illegal', 'aliens', 'migrant', 'crime', 'go', 'home']);
const isKnown = (word: string) => known.has(word) || ['the', 'a'].includes(word);

it.each([
  ['#StopTheBoats', ['Stop', 'The', 'Boats']],
  ['#stoptheboats', ['stop', 'the', 'boats']],
  ['#IllegalAliens', ['Illegal', 'Aliens']],
  ['#migrantcrime', ['migrant', 'crime']],
  ['#NHS2024', ['NHS', '2024']],
  ['#remigration', ['remigration']], // unknown word: kept whole
  ['#go_home', ['go', 'home']],
])('%s → %j', (tag, words) => {
  expect(splitHashtag(tag, isKnown)).toEqual(words);
});
