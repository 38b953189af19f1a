import matter from 'gray-matter';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { parseLibraryFile } from '../../shared/library/parse-library-file';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { entrySchema } from '../../shared/schema';
import { measure, reportComparison } from './measure';

/**
 * Reading library files: our parser (YAML with line positions + zod) against gray-matter, the
 * front-matter library most projects reach for (js-yaml, no positions), validating with the same schema.
 */
export function benchLibraryParsing(): void {
  const files = readLibraryFolder('fact-library');
  const texts = files.entries.map((file) => file.text);

  const ours = measure(`parseLibraryFile × ${texts.length} entries`, () => {
    for (const text of texts) parseLibraryFile('entry.md', text, entrySchema);
  });
  const grayMatter = measure(`gray-matter + zod × ${texts.length} entries`, () => {
    // gray-matter caches by input string; a fresh string per run measures real parsing.
    for (const text of texts) {
      const { data, content } = matter(`${text}\n`);
      entrySchema.safeParse({ ...data, notes: content.trim() });
    }
  });
  reportComparison('Parsing the starter library files (lower is better)', ours, [grayMatter]);

  const whole = measure('assembleLibrary (check + build the bundle)', () => assembleLibrary(files), 20);
  console.log(`Whole library check/build: ${whole.medianMs.toFixed(2)} ms median for ${texts.length} entries.`);
}
