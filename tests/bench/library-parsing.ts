import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { parseLibraryFile } from '../../shared/library/parse-library-file';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { splitFrontMatter } from '../../shared/library/split-front-matter';
import { entrySchema } from '../../shared/schema';
import { measure, reportComparison } from './measure';

/**
 * Reading library files, validated with the same zod schema each time: our parser against
 * gray-matter (the front-matter library most projects reach for) and against the `yaml` package
 * alone (which we use for line numbers). gray-matter's default YAML turns dates into Date objects
 * that fail the schema, so it gets the YAML core schema here, like ours, for a like-for-like race.
 */
export function benchLibraryParsing(): void {
  const files = readLibraryFolder('fact-library');
  const texts = files.entries.map((file) => file.text);
  const expectValid = (ok: boolean, who: string) => {
    if (!ok) throw new Error(`${who} did not produce a valid entry: the comparison would be unfair`);
  };

  const ours = measure(`parseLibraryFile × ${texts.length} entries`, () => {
    for (const text of texts) expectValid(parseLibraryFile('entry.md', text, entrySchema).ok, 'parseLibraryFile');
  });
  let fresh = 0; // gray-matter caches by input string; a new string per call measures real parsing
  const grayMatter = measure('gray-matter (js-yaml core schema) + zod', () => {
    for (const text of texts) {
      const { data, content } = matter(`${text}${' '.repeat(++fresh % 7)}`, {
        engines: { yaml: (source: string) => load(source, { schema: CORE_SCHEMA }) as object },
      });
      expectValid(entrySchema.safeParse({ ...data, notes: content.trim() }).success, 'gray-matter');
    }
  });
  const yamlOnly = measure('yaml parseDocument (with positions) + zod', () => {
    for (const text of texts) {
      const parts = splitFrontMatter(text)!;
      const data = parseDocument(parts.yaml).toJS() as object;
      expectValid(entrySchema.safeParse({ ...data, notes: parts.body }).success, 'yaml');
    }
  });
  reportComparison('Parsing the starter library files (lower is better)', ours, [grayMatter, yamlOnly]);

  const whole = measure('assembleLibrary', () => assembleLibrary(files), 20);
  console.log(`Whole library check/build (all files, cross-file checks): ${whole.medianMs.toFixed(2)} ms median.`);
}
