import { describe, expect, it } from 'vitest';
import type { PartialSections } from './partial-sections';
import { readPartialSections } from './partial-sections';

const cases: [string, string, PartialSections][] = [
  ['nothing yet', '', { sections: {}, complete: [] }],
  ['only the opening brace', '{', { sections: {}, complete: [] }],
  ['a key not yet finished', '{"fa', { sections: {}, complete: [] }],
  ['a key without its value', '{"fact":', { sections: {}, complete: [] }],
  ['an opened value', '{"fact": "', { sections: { fact: '' }, complete: [] }],
  ['an unfinished value', '{"fact": "Most migrants', { sections: { fact: 'Most migrants' }, complete: [] }],
  ['a finished value', '{"fact": "Most migrants work."', { sections: { fact: 'Most migrants work.' }, complete: ['fact'] }],
  [
    'the next section started',
    '{"fact":"A.","myth":"A common myth',
    { sections: { fact: 'A.', myth: 'A common myth' }, complete: ['fact'] },
  ],
  [
    'all four, whitespace and newlines between',
    '{\n  "fact" : "A.",\n  "myth": "B.",\n\t"explanation":"C.",\n  "factAgain": "D."\n}',
    { sections: { fact: 'A.', myth: 'B.', explanation: 'C.', factAgain: 'D.' }, complete: ['fact', 'myth', 'explanation', 'factAgain'] },
  ],
  ['keys in another order', '{"myth":"B.","fact":"A', { sections: { myth: 'B.', fact: 'A' }, complete: ['myth'] }],
  [
    'escapes: newline, quote, backslash, tab',
    String.raw`{"factAgain":"Full Fact\n— \"the council\" \\ team\t"}`,
    { sections: { factAgain: 'Full Fact\n— "the council" \\ team\t' }, complete: ['factAgain'] },
  ],
  ['a \\u escape', String.raw`{"fact":"49.18 \u00a3 \u2014 done"}`, { sections: { fact: '49.18 £ — done' }, complete: ['fact'] }],
  ['a surrogate pair in \\u escapes', String.raw`{"fact":"ok \ud83d\ude00"}`, { sections: { fact: 'ok 😀' }, complete: ['fact'] }],
  ['cut inside an escape', '{"fact":"line\\', { sections: { fact: 'line' }, complete: [] }],
  ['cut inside a \\u escape', String.raw`{"fact":"price \u00`, { sections: { fact: 'price ' }, complete: [] }],
  ['cut between the halves of a surrogate pair', String.raw`{"fact":"ok \ud83d`, { sections: { fact: 'ok ' }, complete: [] }],
  ['a code fence before the object', '```json\n{"fact":"A.","myth":"B', { sections: { fact: 'A.', myth: 'B' }, complete: ['fact'] }],
  ['a sentence before the object', 'Here is the JSON:\n{"fact":"A."}', { sections: { fact: 'A.' }, complete: ['fact'] }],
  [
    'keys spelt another way',
    '{"Fact":"A.","fact_again":"D.","MYTH":"B',
    { sections: { fact: 'A.', factAgain: 'D.', myth: 'B' }, complete: ['fact', 'factAgain'] },
  ],
  [
    'other keys and values skipped',
    '{"notes":{"a":[1,"}"]},"count":3,"ok":true,"fact":"A."}',
    { sections: { fact: 'A.' }, complete: ['fact'] },
  ],
  ['an unfinished other value stops the reading', '{"fact":"A.","notes":[1,2', { sections: { fact: 'A.' }, complete: ['fact'] }],
  ['a repeated key wins, as in JSON.parse', '{"fact":"A.","fact":"B', { sections: { fact: 'B' }, complete: [] }],
  ['no object at all', 'I cannot help with that.', { sections: {}, complete: [] }],
  ['only the first object counts', '{"fact":"A."} {"myth":"B."}', { sections: { fact: 'A.' }, complete: ['fact'] }],
];

describe('readPartialSections', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(readPartialSections(text)).toEqual(expected);
  });

  it('agrees with JSON.parse on every prefix of a whole answer', () => {
    const answer = JSON.stringify(
      {
        fact: 'Asylum support is £49.18 a week.',
        myth: 'A "common" myth…',
        explanation: 'Line one.\nLine two \u2028 end.',
        factAgain: 'Source: Full Fact 😀\n— Team',
      },
      null,
      1,
    );
    const whole = JSON.parse(answer) as Record<string, string>;
    for (let end = 0; end <= answer.length; end++) {
      const { sections } = readPartialSections(answer.slice(0, end));
      for (const [id, text] of Object.entries(sections)) expect(whole[id]!.startsWith(text)).toBe(true);
    }
    expect(readPartialSections(answer).sections).toEqual(whole);
  });
});
