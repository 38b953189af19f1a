import type { Sandwich, SectionId } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { firstCue } from '../../language/cues/compile-cues';
import { warningCues } from '../../language/cues/warning-cues';
import { claimTerm } from '../../language/claims/claim-term';
import { addVotes, decideLanguage, type LanguageVotes } from '../../language/detect-language';
import { findFigures, type Figure } from '../../language/figures';
import type { LintContext } from '../lint-context';
import { judgeSection, type SentenceJudgement } from './claims';
import { identityOf } from './identity';
import { claimsOfReadings, externalMythClaims, indexClaims, type MythClaims } from './myth-claims';
import { externalMyth, shinglesOf, shingleSize, type ExternalMyth, type WordingSet } from './myth-references';
import { SectionText, type ContentToken } from './section-text';

export type Range = { start: number; end: number };

/** The myth's wording for comparisons: whole wordings for similarity, word runs for echoes. */
export type MythWording = { wordings: WordingSet[]; hasShingle(shingle: string): boolean; isEmpty: boolean };

const sectionOrder: SectionId[] = ['fact', 'myth', 'explanation', 'factAgain'];

/**
 * The sandwich and its context as the rules see them. Everything derived (each section's
 * language and tokens, the myth's claims and wording, the claim judgement of every sentence) is
 * computed on first use and shared by all rules in one lint pass; what belongs to one section is
 * kept with it, so a keystroke re-reads only the section typed in.
 */
export class LintDocument {
  readonly sections: Record<SectionId, SectionText>;
  /**
   * The language the draft is written in: the one it declares, unless its text plainly is in
   * another (an English draft marked French, for an entry with no French translation). Each
   * section may still be in its own language: see `sections[id].language`.
   */
  readonly language: Language;
  /** The language the draft declares (the person's choice, or the entry's). */
  readonly declaredLanguage: Language;
  #external?: ExternalMyth;
  #externalClaims = new Map<Language, MythClaims>();
  #mythWording?: MythWording;
  #factWordings?: WordingSet[];
  #factFigureValues?: ReadonlySet<number>;

  constructor(
    readonly sandwich: Sandwich,
    readonly context: LintContext,
  ) {
    this.declaredLanguage = context.language ?? context.entry?.language ?? 'en';
    // Read once in the declared language; a section plainly in another is read again in its own.
    const declared = sectionOrder.map((id) => sectionText(id, sandwich[id], this.declaredLanguage));
    this.language = decideLanguage(addVotes(declared.map((section) => section.languageVotes)), this.declaredLanguage);
    this.sections = Object.fromEntries(
      declared.map((section) => {
        const language = sectionLanguage(section.languageVotes, this.language, this.declaredLanguage);
        return [section.id, language === section.language ? section : sectionText(section.id, section.text, language, section)];
      }),
    ) as Record<SectionId, SectionText>;
  }

  /** What the library and the post say the myth is, in one language (each section is compared in its own). */
  externalIn(language: Language): ExternalMyth {
    return language === this.language ? this.external : externalMyth(this.context.entry, this.context.post, language);
  }

  /**
   * The myth's claims a section is compared with: the entry's and the post's in the section's
   * language and, outside the myth section, what the draft's own myth section says (its warning
   * left out). Kept with the myth section, so typing elsewhere reuses them.
   */
  mythClaimsFor(id: SectionId): MythClaims {
    const language = this.sections[id].language;
    let external = this.#externalClaims.get(language);
    if (!external) this.#externalClaims.set(language, (external = cachedExternalClaims(this.context, language)));
    if (id === 'myth') return external;
    const myth = this.sections.myth;
    return myth.memo(`myth-claims:${language}`, String(identityOf(external)), () =>
      indexClaims([...claimsOfReadings(myth.claimReadings, myth.text, 'draft'), ...external.claims]),
    );
  }

  /**
   * The stems of what the myth and the fact are about (the myth's claims, the entry's fact and
   * the draft's own fact section), in a section's language: the topic an explanation must speak to.
   */
  topicTerms(id: SectionId): ReadonlySet<string> {
    const language = this.sections[id].language;
    const myth = this.mythClaimsFor(id);
    const fact = this.sections.fact;
    const external = this.externalIn(language);
    // Kept with the fact section, which does not change while the person types elsewhere.
    return fact.memo(`topic:${id}:${language}`, `${identityOf(myth)}:${identityOf(external)}`, () => {
      const terms = new Set<string>(this.factTerms(id));
      for (const claim of myth.claims) for (const term of claim.terms) terms.add(term);
      return terms;
    });
  }

  /** The stems of the fact as the entry and the draft's first section state it, as claims compare them. */
  factTerms(id: SectionId): ReadonlySet<string> {
    const language = this.sections[id].language;
    const fact = this.sections.fact;
    const external = this.externalIn(language);
    return fact.memo(`fact-terms:${id === 'fact'}:${language}`, String(identityOf(external)), () => {
      const terms = new Set<string>();
      for (const wording of external.factWordings) for (const term of wording) terms.add(claimTerm(term, language));
      if (id !== 'fact') for (const token of fact.contentTokens) terms.add(claimTerm(token.stem, fact.language));
      return terms;
    });
  }

  /** Each sentence of a section judged by its claim: the myth, the fact, or neither (see claims.ts). */
  judgement(id: SectionId): SentenceJudgement[] {
    return judgeSection(this, id);
  }

  /** The figures of the entry's fact, in the language the draft is written in. */
  get entryFactFigures(): Figure[] {
    const entry = this.context.entry;
    if (!entry) return noFigures;
    let perLanguage = entryFigures.get(entry);
    if (!perLanguage) entryFigures.set(entry, (perLanguage = new Map()));
    let figures = perLanguage.get(this.language);
    if (!figures) perLanguage.set(this.language, (figures = findFigures(entry.translations[this.language]?.fact ?? entry.fact)));
    return figures;
  }

  get external(): ExternalMyth {
    return (this.#external ??= externalMyth(this.context.entry, this.context.post, this.language));
  }

  /** The warning that opens the myth section ("A common myth claims…"), if any. */
  get mythWarning(): Range | undefined {
    const myth = this.sections.myth;
    return firstCue(warningCues[myth.language], myth.folded);
  }

  /** The myth's content words as the draft states them, without the warning words. */
  get draftMythTokens(): ContentToken[] {
    const warning = this.mythWarning;
    return this.sections.myth.contentTokens.filter((token) => !warning || token.end <= warning.start || token.start >= warning.end);
  }

  /** Every wording of the myth: the library's, the post's and the draft's own myth section. */
  get mythWording(): MythWording {
    if (this.#mythWording) return this.#mythWording;
    const draftStems = this.draftMythTokens.map((token) => token.stem);
    const factVocabulary = this.sharedFactShingles();
    const draftShingles = new Set(shinglesOf(draftStems).filter((shingle) => !factVocabulary.has(shingle)));
    const external = this.external.shingles;
    const wordings = draftStems.length > 0 ? [...this.external.wordings, new Set(draftStems)] : this.external.wordings;
    return (this.#mythWording = {
      wordings,
      hasShingle: (shingle) => external.has(shingle) || draftShingles.has(shingle),
      isEmpty: external.size === 0 && draftShingles.size === 0,
    });
  }

  /** Ranges in a section that repeat the myth's wording (runs of consecutive shared content words). */
  echoesIn(id: SectionId): Range[] {
    // Kept with the section while the myth's wording is unchanged: typing elsewhere reuses them.
    const key = `${externalId(this.external)}\u0000${this.sections.myth.text}\u0000${this.context.entry ? '' : `${this.sections.fact.text}\u0000${this.sections.factAgain.text}`}`;
    return this.sections[id].cached(`echoes:${key}`, () => findEchoes(this.sections[id].contentTokens, this.mythWording));
  }

  /** The fact as the draft's first section and the library entry state it. */
  get factWordings(): WordingSet[] {
    if (this.#factWordings) return this.#factWordings;
    const fromDraft = this.sections.fact.contentTokens.map((token) => token.stem);
    return (this.#factWordings = fromDraft.length > 0 ? [new Set(fromDraft), ...this.external.factWordings] : this.external.factWordings);
  }

  /** The values of the figures in the draft's fact section. */
  get factFigureValues(): ReadonlySet<number> {
    return (this.#factFigureValues ??= new Set(this.sections.fact.figures.flatMap((figure) => figure.values)));
  }

  /**
   * Wording the fact legitimately shares with the myth ("native-born Americans", "New York City"):
   * the library entry's fact and explanation; without an entry, wording both fact sections use.
   */
  private sharedFactShingles(): ReadonlySet<string> {
    if (this.context.entry) return this.external.factShingles;
    const inFact = new Set(shinglesOf(this.sections.fact.contentTokens.map((token) => token.stem)));
    return new Set(shinglesOf(this.sections.factAgain.contentTokens.map((token) => token.stem)).filter((shingle) => inFact.has(shingle)));
  }
}

/**
 * A person types into one section at a time: the other three are unchanged since the last lint,
 * so their analysis (tokens, sentences, cue matches) is reused instead of recomputed.
 */
const lastSectionTexts = new Map<string, SectionText>();

/**
 * A section's language: the draft's, unless the section plainly is in another; and where the
 * draft as a whole turned out not to be in the declared language, a short section that leans to
 * the declared one stays in it ("Es una exageración." in a Spanish draft).
 */
function sectionLanguage(votes: LanguageVotes, draft: Language, declared: Language): Language {
  const language = decideLanguage(votes, draft);
  return language === draft && draft !== declared && votes[declared] > votes[draft] ? declared : language;
}

function sectionText(id: SectionId, text: string, language: Language, reuse?: SectionText): SectionText {
  const key = `${language}:${id}`;
  const last = lastSectionTexts.get(key);
  if (last?.text === text) return last;
  const fresh = new SectionText(id, text, language, reuse);
  lastSectionTexts.set(key, fresh);
  return fresh;
}

const entryFigures = new WeakMap<object, Map<Language, Figure[]>>();
const noFigures: Figure[] = [];
const externalClaims = new Map<string, MythClaims>();

/** The entry's and the post's myth claims in one language, indexed once and reused while they are unchanged. */
function cachedExternalClaims(context: LintContext, language: Language): MythClaims {
  const entry = context.entry;
  const key = `${entry ? identityOf(entry) : ''}\u0000${language}\u0000${context.post ?? ''}`;
  let claims = externalClaims.get(key);
  if (!claims) {
    if (externalClaims.size > 32) externalClaims.clear();
    externalClaims.set(key, (claims = indexClaims(externalMythClaims(entry, context.post, language))));
  }
  return claims;
}

const externalIds = new WeakMap<ExternalMyth, number>();
let nextExternalId = 0;
function externalId(external: ExternalMyth): number {
  let id = externalIds.get(external);
  if (id === undefined) externalIds.set(external, (id = nextExternalId++));
  return id;
}

function findEchoes(tokens: ContentToken[], myth: MythWording): Range[] {
  const ranges: Range[] = [];
  if (myth.isEmpty) return ranges;
  for (let index = 0; index + shingleSize <= tokens.length; index++) {
    let key = tokens[index]!.stem;
    for (let offset = 1; offset < shingleSize; offset++) key += ` ${tokens[index + offset]!.stem}`;
    if (!myth.hasShingle(key)) continue;
    const start = tokens[index]!.start;
    const end = tokens[index + shingleSize - 1]!.end;
    const last = ranges.at(-1);
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}
