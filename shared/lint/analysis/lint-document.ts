import type { Sandwich, SectionId } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { firstCue } from '../../language/cues/compile-cues';
import { warningCues } from '../../language/cues/warning-cues';
import type { LintContext } from '../lint-context';
import { externalMyth, shinglesOf, shingleSize, type ExternalMyth, type WordingSet } from './myth-references';
import { SectionText, type ContentToken } from './section-text';

export type Range = { start: number; end: number };

/** The myth's wording for comparisons: whole wordings for similarity, word runs for echoes. */
export type MythWording = { wordings: WordingSet[]; hasShingle(shingle: string): boolean; isEmpty: boolean };

const sectionOrder: SectionId[] = ['fact', 'myth', 'explanation', 'factAgain'];

/**
 * The sandwich and its context as the rules see them. Everything derived (tokens, the myth's
 * wording, echoes) is computed on first use and shared by all rules in one lint pass.
 */
export class LintDocument {
  readonly sections: Record<SectionId, SectionText>;
  readonly language: Language;
  #external?: ExternalMyth;
  #mythWording?: MythWording;
  #factWordings?: WordingSet[];
  #factFigureValues?: ReadonlySet<number>;

  constructor(
    readonly sandwich: Sandwich,
    readonly context: LintContext,
  ) {
    this.language = context.language ?? context.entry?.language ?? 'en';
    this.sections = Object.fromEntries(sectionOrder.map((id) => [id, sectionText(id, sandwich[id], this.language)])) as Record<
      SectionId,
      SectionText
    >;
  }

  get external(): ExternalMyth {
    return (this.#external ??= externalMyth(this.context.entry, this.context.post, this.language));
  }

  /** The warning that opens the myth section ("A common myth claims…"), if any. */
  get mythWarning(): Range | undefined {
    return firstCue(warningCues[this.language], this.sections.myth.folded);
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

function sectionText(id: SectionId, text: string, language: Language): SectionText {
  const key = `${language}:${id}`;
  const last = lastSectionTexts.get(key);
  if (last?.text === text) return last;
  const fresh = new SectionText(id, text, language);
  lastSectionTexts.set(key, fresh);
  return fresh;
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
