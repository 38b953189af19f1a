import { describe, expect, it } from 'vitest';
import { entrySandwich } from '../../shared/compose/entry-sandwich';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { lintSandwich } from '../../shared/lint/lint-sandwich';
import type { Language } from '../../shared/schema/language';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');

// The library's own words must pass the linter in every language they are written in.
const cases = assembled.bundle.entries.flatMap((entry) =>
  [entry.language, ...(Object.keys(entry.translations) as Language[])].map(
    (language) => [`${entry.id} (${language})`, entry, language] as const,
  ),
);

describe("each starter entry's own sandwich", () => {
  it.each(cases)('%s has no error-level findings', (_name, entry, language) => {
    const errors = lintSandwich(entrySandwich(entry, language), { entry, language }).filter(
      (diagnostic) => diagnostic.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});
