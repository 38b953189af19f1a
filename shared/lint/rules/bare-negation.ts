import { z } from 'zod';
import { bestOverlap } from '../analysis/overlap';
import { firstCue } from '../cues/compile-cues';
import { negationCues } from '../cues/negation-cues';
import { retractionCues } from '../cues/retraction-cues';
import type { Finding } from '../diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

const checkedSections = ['fact', 'explanation', 'factAgain'] as const;

export const bareNegation = defineRule({
  id: 'bare-negation',
  meta: {
    title: 'Say what is true, not only what is false',
    description:
      'Flags bare retractions ("This is not true", "C\'est faux", "Das stimmt nicht", "Es falso") and sentences that restate the myth with a negation ("Immigrants don\'t take jobs") outside the myth section.',
    rationale:
      '"Do not rely on a simple retraction": a denial repeats the myth\'s picture and leaves a gap; people remember the picture and forget the "not". State the alternative instead.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  options: z.object({
    /** Share of a negated sentence's content words that come from the myth before it counts as a restatement. */
    mythSimilarity: z.number().min(0).max(1).default(0.6),
  }),
  check(document, { mythSimilarity }) {
    const findings: Finding[] = [];
    for (const id of checkedSections) {
      const section = document.sections[id];
      for (const sentence of section.sentences) {
        const folded = section.folded.slice(0, sentence.end);
        const retraction = firstCue(retractionCues[document.language], folded, sentence.start);
        if (retraction) {
          findings.push({ section: id, ...retraction, message: 'A bare denial repeats the myth without replacing it: say what is true instead.' });
          continue;
        }
        if (!firstCue(negationCues[document.language], folded, sentence.start)) continue;
        const stems = section.contentTokens.filter((token) => token.start >= sentence.start && token.end <= sentence.end).map((token) => token.stem);
        const echoes = document.echoesIn(id).some((echo) => echo.start < sentence.end && echo.end > sentence.start);
        if (echoes || bestOverlap(stems, document.mythWording.wordings) >= mythSimilarity) {
          findings.push({
            section: id,
            start: sentence.start,
            end: sentence.end,
            message: "This sentence restates the myth with a “not”: people remember the myth's words and forget the negation, so state what is true.",
          });
        }
      }
    }
    return findings;
  },
});
