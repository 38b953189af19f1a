import type { CountryCode } from '../schema/country';
import type { Entry } from '../schema/entry';
import type { FactQuery } from './fact-side';
import { termWeight } from './generic-words';
import { type LibraryIndex, mythTexts } from './library-index';
import { claimTerms, negationMark, readText, type MatchToken } from './match-terms';
import { placeCues } from './place-cues';
import { scopeFit } from './scope-fit';
import { termFlags, type TermPostings, type TermTable } from './term-table';

export type Match = {
  entry: Entry;
  /** BM25 score: comparable between entries for one post, not between posts. */
  score: number;
  /** 0–1: how sure the match is, comparable between posts; matches under the threshold are not returned. */
  confidence: number;
  /** Why: the words and phrases of the post that matched, and the library wording closest to the post. */
  reasons: { terms: string[]; phrasing: string };
  /**
   * The entry's countries, as codes ("AT", "EU"), when the post is about somewhere else (by the
   * places it names, or else by its language): the fact may not hold there, so every list of
   * matches says so, naming them in its own language.
   */
  otherCountry?: readonly CountryCode[];
};

export type MatchOptions = {
  top?: number;
  minConfidence?: number;
  /**
   * A person looking an entry up (the library picker), not a post to answer: what they type may
   * well be the fact ("undocumented immigrants pay taxes"), so nothing is set aside for saying it.
   */
  lookup?: boolean;
};

/**
 * The calibrated confidence a match needs to be offered: on the development posts, 0.55 keeps the
 * false matches on harmless posts to 4 in 27 for a top-3 topic rate of 0.78 (0.5: 6 in 27 for 0.81).
 */
export const defaultMinConfidence = 0.55;
/** Score at which confidence is one half: a post sharing a distinctive phrase, or several distinctive words. */
const halfConfidenceScore = 7;
/**
 * A post is set aside as saying the entry's fact when it scores this much more on the fact side
 * than on the myth side: 1.5 keeps 33/36 development myths in the top 3 (leave one out) while
 * setting aside half of the research set's true statements (1.0 cost three myths, gaining two).
 */
const factLikeness = 1.5;
/**
 * Scattered single words ("food", "park") are weaker evidence than a phrase the myth uses, and two
 * of them weaker still: in a library of a hundred entries, some myth shares any two ordinary words
 * with an ordinary post.
 */
const scatteredWordsDiscount = 0.85;
const twoScatteredWordsDiscount = 0.7;
/**
 * Under this many content words a post is a slogan or a one-line claim ("Immigrants are not
 * assimilating."): too few words for BM25 to tell a claim from a mention, so it is matched on how
 * much of it one myth wording says.
 */
const shortPostWords = 10;
/** A negated word counts half as a unit of a short post: "refuse to assimilate" says "not assimilating" without a "not". */
const negatedUnitWeight = 0.5;
/** Share of a short post's weighted words a wording must say to count at all, and to be sure. */
const coverageFloor = 0.6;
/** How much of a short post's match rests on how much of the wording the post says. */
const wordingShareWeight = 0.4;
/** The word evidence an entry needs to be considered at all, before calibration. */
const candidateFloor = 0.3;
/** The word evidence a match needs whatever its density: two ordinary words are not a claim. */
const evidenceFloor = 0.4;
/** Candidates considered beyond the number asked for: place and coverage can reorder them. */
const extraCandidates = 10;

/**
 * Ranks library entries for a post: BM25 over the myth wording (each post term counted once,
 * two-word phrases and negated words counted as terms too), with hashtags split, accents folded,
 * Snowball stemming and typos of one letter forgiven; a short post is also matched on the share
 * of its words one myth wording says. Entries whose countries fit the places the post names (or
 * its language) rank higher; others are labelled. Returns the entries above the confidence
 * threshold, best first, each with the reasons it matched. A post that says what an entry's fact
 * says is not that myth, however many words it shares with it — unless it negates what the myth
 * negates ("do not pay taxes").
 */
export function matchPost(post: string, index: LibraryIndex, options: MatchOptions = {}): Match[] {
  const { top = 5, minConfidence = defaultMinConfidence, lookup = false } = options;
  const read = readText(post, (word) => index.words.has(word));
  const tokens = correctTypos(read.tokens, index);
  const terms = new Set(claimTerms(tokens));
  const countries = placeCues(post);
  const units = postUnits(tokens, index);

  const pool = new Map<number, { score: number; confidence: number }>();
  // The word evidence alone decides less than it did: a dense match of weaker words can still pass.
  // The loop below asks for one more than it keeps: the one that finds the pool full.
  const candidates = scoreCandidates(mythTermIds(tokens, index), index, Math.min(minConfidence, candidateFloor), top + extraCandidates + 1);
  for (let candidate = candidates.next(); candidate && pool.size < top + extraCandidates; candidate = candidates.next()) {
    pool.set(candidate.position, { score: candidate.score, confidence: candidate.confidence });
  }
  candidates.release();
  const short = new Set(tokens.map((token) => token.stem)).size < shortPostWords;
  if (units.length > 0 && short) {
    for (const [position, confidence] of coverageCandidates(units, index)) {
      const found = pool.get(position);
      if (!found) pool.set(position, { score: 0, confidence });
      else found.confidence = Math.max(found.confidence, confidence);
    }
  }

  const negated = [...terms].filter((term) => term.startsWith(negationMark));
  const opensWithDenial = denialOpener.test(post.trim());
  const kept: { position: number; score: number; confidence: number; otherCountry: readonly CountryCode[] | undefined }[] = [];
  // How much the post sounds like an entry's fact side (fact, angles, source quotes): its terms are numbered once.
  let factQuery: FactQuery | undefined;
  for (const [position, found] of pool) {
    const indexed = index.entries[position]!;
    const fit = scopeFit(indexed.entry, countries, read.language);
    const density = densityOf(units, index, position);
    const confidence = calibrated(scaleOdds(found.confidence, fit.factor), density);
    // A fitting place ranks an entry higher but never makes a match of an entry that was not one.
    if (
      confidence < minConfidence ||
      calibrated(found.confidence, density) < minConfidence ||
      found.confidence < Math.min(evidenceFloor, minConfidence)
    )
      continue;
    const negatesAsTheMythDoes = negated.some((term) => {
      const id = index.terms.stems.get(term);
      return id !== undefined && index.wordings.entryHas(position, id);
    });
    if (!lookup && short && contradictsStatement(tokens, index, position)) continue; // "Immigrants pay taxes" against "… do not pay taxes"
    if (!lookup && !negatesAsTheMythDoes && (opensWithDenial || (tokens[0]?.negated && deniesMyth(negated, index, position)))) continue; // a correction
    const score = found.score || mythScore(terms, index, position);
    factQuery ??= index.facts.query(terms, index.terms.stems);
    if (!lookup && !negatesAsTheMythDoes && index.facts.score(factQuery, position) >= factLikeness * score) continue; // it says the fact, not the myth
    kept.push({ position, score, confidence, otherCountry: fit.otherCountry });
  }
  // Reasons are worked out only for the matches returned: they do not change the order.
  return kept
    .sort((a, b) => b.confidence - a.confidence || b.score - a.score)
    .slice(0, top)
    .map(({ position, score, confidence, otherCountry }) => ({
      entry: index.entries[position]!.entry,
      score,
      confidence,
      reasons: reasonsFor(post, tokens, index, position),
      ...(otherCountry ? { otherCountry } : {}),
    }));
}

/**
 * A short post that affirms a word the myth's statement negates, and negates nothing itself, says
 * the opposite of the myth: "Immigrants pay taxes" is not "Undocumented immigrants do not pay taxes".
 */
function contradictsStatement(tokens: readonly MatchToken[], index: LibraryIndex, position: number): boolean {
  if (tokens.some((token) => token.negated)) return false;
  const { wordings } = index;
  const negatedIds = tokens.map((token) => index.terms.stems.get(negationMark + token.stem) ?? -1).filter((id) => id >= 0);
  for (let wording = wordings.entryStarts[position]!; wording < wordings.entryStarts[position + 1]!; wording++) {
    if (wordings.statements[wording] === 1 && negatedIds.some((id) => wordings.has(wording, id))) return true;
  }
  return false;
}

/** How corrections begin: "No, …", "Non, …", "Falso: …", "FAKE". */
const denialOpener =
  /^(?:(?:no|non|nein|nee|não|nej|nie)\s*[,.!:—–-]|(?:faux|falso|false|fake|bulo|bufala|intox|not true|pas vrai|stimmt nicht)\b)/iu;

/**
 * A post that opens by negating a claim word the myth's wordings only ever affirm is denying the myth, as
 * corrections do ("Non, les étrangers ne représentent pas 42 %…"): it is not that myth.
 */
function deniesMyth(negated: readonly string[], index: LibraryIndex, position: number): boolean {
  const { wordings } = index;
  const { stems } = index.terms;
  return negated.some((term) => {
    const stem = term.slice(negationMark.length);
    if (termWeight(stem) < 1) return false;
    const termId = stems.get(term) ?? -1;
    const stemId = stems.get(stem) ?? -1;
    let affirmed = false;
    for (let wording = wordings.entryStarts[position]!; wording < wordings.entryStarts[position + 1]!; wording++) {
      if (termId >= 0 && wordings.has(wording, termId)) return false;
      if (stemId >= 0 && wordings.has(wording, stemId)) affirmed = true;
    }
    return affirmed;
  });
}

/**
 * From the evidence to a calibrated confidence: a logistic model of whether a match shown is of the
 * post's topic, fitted on the development posts (tests/eval, `npm run eval:match`) from two
 * things: the word evidence (BM25 or coverage, adjusted for place) and how much of the post the
 * entry's wordings say. A long post that shares a few words with a myth is usually about something
 * else; one whose claim words are mostly the myth's is repeating it. Reliability on the
 * validation posts is in the README.
 */
const calibration = { intercept: 1.204, evidence: 0.935, density: 1.528, densityFloor: 0.05 } as const;

function calibrated(evidence: number, density: number): number {
  const clamped = Math.min(Math.max(evidence, 1e-4), 1 - 1e-4);
  const logit =
    calibration.intercept +
    calibration.evidence * Math.log(clamped / (1 - clamped)) +
    calibration.density * Math.log(density + calibration.densityFloor);
  return 1 / (1 + Math.exp(-logit));
}

/**
 * The share of the post's weighted words that the entry's wordings say: the entry's wording terms
 * are marked in a scratch array, so each of the post's words is one read, not a look through
 * every wording.
 */
function densityOf(units: readonly Unit[], index: LibraryIndex, position: number): number {
  const { entryStarts, termStarts, terms } = index.wordings;
  const { marks } = index.scratch;
  const from = termStarts[entryStarts[position]!]!;
  const to = termStarts[entryStarts[position + 1]!]!;
  for (let at = from; at < to; at++) marks[terms[at]!] = 1;
  let said = 0;
  let total = 0;
  for (const unit of units) {
    if (unit.negated) continue;
    total += unit.termWeight;
    if (unit.id >= 0 && marks[unit.id] === 1) said += unit.termWeight;
  }
  for (let at = from; at < to; at++) marks[terms[at]!] = 0;
  return total > 0 ? said / total : 0;
}

/** Multiplies the odds of a confidence: evidence for or against, without leaving 0–1. */
function scaleOdds(confidence: number, factor: number): number {
  if (factor === 1 || confidence <= 0 || confidence >= 1) return confidence;
  const odds = (confidence / (1 - confidence)) * factor;
  return odds / (1 + odds);
}

/**
 * A unit of the post: its term, its weight in a short post, and by number in the library (-1:
 * none) the term and its negation ("¬pay" for "pay"), and its `termWeight`.
 */
type Unit = { term: string; weight: number; negated: boolean; id: number; negatedId: number; termWeight: number };

/**
 * In a short post, who the claim is about ("les migrants", "la France") weighs less still than in
 * BM25: a wording need not name them ("on est envahis") to say the same thing.
 */
const genericUnitWeight = 0.2;
const unitWeight = (stem: string) => (termWeight(stem) < 1 ? genericUnitWeight : 1);

/** A short post's words as weighted units: generic words weigh little, a negation is a unit of its own. */
function postUnits(tokens: readonly MatchToken[], index: LibraryIndex): Unit[] {
  const units = new Map<string, Unit>();
  const unit = (term: string, weight: number, negated: boolean): Unit => ({
    term,
    weight,
    negated,
    id: index.terms.stems.get(term) ?? -1,
    negatedId: negated ? -1 : (index.terms.stems.get(negationMark + term) ?? -1),
    termWeight: termWeight(term),
  });
  for (const token of tokens) {
    units.set(token.stem, unit(token.stem, unitWeight(token.stem), false));
    if (token.negated) {
      const term = negationMark + token.stem;
      units.set(term, unit(term, unitWeight(token.stem) * negatedUnitWeight, true));
    }
  }
  return [...units.values()];
}

/**
 * Entries one of whose wordings says most of a short post: the share of the post's weighted units
 * the wording contains, less the words whose negation it contradicts ("Immigrants pay taxes" against
 * "immigrants don't pay taxes"). Only entries sharing a specific word are considered.
 */
function coverageCandidates(units: readonly Unit[], index: LibraryIndex): Map<number, number> {
  const total = units.reduce((sum, unit) => sum + unit.weight, 0);
  const postTerms = new Set(units.map((unit) => unit.term));
  const positions = new Set<number>();
  const specificUnits = units.filter((unit) => unit.weight >= 1 || unit.negated);
  for (const unit of specificUnits) {
    const postings = index.terms.get(unit.term);
    if (postings?.specific) for (const position of postings.entries) positions.add(position);
  }
  // A claim made only of generic words ("Most immigrants are illegal") needs a wording that says
  // all of it, at least three words: the entries holding its rarest word are the only candidates.
  const onlyGeneric = specificUnits.length === 0;
  if (onlyGeneric) {
    if (units.length < 3) return new Map();
    const rarest = units
      .map((unit) => index.terms.get(unit.term))
      .reduce<TermPostings | undefined>(
        (best, postings) => (postings && (!best || postings.entries.length < best.entries.length) ? postings : best),
        undefined,
      );
    for (const position of rarest?.entries ?? []) positions.add(position);
  }
  const found = new Map<number, number>();
  const { entryStarts, termStarts, terms } = index.wordings;
  const { marks } = index.scratch;
  const { codes, values } = index.termWeights;
  // Bit 2: the post's terms, for the whole search; bit 1: one wording's terms at a time.
  for (const unit of units) if (unit.id >= 0) marks[unit.id] = marks[unit.id]! | 2;
  const postHasNegated = units.map((unit) => postTerms.has(negationMark + unit.term));
  for (const position of positions) {
    let best = 0;
    for (let wording = entryStarts[position]!; wording < entryStarts[position + 1]!; wording++) {
      const from = termStarts[wording]!;
      const to = termStarts[wording + 1]!;
      for (let at = from; at < to; at++) marks[terms[at]!] = marks[terms[at]!]! | 1;
      let covered = 0;
      let specific = 0;
      for (const [number, unit] of units.entries()) {
        if (unit.id >= 0 && (marks[unit.id]! & 1) !== 0) {
          covered += unit.weight;
          if (unit.weight >= 1 || unit.negated) specific++;
        } else if (!unit.negated && !postHasNegated[number] && unit.negatedId >= 0 && (marks[unit.negatedId]! & 1) !== 0) {
          covered -= unit.weight; // the wording says the opposite
        }
      }
      for (let at = from; at < to; at++) marks[terms[at]!] = marks[terms[at]!]! & ~1;
      if (specific === 0 && !(onlyGeneric && covered >= total)) continue;
      // What the wording says beyond the post counts too, less: "immigrants pay taxes" is all of
      // the post but little of "we pay for mass migration with our taxes and get nothing back".
      let said = 0;
      let saidTotal = 0;
      for (let at = from; at < to; at++) {
        const weight = values[codes[terms[at]!]!]!;
        if (weight < 0) continue; // a negated stem
        saidTotal += weight;
        if ((marks[terms[at]!]! & 2) !== 0) said += weight;
      }
      const share = (covered / total) * (1 - wordingShareWeight + (wordingShareWeight * said) / Math.max(saidTotal, 1));
      best = Math.max(best, share);
    }
    if (best >= coverageFloor) found.set(position, coverageConfidence(best));
  }
  for (const unit of units) if (unit.id >= 0) marks[unit.id] = 0;
  return found;
}

/** From the share a wording says to a confidence: at the floor just under the default threshold, all of it 0.9. */
function coverageConfidence(coverage: number): number {
  return 0.45 + ((coverage - coverageFloor) / (1 - coverageFloor)) * 0.45;
}

type Candidate = { position: number; score: number; confidence: number };

/**
 * Adds up each term's precomputed weights in typed arrays (no allocation per entry), then hands
 * out the entries that clear the evidence bar, best first, one at a time: usually only the first
 * few are ever asked for, so there is no sorting of thousands of candidates.
 */
function scoreCandidates(ids: readonly number[], index: LibraryIndex, minConfidence: number, expected: number) {
  const { scores, words, phrases, touched } = index.scratch;
  const { offsets, flags } = index.terms;
  let count = 0;
  // Specific terms first: only they can make an entry a candidate (see confidenceOf). Generic
  // words ("immigrants", "UK") then only add to those, instead of touching most of the library.
  for (const id of ids) {
    if ((flags[id]! & termFlags.specific) !== 0)
      count = addSpecific(index, offsets[id]!, offsets[id + 1]!, (flags[id]! & termFlags.phrase) !== 0, count);
  }
  for (const id of ids) if ((flags[id]! & termFlags.specific) === 0) addGeneric(index, offsets[id]!, offsets[id + 1]!);
  let passing = keepPassing(index.scratch, count, minConfidence);
  // A long post touches most of a large library: instead of scanning thousands of candidates for
  // each one handed out, only those scoring at least the `expected`-th best score are scanned
  // (`leaders`, by their slot in `touched`), while `touched` changes exactly as before, so ties
  // come out in the same order. Once they are used up, the whole list is scanned again.
  const leaders = leadingSlots(touched, passing, scores, expected);
  return {
    next(): Candidate | undefined {
      let best = -1;
      let leader = -1;
      if (leaders.length > 0) {
        for (let i = 0; i < leaders.length; i++) {
          const slot = leaders[i]!;
          if (
            best < 0 ||
            scores[touched[slot]!]! > scores[touched[best]!]! ||
            (scores[touched[slot]!] === scores[touched[best]!] && slot < best)
          ) {
            best = slot;
            leader = i;
          }
        }
      } else {
        for (let i = 0; i < passing; i++) if (best < 0 || scores[touched[i]!]! > scores[touched[best]!]!) best = i;
      }
      if (best < 0) return undefined;
      const position = touched[best]!;
      const candidate = {
        position,
        score: scores[position]!,
        confidence: confidenceOf(scores[position]!, words[position]!, phrases[position]!),
      };
      clear(position);
      // The last candidate moves into the freed slot; if it is a leader, its slot changes with it.
      const last = --passing;
      touched[best] = touched[last]!;
      if (leader >= 0) {
        leaders[leader] = leaders[leaders.length - 1]!;
        leaders.pop();
        const moved = leaders.indexOf(last);
        if (moved >= 0) leaders[moved] = best;
      }
      return candidate;
    },
    /** Resets the scratch space for the next query. */
    release(): void {
      for (let i = 0; i < passing; i++) clear(touched[i]!);
      passing = 0;
    },
  };

  function clear(position: number): void {
    scores[position] = 0;
    words[position] = 0;
    phrases[position] = 0;
  }
}

/**
 * The numbers of the post's claim terms the myth side holds, in the order `claimTerms` lists them
 * (stems, negated stems, phrases; each once), which is the order BM25 has always summed them in:
 * read from the tokens' stems, with no "word word" string made and split again (issue 17).
 */
function mythTermIds(tokens: readonly MatchToken[], index: LibraryIndex): number[] {
  const { stems, phrases, offsets } = index.terms;
  const seen = new Set<number>();
  const ids: number[] = [];
  const add = (id: number | undefined) => {
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    if (offsets[id + 1]! > offsets[id]!) ids.push(id);
  };
  const stemIds = tokens.map((token) => stems.get(token.stem));
  for (const id of stemIds) add(id);
  for (const token of tokens) if (token.negated) add(stems.get(negationMark + token.stem));
  for (let at = 1; at < tokens.length; at++) {
    const [first, second] = [stemIds[at - 1], stemIds[at]];
    if (first !== undefined && second !== undefined) add(phrases.get(first, second));
  }
  return ids;
}

/**
 * Keeps only the entries that clear the bar, in place at the front of `touched`, and clears the
 * others' accumulators; returns how many are kept. Apart from `scoreCandidates`, whose closures
 * would make every array it reads a slower captured variable (issue 17).
 */
function keepPassing(scratch: LibraryIndex['scratch'], count: number, minConfidence: number): number {
  const { scores, words, phrases, touched } = scratch;
  let passing = 0;
  for (let i = 0; i < count; i++) {
    const position = touched[i]!;
    if (confidenceOf(scores[position]!, words[position]!, phrases[position]!) >= minConfidence) touched[passing++] = position;
    else {
      scores[position] = 0;
      words[position] = 0;
      phrases[position] = 0;
    }
  }
  return passing;
}

/** A specific term's postings into the accumulators: returns how many entries are touched now. */
function addSpecific(index: LibraryIndex, from: number, to: number, phrase: boolean, touchedCount: number): number {
  const { scores, touched } = index.scratch;
  const counts = phrase ? index.scratch.phrases : index.scratch.words;
  const { entries, weights } = index.terms;
  let count = touchedCount;
  for (let i = from; i < to; i++) {
    const position = entries[i]!;
    const score = scores[position]!;
    if (score === 0) touched[count++] = position;
    scores[position] = score + weights[i]!;
    counts[position]!++;
  }
  return count;
}

/** A generic term's postings, added only to entries a specific term has touched. */
function addGeneric(index: LibraryIndex, from: number, to: number): void {
  const { scores } = index.scratch;
  const { entries, weights } = index.terms;
  for (let i = from; i < to; i++) {
    const position = entries[i]!;
    const score = scores[position]!;
    if (score !== 0) scores[position] = score + weights[i]!;
  }
}

/**
 * The slots of `touched` (its first `count`) whose entries score at least the `expected`-th best
 * score: the only ones the first `expected` picks can be, ties included.
 */
function leadingSlots(touched: Int32Array, count: number, scores: Float64Array, expected: number): number[] {
  if (count <= expected) return [];
  // The `expected` best scores so far, ascending: most candidates fall under the lowest at once.
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const score = scores[touched[i]!]!;
    if (best.length === expected) {
      if (score <= best[0]!) continue;
      best.shift();
    }
    let at = 0;
    while (at < best.length && best[at]! < score) at++;
    best.splice(at, 0, score);
  }
  const floor = best[0]!;
  const slots: number[] = [];
  for (let i = 0; i < count; i++) if (scores[touched[i]!]! >= floor) slots.push(i);
  return slots;
}

/**
 * A match needs the claim's own words, not only who it is about: two distinct specific words, or
 * a specific two-word phrase ("luxury hotels"), and a high enough score.
 */
function confidenceOf(score: number, words: number, phrases: number): number {
  if (words < 2 && phrases === 0) return 0;
  const evidence = phrases > 0 ? score : score * (words > 2 ? scatteredWordsDiscount : twoScatteredWordsDiscount);
  return evidence / (evidence + halfConfidenceScore);
}

/** The entry's BM25 score on its myth side, every term counted: for candidates found by coverage. */
function mythScore(terms: Set<string>, index: LibraryIndex, position: number): number {
  return sideScore(terms, index.terms, position);
}

function sideScore(terms: Set<string>, side: TermTable, position: number): number {
  let score = 0;
  for (const term of terms) {
    const id = side.idOf(term);
    if (id !== undefined) score += side.weightIn(id, position);
  }
  return score;
}

function correctTypos(tokens: MatchToken[], index: LibraryIndex): MatchToken[] {
  return tokens.map((token) => {
    if (index.terms.has(token.stem)) return token;
    const corrected = index.typos.correct(token.stem);
    return corrected ? { ...token, stem: corrected } : token;
  });
}

/**
 * The post's matching words, merged into phrases where they stand together ("4 Star hotels"), and
 * the wording sharing most of the post's stems (the first of those that share as many). Read from
 * the term numbers, with the entry's terms (1) and the post's stems (2) marked in a scratch array.
 */
function reasonsFor(post: string, tokens: MatchToken[], index: LibraryIndex, position: number): Match['reasons'] {
  const { entryStarts, termStarts, terms } = index.wordings;
  const { marks } = index.scratch;
  const { stems } = index.terms;
  const from = termStarts[entryStarts[position]!]!;
  const to = termStarts[entryStarts[position + 1]!]!;
  const ids = tokens.map((token) => stems.get(token.stem) ?? -1);
  for (let at = from; at < to; at++) marks[terms[at]!] = 1;
  const spans: { start: number; end: number }[] = [];
  for (const [at, token] of tokens.entries()) {
    if (ids[at]! < 0 || (marks[ids[at]!]! & 1) === 0) continue;
    const last = spans.at(-1);
    const gap = last ? post.slice(last.end, token.start) : '';
    if (last && (token.start <= last.end || /^[\s'’-]{1,3}$/u.test(gap))) last.end = Math.max(last.end, token.end);
    else spans.push({ start: token.start, end: token.end });
  }
  const found = [...new Set(spans.map(({ start, end }) => withCurrency(post, start, end)))];
  for (const id of ids) if (id >= 0) marks[id] = marks[id]! | 2;
  let best = -1;
  let bestShared = -1;
  for (let wording = entryStarts[position]!; wording < entryStarts[position + 1]!; wording++) {
    let shared = 0;
    for (let at = termStarts[wording]!; at < termStarts[wording + 1]!; at++) if ((marks[terms[at]!]! & 2) !== 0) shared++;
    if (shared > bestShared) [best, bestShared] = [wording, shared];
  }
  for (let at = from; at < to; at++) marks[terms[at]!] = 0;
  for (const id of ids) if (id >= 0) marks[id] = 0;
  const texts = mythTexts(index.entries[position]!.entry);
  return { terms: found, phrasing: best < 0 ? '' : texts[best - entryStarts[position]!]! };
}

/** "£45" rather than "45": the currency is part of what a reader recognises. */
function withCurrency(post: string, start: number, end: number): string {
  const from = /[£$€]/.test(post[start - 1] ?? '') ? start - 1 : start;
  return post.slice(from, end).trim();
}
