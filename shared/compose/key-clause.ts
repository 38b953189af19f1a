import type { Language } from '../schema/language';
import { foldInPlace } from '../language/fold-in-place';
import { findFigures } from '../language/figures';

/**
 * Whether a clause can stand alone as a sentence. English and French clauses cannot when they
 * start with a conjunction, a pronoun pointing back or a preposition that continues the clause
 * before ("and from the age of 65", "ils reçoivent…"). German, Spanish and Italian clauses can
 * start with a verb ("wird eine Frau…", "reciben 49,18 £…", the subject left out), so there a
 * clause must start like a noun phrase: an article, a number or a capitalised word.
 */
const standsAlone: Record<Language, (clause: string) => boolean> = {
  en: (clause) =>
    !/^(?:and|or|but|so|that|which|who|while|with|from|after|before|since|than|as|to|of|for|by|it|they|this|these|he|she|we|its|their|if|however|although|though|under)\b/iu.test(
      clause,
    ),
  fr: (clause) =>
    !/^(?:et|ou|mais|donc|que|qu|qui|si|ils|elles|il|elle|on|ce|cela|avec|de|d|à|par|pour|sans|car|soit|dont|y|depuis)\b/iu.test(clause),
  de: (clause) => /^(?:\p{Lu}|\d|(?:der|die|das|den|dem|des|ein|eine|einer|eines)\s)/u.test(clause),
  es: (clause) => /^(?:\p{Lu}|\d|(?:el|la|los|las|un|una|unos|unas|en)\s)/u.test(clause),
  it: (clause) => /^(?:\p{Lu}|\d|l'|(?:il|lo|la|i|gli|le|un|una|uno|in|nel|nella)\s)/u.test(clause),
  // Dutch, Polish, Swedish, Greek and Portuguese clauses can start with a verb too (or, in
  // Polish, with a bare noun in any case): only a capital, a number or an article stands alone.
  nl: (clause) => /^(?:\p{Lu}|\d|(?:de|het|een|in)\s)/u.test(clause),
  pl: (clause) => /^(?:\p{Lu}|\d)/u.test(clause),
  // Not "de", "det", "den": as often "they", "it" pointing back as an article.
  sv: (clause) => /^(?:\p{Lu}|\d|(?:en|ett|i)\s)/u.test(clause),
  el: (clause) => /^(?:\p{Lu}|\d|(?:ο|η|το|οι|τα|ένας|μια|ένα|στο|στη|στην|στα)\s)/u.test(clause),
  pt: (clause) => /^(?:\p{Lu}|\d|(?:o|a|os|as|um|uma|em|no|na|nos|nas)\s)/u.test(clause),
};
/** A comma starts a new clause only before an article, a determiner or a number (not inside a list: "the EU, Norway and Switzerland"). */
const clauseAfterComma: Record<Language, RegExp> = {
  en: /^(?:the|a|an|this|these|those|most|some|many|all|every|no|in|\d)/u,
  fr: /^(?:le|la|les|l'|un|une|des|ce|ces|leurs?|en|\d)/u,
  de: /^(?:der|die|das|den|dem|des|ein|eine|im|in|\d)/u,
  es: /^(?:el|la|los|las|un|una|unos|unas|en|\d)/u,
  it: /^(?:il|lo|la|i|gli|le|l'|un|una|uno|in|nel|nella|\d)/u,
  // Folded text; whole words, since \b does not see Greek letters.
  nl: /^(?:de|het|een|dit|deze|in|\d)(?![\p{L}])/u,
  pl: /^(?:w|we|na|\d)(?![\p{L}])/u,
  sv: /^(?:de|det|den|en|ett|i|\d)(?![\p{L}])/u,
  el: /^(?:ο|η|το|οι|τα|του|της|των|τον|την|τους|τις|ενας|μια|ενα|στο|στη|στην|στα|\d)(?![\p{L}])/u,
  pt: /^(?:o|a|os|as|um|uma|em|no|na|nos|nas|\d)(?![\p{L}])/u,
};
/** A clause that ends by opening another ("…found that") goes on into the next. */
const openEnd = /(?<![\p{L}])(?:that|que|dass|che|because|weil|porque|perche|dat|omdat|że|ponieważ|att|eftersom|ότι|πως|επειδή|pois)$/iu;
/** A short opening scope a restatement can do without: "In the UK, ", "Au Royaume-Uni, ". */
const scope = /^(?:in|across|worldwide|en|au|aux|dans|im|nel|nella|w|we|i|στην|στο|στη|στις|em|no|na|nos|nas)(?:\s[^\s,]+){0,3},\s/iu;
const year = /^(?:1[89]|20)\d\d$/;

/**
 * The part of the fact's first sentence that carries it: the clause with its first figure that
 * is not a year ("non-EU citizens were 5.3% of the population…"), taken on into the next clause
 * when it ends in "that", without the sentence's opening scope. Undefined when there is no such
 * clause that can stand alone, or it is the whole sentence anyway.
 */
export function keyClause(lead: string, language: Language): string | undefined {
  const sentence = lead.replace(/[.!?…]$/u, '');
  const clauses = splitClauses(sentence, language);
  const first = clauses.findIndex((clause) => findFigures(clause.text).some((figure) => !year.test(figure.text)));
  if (first < 0) return undefined;
  let end = first;
  while (end < clauses.length - 1 && openEnd.test(clauses[end]!.text)) end++;
  const text = sentence.slice(clauses[first]!.start, clauses[end]!.end).trim().replace(scope, '');
  if (text === sentence || text.split(/\s+/).length < 5 || !standsAlone[language](text)) return undefined;
  return `${text}.`;
}

// Brackets and quotes, English (“…”), German („…“), French and Italian («…») and straight ("…").
const openers = '([«„“"';
const closers: Record<string, string> = { ')': '(', ']': '[', '»': '«', '”': '“', '“': '„', '"': '"' };

/** Clauses split at colons, semicolons and clause-opening commas outside brackets and quotes, with their ranges. */
function splitClauses(sentence: string, language: Language): { text: string; start: number; end: number }[] {
  const clauses: { text: string; start: number; end: number }[] = [];
  const open: string[] = [];
  let start = 0;
  for (let index = 0; index < sentence.length; index++) {
    const character = sentence[index]!;
    const closes = closers[character];
    if (closes?.includes(open.at(-1) ?? '')) open.pop();
    else if (openers.includes(character)) open.push(character);
    else if (
      open.length === 0 &&
      /\s/.test(sentence[index + 1] ?? '') &&
      (/[;:]/.test(character) || (character === ',' && clauseAfterComma[language].test(foldInPlace(sentence.slice(index + 2)))))
    ) {
      const text = sentence.slice(start, index).trim();
      clauses.push({ text, start: sentence.indexOf(text, start), end: index });
      start = index + 1;
    }
  }
  const text = sentence.slice(start).trim();
  clauses.push({ text, start: sentence.indexOf(text, start), end: sentence.length });
  return clauses;
}
