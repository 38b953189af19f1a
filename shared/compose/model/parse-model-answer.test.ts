import { describe, expect, it } from 'vitest';
import { parseModelAnswer, type ModelAnswer } from './parse-model-answer';

const sections = { fact: 'A.', myth: 'B.', explanation: 'C.', factAgain: 'D.' };
const json = JSON.stringify(sections);

const cases: [string, string, ModelAnswer][] = [
  ['plain JSON', json, { ok: true, sections }],
  ['a ```json fence', `\`\`\`json\n${json}\n\`\`\``, { ok: true, sections }],
  ['text around the object', `Here you go:\n${json}\nLet me know!`, { ok: true, sections }],
  ['surrounding whitespace in a section is trimmed', JSON.stringify({ ...sections, fact: '  A.\n' }), { ok: true, sections }],
  ['keys spelt another way', JSON.stringify({ Fact: 'A.', myth: 'B.', explanation: 'C.', fact_again: 'D.' }), { ok: true, sections }],
  ['other keys are left out', JSON.stringify({ ...sections, notes: 'x', sources: [] }), { ok: true, sections }],
  ['an empty answer', '  ', { ok: false, problem: 'invalid-json', message: "The model's answer is empty" }],
  ['prose', 'Sure! Immigrants are great.', { ok: false, problem: 'invalid-json', message: "The model's answer has no JSON object in it" }],
  ['broken JSON', '{"fact": "A.", "myth": }', { ok: false, problem: 'invalid-json', message: "The model's answer is not valid JSON" }],
  [
    'an unfinished object',
    json.slice(0, -5),
    { ok: false, problem: 'invalid-json', message: "The model's answer ends before its JSON object does" },
  ],
  [
    'an unfinished object followed by another',
    '{"fact": "A.", {"myth": "B."}',
    { ok: false, problem: 'invalid-json', message: "The model's answer is not valid JSON" },
  ],
  [
    'a missing section',
    JSON.stringify({ fact: 'A.', myth: 'B.', factAgain: 'D.' }),
    { ok: false, problem: 'schema-mismatch', message: "The model's answer has no explanation section" },
  ],
  [
    'two missing sections',
    JSON.stringify({ fact: 'A.', explanation: 'C.' }),
    {
      ok: false,
      problem: 'schema-mismatch',
      message: "The model's answer has no myth warning section; The model's answer has no fact again section",
    },
  ],
  [
    'an empty section',
    JSON.stringify({ ...sections, myth: ' ' }),
    { ok: false, problem: 'schema-mismatch', message: "The model's myth warning section is empty" },
  ],
  [
    'a section that is not text',
    JSON.stringify({ ...sections, explanation: ['C.'] }),
    { ok: false, problem: 'schema-mismatch', message: "The model's explanation section is not text" },
  ],
  [
    'a runaway section',
    JSON.stringify({ ...sections, fact: 'a'.repeat(3001) }),
    { ok: false, problem: 'schema-mismatch', message: "The model's fact section is longer than 3,000 characters" },
  ],
];

describe('parseModelAnswer', () => {
  it.each(cases)('%s', (_name, answer, expected) => {
    expect(parseModelAnswer(answer)).toEqual(expected);
  });
});
