import type { SectionId } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { foldInPlace } from '../text/fold-in-place';
import { splitSentences, type Sentence } from '../text/sentences';
import { stem } from '../text/stem';
import { isStopword } from '../text/stopwords';
import { tokenize, type Token } from '../text/tokenize';
import { findUrls, type FoundUrl } from '../text/urls';

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

  constructor(
    readonly id: SectionId,
    readonly text: string,
    readonly language: Language,
  ) {}

  /** Lower case, accents stripped, same length and offsets as `text`. */
  get folded(): string {
    return (this.#folded ??= foldInPlace(this.text));
  }

  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.text));
  }

  get contentTokens(): ContentToken[] {
    return (this.#content ??= contentTokensOf(this.tokens, this.language));
  }

  get sentences(): Sentence[] {
    return (this.#sentences ??= splitSentences(this.text));
  }

  get urls(): FoundUrl[] {
    return (this.#urls ??= findUrls(this.text));
  }

  get isBlank(): boolean {
    return this.text.trim() === '';
  }
}

export function contentTokensOf(tokens: Token[], language: Language): ContentToken[] {
  const content: ContentToken[] = [];
  for (const token of tokens) {
    if (!isStopword(token.folded, language)) content.push({ ...token, stem: stem(token.folded, language) });
  }
  return content;
}

/** The stems of a text's content words, for comparing a sentence with a myth or a fact. */
export function stemsOf(text: string, language: Language): string[] {
  return contentTokensOf(tokenize(text), language).map((token) => token.stem);
}
