import { z } from 'zod';
import type { Audience } from '../../schema/audience';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

/** Minimum reading ease per audience reading level (Flesch scale: 60+ plain, 50 general, 30 specialist). */
const targets: Record<Audience['readingLevel'], number> = { plain: 60, general: 50, specialist: 30 };

export const readability = defineRule({
  id: 'readability',
  meta: {
    title: 'The explanation is as easy to read as the fact',
    description:
      "Compares the explanation's reading ease (Flesch, or its French, German, Spanish and Italian adaptations) with the fact's, and with the chosen audience's reading level. Passages under 20 words are not judged.",
    rationale:
      'The alternative explanation must be no more complex than the myth; a hard-to-read explanation loses the readers the fact won.',
    source: methodSources.debunkingHandbook2011,
    defaultSeverity: 'warning',
  },
  options: z.object({
    /** How many points harder than the fact the explanation may be. */
    maxGap: z.number().positive().default(30),
    minWords: z.int().positive().default(20),
  }),
  check(document, { maxGap, minWords }) {
    const { explanation, fact } = document.sections;
    if (explanation.tokens.length < minWords) return [];
    const ease = explanation.readingEase;
    if (ease === null) return [];
    const factEase = fact.readingEase;
    const level = document.context.audience?.readingLevel;
    const target = level ? targets[level] : undefined;
    const tooHardForAudience = target !== undefined && ease < target;
    const harderThanFact = factEase !== null && ease < factEase - maxGap;
    if (!tooHardForAudience && !harderThanFact) return [];

    const longest = explanation.sentences.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    const why = tooHardForAudience
      ? `harder to read (ease ${Math.round(ease)}) than suits ${document.context.audience!.name} (${target}+)`
      : `much harder to read (ease ${Math.round(ease)}) than the fact (${Math.round(factEase!)})`;
    return [
      {
        section: 'explanation',
        start: longest.start,
        end: longest.end,
        message: `The explanation is ${why}: use shorter sentences and everyday words, starting with the longest sentence.`,
      },
    ];
  },
});
