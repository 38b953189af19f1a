import type { Language } from '../schema/language';

/**
 * Whether a sentence can open a text on its own, or leans on one before it. English and French
 * cannot start with a conjunction or a pronoun pointing back ("they get…", "ils reçoivent…").
 * German, Spanish and Italian sentences can start with a verb (the subject left out, or a
 * question), so there a sentence must start like a noun phrase: an article, a number or a
 * capitalised word that is not a pronoun.
 */
const standsAloneIn: Record<Language, (sentence: string) => boolean> = {
  en: (sentence) =>
    !/^(?:and|or|but|so|that|which|who|while|with|than|as|it|it's|they|they're|them|this|these|those|he|she|its|their|if|however|although|though|also|too|in fact|actually)\b/iu.test(
      sentence,
    ),
  fr: (sentence) =>
    !/^(?:et|ou|mais|donc|que|qu|qui|ils|elles|il|elle|on|ce|c|cela|ça|ces|leur|leurs|car|dont|y|en fait|pourtant)\b/iu.test(sentence),
  de: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:sie|er|es|das|dies|diese|dieser|deshalb|deswegen|daher|aber|und|oder|doch|tatsächlich|stattdessen|bekommen|erhalten|sind|ist|haben|hat)\b/iu.test(
      sentence,
    ),
  es: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:ellos|ellas|esto|eso|estos|estas|lo|les|se|y|o|pero|sino|que|de hecho|en realidad)\b/iu.test(sentence),
  it: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:loro|essi|esse|questo|questi|ciò|lo|li|gli|e|o|ma|però|che|infatti|in realtà)\b/iu.test(sentence),
  // Dutch, Polish, Swedish, Greek and Portuguese may leave the subject out or start with a verb
  // too: a capital or a number, and not a word pointing back. Word ends are written out, because
  // \b does not see Polish or Greek letters.
  nl: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:ze|zij|hij|dit|dat|deze|die|dus|daarom|maar|en|of|toch|want|ook|eigenlijk|in feite)(?![\p{L}\p{N}])/iu.test(sentence),
  pl: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:oni|one|to|ten|ta|te|ci|i|a|ale|lub|albo|więc|bo|jednak|także|też|w rzeczywistości)(?![\p{L}\p{N}])/iu.test(sentence),
  sv: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:han|hon|den|det|detta|dessa|så|därför|men|och|eller|också|faktiskt|i själva verket)(?![\p{L}\p{N}])/iu.test(sentence),
  el: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:αυτοί|αυτές|αυτό|αυτά|και|αλλά|ή|όμως|επομένως|γι' αυτό|στην πραγματικότητα)(?![\p{L}\p{N}])/iu.test(sentence),
  pt: (sentence) =>
    /^(?:\p{Lu}|\d)/u.test(sentence) &&
    !/^(?:eles|elas|isto|isso|estes|estas|esses|essas|e|ou|mas|porém|portanto|que|na verdade|aliás)(?![\p{L}\p{N}])/iu.test(sentence),
};

export function standsAlone(sentence: string, language: Language): boolean {
  return standsAloneIn[language](sentence.trim());
}

/** The sentence with its first letter in capitals, as an opening sentence needs. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}
