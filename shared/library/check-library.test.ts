import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assembleLibrary } from './assemble-library';
import { readLibraryFolder } from './read-library-folder';

const folder = 'tests/fixtures/broken-library';
const entries = `${folder}/entries`;

// One row per broken fixture file: where the problem must be reported, and what it must say.
const brokenFiles = [
  { file: 'missing-source.md', line: 28, field: 'sources', says: 'cite at least one source' },
  { file: 'bad-url.md', line: 31, field: 'sources[0].url', says: 'must be a full http(s) URL' },
  { file: 'script-url.md', line: 31, field: 'sources[0].url', says: 'must be a full http(s) URL' },
  { file: 'unknown-topic.md', line: 4, field: 'topics[1]', says: 'must be "' },
  { file: 'bad-date.md', line: 10, field: 'reviewBy', says: 'must be a date written YYYY-MM-DD' },
  { file: 'empty-fact.md', line: 19, field: 'fact', says: 'must not be empty' },
  { file: 'yaml-syntax-error.md', line: 6, field: '(YAML syntax)', says: 'Flow sequence' },
  { file: 'no-front-matter.md', line: 1, field: '(file)', says: 'must start with YAML front matter' },
  { file: 'wrong-file-name.md', line: 2, field: 'id', says: 'must match the file name' },
  { file: 'misspelt-field.md', line: 10, field: 'reviewby', says: 'unknown field; did you mean "reviewBy"?' },
  { file: 'misspelt-field.md', line: 2, field: 'reviewBy', says: 'is required but missing' },
  { file: 'vetted-without-review.md', line: 2, field: 'reviews', says: 'a vetted entry needs a review record' },
  { file: 'unknown-audience.md', line: 26, field: 'audienceAngles[0].audience', says: 'unknown audience "teenagers"' },
  { file: 'quote-too-short.md', line: 33, field: 'sources[0].quote', says: 'exact supporting sentence' },
  { file: 'unknown-technique.md', line: 22, field: 'explanation.technique', says: 'must be "' },
  {
    file: 'reviewer-language.md',
    line: 23,
    field: 'explanation.text',
    says: '“read here from a secondary” is a note for the writer, not text to post: move that sentence or clause to `caveats`',
  },
  { file: 'reviewer-language.md', line: 32, field: 'translations.fr.explanation', says: '“à vérifier” is a note for the writer' },
  { file: 'copied-source.md', line: 31, field: 'sources[0].url', says: "is not on Full Fact's own site (fullfact.org)" },
  { file: 'translated-quote.md', line: 33, field: 'sources[0].quote', says: 'reads as English, but the source is written in Español' },
  {
    file: 'bad-translation-origin.md',
    line: 28,
    field: 'translations.fr.translatedFrom',
    says: 'the entry has no "de" text to translate from',
  },
  { file: 'bad-translation-origin.md', line: 29, field: 'countries[0]', says: 'must be a two-letter country code in capitals' },
  { file: 'us/duplicate-id.md', line: 2, field: 'id', says: `duplicate id "duplicate-id" (also used by ${entries}/uk/duplicate-id.md)` },
];

describe('checking a library folder', () => {
  const result = assembleLibrary(readLibraryFolder(folder));
  const problems = result.ok ? [] : result.problems;

  it.each(brokenFiles)('reports $file at line $line, field $field', ({ file, line, field, says }) => {
    expect(problems).toContainEqual({ file: `${entries}/${file}`, line, field, problem: expect.stringContaining(says) });
  });

  it('reports nothing about the valid entry, and builds no bundle from a broken library', () => {
    expect(result.ok).toBe(false);
    expect(problems.filter((problem) => problem.file.endsWith('valid-entry.md'))).toEqual([]);
    expect(problems).toHaveLength(brokenFiles.length);
  });

  it('warns where a myth has no wording in a language the matcher reads, without counting it a problem', () => {
    expect(result.warnings).toContainEqual({
      file: `${entries}/valid-entry.md`,
      line: expect.any(Number),
      field: 'myth.statement',
      problem: 'no French (fr) wording of the myth — a post in French will not find this entry; add translations.fr.myth',
    });
    expect(problems.some((problem) => problem.problem.includes('wording of the myth'))).toBe(false);
  });

  it('names a missing library.yaml instead of failing on the first entry', () => {
    const missing = assembleLibrary({ ...readLibraryFolder(folder), meta: { path: 'lib/library.yaml', text: '' } });
    expect(missing.ok ? [] : missing.problems).toContainEqual({
      file: 'lib/library.yaml',
      line: 1,
      field: '(file)',
      problem: 'is missing or empty: give the library a name, version and publisher',
    });
  });
});

describe('factsandwich library check', () => {
  const run = (args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'shared/cli/factsandwich.ts', 'library', 'check', ...args]).then(
      (output) => ({ code: 0, ...output }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('prints file:line: field: problem for every broken file and exits non-zero', async () => {
    const { code, stderr } = await run([folder]);
    expect(code).toBe(1);
    for (const { file, line, field } of brokenFiles) {
      expect(stderr).toContain(`${entries}/${file}:${line}: ${field}: `);
    }
    expect(stderr).toContain(`${brokenFiles.length} problem(s) in ${folder}; nothing was written.`);
  });

  it('passes the starter library', async () => {
    const { code, stdout, stderr } = await run(['fact-library']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/fact-library: \d+ entries, \d+ audiences, \d+ spokespeople — all valid\./);
    // Not even a warning: every starter myth is worded in the five languages the matcher reads (issue 17).
    expect(stderr).toBe('');
  });
});
