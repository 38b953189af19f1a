import { describe, expect, it } from 'vitest';
import { audienceSchema, entrySchema, spokespersonSchema } from '../schema';
import { assembleLibrary } from './assemble-library';
import { parseLibraryFile } from './parse-library-file';
import { readLibraryFolder } from './read-library-folder';
import { serialiseLibraryFile } from './serialise-library-file';

const starter = assembleLibrary(readLibraryFolder('fact-library'));
if (!starter.ok) throw new Error('the starter library must be valid for these tests');
const { entries, audiences, spokespeople } = starter.bundle;

describe('library file round trip', () => {
  it.each(entries.map((entry) => [entry.id, entry] as const))('entry %s survives serialise → parse', (id, entry) => {
    const parsed = parseLibraryFile(`${id}.md`, serialiseLibraryFile(entry), entrySchema);
    expect(parsed.ok && parsed.value).toEqual(entry);
  });

  it('audiences and spokespeople survive serialise → parse', () => {
    for (const audience of audiences) {
      const parsed = parseLibraryFile('a.md', serialiseLibraryFile(audience), audienceSchema);
      expect(parsed.ok && parsed.value).toEqual(audience);
    }
    for (const person of spokespeople) {
      const parsed = parseLibraryFile('s.md', serialiseLibraryFile(person), spokespersonSchema);
      expect(parsed.ok && parsed.value).toEqual(person);
    }
  });

  it('keeps reviewer notes as the Markdown body', () => {
    const entry = entries[0]!;
    const text = serialiseLibraryFile({ ...entry, notes: 'Check the **weekly rate** in May.' });
    expect(text).toMatch(/\n---\nCheck the \*\*weekly rate\*\* in May\.\n$/);
  });
});
