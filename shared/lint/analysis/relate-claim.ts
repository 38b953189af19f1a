import { isPredicateTerm } from '../../language/claims/claim-term';
import type { ClauseReading } from '../../language/claims/read-claim';
import type { MythClaim, MythClaims } from './myth-claims';

/** How a clause stands to one of the myth's claims. */
export type ClaimRelation = {
  claim: MythClaim;
  /** True when the clause says what the myth says; false when it says the opposite. */
  agrees: boolean;
  /** How many of the claim's stems the clause shares. */
  shared: number;
  /** The comparison runs the other way ("they put in more than they take out"). */
  reversed: boolean;
};

/**
 * Share of the clause's own words that must be the myth's: a clause made mostly of the myth's
 * words restates it, a long clause that mentions some of them ("demand for school places is
 * driven by births") makes a claim of its own. And the least share of the myth claim's words it
 * must use, so two common words do not stand for a long phrasing.
 */
const focus = 0.5;
const coverage = 0.4;

/**
 * Whether a clause is about one of the myth's claims, and if so whether it agrees with it.
 * About: it shares the claim's predicate and object (at least two of its terms, one of them
 * among the claim's first, or the one term of a short neutral wording such as "they pay
 * nothing" in a short clause about the group), and those make up more than half of the clause.
 * A comparison may leave out its second term ("they commit more crimes" against "… more than
 * the native-born"). Agrees: the same polarity ("pay nothing" against "don't pay taxes"), where
 * negation, small quantities and a reversed comparison each flip it.
 *
 * `attributed`: the clause is said as hearsay or asked ("many believe that…", "¿Que los
 * indocumentados delinquen más?"), which marks a restatement of a claim: then the group and
 * what the claim is about, one of its first terms that is not a bare predicate, are enough
 * ("D'aucuns affirment que l'Europe accueille l'essentiel des réfugiés" against "la plupart des
 * réfugiés viendraient en Europe"), and half of the clause may be other words. "Do they get
 * £49.18?" shares only the predicate of "they get luxury hotels", and is not it.
 */
export function relateClause(
  clause: ClauseReading,
  comparand: ClauseReading | undefined,
  myth: MythClaims,
  attributed = false,
): ClaimRelation | undefined {
  const counts = new Map<
    number,
    { straight: number; forward: number; backward: number; core: boolean; coreObject: boolean; compared: boolean }
  >();
  const count = (index: number) => {
    let tally = counts.get(index);
    if (!tally) counts.set(index, (tally = { straight: 0, forward: 0, backward: 0, core: false, coreObject: false, compared: false }));
    return tally;
  };
  for (const term of clause.terms) {
    for (const index of myth.byTerm.get(term) ?? []) {
      const claim = myth.claims[index]!;
      if (claim.terms.has(term)) {
        count(index).straight++;
        if (claim.core.includes(term)) {
          count(index).core = true;
          if (!isPredicateTerm(term)) count(index).coreObject = true;
        }
      }
      if (claim.comparand.has(term)) count(index).forward++;
    }
  }
  for (const term of comparand?.terms ?? []) {
    for (const index of myth.byTerm.get(term) ?? []) {
      const claim = myth.claims[index]!;
      if (claim.comparand.has(term)) {
        count(index).straight++;
        count(index).compared = true;
      }
      if (claim.terms.has(term)) count(index).backward++;
    }
  }

  const clauseTerms = clause.terms.length + (comparand?.terms.length ?? 0);
  let best: (ClaimRelation & { score: number }) | undefined;
  for (const [index, { straight, forward, backward, core, coreObject, compared }] of counts) {
    const claim = myth.claims[index]!;
    // "They commit more crimes": a comparison about the group with its second term left out.
    const elliptic =
      !comparand &&
      clause.quantity === 'high' &&
      claim.comparand.size > 0 &&
      forward === 0 &&
      (clause.namesGroup || clause.aboutThem) &&
      !clause.namesNatives;
    const claimTerms = claim.terms.size + (elliptic ? 0 : claim.comparand.size);
    const reversed = forward > 0 && backward > 0 && forward + backward > straight;
    // Sharing only the claim's setting ("debit cards", "a media cover-up") is not making it,
    // unless the clause is almost all the claim ("…who arrive irregularly become Spanish
    // citizens after three years" against "irregular migrants become Spanish after three years").
    if (!core && !reversed && !(straight / claimTerms >= 0.5 && straight / clauseTerms >= 0.75)) continue;
    const shared = reversed ? forward + backward : straight;
    const aboutGroup = clause.namesGroup || clause.aboutThem;
    const loose = attributed && aboutGroup && coreObject;
    const needed = (claimTerms === 1 && (claim.origin === 'statement' || claim.origin === 'draft')) || loose ? 1 : 2;
    if (shared < needed || (!loose && shared / claimTerms < coverage)) continue;
    // A one-word claim ("they pay nothing") identifies only a clause about the group that is
    // about little else: "the aid depends on income" is not "the aid goes to foreigners first".
    // A comparison made both ways round ("… more than pensioners") is specific enough at half.
    const focused = (compared && core) || loose ? shared / clauseTerms >= focus : shared / clauseTerms > focus;
    if (claimTerms === 1 ? clauseTerms > 3 || !aboutGroup : !focused) continue;
    const score = (shared * shared) / (claimTerms * clauseTerms);
    if (best && score <= best.score) continue;
    const agrees = clause.polarity * claim.polarity * (reversed ? -1 : 1) === 1;
    best = { claim, agrees, shared, reversed, score };
  }
  if (!best) return undefined;
  const { score: _score, ...relation } = best;
  return relation;
}
