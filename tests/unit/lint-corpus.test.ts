import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { foldText } from '../../shared/language/normalise';
import { splitSentences } from '../../shared/language/sentences';
import { sectionIds } from '../../shared/schema/draft';
import { readingLanguageSchema } from '../../shared/schema/language';
import { corpusParts, readCorpusFile, readLintCorpus } from '../eval/lint-corpus';

// Keeps the labelled corpus behind `npm run eval:lint` usable: every file reads, every label
// names something real, and each part of each language is big enough to measure. The linter's
// scores are what the corpus measures, not what this test checks.
const { drafts, problems } = readLintCorpus();
const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, audiences } = assembled.bundle;

describe('the lint evaluation corpus', () => {
  it('reads every file: valid front matter, lang equal to its folder, real rule ids, four sections', () => {
    expect(problems.map(({ file, message }) => `${file}: ${message}`)).toEqual([]);
  });

  it('names only entries and audiences of the starter library', () => {
    const unknown = drafts.flatMap(({ file, frontMatter: { entry, audience } }) => [
      ...(entry && !entries.some((candidate) => candidate.id === entry) ? [`${file}: no entry "${entry}"`] : []),
      ...(audience && !audiences.some((candidate) => candidate.id === audience) ? [`${file}: no audience "${audience}"`] : []),
    ]);
    expect(unknown).toEqual([]);
  });

  // The corpus covers the languages the linter reads in full; the others have no labelled drafts yet.
  const partsAndLanguages = corpusParts.flatMap((part) => readingLanguageSchema.options.map((lang) => [part, lang] as const));
  it.each(partsAndLanguages)('%s/%s has at least 15 good and 12 bad drafts', (part, lang) => {
    const here = drafts.filter((draft) => draft.part === part && draft.lang === lang);
    const good = here.filter((draft) => draft.frontMatter.expect.length === 0).length;
    expect({ good: Math.min(good, 15), bad: Math.min(here.length - good, 12) }).toEqual({ good: 15, bad: 12 });
  });

  it.each(readingLanguageSchema.options)('dev and validation share no sentence in %s (validation is never tuned on)', (lang) => {
    const sentencesOf = (part: string) =>
      new Map(
        drafts
          .filter((draft) => draft.part === part && draft.lang === lang)
          .flatMap((draft) =>
            sectionIds.flatMap((section) =>
              splitSentences(draft.sandwich[section]).map(({ text }) => [foldText(text), draft.file] as const),
            ),
          )
          // Short stock phrases ("Share this.") may recur; a sentence of five words or more may not.
          .filter(([sentence]) => sentence.split(/\s+/).length >= 5),
      );
    const validation = sentencesOf('validation');
    const shared = [...sentencesOf('dev')].flatMap(([sentence, file]) =>
      validation.has(sentence) ? [`"${sentence}" in ${file} and ${validation.get(sentence)}`] : [],
    );
    expect(shared).toEqual([]);
  });
});

const body = '## Fact\nA fact.\n\n## Myth\nA common myth says a myth.\n\n## Explanation\nBecause.\n\n## Fact again\nThe fact.\n';
const file = (frontMatter: string, text = body) => `---\n${frontMatter}\n---\n${text}`;

describe('readCorpusFile', () => {
  it('reads a labelled draft and hands the linter the draft without its labels', () => {
    const read = readCorpusFile(file('channel: x\nlang: en\nexpect: [myth-once]\nwhy: A test.\npost: The post.'), 'en');
    expect(read).toEqual({
      ok: true,
      draft: {
        frontMatter: { channel: 'x', lang: 'en', expect: ['myth-once'], why: 'A test.', post: 'The post.' },
        sandwich: { fact: 'A fact.', myth: 'A common myth says a myth.', explanation: 'Because.', factAgain: 'The fact.' },
      },
    });
  });

  it.each([
    ['no front matter', body, 'en', 'no front matter'],
    [
      'a language other than its folder',
      file('lang: fr\nexpect: []\nwhy: A test.'),
      'en',
      'lang is "fr" but the file is in the "en" folder',
    ],
    ['an unknown rule id', file('lang: en\nexpect: [myth-twice]\nwhy: A test.'), 'en', '"myth-twice" is not a rule id'],
    ['no label', file('lang: en\nwhy: A test.'), 'en', 'expect: missing'],
    ['no reason', file('lang: en\nexpect: []'), 'en', 'why: missing'],
    ['a misspelt key', file('lang: en\nexpect: []\nwhy: A test.\nentyr: us-undocumented-taxes'), 'en', 'unknown field "entyr"'],
    [
      'a missing section',
      file('lang: en\nexpect: []\nwhy: A test.', body.replace('## Myth', '## Warning')),
      'en',
      'line 9: found "## Warning"',
    ],
  ] as const)('says what is wrong with a file that has %s', (_case, text, folder, message) => {
    const read = readCorpusFile(text, folder);
    expect(read.ok ? 'read' : read.message).toContain(message);
  });
});
