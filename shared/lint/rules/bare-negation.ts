import { z } from 'zod';
import { bestOverlap } from '../analysis/overlap';
import { negationCues } from '../../language/cues/negation-cues';
import { retractionCues } from '../../language/cues/retraction-cues';
import type { Finding } from '../../schema/diagnostic';
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
        const retraction = cueWithin(section.matchesOf(retractionCues[document.language]), sentence);
        if (retraction) {
          findings.push({
            section: id,
            ...retraction,
            message: 'A bare denial repeats the myth without replacing it: say what is true instead.',
          });
          continue;
        }
        if (!cueWithin(section.matchesOf(negationCues[document.language]), sentence)) continue;
        const stems = section.stemsIn(sentence);
        const echoes = document.echoesIn(id).some((echo) => echo.start < sentence.end && echo.end > sentence.start);
        if (echoes || bestOverlap(stems, document.mythWording.wordings) >= mythSimilarity) {
          findings.push({
            section: id,
            start: sentence.start,
            end: sentence.end,
            message:
              "This sentence restates the myth with a “not”: people remember the myth's words and forget the negation, so state what is true.",
          });
        }
      }
    }
    return findings;
  },
});

/** The first cue that starts and ends inside the sentence (cues are in text order: binary search). */
function cueWithin(cues: RegExpExecArray[], sentence: { start: number; end: number }) {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cues[middle]!.index < sentence.start) low = middle + 1;
    else high = middle;
  }
  const cue = cues[low];
  return cue && cue.index + cue[0].length <= sentence.end ? { start: cue.index, end: cue.index + cue[0].length } : undefined;
}
