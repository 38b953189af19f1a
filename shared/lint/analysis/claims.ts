import type { SectionId } from '../../schema/draft';
import { isReadingLanguage } from '../../schema/language';
import { concessionWords } from '../../language/cues/concession-cues';
import { negationWords } from '../../language/cues/negation-cues';
import { correctionWords } from '../../language/cues/contrast-cues';
import { didYouKnowWords } from '../../language/cues/did-you-know-cues';
import { paraphraseWords } from '../../language/cues/paraphrase-cues';
import { claimTerm, isPredicateTerm } from '../../language/claims/claim-term';
import type { ClaimReading, ClauseReading } from '../../language/claims/read-claim';
import type { Sentence } from '../../language/sentences';
import { identityOf } from './identity';
import type { LintDocument, Range } from './lint-document';
import type { MythClaim, MythClaims } from './myth-claims';
import { shingleSize } from './myth-references';
import { bestOverlap } from './overlap';
import { relateClause } from './relate-claim';
import type { SectionText } from './section-text';

/** What a sentence does with the myth: states it, states the fact (the myth's opposite or the entry's fact), or neither. */
export type Stance = 'myth' | 'fact' | 'neither';

export type SentenceJudgement = {
  sentence: Sentence;
  reading: ClaimReading;
  stance: Stance;
  /**
   * How: it asserts the myth's claim (plainly, as a question or reported: "some say…"); it
   * denies it (the opposite claim: "they pay billions in taxes" against "they pay nothing");
   * it restates the fact (its words or its figure); it answers the myth with what is really true
   * of the people it is about ("In reality, most stay close to home"); it repeats the spreaders'
   * own wording; or the next sentence corrects it ("… In reality, …"), so it was a claim the
   * writer refutes.
   */
  how?: 'asserts' | 'denies' | 'restates' | 'answers' | 'echoes' | 'corrected';
  /** The clause that asserts or denies the myth, and the myth's claim it was compared with. */
  clause?: ClauseReading;
  myth?: MythClaim;
  /** What to point at: the echoed words for an echo, otherwise the sentence. */
  range: Range;
  /** Denies the myth with a "not" and says nothing true in its place ("They don't take our jobs."). */
  bareDenial: boolean;
  /** States something true: the fact, or the myth's opposite, not only its negation. */
  saysWhatIsTrue: boolean;
};

/** Share of the myth claim's words a reported clause in the explanation must repeat to say the myth again. */
const restatedInFull = 0.7;

/** Share of a sentence's content words found in the fact for it to count as restating the fact. */
const restatementThreshold = 0.35;

/**
 * The one judgement every rule asks "is this the myth?" of: each sentence of a section, judged
 * by its claim against the myth's claims (the entry's, the post's, the draft's own myth section)
 * and against the fact. Kept with the section while neither it nor what it is compared with
 * changes, so typing in one section does not judge the others again.
 */
export function judgeSection(document: LintDocument, id: SectionId): SentenceJudgement[] {
  const section = document.sections[id];
  const myth = document.mythClaimsFor(id);
  const factSource = id === 'fact' ? document.sections.factAgain : document.sections.fact;
  const external = document.externalIn(section.language);
  const key = `${identityOf(myth)}:${identityOf(factSource)}:${identityOf(external)}`;
  return section.memo('judgement', key, () => {
    // Kept with the other fact section: typing in this one does not rebuild it.
    const fact = factSource.memo(
      `fact-reference:${section.language}`,
      `${identityOf(external)}:${identityOf(document.entryFactFigures)}`,
      () => {
        const wordings = [
          ...(factSource.isBlank ? [] : [new Set(factSource.contentTokens.map((token) => token.stem))]),
          ...external.factWordings,
        ];
        return {
          wordings,
          terms: wordings.map((wording) => new Set([...wording].map((stem) => claimTerm(stem, section.language)))),
          figures: new Set([...factSource.figures, ...document.entryFactFigures].flatMap((figure) => figure.values)),
        };
      },
    );
    // Where the claim reader does not read the language, the myth in the draft's fact sections is
    // known by its words only: the library's and the post's wordings and the draft's own myth section.
    const mythWordings = isReadingLanguage(section.language)
      ? undefined
      : [...external.wordings, new Set(document.draftMythTokens.map((token) => token.stem))];
    const judgements = section.claimReadings.map((reading, index) => {
      const judgement = judgeSentence(section, section.sentences[index]!, reading, myth, external.shingles);
      if (mythWordings && statesMythInWords(section, judgement, mythWordings, fact)) {
        return { ...judgement, stance: 'myth' as const, how: 'asserts' as const, range: judgement.sentence };
      }
      const how: SentenceJudgement['how'] = restatesFact(section, judgement, fact)
        ? 'restates'
        : answersMyth(section, judgement)
          ? 'answers'
          : undefined;
      return how
        ? { ...judgement, stance: 'fact' as const, how, range: judgement.sentence, bareDenial: false, saysWhatIsTrue: true }
        : judgement;
    });
    return judgements.map((judgement, index) => inContext(section, judgement, judgements[index + 1], myth.byTerm));
  });
}

/**
 * The fact a sentence may restate: the other fact section's words and the entry's (as stems, and
 * as claims compare them: "scesi" and "calati" are one word there), and their figures.
 */
type FactReference = { wordings: ReadonlySet<string>[]; terms: ReadonlySet<string>[]; figures: ReadonlySet<number> };

/**
 * Whether a sentence that neither asserts nor denies the myth (or only echoes its wording)
 * restates the fact: enough of its words are the fact's, or it gives one of the fact's figures
 * ("£49.18 a week" is the fact however it is phrased). A question asserts nothing: "more
 * foreigners, more crime?" does not restate the fact.
 */
function restatesFact(section: SectionText, judgement: SentenceJudgement, fact: FactReference): boolean {
  if (!(judgement.stance === 'neither' || judgement.how === 'echoes') || judgement.reading.question) return false;
  // "Non, les demandeurs d'asile ne vivent pas dans le luxe": a denial about the group, with no
  // figure and nothing said in its place, shares the fact's words but only says what is false.
  if (judgement.bareDenial && section.figuresIn(judgement.sentence).length === 0) return false;
  const stems = section.stemsIn(judgement.sentence);
  if (stems.length >= 2 && bestOverlap(stems, fact.wordings) >= restatementThreshold) return true;
  const terms = stems.map((stem) => claimTerm(stem, section.language));
  if (terms.length >= 2 && bestOverlap(terms, fact.terms) >= restatementThreshold) return true;
  return section.figuresIn(judgement.sentence).some((figure) => figure.values.some((value) => fact.figures.has(value)));
}

/** Share of a sentence's content words that must be the myth's for it to state the myth by its words alone. */
const mythInWords = 0.6;

/**
 * For a language the claim reader does not read: whether a sentence of the fact or the fact
 * again says the myth in its words ("Migranten nemen onze banen af." against "…: migranten
 * nemen de banen van Nederlanders af"). Most of its content words are the myth's, more of them
 * than are the fact's, and no negation denies them. Words, not claims, so not in the explanation,
 * whose job is to talk about the myth, nor where a question or a denial may be the fact's.
 */
function statesMythInWords(
  section: SectionText,
  judgement: SentenceJudgement,
  mythWordings: readonly ReadonlySet<string>[],
  fact: FactReference,
): boolean {
  if ((section.id !== 'fact' && section.id !== 'factAgain') || judgement.stance !== 'neither' || judgement.reading.question) return false;
  const stems = section.stemsIn(judgement.sentence);
  if (stems.length < 3) return false;
  const share = bestOverlap(stems, mythWordings);
  if (share < mythInWords || share <= bestOverlap(stems, fact.wordings)) return false;
  const words = section.tokensIn(judgement.sentence).map((token) => token.folded);
  const negation = negationWords[section.language];
  return !words.some((_word, index) => negation.matchAt(words, index) > 0);
}

/**
 * Whether a sentence that neither asserts nor denies the myth says, as a correction ("In
 * reality", "En fait", "Infatti"), what is true of the people the myth is about: "En réalité, la
 * plupart restent près de chez eux" states the fact in other words.
 */
function answersMyth(section: SectionText, judgement: SentenceJudgement): boolean {
  if (judgement.stance !== 'neither' || judgement.reading.question || !opensWithCorrection(section, judgement.sentence)) return false;
  return judgement.reading.clauses.some(
    (clause) =>
      (clause.namesGroup || clause.aboutThem) &&
      clause.polarity === 1 &&
      !clause.reported &&
      !clause.hypothetical &&
      clause.terms.length > 0,
  );
}

/**
 * A sentence read with the one after it: a denial followed by what is true is not bare ("They
 * don't take our jobs. They fill vacancies."), and a sentence the next one corrects ("…, we keep
 * hearing. In reality, …") was the myth. In the explanation, "the post treats jobs as a fixed
 * pie. In reality…" is the method itself, so there it is not.
 */
function inContext(
  section: SectionText,
  judgement: SentenceJudgement,
  next: SentenceJudgement | undefined,
  mythTerms: ReadonlyMap<string, unknown>,
): SentenceJudgement {
  if (!next) return judgement;
  if (judgement.bareDenial && answersDenial(next)) return { ...judgement, bareDenial: false, saysWhatIsTrue: judgement.stance === 'fact' };
  if (judgement.stance !== 'neither' || !opensWithCorrection(section, next.sentence)) return judgement;
  // Only a sentence about the myth's subject, or one that reports what is said, was the myth.
  // In the explanation, which discusses the myth, only a claim about the people it is about that
  // uses the myth's own words ("So they're living it up in nice hotels…. In reality, …").
  const aboutMyth =
    section.id === 'explanation'
      ? // A report of the post or the claim ("the post picks out hotel stays and presents them as…")
        // describes the trick; hearsay ("Man hört ja überall, dass…") retells the myth.
        !(judgement.reading.reported && !judgement.reading.clauses.some((clause) => clause.hearsay)) &&
        !judgement.reading.clauses.some((clause) => clause.aboutMedia) &&
        judgement.reading.clauses.some(
          (clause) =>
            (clause.namesGroup || clause.aboutThem) &&
            !clause.negated &&
            !clause.aboutMedia &&
            clause.terms.some((term) => mythTerms.has(term) && !isPredicateTerm(term)),
        )
      : judgement.reading.reported || judgement.reading.clauses.some((clause) => clause.terms.some((term) => mythTerms.has(term)));
  return aboutMyth ? { ...judgement, stance: 'myth', how: 'corrected' } : judgement;
}

/**
 * Says what is true in place of a denial just before it: the fact, or something of its own about
 * the same people ("They fill vacancies."). A sentence about something else ("Adults who arrive
 * with little English work long hours") goes on with the argument and leaves the denial bare.
 */
function answersDenial(next: SentenceJudgement): boolean {
  if (!saysSomething(next)) return false;
  return next.stance === 'fact' || next.reading.clauses.some((clause) => !clause.negated && (clause.namesGroup || clause.aboutThem));
}

/** Asserts something of its own: a clause that is not a denial, a report, a question or the myth. */
function saysSomething(judgement: SentenceJudgement): boolean {
  if (judgement.stance === 'myth' || judgement.reading.question) return false;
  return judgement.reading.clauses.some((clause) => !clause.negated && !clause.reported && !clause.comparand && clause.terms.length >= 2);
}

/** How far into a sentence a correction may come and still answer the sentence before ("Il pocket money, in realtà, …"). */
const correctionReach = 4;

function opensWithCorrection(section: SectionText, sentence: Sentence): boolean {
  const words = section.tokensIn(sentence).map((token) => token.folded);
  const cues = correctionWords[section.language];
  for (let index = 0; index < Math.min(correctionReach, words.length); index++) if (cues.matchAt(words, index)) return true;
  return false;
}

function judgeSentence(
  section: SectionText,
  sentence: Sentence,
  reading: ClaimReading,
  myth: MythClaims,
  spreaderShingles: ReadonlySet<string>,
): SentenceJudgement {
  const base = { sentence, reading, range: { start: sentence.start, end: sentence.end }, bareDenial: false, saysWhatIsTrue: false };
  let asserting: { clause: ClauseReading; claim: MythClaim } | undefined;
  let denying: { clause: ClauseReading; claim: MythClaim } | undefined;
  const clauses = reading.clauses;
  const conceded = section.id === 'explanation' && opensWith(section, sentence, concessionWords);
  for (const [index, clause] of clauses.entries()) {
    if (clause.comparand || clause.hypothetical || clause.topic || clause.terms.length === 0) continue;
    // "Native-born Americans commit more crimes": said of the people the myth sets the group
    // against, not of the group (as the myth's own claims are read: myth-claims.ts).
    if (clause.namesNatives && !clause.namesGroup && !clause.aboutThem) continue;
    const next = clauses[index + 1];
    const relation = relateClause(
      clause,
      next?.comparand ? next : undefined,
      myth,
      // Said again, not asserted: as hearsay, after a warning or "the claim that", or asked.
      (clause.reported && !clause.sourced) || (reading.question && !reading.asksWhat),
    );
    if (!relation) continue;
    // The explanation's job is to say how the myth misleads, so it may refer to it ("the claim
    // assumes a fixed number of jobs"), but not say it all again ("saying that migrants spread
    // infectious diseases is…"); elsewhere, "some say X" states X again, and so does hearsay
    // ("d'aucuns affirment que…") anywhere.
    // A clause about the topic but not the group ("reported sexual offences have risen") is the
    // argument conceding something, unless it says all of the myth; so is a sentence that grants
    // a point ("To be fair, some groups … use the NHS like any other resident").
    const referred =
      section.id === 'explanation' &&
      !clause.hearsay &&
      (conceded ||
        ((clause.reported || !(clause.namesGroup || clause.aboutThem)) &&
          relation.shared < restatedInFull * (relation.claim.terms.size + relation.claim.comparand.size)));
    // "Migrants take jobs that nobody else wants": the "not" narrowing the object is the point.
    const narrowedAway = next?.narrows === true && next.negated;
    if (relation.agrees && !referred && !narrowedAway) asserting ??= { clause, claim: relation.claim };
    else if (relation.agrees) continue;
    else denying ??= { clause, claim: relation.claim };
  }
  if (asserting) return { ...base, stance: 'myth', how: 'asserts', clause: asserting.clause, myth: asserting.claim };
  if (denying) {
    // "They don't get £1,000 a week: they get £49.18" says what is true; "They don't take our jobs." only denies.
    const saysMore = clauses.some(
      (clause) => clause !== denying.clause && !clause.comparand && clause.polarity === 1 && clause.terms.length > 0,
    );
    // Only a "not" leaves a gap: "weighs very little", "14% of Europe" state an amount. A "not"
    // before a myth that is itself a denial ("they do not refuse to learn English") leaves it too.
    const bareDenial = denying.clause.negated && !saysMore;
    return { ...base, stance: 'fact', how: 'denies', clause: denying.clause, myth: denying.claim, bareDenial, saysWhatIsTrue: !bareDenial };
  }
  const echo = spreaderShingles.size > 0 ? echoIn(section, sentence, spreaderShingles) : undefined;
  if (echo) return { ...base, stance: 'myth', how: 'echoes', range: echo };
  const retold = retoldClause(section, sentence, reading, myth);
  if (retold) return { ...base, stance: 'myth', how: 'asserts', clause: retold };
  // Where the fact is stated, "refugees don't take jobs from Germans" denies some claim about the
  // group even in words the myth does not use, and says nothing in its place.
  const deniesAboutGroup =
    section.id !== 'explanation' &&
    clauses.some((clause) => clause.negated && clause.namesGroup && !clause.reported) &&
    !clauses.some((clause) => !clause.comparand && clause.polarity === 1 && clause.terms.length > 0 && !clause.reported);
  return { ...base, stance: 'neither', bareDenial: deniesAboutGroup };
}

/**
 * A clause that retells the myth in other words: said as hearsay ("Es heißt, …", "people say it
 * feels like…", "C'è chi giura che…"), asked as a rhetorical question ("l'Europe sera-t-elle
 * bientôt majoritairement musulmane ?") or put as a paraphrase ("Autrement dit, le nouveau venu
 * serait mieux payé…", "Insomma, chi arriva da fuori si prende la casa…"). The form says it is
 * the claim told again; the words need only touch the myth: one of its terms, with the people
 * it is about or a second term. Not a denial, not a question that asks what or how much.
 */
function retoldClause(section: SectionText, sentence: Sentence, reading: ClaimReading, myth: MythClaims): ClauseReading | undefined {
  // "Did you know that…?" offers a statement: the fact, put as a question (question-frame's finding).
  const rhetorical = reading.question && !reading.asksWhat && !opensWith(section, sentence, didYouKnowWords);
  const paraphrase = section.id === 'explanation' && !reading.question && opensWith(section, sentence, paraphraseWords);
  // Where the fact is stated, "So, …" sums up the fact, not the myth: paraphrases count in the explanation.
  for (const clause of reading.clauses) {
    if (clause.negated || clause.polarity !== 1 || clause.comparand || clause.hypothetical || clause.topic) continue;
    if (!(clause.hearsay || rhetorical || paraphrase)) continue;
    // A bare predicate ("get", "take") is in every myth: what is got or taken must be the myth's too.
    const shared = clause.terms.filter((term) => myth.byTerm.has(term));
    if (!shared.some((term) => !isPredicateTerm(term))) continue;
    if (shared.length >= 2 || clause.namesGroup || clause.aboutThem) return clause;
  }
  return undefined;
}

/** Whether the sentence opens with one of the cues: a concession ("To be fair, …", „Zwar …“), a paraphrase, "Did you know…?". */
function opensWith(section: SectionText, sentence: Sentence, cues: typeof paraphraseWords): boolean {
  const words = section.tokensIn(sentence).map((token) => token.folded);
  return cues[section.language].matchAt(words, 0) > 0;
}

/** A run of the spreaders' own wording (three content words of a phrasing or the post) in the sentence. */
function echoIn(section: SectionText, sentence: Sentence, shingles: ReadonlySet<string>): Range | undefined {
  const tokens = section.contentTokensIn(sentence);
  let range: Range | undefined;
  for (let index = 0; index + shingleSize <= tokens.length; index++) {
    let key = tokens[index]!.stem;
    for (let offset = 1; offset < shingleSize; offset++) key += ` ${tokens[index + offset]!.stem}`;
    if (!shingles.has(key)) continue;
    const start = tokens[index]!.start;
    const end = tokens[index + shingleSize - 1]!.end;
    if (range && start <= range.end + 1) range.end = Math.max(range.end, end);
    else if (!range) range = { start, end };
  }
  return range;
}
