import { z } from 'zod';
import type { LintDocument } from '../analysis/lint-document';
import { bestOverlap } from '../analysis/overlap';
import { firstCue } from '../../language/cues/compile-cues';
import { warningCues } from '../../language/cues/warning-cues';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const factFirst = defineRule({
  id: 'fact-first',
  meta: {
    title: 'Lead with the fact, not the myth',
    description:
      "The opening sentence states the fact. An opening that mostly repeats the myth's words (from the library entry, the captured post or the draft's own myth section), or opens with the myth warning, is flagged.",
    rationale:
      'The first frame gets the advantage: readers remember what they read first, and many read nothing else. "You lead with your talking points, not someone else\'s."',
    source: methodSources.lakoffTruthSandwich,
    defaultSeverity: 'error',
  },
  options: z.object({
    /** Share of the opening's content words that come from the myth before it counts as myth-like. */
    mythSimilarity: z.number().min(0).max(1).default(0.6),
  }),
  check(document, { mythSimilarity }) {
    const fact = document.sections.fact;
    const opening = fact.sentences[0];
    if (!opening) return [];
    const stems = fact.stemsIn(opening);
    const warned = firstCue(warningCues[document.language], fact.folded.slice(0, opening.end)) !== undefined;
    const likeMyth = bestOverlap(stems, document.mythWording.wordings);
    const likeFact = bestOverlap(stems, [...document.external.factWordings, ...restatedFact(document)]);
    const echoes = document.echoesIn('fact').some((echo) => echo.start < opening.end);
    if (!warned && !(likeMyth >= mythSimilarity && likeMyth > likeFact) && !(echoes && likeFact < 0.5)) return [];

    const entryFact =
      document.context.entry && (document.context.entry.translations[document.language]?.fact ?? document.context.entry.fact);
    return [
      {
        section: 'fact',
        start: opening.start,
        end: opening.end,
        message: warned
          ? 'The draft opens with the myth warning: open with the fact, and keep the myth for the second section.'
          : "The opening repeats the myth's words: lead with the fact, because the first thing people read is what they remember.",
        ...(entryFact ? { suggestion: { description: "Open with the library entry's fact.", replacement: entryFact } } : {}),
      },
    ];
  },
});

/** Without a library entry, the draft's last section is its best statement of the fact. */
function restatedFact(document: LintDocument) {
  const again = document.sections.factAgain.contentTokens.map((token) => token.stem);
  return again.length > 0 ? [new Set(again)] : [];
}
