import { z } from 'zod';
import type { Audience } from '../../schema/audience';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

/**
 * Lowest reading ease per audience reading level. Far below Flesch's bands for long prose on
 * purpose: a short reply with one law's or agency's name in it ("Asylbewerberleistungsgesetz",
 * "ACA marketplaces") scores 20 or less and still reads easily; officialese scores below zero.
 * Set against the labelled drafts in tests/fixtures/drafts/dev (issue 14).
 */
const targets: Record<Audience['readingLevel'], number> = { plain: 10, general: 0, specialist: -20 };

/** What each audience reading level needs, in words a writer uses. */
const levelNeeds: Record<Audience['readingLevel'], string> = {
  plain: 'plain, everyday language',
  general: 'language a general reader follows easily',
  specialist: 'clear language, even if technical',
};

/**
 * A reading-ease score as one of Flesch's own bands (the French, German, Spanish and Italian
 * adaptations keep the same scale): a score means little to a writer, "very hard" does.
 */
function easeBand(ease: number) {
  if (ease < 30) return 'veryHard';
  if (ease < 50) return 'hard';
  if (ease < 60) return 'fairlyHard';
  if (ease < 70) return 'plain';
  if (ease < 80) return 'fairlyEasy';
  return 'easy';
}
type EaseBand = ReturnType<typeof easeBand>;

const easeWords: Record<EaseBand, string> = {
  veryHard: 'very hard',
  hard: 'hard',
  fairlyHard: 'fairly hard',
  plain: 'plain',
  fairlyEasy: 'fairly easy',
  easy: 'easy',
};

const advice = 'use shorter sentences and everyday words, starting with the longest sentence.';

// The bands and the reading level are codes the catalogue puts in words (`values.ease`, `values.level`…).
const messages = {
  tooHardForAudience: ({ ease, audience, level }: { ease: EaseBand; audience: string; level: Audience['readingLevel'] }) =>
    `The explanation is ${easeWords[ease]} to read for ${audience}, who need ${levelNeeds[level]}: ${advice}`,
  muchHarderThanFact: () => `The explanation is much harder to read than the fact: ${advice}`,
  harderThanFact: ({ ease, factEase }: { ease: EaseBand; factEase: EaseBand }) =>
    `The explanation is ${easeWords[ease]} to read, while the fact is ${easeWords[factEase]}: ${advice}`,
};

export const readability = defineRule({
  id: 'readability',
  meta: {
    title: 'The explanation is as easy to read as the fact',
    description:
      "Compares the explanation's reading ease (Flesch, or its French, German, Spanish and Italian adaptations) with the fact's, and with the chosen audience's reading level. Passages under 20 words are not judged, nor Dutch, Polish, Swedish, Greek and Portuguese ones until their targets are set.",
    rationale:
      'The alternative explanation must be no more complex than the myth; a hard-to-read explanation loses the readers the fact won.',
    source: methodSources.debunkingHandbook2011,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({
    /** How many points harder than the fact the explanation may be (short texts swing by 40 points with a few long words). */
    maxGap: z.number().positive().default(60),
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
    const said = tooHardForAudience
      ? report(messages, 'tooHardForAudience', {
          ease: easeBand(ease),
          audience: document.context.audience!.name.replace(/^The /, 'the '),
          level: level!,
        })
      : easeBand(ease) === easeBand(factEase!)
        ? report(messages, 'muchHarderThanFact')
        : report(messages, 'harderThanFact', { ease: easeBand(ease), factEase: easeBand(factEase!) });
    return [{ section: 'explanation', start: longest.start, end: longest.end, ...said }];
  },
});
