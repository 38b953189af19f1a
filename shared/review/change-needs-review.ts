import { languageNames, type Language } from '../schema/language';
import type { Entry } from '../schema/entry';
import { sameValue } from './same-value';

/** What a reviewer vouched for: the words and figures a reply is written from, and their sources. */
export type ReviewedContent = Pick<Entry, 'fact' | 'explanation' | 'sources' | 'translations' | 'short'>;

/**
 * The reviewed parts that differ, named for people ("fact", "sources", "fact (Français)"). The short
 * form is the fact and explanation in few words, so it counts too; the myth, title and topics do not.
 */
export function changedReviewedParts(before: ReviewedContent, after: ReviewedContent): string[] {
  const parts: string[] = [];
  if (!sameValue(before.fact, after.fact)) parts.push('fact');
  if (!sameValue(before.explanation, after.explanation)) parts.push('explanation');
  if (!sameValue(before.sources, after.sources)) parts.push('sources');
  if (!sameValue(before.short, after.short)) parts.push('short form');
  const languages = new Set([...Object.keys(before.translations ?? {}), ...Object.keys(after.translations ?? {})]) as Set<Language>;
  for (const language of languages) {
    for (const part of ['fact', 'explanation', 'short'] as const) {
      if (!sameValue(before.translations?.[language]?.[part], after.translations?.[language]?.[part]))
        parts.push(`${part === 'short' ? 'short form' : part} (${languageNames[language]})`);
    }
  }
  return parts;
}

/**
 * The library's review workflow (fact-library/README.md): changing the fact, explanation or
 * sources of a vetted entry — in any language — sends it back to review. A title fix does not.
 */
export function changeNeedsReview(before: Entry, after: ReviewedContent): boolean {
  return before.status === 'vetted' && changedReviewedParts(before, after).length > 0;
}

/**
 * Applies that rule to a save: an entry that stays "vetted" while its reviewed words change is
 * saved "in review" instead, with a note saying why for the history. Another status chosen in the
 * same save (retired, draft) is kept.
 */
export function returnToReviewIfChanged(before: Entry | undefined, after: Entry): { entry: Entry; note?: string } {
  if (!before || after.status !== 'vetted' || !changeNeedsReview(before, after)) return { entry: after };
  const parts = changedReviewedParts(before, after);
  return {
    entry: { ...after, status: 'in-review' },
    note: `Sent back to review: the ${listWords(parts)} of a vetted entry changed, so someone else must vet it again.`,
  };
}

function listWords(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
