import { readingLanguageSchema, type ReadingLanguage } from '../../schema/language';
import {
  clauseOpeners,
  comparisons,
  complementisers,
  separableParticles,
  conditionals,
  elidedOpeners,
  questionWords,
  relativeOpeners,
  sentenceConditionals,
} from '../cues/clause-cues';
import { contrastWords } from '../cues/contrast-cues';
import { claimPronouns, speakerPronouns, theyPronouns } from '../cues/pronoun-cues';
import { existentialWords, indirectQuestions, scopeOpeners, topicPrepositions } from '../cues/scope-cues';
import { namesGroup, namesNatives } from '../cues/group-terms';
import { isClaimFunctionWord } from '../cues/claim-function-words';
import { claimNouns, hearsaySpeakers, hedgeWords } from '../cues/hedge-cues';
import { mediaWords } from '../cues/media-cues';
import {
  contractedNegation,
  denialAnswers,
  negationParticles,
  negationWords,
  negativePredicates,
  notNegations,
  privativeWords,
} from '../cues/negation-cues';
import { highQuantityWords, lowQuantityWords, neutralQuantityPhrases } from '../cues/quantity-cues';
import { unitWords } from '../cues/unit-cues';
import { notVerdicts, verdictWords } from '../cues/verdict-cues';
import { stem } from '../stem';
import { isStopword } from '../stopwords';
import type { Token } from '../tokenize';
import type { ClaimReading, Range } from './claim-reading';
import { claimTerm, isPredicate } from './claim-term';
import { cueWords } from './cue-words';
import { firstCue } from '../cues/compile-cues';
import { claimNouns as namedClaims } from '../cues/attribution-cues';
import { type Carried, finishClause, isNegated, type OpenClause, openClause, touch } from './open-clause';
import { breaksBetween, continuesList, isQuestion, quotedLabels } from './sentence-shape';

// Openers that name a source, however long its name ("According to the Office for National Statistics,").
const sourceOpeners = new Set(['according', 'selon', "d'apres", 'laut', 'segun', 'secondo']);
// How many words a place or a time opening a sentence may take ("En la ciudad de Nueva York,").
const scopeLength = 7;
const year = /^(?:1[89]|20)\d\d$/;
const percent = /^\s?(?:%|per ?cent|pour ?cent|prozent|por ciento|per cento)/i;
const startsWithDigit = /^\d/;

/** One step of reading: how many words it took from the current one on (0: not its kind of word). */
type Step = (token: Token, word: string) => number;

/**
 * Reads a sentence word by word into clauses (see read-claim.ts). Each cue word is taken by the
 * first step that knows it; any other word is content.
 */
export class SentenceReader {
  readonly reading: ClaimReading;
  private readonly words: string[];
  private readonly mentions: Range[];
  private clause: OpenClause = openClause(false, false);
  /** Whether the words read now report a claim ("some say that…") rather than assert it. */
  private reported = false;
  /** Whether that report is hearsay ("many believe that…"), or a source's ("the ONS says that…"). */
  private hearsay = false;
  private sourced = false;
  /** A hearsay hedge after the claim ("…, we keep hearing"): the clauses before it, if nothing after names a source. */
  private trailingHearsay?: { before: number; after: number };
  private carried: Carried | undefined;
  /** The clause just finished denied that something exists: the next one is inside that denial. */
  private flipNext = false;
  /** The clause just finished was a warning or a hedge ("a hoax", "the claim"): "about …" may follow. */
  private afterFrame = false;
  /** A technique's name was just read: "it" next is the claim ("Cherry-picking: it singles out…"). */
  private afterName = false;
  /** What is reported now was judged by a verdict ("It's false"), not attributed: a colon ends it ("Falso: …"). */
  private reportedByVerdict = false;
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly language: ReadingLanguage,
    private readonly frames: readonly Range[],
    private readonly names: readonly Range[],
  ) {
    this.words = tokens.map((token) => token.folded);
    this.mentions = quotedLabels(text, tokens);
    const question = isQuestion(text, tokens);
    this.reading = { clauses: [], question, asksWhat: question && asksWhat(tokens, language), verdict: false, reported: false };
  }

  read(): ClaimReading {
    this.readDenial();
    this.markScope();
    while (this.index < this.tokens.length) this.step();
    this.close();
    this.markTrailingHearsay();
    this.reading.reported ||= this.reading.clauses.some((clause) => clause.reported);
    return this.reading;
  }

  /** A bare answer opening the sentence ("No,", "Not really.", "Pas du tout."): it answers, it does not negate what follows. */
  private readDenial(): void {
    const length = denialAnswers[this.language].matchAt(this.words, 0);
    if (length === 0 || (length < this.tokens.length && !breaksBetween(this.text, this.tokens[length - 1]!, this.tokens[length]))) return;
    this.reading.denial = { start: this.tokens[0]!.start, end: this.tokens[length - 1]!.end };
    this.index = length;
  }

  /** A short place or time ("In the UK,") or a source of any length ("According to the ONS,") opening the sentence. */
  private markScope(): void {
    if (scopeOpeners[this.language].matchAt(this.words, this.index) === 0) return;
    const end = this.tokens.findIndex(
      (token, position) => position >= this.index && breaksBetween(this.text, token, this.tokens[position + 1]),
    );
    if (end >= 0 && (end - this.index < scopeLength || sourceOpeners.has(this.words[this.index]!))) this.clause.scope = true;
  }

  private step(): void {
    const token = this.tokens[this.index]!;
    const word = this.words[this.index]!;
    const started = this.clause.first !== undefined;
    // After a technique's name ("the claim ignores…", "el bulo confunde…"), the writer speaks again.
    if (this.names.some((name) => within(token, name))) {
      if (started) this.close();
      this.reported = false;
      this.hearsay = false;
      this.sourced = false;
      this.afterName = true;
      this.index++;
      return;
    }
    if (this.afterName && !started && claimPronouns[this.language].matchAt(this.words, this.index) > 0) this.clause.aboutMedia = true;
    this.afterName = false;
    const inFrame = this.frames.some((frame) => within(token, frame));
    if (started && breaksBetween(this.text, this.tokens[this.index - 1]!, token)) {
      // "C'est faux : les migrants paient des impôts": after a verdict and a colon, the writer speaks.
      if (this.reportedByVerdict && /[:;—–]/.test(this.text.slice(this.tokens[this.index - 1]!.end, token.start))) {
        this.reported = false;
        this.reportedByVerdict = false;
      }
      this.closeAtBreak();
    }
    // Words before a warning in its clause are part of it ("A common | myth claims that…").
    else if (started && this.clause.frame && !inFrame) this.close();
    if (inFrame) {
      // A warning said by people in general ("Some people say", "You may have heard") reports the
      // myth as going round, like hearsay: what follows is the myth said again. One that names
      // the claim or the post ("The viral post sets…") may go on to describe it instead.
      this.reported = true;
      this.hearsay = !this.frameNamesClaim(token);
      this.sourced = false;
      this.reading.reported = true;
      this.clause.reported = true;
      this.clause.frame = true;
      touch(this.clause, token);
      this.index++;
      return;
    }
    if (this.readTopic(token)) return;
    const taken = this.isCue(token, word) ? this.readCue(token, word) : 0;
    if (taken > 0) this.index += taken;
    else {
      this.readContent(token, word);
      this.index++;
    }
  }

  /** "A hoax about Sweden and rape": after a warning or a hedge, "about …" names the myth's topic; the clause is dropped. */
  private readTopic(token: Token): boolean {
    const afterFrame = this.afterFrame && this.clause.first === undefined;
    if (afterFrame) this.afterFrame = false;
    const length = topicPrepositions[this.language].matchAt(this.words, this.index);
    if (length === 0) return false;
    // Anywhere, "about" and a question word names a topic: "a rumour doing the rounds about how
    // many migrants live in Europe", « un chiffre sur ce que l'Allemagne dépense ».
    // The question word goes with it, so "que" does not open a clause of its own.
    const question = indirectQuestions[this.language].matchAt(this.words, this.index + length);
    if (!afterFrame && question === 0) return false;
    this.clause.topic = true;
    this.index += this.take(token, length + question);
    return true;
  }

  private isCue(token: Token, word: string): boolean {
    const { language } = this;
    return (
      cueWords[language].has(word) ||
      !!contractedNegation[language]?.test(word) ||
      !!elidedOpeners[language]?.test(word) ||
      token.text === 'où'
    );
  }

  private readCue(token: Token, word: string): number {
    for (const step of this.steps) {
      const taken = step(token, word);
      if (taken > 0) return taken;
    }
    this.markWho(word);
    return this.take(token, unitWords[this.language].matchAt(this.words, this.index));
  }

  /** The kinds of cue words, in the order they are tried: the first that knows the word takes it. */
  private readonly steps: Step[] = [
    // "not only", "a few", "nada más": runs that look like a negation or a quantity and are not.
    (token) =>
      this.take(
        token,
        notNegations[this.language].matchAt(this.words, this.index) ||
          neutralQuantityPhrases[this.language].matchAt(this.words, this.index),
      ),
    (token) => this.readTechniqueName(token),
    () => this.readContrast(),
    (token) => this.readHedgeOrVerdict(token),
    (token, word) => this.readWithout(token, word),
    (token, word) => this.readExistential(token, word),
    (token) => this.count(token, negativePredicates[this.language].matchAt(this.words, this.index), 'lexical'),
    (token, word) =>
      this.prefixed(token)
        ? 0
        : this.count(
            token,
            negationWords[this.language].matchAt(this.words, this.index) || (contractedNegation[this.language]?.test(word) ? 1 : 0),
            'negations',
          ),
    (token, word) => this.readFrenchParticle(token, word),
    (_token, word) => this.readThan(word),
    (token, word) => this.readRestrictiveQue(token, word),
    (token, word) => this.readQuantity(token, word),
    (token, word) => this.readOpener(token, word),
  ];

  /** Whether the warning the token stands in names the claim or the post itself ("the myth", "a viral post"). */
  private frameNamesClaim(token: Token): boolean {
    const frame = this.frames.find((range) => within(token, range))!;
    const words = this.tokens.filter((word) => word.start >= frame.start && word.end <= frame.end).map((word) => word.folded);
    return firstCue(namedClaims[this.language], words.join(' ')) !== undefined;
  }

  /** A word joined to the next by a hyphen is a prefix, not a negation: "non-EU", "Nicht-EU-Landes", "no-UE". */
  private prefixed(token: Token): boolean {
    const next = this.tokens[this.index + 1];
    return next !== undefined && this.text.slice(token.end, next.start) === '-';
  }

  /** Takes `length` words into the clause without reading them as content. */
  private take(token: Token, length: number): number {
    if (length > 0) touch(this.clause, token);
    return length;
  }

  private count(token: Token, length: number, what: 'negations' | 'lexical'): number {
    if (length > 0) this.clause[what]++;
    return this.take(token, length);
  }

  /** "False premise", "falsa causa": a technique's name that starts like a verdict, read as ordinary words. */
  private readTechniqueName(token: Token): number {
    const length = this.take(token, notVerdicts[this.language].matchAt(this.words, this.index));
    for (let offset = 0; offset < length; offset++)
      this.clause.terms.add(claimTerm(stem(this.words[this.index + offset]!, this.language), this.language));
    if (length > 0) touch(this.clause, this.tokens[this.index + length - 1]!);
    return length;
  }

  /** "but", "in fact", "en réalité": a new clause, asserted again. */
  private readContrast(): number {
    const length = contrastWords[this.language].matchAt(this.words, this.index);
    if (length === 0) return 0;
    this.reported = false;
    this.hearsay = false;
    this.sourced = false;
    this.close({ resetCarry: true });
    this.clause.contrasted = true;
    return length;
  }

  /**
   * "some say", "the claim", "it is not true": the clause so far is about the source; what
   * follows is reported. Said by people in general ("many believe", "c'è chi giura"), it is
   * hearsay; after the claim ("…, we keep hearing"), the hearsay is what came before.
   */
  private readHedgeOrVerdict(token: Token): number {
    const verdict = verdictWords[this.language].matchAt(this.words, this.index);
    const length = hedgeWords[this.language].matchAt(this.words, this.index) || verdict;
    if (length === 0) return 0;
    if (verdict > 0) this.reading.verdict = true;
    const saying = verdict === 0 && claimNouns[this.language].matchAt(this.words, this.index) === 0;
    // "Do not claim that every migrant pays": a saying word under a "not" is advice, not hearsay.
    const hearsay = saying && this.clause.negations === 0 && this.saidByPeople();
    if (hearsay && !this.reported && this.reading.clauses.length > 0 && this.clause.first === undefined) {
      this.trailingHearsay = { before: this.reading.clauses.length, after: this.index + length };
    }
    touch(this.clause, token);
    this.reported = true;
    this.hearsay = hearsay;
    this.sourced = saying && !hearsay;
    this.reportedByVerdict = verdict > 0 && hedgeWords[this.language].matchAt(this.words, this.index) === 0;
    this.reading.reported = true;
    this.close({ frame: true, resetCarry: true });
    return length;
  }

  /** Whether the clause before a hedge names no source: only people in general, or nothing ("many people say"). */
  private saidByPeople(): boolean {
    for (const term of this.clause.terms) if (!speakerTerms[this.language].has(term)) return false;
    return !this.clause.namesGroup;
  }

  /**
   * "Migrants take our jobs, we keep hearing", "…: on l'entend partout": the clauses before a
   * trailing hedge are hearsay, unless the words after it name a source ("…, sagt das IAB").
   */
  private markTrailingHearsay(): void {
    const trailing = this.trailingHearsay;
    if (!trailing) return;
    for (let index = trailing.after; index < this.words.length; index++) {
      const word = this.words[index]!;
      if (isStopword(word, this.language) || isClaimFunctionWord(word, this.language)) continue;
      if (!speakerTerms[this.language].has(claimTerm(stem(word, this.language), this.language))) return;
    }
    for (const clause of this.reading.clauses.slice(0, trailing.before)) clause.hearsay = true;
    this.reading.reported = true;
  }

  /**
   * "without paying in": a negated clause of its own, unless "without" names people by their
   * papers. After a denied host ("impossible to live here without paying") it is a "with".
   */
  private readWithout(token: Token, word: string): number {
    const privative = privativeWords[this.language];
    if (word !== privative.word || this.index + 1 >= this.words.length || privative.naming.test(this.words[this.index + 1]!)) return 0;
    const hostDenies = isNegated(this.clause) !== (this.clause.lexical % 2 === 1);
    this.close();
    this.clause.negations++;
    if (hostDenies) this.clause.lexical++;
    return this.take(token, 1);
  }

  private readExistential(token: Token, word: string): number {
    const length = existentialWords[this.language].matchAt(this.words, this.index);
    if (length === 0) return 0;
    this.clause.existential = true;
    if (contractedNegation[this.language]?.test(word)) this.clause.negations++;
    return this.take(token, length);
  }

  /** French "ne", and "plus", "personne", "guère" after it. */
  private readFrenchParticle(token: Token, word: string): number {
    const particle = negationParticles[this.language];
    if (!particle) return 0;
    if (word === particle.particle) this.clause.particle = true;
    else if (particle.completes.includes(word) && this.clause.particle) this.clause.negations++;
    else return 0;
    return this.take(token, 1);
  }

  /** "than" (or "que", "als", "di" after a comparative): the second term of a comparison follows. */
  private readThan(word: string): number {
    if (!comparisons[this.language].than.includes(word) || !(this.language === 'en' || this.clause.comparative)) return 0;
    this.close({ comparand: true });
    return 1;
  }

  /** "ils ne reçoivent que 49 £": ne … que means "only", not "not". */
  private readRestrictiveQue(token: Token, word: string): number {
    if (this.language !== 'fr' || !(word === 'que' || word.startsWith("qu'")) || !this.clause.particle || this.clause.negations > 0)
      return 0;
    this.clause.particle = false;
    this.clause.low = true;
    return this.take(token, 1);
  }

  private readQuantity(token: Token, word: string): number {
    const { language } = this;
    const low = lowQuantityWords[language].matchAt(this.words, this.index);
    // French "plus" without "ne" is "more".
    const high =
      low > 0 ? 0 : highQuantityWords[language].matchAt(this.words, this.index) || (language === 'fr' && word === 'plus' ? 1 : 0);
    if (low === 0 && high === 0) return 0;
    if (low > 0) this.clause.low = true;
    else this.clause.high = true;
    if (comparisons[language].after.includes(word)) this.clause.comparative = true;
    return this.take(token, low || high);
  }

  private readOpener(token: Token, word: string): number {
    const { language } = this;
    // French "où" (where) folds to "ou" (or): told apart by the written accent.
    const length =
      clauseOpeners[language].matchAt(this.words, this.index) ||
      (elidedOpeners[language]?.test(word) || (language === 'fr' && token.text.toLowerCase() === 'où') ? 1 : 0);
    if (length === 0) return 0;
    // "They claim that…" goes on reporting; "…, where police send more officers" does not.
    if (!complementisers[language].includes(word) && !elidedOpeners[language]?.test(word)) {
      this.reported = false;
      this.hearsay = false;
      this.sourced = false;
    }
    const narrows = relativeOpeners[language].includes(word) && this.clause.terms.size > 0;
    this.close();
    this.clause.narrows = narrows;
    // "If immigrants were pushing workers out, …", "Where some workers are undercut, …": supposed, not asserted.
    if (conditionals[language].includes(word) || (this.index === 0 && sentenceConditionals[language].includes(word))) {
      this.clause.hypothetical = true;
    }
    return length;
  }

  /** Who a clause is about, from a word that starts it: the speaker, "them", or checking and passing on the post. */
  private markWho(word: string): void {
    const { language, words, index } = this;
    if (this.index === 0 && sentenceConditionals[language].includes(word)) this.clause.hypothetical = true;
    if (this.clause.first === undefined && speakerPronouns[language].matchAt(words, index)) this.clause.aboutSpeaker = true;
    if (theyPronouns[language].matchAt(words, index)) this.clause.aboutThem = true;
    if (mediaWords[language].matchAt(words, index)) this.clause.aboutMedia = true;
  }

  /** A word that starts no cue: a content word (its term kept), a function word, a year or a share. */
  private readContent(token: Token, word: string): void {
    const { clause, language } = this;
    touch(clause, token);
    // A share under half is a minority: "about 14% of Europe" against "a Muslim majority".
    if (
      startsWithDigit.test(word) &&
      Number.parseFloat(word.replace(',', '.')) < 50 &&
      percent.test(this.text.slice(token.end, token.end + 12))
    ) {
      clause.low = true;
    }
    // Years date a claim, they are not what it says ("by 2050"); quoted labels are named, not claimed.
    if (year.test(word) || this.mentions.some((quote) => token.start > quote.start && token.end < quote.end)) return;
    const stemmed = stem(word, language);
    if ((isStopword(word, language) || isClaimFunctionWord(word, language)) && !isPredicate(stemmed, language) && !this.endsSplitVerb(word))
      return;
    if (namesGroup(stemmed, language)) clause.namesGroup = true;
    else if (namesNatives(stemmed, language)) clause.namesNatives = true;
    else {
      // The verb a German particle goes back on: the first word that is a predicate's, or the first word.
      if (clause.verbStem === undefined || (!clause.verbIsPredicate && isPredicate(stemmed, language))) {
        clause.verbStem = stemmed;
        clause.verbIsPredicate = isPredicate(stemmed, language);
      }
      clause.terms.add(claimTerm(stemmed, language));
    }
  }

  /**
   * A German verb particle that is also a function word ("aus", "an") and ends a clause whose
   * verb is a predicate's ("der Staat gibt 30 Milliarden … aus"): kept, to join its verb.
   */
  private endsSplitVerb(word: string): boolean {
    if (!separableParticles[this.language]?.includes(word) || !this.clause.verbIsPredicate) return false;
    const next = this.tokens[this.index + 1];
    return next === undefined || breaksBetween(this.text, this.tokens[this.index]!, next);
  }

  /** At a comma: a list goes on under the same "not" ("no luxury hotels, new phones or cash"). */
  private closeAtBreak(): void {
    const negated = isNegated(this.clause);
    this.close({ atBreak: true });
    if (!continuesList(this.text, this.tokens, this.index, this.words, this.language)) return;
    this.clause.listed = true;
    if (negated) this.clause.negations++;
  }

  private close(next: { comparand?: boolean; frame?: boolean; resetCarry?: boolean; atBreak?: boolean } = {}): void {
    const { clause } = this;
    if (next.frame) clause.frame = true;
    // "In the UK," or "According to the ONS," says where or by whom, not what.
    if (clause.scope && next.atBreak && this.reading.clauses.length === 0 && clause.negations === 0 && !clause.existential)
      clause.frame = true;
    const finished = finishClause(clause, this.carried, this.language);
    if (finished === 'carry') {
      this.carried = { negated: isNegated(clause) || !!this.carried?.negated, low: clause.low || !!this.carried?.low };
    } else {
      if (finished) {
        if (this.flipNext) finished.polarity = finished.polarity === 1 ? -1 : 1;
        this.reading.clauses.push(finished);
        // "There are no areas | where police cannot go": the clause says what does not exist.
        this.flipNext = clause.existential && finished.negated;
      }
      this.carried = undefined;
    }
    if (next.resetCarry) this.carried = undefined;
    this.afterFrame = clause.frame && !clause.scope;
    this.clause = openClause(next.comparand ?? false, this.reported, this.reported && this.hearsay, this.reported && this.sourced);
  }
}

/** The hearsay speakers (hedge-cues.ts) as the reader compares words. */
const speakerTerms = {} as Record<ReadingLanguage, ReadonlySet<string>>;
for (const language of readingLanguageSchema.options) {
  speakerTerms[language] = new Set(hearsaySpeakers[language].map((word) => claimTerm(stem(word, language), language)));
}

/** How far into a question its question word may come ("So, what do they get?"). */
const questionWordReach = 3;

function asksWhat(tokens: readonly Token[], language: ReadingLanguage): boolean {
  const pattern = questionWords[language];
  return tokens.slice(0, questionWordReach).some((token) => pattern.test(token.text.toLowerCase()));
}

function within(token: Token, range: Range): boolean {
  return token.start >= range.start && token.end <= range.end;
}
