import { describe, expect, it } from 'vitest';
import { decideLanguage, languageVotes } from '../../shared/language/detect-language';
import { splitSentences } from '../../shared/language/sentences';
import { tokenize } from '../../shared/language/tokenize';
import { sourceLanguage } from '../../shared/library/check-sources';
import { isOnPublisherSite, knownPublisher } from '../../shared/library/known-publishers';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { languageSchema } from '../../shared/schema/language';

/**
 * Issue 16: every source of every starter entry is a page on its publisher's own site, dated,
 * with a quote of one to three sentences in the language the source is written in (checked by
 * language detection, so a translation passed off as a quote is caught).
 */
const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const sources = assembled.bundle.entries.flatMap((entry) =>
  entry.sources.map((source, index) => [`${entry.id} source ${index + 1} (${source.publisher})`, source] as const),
);

describe('every source of every starter entry', () => {
  it.each(sources)('%s: on the publisher’s own site, dated, a short quote in the source’s language', (_name, source) => {
    const publisher = knownPublisher(source.publisher);
    expect(publisher, `add “${source.publisher}” and its site to shared/library/known-publishers.ts`).toBeDefined();
    expect(isOnPublisherSite(source.url, publisher!), source.url).toBe(true);
    expect(source.date ?? source.accessed, 'a publication date or the date the quote was read').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sentences = splitSentences(source.quote.replace(/\s+/g, ' '));
    expect(sentences.length, source.quote).toBeGreaterThanOrEqual(1);
    expect(sentences.length, source.quote).toBeLessThanOrEqual(3);
    const language = sourceLanguage(source);
    expect(language, 'the language the source is written in').toMatch(/^[a-z]{2}$/);
    // Detection covers the ten library languages; a source in another (a Hungarian page) is only declared.
    const declared = languageSchema.safeParse(language);
    if (!declared.success) return;
    const found = decideLanguage(languageVotes(tokenize(source.quote).map((token) => token.folded)), declared.data);
    expect(found, source.quote).toBe(declared.data);
  });
});
