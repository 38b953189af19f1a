import type { ReadingLanguage } from '../../schema/language';
import { compileWordCues } from './word-cues';

/**
 * Words that open a new clause: conjunctions, complementisers and relative pronouns. A negation
 * reaches to the end of its clause and no further: in "migrants fill jobs that locals do not
 * want", the "not" is about the locals, not the jobs. German marks its clauses with commas,
 * which the reader splits on anyway, so its list is short.
 */
export const clauseOpeners = compileWordCues({
  en: [
    'that',
    'which',
    'who',
    'whom',
    'because',
    'while',
    'whereas',
    'although',
    'though',
    'unless',
    'since',
    'when',
    'where',
    'if',
    'so that',
    // "and" joins words ("hotels and phones") but, before a pronoun, a new clause ("and they get…").
    'and they',
    'and then',
    'and we',
    // … or before an auxiliary: a second predicate of the same subject, which a "not" in the
    // first does not reach ("are not covered by the surcharge and can be charged").
    'and can',
    'and may',
    'and must',
    'and will',
    'and should',
    'and are',
    'and is',
    'and have',
    'and has',
  ],
  fr: [
    'que',
    'qui',
    'car',
    'parce',
    'puisque',
    'tandis',
    'lorsque',
    'quand',
    'si',
    'dont',
    'donc',
    'alors',
    'et ils',
    'et elles',
    'et on',
    'et en plus',
    'et peuvent',
    'et doivent',
    'et sont',
    'et ont',
  ],
  de: [
    'dass',
    'weil',
    'obwohl',
    'wahrend',
    'wenn',
    'falls',
    'ob',
    'damit',
    'und dann',
    'und sie',
    'und konnen',
    'und mussen',
    'und sind',
    'und haben',
  ],
  es: [
    'que',
    'porque',
    'aunque',
    'mientras',
    'cuando',
    'donde',
    'si',
    'pues',
    'ya que',
    'y lo',
    'y los',
    'y les',
    'y se',
    'y encima',
    'y luego',
    'y ademas',
    'y pueden',
    'y deben',
    'y son',
    'y tienen',
  ],
  it: [
    'che',
    'perche',
    'mentre',
    'sebbene',
    'benche',
    'quando',
    'dove',
    'poiche',
    'affinche',
    'qualora',
    'e poi',
    'e ci',
    'e li',
    'e si',
    'e in piu',
    'e possono',
    'e devono',
    'e sono',
    'e hanno',
  ],
});

/**
 * Relative words: straight after a noun ("jobs that nobody else wants"), they open a clause that
 * narrows it. German relatives follow a comma and are not needed here.
 */
export const relativeOpeners: Record<ReadingLanguage, readonly string[]> = {
  en: ['that', 'which', 'who', 'whom'],
  fr: ['qui', 'que', 'dont', 'ou'],
  de: [],
  es: ['que', 'quien', 'quienes', 'donde'],
  it: ['che', 'cui', 'dove'],
};

/** The openers that introduce what is said or claimed ("they claim that…"): a report goes on through them. */
export const complementisers: Record<ReadingLanguage, readonly string[]> = {
  en: ['that'],
  fr: ['que'],
  de: ['dass'],
  es: ['que'],
  it: ['che'],
};

/** The openers of a condition ("if…", "si…", "wenn…"): what follows is supposed, not claimed. */
export const conditionals: Record<ReadingLanguage, readonly string[]> = {
  en: ['if', 'unless'],
  fr: ['si'],
  de: ['wenn', 'falls'],
  es: ['si'],
  it: ['qualora'],
};

/**
 * Conditions and circumstances that open a sentence ("Where some workers are undercut, …",
 * "Quand…"): what follows up to the comma is the setting, not the claim. Italian "se" counts
 * only here: inside a sentence it is also "oneself".
 */
export const sentenceConditionals: Record<ReadingLanguage, readonly string[]> = {
  en: ['where', 'when', 'whenever'],
  fr: ['quand', 'lorsque', 'lorsqu'],
  de: ['wo', 'sobald'],
  es: ['cuando', 'donde'],
  it: ['se', 'quando', 'dove'],
};

/** Elided openers inside a word: French "qu'ils", Italian "ch'è" — the rest of the word is a pronoun or a verb. */
export const elidedOpeners: Partial<Record<ReadingLanguage, RegExp>> = {
  fr: /^(?:qu|lorsqu|puisqu|quoiqu)'/,
  it: /^ch'/,
};

/**
 * The word that introduces the second term of a comparison ("more than they put in"), and the
 * words that must come before it in the clause for it to mean "than" (French "que" and Italian
 * "che" are mostly "that").
 */
export const comparisons: Record<ReadingLanguage, { than: readonly string[]; after: readonly string[] }> = {
  en: { than: ['than'], after: [] },
  fr: { than: ['que', "qu'"], after: ['plus', 'moins', 'davantage', 'autant'] },
  de: { than: ['als'], after: ['mehr', 'weniger'] },
  es: { than: ['que', 'de'], after: ['mas', 'menos'] },
  it: { than: ['di', 'che', 'del', 'dei', 'della', 'degli', 'delle'], after: ['piu', 'meno'] },
};

/** German verb particles that stand at the end of a main clause ("nehmen … weg", "kommen … an"), as their stems. */
export const separableParticles: Partial<Record<ReadingLanguage, readonly string[]>> = {
  de: ['weg', 'an', 'auf', 'aus', 'ein', 'mit', 'vor', 'zuruck', 'ab', 'bei', 'nach', 'fort', 'her', 'hin', 'los', 'zusamm'],
};

/**
 * Words that open a question for information ("What do they get?", « Combien touchent-ils ? »,
 * „Wie viel bekommen sie?“, "¿Cuánto cobran?", "Quanto prendono?"): it asks what is the case and
 * asserts nothing, unlike a yes-or-no question that puts a claim up for agreement ("Do they get
 * luxury hotels?"). Spanish and Italian are matched on the written accent where the plain word
 * is also "that" (qué / que, cómo / como, perché / perche).
 */
export const questionWords: Record<ReadingLanguage, RegExp> = {
  en: /^(?:what|how|why|who|whom|whose|where|when|which)$/u,
  fr: /^(?:quoi|comment|pourquoi|qui|où|quand|combien|quel|quelle|quels|quelles|qu'est-ce|qu'est)$/u,
  de: /^(?:was|wie|warum|wieso|weshalb|wer|wem|wen|wo|wann|welche|welcher|welches|wieviel)$/u,
  es: /^(?:qué|cómo|por qué|quién|quiénes|dónde|cuándo|cuánto|cuánta|cuántos|cuántas|cuál|cuáles)$/u,
  it: /^(?:cosa|come|perché|chi|dove|quando|quanto|quanta|quanti|quante|quale|quali)$/u,
};
