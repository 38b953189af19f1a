import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import { splitSentences } from '../language/sentences';
import { shortFact } from '../lint/analysis/fact-sentences';
import { draftPhrases } from './draft-phrases';
import { continueSentence } from './sentence-case';

/** How another claim of the post is answered: from which entry, in which sentence, or why not. */
export type OtherClaimAnswer = { entry: Entry; sentence?: string };

/**
 * One sentence for each other claim of the post, from that claim's own entry: its fact, short,
 * after a lead that says it answers the rest of the post ("As for the rest of the post: in the
 * US, 41% of undocumented immigrants under 65 have no health insurance."). The other myth is
 * not stated: one myth per sandwich, the others answered by their facts. An entry with no words
 * in the draft's language cannot be answered in it, and is returned without a sentence.
 */
export function otherClaimAnswers(others: readonly Entry[], language: Language): OtherClaimAnswer[] {
  return others.map((entry) => {
    const fact = shortFact(entry, language) ?? firstSentence(entry.language === language ? entry.fact : entry.translations[language]?.fact);
    if (!fact) return { entry };
    const reference = { vetted: [entry.fact, entry.explanation.text], circulating: entry.myth.phrasings };
    return { entry, sentence: draftPhrases[language].otherClaimLead + continueSentence(fact, language, reference) };
  });
}

function firstSentence(text: string | undefined): string | undefined {
  return text ? (splitSentences(text)[0]?.text ?? text) : undefined;
}
