import { Charset, Encoder, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLibraryIndex, loadPrebuiltIndex, matchPost, serialiseLibraryIndex, type LibraryIndex } from '../../shared/match';
import { isAnyStopword } from '../../shared/match/match-terms';
import type { Entry } from '../../shared/schema/entry';

// The four search implementations the matcher bench compares, each configured as a developer would.
/** A built index's search: the post and how many answers, best first. */
export type Search = (post: string, top: number) => Entry[];
/** Builds an index over the entries and returns its search (which holds the index). */
export type Implementation = { name: string; slow?: boolean; build: (entries: readonly Entry[]) => Search };
/** Our index behind each search `ours` built, for the tokenising figure. */
export const oursIndexes = new WeakMap<Search, LibraryIndex>();

/** The myth wording our index reads, given to every library too: statement, translated myths, phrasings. */
export const wordingOf = (entry: Entry) => [
  ...Object.values(entry.translations).flatMap((translation) => (translation?.myth ? [translation.myth] : [])),
  ...entry.myth.phrasings,
];
/** Case and accents folded, as a developer would with `normalize('NFD')`. */
export const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Function words of the five languages (our lists), and one-letter words, dropped. */
const isContentWord = (folded: string) => folded.length > 1 && !isAnyStopword(folded);

export const ours: Implementation = {
  name: 'ours (matchPost)',
  build: (entries) => {
    const index = buildLibraryIndex(entries);
    const search: Search = (post, top) => matchPost(post, index, { top }).map((match) => match.entry);
    oursIndexes.set(search, index);
    return search;
  },
};

/**
 * Ours from the prebuilt index `library build` writes beside the bundle (library.index.bin): its
 * "build" is reading that file and loading it (checking its header, the entries' content hash and
 * a sample of wordings), as an app does instead of indexing a large library itself. The file is
 * written once per library, untimed, from an index built from the entries.
 */
export const oursPrebuilt: Implementation = {
  name: 'ours, prebuilt index loaded',
  build: (entries) => {
    const file = prebuiltFiles.get(entries);
    if (!file) throw new Error('writePrebuiltIndex(entries) first: the file is written untimed.');
    const loaded = loadPrebuiltIndex(readFileSync(file), entries);
    if (!loaded.ok) throw new Error(loaded.reason);
    const { index } = loaded;
    const search: Search = (post, top) => matchPost(post, index, { top }).map((match) => match.entry);
    oursIndexes.set(search, index);
    return search;
  },
};
const prebuiltFiles = new WeakMap<readonly Entry[], string>();

/** Writes the entries' prebuilt index to a temporary file, as `library build` does beside a bundle: returns its size in bytes. */
export function writePrebuiltIndex(entries: readonly Entry[]): number {
  const file = join(mkdtempSync(join(tmpdir(), 'matcher-bench-')), 'library.index.bin');
  const bytes = serialiseLibraryIndex(buildLibraryIndex(entries), entries);
  writeFileSync(file, bytes);
  prebuiltFiles.set(entries, file);
  return bytes.length;
}

/**
 * FlexSearch 0.8, an `Index` over each entry's statement and wording joined (a Document index
 * would only split the same text into fields and merge the results again). Default `strict`
 * tokenizer (whole words: the posts are whole words) and resolution 9; the `Normalize` charset
 * (NFKD, accents stripped, lower case, no Latin-only phonetic rules: the library is in five
 * languages) plus our stop words as its filter. `suggest: true` is required: without it a query
 * returns only entries holding every query word, which for a 200-word post is none.
 */
const flexSearch: Implementation = {
  name: 'FlexSearch Index (suggest)',
  build: (entries) => {
    const index = new Index({ tokenize: 'strict', resolution: 9, encoder: new Encoder({ ...Charset.Normalize, filter: isContentWord }) });
    for (const [position, entry] of entries.entries()) index.add(position, [entry.myth.statement, ...wordingOf(entry)].join('\n'));
    return (post, top) => index.search(post, { limit: top, suggest: true }).map((position) => entries[position as number]!);
  },
};

/**
 * MiniSearch 7 (BM25+): fields `statement` and `phrasings` (the wording joined), its default
 * tokenizer (Unicode spaces and punctuation), `processTerm` folding case and accents and dropping
 * stop words; search combines words with OR (a post never holds every word of a myth), fuzzy and
 * prefix matching off (its defaults): a post's words are whole words, and with a 200-word query
 * every fuzzy or prefix word expands to many index terms.
 */
const miniSearch: Implementation = {
  name: 'MiniSearch (BM25+)',
  build: (entries) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const index = new MiniSearch<Entry>({
      fields: ['statement', 'phrasings'],
      extractField: (entry, field) =>
        field === 'id' ? entry.id : field === 'statement' ? entry.myth.statement : wordingOf(entry).join('\n'),
      processTerm: (term) => {
        const folded = fold(term);
        return isContentWord(folded) ? folded : null;
      },
      searchOptions: { combineWith: 'OR', fuzzy: false, prefix: false },
    });
    index.addAll(entries);
    return (post, top) =>
      index
        .search(post)
        .slice(0, top)
        .map((result) => byId.get(result.id as string)!);
  },
};

/**
 * Fuse.js 7 with token search (`useTokenSearch`, its mode for multi-word queries: each word
 * fuzzy-matched on its own, ranked by IDF), keys `statement` and `phrasings` (the wording as an
 * array), `ignoreDiacritics`, a tokenizer that drops our stop words, and `threshold: 0.3` instead
 * of the default 0.6, which lets a word match nearly any text (0.3 forgives about one typo in a
 * short word). Token search still compares every query word with every record: no inverted index
 * for lookups.
 */
const fuse: Implementation = {
  name: 'Fuse.js (token search)',
  slow: true,
  build: (entries) => {
    const index = new Fuse(entries as Entry[], {
      keys: [
        { name: 'statement', getFn: (entry: Entry) => entry.myth.statement },
        { name: 'phrasings', getFn: (entry: Entry) => wordingOf(entry) },
      ],
      useTokenSearch: true,
      ignoreDiacritics: true,
      tokenize: (text: string) => [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter(isContentWord),
      threshold: 0.3,
    });
    return (post, top) => index.search(post, { limit: top }).map((result) => result.item);
  },
};

export const implementations = [ours, flexSearch, miniSearch, fuse];
