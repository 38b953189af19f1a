import type { SectionId } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { foldInPlace } from '../../language/fold-in-place';
import { splitSentences, type Sentence } from '../../language/sentences';
import { stem } from '../../language/stem';
import { isStopword } from '../../language/stopwords';
import { tokenize, type Token } from '../../language/tokenize';
import { findUrls, type FoundUrl } from '../../language/urls';
import { findFigures, type Figure } from '../../language/figures';
import { readingEase } from '../../language/reading-ease';
import { languageVotes, type LanguageVotes } from '../../language/detect-language';
import { readClaim, type ClaimReading } from '../../language/claims/read-claim';
import { techniqueCues } from '../../language/cues/technique-cues';
import { warningCues } from '../../language/cues/warning-cues';

/** A content word: not a function word, with its stem for comparison. */
export type ContentToken = Token & { stem: string };

/**
 * One section's text with everything the rules need, each computed once on first use: a lint
 * pass tokenises a section once however many rules look at it.
 */
export class SectionText {
  #folded?: string;
  #tokens?: Token[];
  #content?: ContentToken[];
  #sentences?: Sentence[];
  #urls?: FoundUrl[];
  #matches = new Map<RegExp, RegExpExecArray[]>();
  #figures?: Figure[];
  #readingEase?: number | null;
  #derived?: { key: string; value: unknown };
  #memos = new Map<string, { key: string; value: unknown }>();
  #votes?: LanguageVotes;
  #claims?: ClaimReading[];

  /**
   * `language` is the one the section is linted in: the draft's, unless the section is plainly
   * written in another (see LintDocument). `reuse` hands over the tokens of the same text read
   * before the language was known, so switching language does not tokenise twice.
   */
  constructor(
    readonly id: SectionId,
    readonly text: string,
    readonly language: Language,
    reuse?: SectionText,
  ) {
    if (reuse?.text === text) {
      this.#folded = reuse.folded;
      this.#tokens = reuse.tokens;
      this.#votes = reuse.languageVotes;
      this.#sentences = reuse.sentences;
      this.#urls = reuse.urls;
    }
  }

  /** Lower case, accents stripped, same length and offsets as `text`. */
  get folded(): string {
    return (this.#folded ??= foldInPlace(this.text));
  }

  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.text, this.folded));
  }

  /** Content words outside links: a URL's path ("asylum-seeker-free-iphone") is not the writer repeating the myth. */
  get contentTokens(): ContentToken[] {
    if (this.#content) return this.#content;
    const urls = this.urls;
    const words =
      urls.length === 0 ? this.tokens : this.tokens.filter((token) => !urls.some((url) => token.start < url.end && token.end > url.start));
    return (this.#content = contentTokensOf(words, this.language));
  }

  get sentences(): Sentence[] {
    return (this.#sentences ??= splitSentences(this.text));
  }

  get urls(): FoundUrl[] {
    return (this.#urls ??= findUrls(this.text));
  }

  /**
   * Every match of a global pattern (cues, loaded terms) in the folded text, found in one pass
   * and kept with the section: unchanged sections are not searched again on the next keystroke.
   */
  matchesOf(pattern: RegExp): RegExpExecArray[] {
    let matches = this.#matches.get(pattern);
    if (!matches) this.#matches.set(pattern, (matches = [...this.folded.matchAll(pattern)]));
    return matches;
  }

  /** The ranges of `matchesOf(pattern)`. */
  cueMatches(pattern: RegExp): { start: number; end: number }[] {
    return this.matchesOf(pattern).map((match) => ({ start: match.index, end: match.index + match[0].length }));
  }

  /** Whether a cue pattern occurs anywhere in the section. */
  hasCue(pattern: RegExp): boolean {
    return this.matchesOf(pattern).length > 0;
  }

  /** Content tokens inside a range (a sentence), found by binary search: no rescans per sentence. */
  contentTokensIn(range: { start: number; end: number }): ContentToken[] {
    return within(this.contentTokens, range);
  }

  stemsIn(range: { start: number; end: number }): string[] {
    return this.contentTokensIn(range).map((token) => token.stem);
  }

  /** The figures in the section, links left out. */
  get figures(): Figure[] {
    return (this.#figures ??= findFigures(this.text, this.urls));
  }

  figuresIn(range: { start: number; end: number }): Figure[] {
    return this.figures.filter((figure) => figure.start >= range.start && figure.end <= range.end);
  }

  /** Flesch reading ease (or its adaptation for the language); null when there is nothing to judge. */
  get readingEase(): number | null {
    return (this.#readingEase ??= readingEase(this.tokens, this.sentences.length, this.language) ?? null);
  }

  /**
   * How many of the section's words are function words of each language, to tell which one it is
   * written in. A link's path is in its site's language, not the writer's ("…/les-intox-les-plus-…"
   * after an English sentence), so words inside links do not vote.
   */
  get languageVotes(): LanguageVotes {
    if (this.#votes) return this.#votes;
    const urls = this.urls;
    const words =
      urls.length === 0 ? this.tokens : this.tokens.filter((token) => !urls.some((url) => token.start < url.end && token.end > url.start));
    return (this.#votes = languageVotes(words.map((token) => token.folded)));
  }

  /** Each sentence read as a claim (clauses, negation, quantity, question, hedges), in the section's language. */
  get claimReadings(): ClaimReading[] {
    if (this.#claims) return this.#claims;
    const warnings = this.cueMatches(warningCues[this.language]);
    const techniques = this.cueMatches(techniqueCues[this.language]);
    const within = (sentence: Sentence) => (range: { start: number; end: number }) =>
      range.start < sentence.end && range.end > sentence.start;
    // A link's path ("asylum-seekers-get-luxury-hotels") is not the writer making a claim.
    const urls = this.urls;
    const words = (sentence: Sentence) => {
      const tokens = this.tokensIn(sentence);
      return urls.length === 0 ? tokens : tokens.filter((token) => !urls.some((url) => token.start < url.end && token.end > url.start));
    };
    return (this.#claims = this.sentences.map((sentence) =>
      readClaim(this.text, words(sentence), this.language, warnings.filter(within(sentence)), techniques.filter(within(sentence))),
    ));
  }

  /** All tokens (function words included) inside a range, found by binary search. */
  tokensIn(range: { start: number; end: number }): Token[] {
    return within(this.tokens, range);
  }

  /**
   * A value derived from this section and what it is compared with (`key`), kept in its own
   * slot: a keystroke in another section reuses it while the key is unchanged.
   */
  memo<T>(slot: string, key: string, compute: () => T): T {
    const last = this.#memos.get(slot);
    if (last?.key === key) return last.value as T;
    const value = compute();
    this.#memos.set(slot, { key, value });
    return value;
  }

  /** A value derived from this section and `key` (one slot: the latest key wins). */
  cached<T>(key: string, compute: () => T): T {
    if (this.#derived?.key !== key) this.#derived = { key, value: compute() };
    return this.#derived.value as T;
  }

  get isBlank(): boolean {
    return this.text.trim() === '';
  }
}

export function contentTokensOf(tokens: Token[], language: Language): ContentToken[] {
  const content: ContentToken[] = [];
  for (const { text, folded, start, end } of tokens) {
    if (!isStopword(folded, language)) content.push({ text, folded, start, end, stem: stem(folded, language) });
  }
  return content;
}

/** The stems of a text's content words, for comparing a sentence with a myth or a fact. */
export function stemsOf(text: string, language: Language): string[] {
  return contentTokensOf(tokenize(text), language).map((token) => token.stem);
}

/** The tokens (in text order) that lie inside a range, found by binary search: no rescan per sentence. */
function within<T extends { start: number; end: number }>(tokens: readonly T[], range: { start: number; end: number }): T[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < range.start) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < tokens.length && tokens[end]!.end <= range.end) end++;
  return tokens.slice(low, end);
}
