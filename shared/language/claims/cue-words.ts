import { readingLanguageSchema, type ReadingLanguage } from '../../schema/language';
import { clauseOpeners, comparisons } from '../cues/clause-cues';
import { contrastWords } from '../cues/contrast-cues';
import { speakerPronouns, theyPronouns } from '../cues/pronoun-cues';
import { existentialWords } from '../cues/scope-cues';
import { hedgeWords } from '../cues/hedge-cues';
import { mediaWords } from '../cues/media-cues';
import { negationParticles, negationWords, negativePredicates, notNegations, privativeWords } from '../cues/negation-cues';
import { highQuantityWords, lowQuantityWords, neutralQuantityPhrases } from '../cues/quantity-cues';
import { unitWords } from '../cues/unit-cues';
import { notVerdicts, verdictWords } from '../cues/verdict-cues';

/**
 * Every word that starts a cue the reader looks for, per language: a word outside this set is
 * read as content at once, which keeps the reader to a few lookups a word.
 */
export const cueWords = {} as Record<ReadingLanguage, ReadonlySet<string>>;

for (const language of readingLanguageSchema.options) {
  const lists = [
    notNegations,
    neutralQuantityPhrases,
    notVerdicts,
    contrastWords,
    hedgeWords,
    verdictWords,
    existentialWords,
    negativePredicates,
    negationWords,
    lowQuantityWords,
    highQuantityWords,
    clauseOpeners,
    speakerPronouns,
    theyPronouns,
    mediaWords,
    unitWords,
  ];
  const words = new Set(lists.flatMap((list) => [...list[language].firstWords]));
  words.add(privativeWords[language].word);
  for (const word of comparisons[language].than) words.add(word);
  const particle = negationParticles[language];
  if (particle) for (const word of [particle.particle, ...particle.completes, 'que']) words.add(word);
  cueWords[language] = words;
}
