import type { Sandwich, SectionId } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { firstCue } from '../cues/compile-cues';
import { warningCues } from '../cues/warning-cues';
import type { LintContext } from '../lint-context';
import { externalMyth, shinglesOf, shingleSize, type ExternalMyth, type WordingSet } from './myth-references';
import { SectionText, type ContentToken } from './section-text';

export type Range = { start: number; end: number };

const sectionOrder: SectionId[] = ['fact', 'myth', 'explanation', 'factAgain'];

/**
 * The sandwich and its context as the rules see them. Everything derived (tokens, the myth's
 * wording, echoes) is computed on first use and shared by all rules in one lint pass.
 */
export class LintDocument {
  readonly sections: Record<SectionId, SectionText>;
  readonly language: Language;
  #external?: ExternalMyth;
  #mythWording?: { wordings: WordingSet[]; shingles: ReadonlySet<string> };
  #echoes = new Map<SectionId, Range[]>();

  constructor(
    readonly sandwich: Sandwich,
    readonly context: LintContext,
  ) {
    this.language = context.language ?? context.entry?.language ?? 'en';
    this.sections = Object.fromEntries(
      sectionOrder.map((id) => [id, new SectionText(id, sandwich[id], this.language)]),
    ) as Record<SectionId, SectionText>;
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
  get mythWording(): { wordings: WordingSet[]; shingles: ReadonlySet<string> } {
    if (this.#mythWording) return this.#mythWording;
    const draftStems = this.draftMythTokens.map((token) => token.stem);
    const shingles = new Set(this.external.shingles);
    const factVocabulary = this.sharedFactShingles();
    for (const shingle of shinglesOf(draftStems)) if (!factVocabulary.has(shingle)) shingles.add(shingle);
    const wordings = draftStems.length > 0 ? [...this.external.wordings, new Set(draftStems)] : this.external.wordings;
    return (this.#mythWording = { wordings, shingles });
  }

  /** Ranges in a section that repeat the myth's wording (runs of consecutive shared content words). */
  echoesIn(id: SectionId): Range[] {
    let echoes = this.#echoes.get(id);
    if (!echoes) this.#echoes.set(id, (echoes = findEchoes(this.sections[id].contentTokens, this.mythWording.shingles)));
    return echoes;
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

function findEchoes(tokens: ContentToken[], shingles: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  if (shingles.size === 0) return ranges;
  for (let index = 0; index + shingleSize <= tokens.length; index++) {
    let key = tokens[index]!.stem;
    for (let offset = 1; offset < shingleSize; offset++) key += ` ${tokens[index + offset]!.stem}`;
    if (!shingles.has(key)) continue;
    const start = tokens[index]!.start;
    const end = tokens[index + shingleSize - 1]!.end;
    const last = ranges.at(-1);
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}
