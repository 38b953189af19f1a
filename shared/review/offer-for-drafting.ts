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
 * From matches ranked over every entry that could be offered, what to keep so either view can be
 * shown without matching again: the best `top` of all, and the best `top` vetted ones, in rank order.
 */
export function keepOfferableMatches<T extends { entry: Pick<Entry, 'status'> }>(ranked: readonly T[], top: number): T[] {
  const offerable = ranked.filter((match) => isOfferedForDrafting(match.entry, { includeUnvetted: true }));
  const vetted = offerable.filter((match) => match.entry.status === 'vetted').slice(0, top);
  const best = new Set([...offerable.slice(0, top), ...vetted]);
  return offerable.filter((match) => best.has(match));
}

/** The matches to show, best first, and how many better-ranked unvetted ones the default view hides. */
export function matchesToOffer<T extends { entry: Pick<Entry, 'status'> }>(
  kept: readonly T[],
  offer: DraftingOffer,
  top: number,
): { shown: T[]; hidden: number } {
  const best = kept.slice(0, top);
  if (offer.includeUnvetted) return { shown: best, hidden: 0 };
  const shown = kept.filter((match) => isOfferedForDrafting(match.entry, offer)).slice(0, top);
  return { shown, hidden: best.filter((match) => !shown.includes(match)).length };
}
