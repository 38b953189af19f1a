import type { ReadingLanguage } from '../../schema/language';
import { separableParticles } from '../cues/clause-cues';
import { stem } from '../stem';
import type { Token } from '../tokenize';
import type { ClauseReading } from './claim-reading';
import { claimTerm } from './claim-term';

/** A clause while it is being read: counts and flags that `finishClause` turns into a reading. */
export type OpenClause = {
  first?: number;
  last?: number;
  terms: Set<string>;
  /**
   * The stem of the clause's verb as far as the reader can tell (its first predicate's word, or
   * else its first content word), before it is compared as a claim: to join a German particle.
   */
  verbStem?: string;
  verbIsPredicate?: boolean;
  /** "not", "never", "kein", "nada"…: any number of them negate once (negative concord). */
  negations: number;
  /** Predicates that deny by their meaning ("refuse to", "closed to", "interdits à"): they cancel a "not". */
  lexical: number;
  /** French "ne", which negates on its own and makes "plus", "personne" negations. */
  particle: boolean;
  low: boolean;
  high: boolean;
  /** Has "more", "plus", "mehr"…: a "than" that follows introduces the second term. */
  comparative: boolean;
  namesGroup: boolean;
  namesNatives: boolean;
  aboutThem: boolean;
  aboutSpeaker: boolean;
  aboutMedia: boolean;
  reported: boolean;
  /** Reported as what people say, not as what a source says ("many believe that…", "…, on l'entend partout"). */
  hearsay: boolean;
  /** Reported as what a source says ("the ONS says that…"). */
  sourced: boolean;
  comparand: boolean;
  contrasted: boolean;
  listed: boolean;
  hypothetical: boolean;
  narrows: boolean;
  /** A hedge or a warning ("some people say", "A common myth claims"): about the source, dropped. */
  frame: boolean;
  /** Names what a myth is about, after a warning or a hedge ("a hoax | about Sweden and rape"). */
  topic: boolean;
  /** Opens the sentence with where or by whom ("In the UK,"): dropped when it ends at a comma. */
  scope: boolean;
  /** "There are", "es gibt", "il y a": a negated one reaches into the clause after it. */
  existential: boolean;
};

export function openClause(comparand: boolean, reported: boolean, hearsay = false, sourced = false): OpenClause {
  return {
    terms: new Set(),
    negations: 0,
    lexical: 0,
    particle: false,
    low: false,
    high: false,
    comparative: false,
    namesGroup: false,
    namesNatives: false,
    aboutThem: false,
    aboutSpeaker: false,
    aboutMedia: false,
    reported,
    hearsay,
    sourced,
    comparand,
    contrasted: false,
    listed: false,
    hypothetical: false,
    narrows: false,
    frame: false,
    topic: false,
    scope: false,
    existential: false,
  };
}

/** Widens the clause to take in a word. */
export function touch(clause: OpenClause, token: Token): void {
  clause.first ??= token.start;
  clause.last = token.end;
}

export function isNegated(clause: OpenClause): boolean {
  return clause.negations > 0 || clause.particle;
}

/** A negation or a small quantity carried from a clause with no content of its own ("they don't get | that money"). */
export type Carried = { negated: boolean; low: boolean };

/**
 * The clause as read, or 'carry' when it has no content of its own but a negation or a small
 * quantity that reaches into the next clause, or undefined when there is nothing to keep (a
 * frame such as "some say", or no words at all).
 */
export function finishClause(
  clause: OpenClause,
  carried: Carried | undefined,
  language: ReadingLanguage,
): ClauseReading | 'carry' | undefined {
  if (clause.first === undefined || clause.frame) return undefined;
  joinSeparableVerb(clause, language);
  if (clause.terms.size === 0 && !clause.namesGroup && !clause.comparand) {
    return isNegated(clause) || clause.low ? 'carry' : undefined;
  }
  const negated = isNegated(clause) || (carried?.negated ?? false);
  const low = clause.low || (carried?.low ?? false);
  const quantity = low ? 'low' : clause.high ? 'high' : undefined;
  // "Not closed to police" is open: a denying predicate and a negation cancel out.
  const denies = clause.lexical % 2 === 1;
  return {
    start: clause.first,
    end: clause.last!,
    terms: [...clause.terms],
    negated,
    ...(quantity ? { quantity } : {}),
    polarity: (negated ? -1 : 1) * (low ? -1 : 1) * (denies ? -1 : 1) === 1 ? 1 : -1,
    namesGroup: clause.namesGroup,
    namesNatives: clause.namesNatives,
    aboutThem: clause.aboutThem,
    aboutSpeaker: clause.aboutSpeaker,
    aboutMedia: clause.aboutMedia,
    reported: clause.reported,
    hearsay: clause.hearsay,
    sourced: clause.sourced,
    comparand: clause.comparand,
    contrasted: clause.contrasted,
    listed: clause.listed,
    hypothetical: clause.hypothetical,
    narrows: clause.narrows,
    topic: clause.topic,
  };
}

/**
 * German splits some verbs: "sie nehmen uns die Jobs weg" is "wegnehmen", "der Staat gibt …
 * aus" is "ausgeben". A particle ending the clause goes back on the clause's first content word,
 * its verb in a main clause: the joined verb is compared if it is a predicate's word ("ausgeben"
 * is =spend) or the verb is not ("nehmen" is =take already, and stays so).
 */
function joinSeparableVerb(clause: OpenClause, language: ReadingLanguage): void {
  const particles = separableParticles[language];
  if (!particles || clause.terms.size < 2) return;
  const terms = [...clause.terms];
  const last = terms.at(-1)!;
  if (!particles.includes(last)) return;
  const verb = clause.verbStem ? terms.indexOf(claimTerm(clause.verbStem, language)) : 0;
  const at = Math.max(verb, 0);
  const joined = claimTerm(stem(last + (clause.verbStem ?? terms[at]!), language), language);
  if (joined.startsWith('=') || !terms[at]!.startsWith('=')) terms[at] = joined;
  clause.terms = new Set(terms.slice(0, -1));
}
