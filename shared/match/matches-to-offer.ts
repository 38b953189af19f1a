import { isOfferedForDrafting } from '../review/offer-for-drafting';
import type { Entry } from '../schema/entry';
import { libraryIndexFor } from './library-index-cache';
import { matchPost, type Match } from './match-post';

/** How many matches a list shows first for a post, and how many a sighting keeps. */
export const matchesPerPost = 3;
/** How many a list can show when asked for more (issue 17): the fourth may be the right one. */
export const matchesOnRequest = 10;

/** Both views of the offer, so the "show drafts and entries in review" switch needs no new search. */
export type OfferedMatches = {
  /** What is offered by default: vetted entries only, best first, at most `top`. */
  vetted: Match[];
  /** What is offered on request: every entry that may be offered (drafts and entries in review too), best first, at most `top`. */
  all: Match[];
};

export type OfferOptions = {
  /** How many to offer in each view. */
  top?: number;
  /**
   * A person looking for an entry (the picker) rather than a post to answer: weak matches count,
   * and entries whose title contains what was typed follow the matches.
   */
  searching?: boolean;
};

/**
 * The library entries to offer for a post, best first, each with why it matched: the one answer
 * for the side panel, the library picker, the CLI and the sighting the background records.
 * Retired entries are never offered; drafts and entries in review only on request (see
 * `isOfferedForDrafting`). Entries past their review-by date are offered, as they always were:
 * the screens mark them, and the `stale-entry` lint rule flags a draft that uses one.
 */
export function matchesToOffer(
  post: string,
  entries: readonly Entry[],
  { top = matchesPerPost, searching = false }: OfferOptions = {},
): OfferedMatches {
  if (!post.trim()) return { vetted: [], all: [] };
  const offerable = matchableEntries(entries);
  // Ranked deeper than `top`: the best vetted entries may come after several drafts.
  const ranked = matchPost(post, libraryIndexFor(offerable), { top: 4 * top, ...(searching ? { minConfidence: 0, lookup: true } : {}) });
  const found = searching ? [...ranked, ...titleMatches(post, offerable, ranked)] : ranked;
  return {
    vetted: found.filter((match) => isOfferedForDrafting(match.entry, { includeUnvetted: false })).slice(0, top),
    all: found.slice(0, top),
  };
}

/** The entries posts are matched against (all but retired ones): the prebuilt index is built from these. */
export function matchableEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => isOfferedForDrafting(entry, { includeUnvetted: true }));
}

/** Entries whose title contains the words typed, not already matched: a search by name. */
function titleMatches(typed: string, entries: readonly Entry[], matched: readonly Match[]): Match[] {
  const needle = typed.trim().toLocaleLowerCase();
  const already = new Set(matched.map((match) => match.entry.id));
  return entries
    .filter((entry) => !already.has(entry.id) && entry.title.toLocaleLowerCase().includes(needle))
    .map((entry) => ({ entry, score: 0, confidence: 0, reasons: { terms: [typed.trim()], phrasing: entry.title } }));
}
