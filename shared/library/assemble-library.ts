import { describeIssue } from '../schema/describe-issues';
import { z } from 'zod';
import {
  audienceSchema,
  bundleFormat,
  bundleFormatVersion,
  bundleSchema,
  entrySchema,
  libraryVersionSchema,
  publisherSchema,
  spokespersonSchema,
  type Bundle,
  type Entry,
} from '../schema';
import { publicTextProblems } from './check-public-text';
import { mythLanguageWarnings } from './check-myth-languages';
import { sourceProblems } from './check-sources';
import { formatLibraryProblem, type LibraryProblem } from './library-problem';
import { parseLibraryFile, parseYamlData, problemAt, type LocatedFile } from './parse-library-file';

/** A library folder as text: `library.yaml` plus one Markdown file per entry, audience, spokesperson. */
export type LibraryFiles = {
  /** Path of library.yaml as it should appear in messages, and its text. */
  meta: { path: string; text: string };
  entries: { path: string; text: string }[];
  audiences: { path: string; text: string }[];
  spokespeople: { path: string; text: string }[];
};

/**
 * Warnings say what a valid library would do better (an entry a post in French cannot find); unlike
 * problems they never stop a build, so a team's library in one language still builds.
 */
export type AssembledLibrary =
  | { ok: true; bundle: Bundle; warnings: LibraryProblem[] }
  | { ok: false; problems: LibraryProblem[]; warnings: LibraryProblem[] };

const libraryMetaSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  version: libraryVersionSchema,
  publisher: publisherSchema,
});

const placeholderMeta = { name: 'unnamed', version: '0', publisher: { name: 'unknown' } };

const kinds = [
  { list: 'entries', schema: entrySchema },
  { list: 'audiences', schema: audienceSchema },
  { list: 'spokespeople', schema: spokespersonSchema },
] as const;

/**
 * Turns library files into one validated bundle, or lists every problem in every file.
 * All or nothing: a library with one bad file yields no bundle, so no app loads half a library.
 */
export function assembleLibrary(files: LibraryFiles): AssembledLibrary {
  const problems: LibraryProblem[] = [];
  const warnings: LibraryProblem[] = [];
  const meta = parseLibraryMeta(files.meta, problems);
  const parsed = { entries: [] as Parsed[], audiences: [] as Parsed[], spokespeople: [] as Parsed[] };

  for (const { list, schema } of kinds) {
    for (const { path, text } of files[list]) {
      const result = parseLibraryFile(path, text, schema);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const expectedId = baseName(path);
      if (result.value.id !== expectedId) {
        problems.push(
          problemAt(
            result.located,
            ['id'],
            `must match the file name: rename the file to "${result.value.id}.md" or the id to "${expectedId}"`,
          ),
        );
      }
      // Text a reply may post carries no reviewer notes: those go to the entry's caveats and guidance.
      if (list === 'entries') {
        problems.push(...publicTextProblems(result.value as Entry, result.located));
        problems.push(...sourceProblems(result.value as Entry, result.located));
        warnings.push(...mythLanguageWarnings(result.value as Entry, result.located));
      }
      parsed[list].push({ value: result.value, located: result.located });
    }
  }
  // Cross-file checks run over the files that parsed, so one broken file does not hide others' problems.
  const candidate = {
    format: bundleFormat,
    formatVersion: bundleFormatVersion,
    ...(meta ?? placeholderMeta),
    date: latestDate(parsed.entries.map(({ value }) => value.updated as string)),
    entries: parsed.entries.map(({ value }) => value),
    audiences: parsed.audiences.map(({ value }) => value),
    spokespeople: parsed.spokespeople.map(({ value }) => value),
  };
  const checked = bundleSchema.safeParse(candidate);
  if (checked.success) {
    return problems.length === 0
      ? { ok: true, bundle: checked.data, warnings: sortProblems(warnings) }
      : { ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings) };
  }

  // Cross-file problems (duplicate ids, unknown audiences) point back into the file that has them.
  for (const issue of checked.error.issues) {
    const [list, index, ...rest] = issue.path;
    const owner = typeof list === 'string' && typeof index === 'number' ? parsed[list as keyof typeof parsed]?.[index] : undefined;
    const firstWithId =
      owner && rest[0] === 'id' ? parsed[list as keyof typeof parsed].find(({ value }) => value.id === owner.value.id) : undefined;
    const seeAlso = firstWithId && firstWithId !== owner ? ` (also used by ${firstWithId.located.file})` : '';
    if (owner) problems.push(problemAt(owner.located, rest, describeIssue(issue) + seeAlso));
    else problems.push({ file: files.meta.path, line: 1, field: String(list ?? '(bundle)'), problem: describeIssue(issue) });
  }
  return { ok: false, problems: sortProblems(problems), warnings: sortProblems(warnings) };
}

export function describeLibraryProblems(problems: LibraryProblem[]): string {
  return problems.map(formatLibraryProblem).join('\n');
}

type Parsed = { value: { id: string; updated?: unknown }; located: LocatedFile };

function parseLibraryMeta(meta: LibraryFiles['meta'], problems: LibraryProblem[]) {
  if (meta.text.trim() === '') {
    problems.push({
      file: meta.path,
      line: 1,
      field: '(file)',
      problem: 'is missing or empty: give the library a name, version and publisher',
    });
    return undefined;
  }
  const result = parseYamlData(meta.path, meta.text, 1, libraryMetaSchema);
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return undefined;
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/, '');
}

/** The bundle's date is its newest entry's, so building the same files twice gives the same bundle. */
function latestDate(dates: string[]): string {
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.max would make them NaN
  return dates.reduce((latest, date) => (date > latest ? date : latest), '1970-01-01');
}

function sortProblems(problems: LibraryProblem[]): LibraryProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
