import type { Entry } from '../schema/entry';

/** Whether the person asked to see drafts and entries in review as well as vetted ones. */
export type DraftingOffer = { includeUnvetted: boolean };

/**
 * Only vetted entries are offered for drafting by default (fact-library/README.md): an unchecked
 * figure in a public reply does more harm than no reply. Retired entries are never offered.
 */
export function isOfferedForDrafting(entry: Pick<Entry, 'status'>, { includeUnvetted }: DraftingOffer): boolean {
  if (entry.status === 'retired') return false;
  return entry.status === 'vetted' || includeUnvetted;
}

/**
 * Which of the offered matches to show (`matchesToOffer` in shared/match gives both views), and
 * how many better-ranked unvetted ones the default view hides, so the screen can say so.
 */
export function matchesToShow<T extends { entry: Pick<Entry, 'status'> }>(
  offered: { vetted: readonly T[]; all: readonly T[] },
  offer: DraftingOffer,
): { shown: T[]; hidden: number } {
  if (offer.includeUnvetted) return { shown: [...offered.all], hidden: 0 };
  return { shown: [...offered.vetted], hidden: offered.all.filter((match) => !isOfferedForDrafting(match.entry, offer)).length };
}
