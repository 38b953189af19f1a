import { expect, it } from 'vitest';
import { splitSentences } from './sentences';

it.each([
  ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
  ['Support is £49.18 a week. More text.', ['Support is £49.18 a week.', 'More text.']],
  ['The U.S. figure, e.g. in Texas, is lower. Next.', ['The U.S. figure, e.g. in Texas, is lower.', 'Next.']],
  [
    'In der EU waren am 1. Januar 2024 rund 27 Millionen. Danach mehr.',
    ['In der EU waren am 1. Januar 2024 rund 27 Millionen.', 'Danach mehr.'],
  ],
  ['A list:\n- one\n- two', ['A list:', '- one', '- two']],
  ['He said "Really?" Then left.', ['He said "Really?"', 'Then left.']],
  ['Przyjechało m.in. ok. 12 tys. osób, np. z Ukrainy. To mniej.', ['Przyjechało m.in. ok. 12 tys. osób, np. z Ukrainy.', 'To mniej.']],
  [
    'Zgodnie z art. 17 ust. 1 pkt 2 ustawy gmina pomaga. To obowiązek.',
    ['Zgodnie z art. 17 ust. 1 pkt 2 ustawy gmina pomaga.', 'To obowiązek.'],
  ],
  ['They love art. It shows.', ['They love art.', 'It shows.']],
  ['Het gaat o.a. om statushouders. Meer niet.', ['Het gaat o.a. om statushouders.', 'Meer niet.']],
  ['Det gäller t.ex. flyktingar. Inte alla.', ['Det gäller t.ex. flyktingar.', 'Inte alla.']],
  ['Κοστίζουν 2 εκ. ευρώ, π.χ. για στέγαση. Είναι λίγα.', ['Κοστίζουν 2 εκ. ευρώ, π.χ. για στέγαση.', 'Είναι λίγα.']],
  ['Τι ισχύει\u037e Ισχύει το αντίθετο.', ['Τι ισχύει\u037e', 'Ισχύει το αντίθετο.']],
])('%j', (text, sentences) => {
  expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(sentences);
});
