import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { describeIssue, fieldName } from '../schema/describe-issues';
import type { LibraryProblem } from './library-problem';
import { splitFrontMatter } from './split-front-matter';

/** A file and a way to find the line of any field in it, for problems found after parsing. */
export type LocatedFile = { file: string; lineOf: (path: readonly PropertyKey[]) => number };

export type ParsedLibraryFile<T> = { ok: true; value: T; located: LocatedFile } | { ok: false; problems: LibraryProblem[] };

/**
 * Parses one library file (YAML front matter + Markdown notes) against a schema and reports
 * every problem with its file line, so a reviewer can fix a pull request without a programmer.
 */
export function parseLibraryFile<S extends z.ZodType>(file: string, text: string, schema: S): ParsedLibraryFile<z.infer<S>> {
  const parts = splitFrontMatter(text);
  if (!parts) {
    return failure(file, 1, '(file)', 'must start with YAML front matter between two "---" lines');
  }
  return parseYamlData(file, parts.yaml, parts.yamlStartLine, schema, { notes: parts.body });
}

/**
 * Parses YAML that starts on `startLine` of `file` and validates it, merged with `extra`.
 *
 * Two parsers, on purpose: js-yaml reads a valid file ~20× faster (see `npm run bench`), and
 * only when that fails does the slower `yaml` parser run again to locate every problem by line.
 */
export function parseYamlData<S extends z.ZodType>(
  file: string,
  yaml: string,
  startLine: number,
  schema: S,
  extra: Record<string, unknown> = {},
): ParsedLibraryFile<z.infer<S>> {
  const quick = loadQuickly(yaml);
  if (isPlainObject(quick)) {
    const result = schema.safeParse({ ...quick, ...extra });
    if (result.success) return { ok: true, value: result.data, located: locateLazily(file, yaml, startLine) };
  }
  return parseWithPositions(file, yaml, startLine, schema, extra);
}

function parseWithPositions<S extends z.ZodType>(
  file: string,
  yaml: string,
  startLine: number,
  schema: S,
  extra: Record<string, unknown>,
): ParsedLibraryFile<z.infer<S>> {
  const { document, located, toFileLine } = locate(file, yaml, startLine);
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: toFileLine(error.pos[0]),
        field: '(YAML syntax)',
        problem: error.message.split('\n')[0] ?? error.message,
      })),
    };
  }
  const data: unknown = document.toJS();
  if (!isPlainObject(data)) {
    return failure(file, startLine, '(front matter)', 'must be a list of "field: value" lines');
  }
  const result = schema.safeParse({ ...data, ...extra });
  if (result.success) return { ok: true, value: result.data, located };
  return { ok: false, problems: describeIssues(result.error.issues, document, located) };
}

/** YAML 1.2 core schema: dates stay text ("2026-11-30"), as the `yaml` parser reads them too. */
function loadQuickly(yaml: string): unknown {
  try {
    return load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

function locate(file: string, yaml: string, startLine: number) {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + startLine - 1;
  const located: LocatedFile = { file, lineOf: (path) => lineOfPath(document, path, toFileLine, startLine) };
  return { document, located, toFileLine };
}

/** Positions are needed only when a later check finds a problem, so they are computed on demand. */
function locateLazily(file: string, yaml: string, startLine: number): LocatedFile {
  let located: LocatedFile | undefined;
  return { file, lineOf: (path) => (located ??= locate(file, yaml, startLine).located).lineOf(path) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Says what a person would: a missing field is "missing", a misspelt one is "unknown" at its own
 * line (with the likely intended name), rather than zod's generic wording at the top of the file.
 */
function describeIssues(issues: z.core.$ZodIssue[], document: Document, located: LocatedFile): LibraryProblem[] {
  const missing = issues.filter(
    (issue) => issue.code === 'invalid_type' && issue.path.length > 0 && !document.hasIn(issue.path as unknown[]),
  );
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const intended = missing.find(
          (other) => sameParent(other.path, issue.path) && String(other.path.at(-1)).toLowerCase() === key.toLowerCase(),
        );
        const hint = intended ? `did you mean "${String(intended.path.at(-1))}"?` : 'check its spelling against the library README';
        return problemAt(located, [...issue.path, key], `unknown field; ${hint}`);
      });
    }
    if (missing.includes(issue)) return [problemAt(located, issue.path, 'is required but missing')];
    return [problemAt(located, issue.path, describeIssue(issue))];
  });
}

function sameParent(path: readonly PropertyKey[], parent: readonly PropertyKey[]): boolean {
  return path.length === parent.length + 1 && parent.every((key, index) => path[index] === key);
}

export function problemAt(located: LocatedFile, path: readonly PropertyKey[], problem: string): LibraryProblem {
  return { file: located.file, line: located.lineOf(path), field: fieldName(path) || '(front matter)', problem };
}

/**
 * The line of the deepest node that exists on the path: the value itself when present, or the
 * object that lacks the field when it is missing.
 */
function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
  fallbackLine: number,
): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return toFileLine(node.range[0]);
  }
  return fallbackLine;
}

function failure(file: string, line: number, field: string, problem: string): ParsedLibraryFile<never> {
  return { ok: false, problems: [{ file, line, field, problem }] };
}
