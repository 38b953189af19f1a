import type { ReadingLanguage } from '../../schema/language';
import { clauseOpeners } from '../cues/clause-cues';
import { contrastWords } from '../cues/contrast-cues';
import { speakerPronouns, theyPronouns } from '../cues/pronoun-cues';
import type { Token } from '../tokenize';
import type { Range } from './claim-reading';

// Punctuation between two words that ends a clause: commas, colons, semicolons, brackets, dashes.
const clauseBreak = /[,;:()[\]—–?!…]|\s-\s/;
const questionEnd = /[?？\u037e]["'”’»)\]]*$/;

/** Whether punctuation between two words ends the clause before them. */
export function breaksBetween(text: string, before: Token, after: Token | undefined): boolean {
  return after !== undefined && clauseBreak.test(text.slice(before.end, after.start));
}

/** The end of a sentence's last token, with closing punctuation ("?", "»") that follows it. */
export function lastEnd(text: string, tokens: readonly Token[]): number {
  let end = tokens.at(-1)!.end;
  while (end < text.length && /[?？\u037e!.…"'”’»)\] ]/.test(text[end]!)) end++;
  return end;
}

/** Whether a sentence asks: it ends with a question mark, or opens with "¿". */
export function isQuestion(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const sentence = text.slice(tokens[0]!.start, lastEnd(text, tokens)).trimEnd();
  return questionEnd.test(sentence) || text.slice(0, tokens[0]!.start).trimEnd().endsWith('¿');
}

const quotePairs: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '‹': '›', '‚': '‘' };
const anyQuote = /["'“«„‹‚‘]/;
/** How many words a quoted label may have: a longer quotation is a claim like any other. */
const labelLength = 4;

/** Short quoted labels ("no-go zones", « zones de non-droit », „No-go-Areas“): named, not claimed. */
export function quotedLabels(text: string, tokens: readonly Token[]): Range[] {
  if (tokens.length === 0) return [];
  const start = tokens[0]!.start;
  const end = lastEnd(text, tokens);
  if (!anyQuote.test(text.slice(start, end))) return [];
  const labels: Range[] = [];
  for (let index = start; index < end; index++) {
    const character = text[index]!;
    // A single quote opens a label only after a space ('rape capital'), never inside a word (don't).
    const single = (character === "'" || character === '‘') && (index === 0 || /[\s(]/.test(text[index - 1]!));
    const close = single ? (character === '‘' ? '’' : "'") : quotePairs[character];
    if (!close) continue;
    let closing = text.indexOf(close, index + 1);
    while (single && closing >= 0 && /\p{L}/u.test(text[closing + 1] ?? '')) closing = text.indexOf(close, closing + 1);
    if (closing < 0 || closing > end) continue;
    const inside = tokens.filter((token) => token.start > index && token.end < closing).length;
    if (inside > 0 && inside <= labelLength) labels.push({ start: index, end: closing });
    index = closing;
  }
  return labels;
}

/** The words that join the last item of a list. */
const listCoordinators: Record<ReadingLanguage, readonly string[]> = {
  en: ['or', 'and', 'nor'],
  fr: ['ou', 'et', 'ni'],
  de: ['oder', 'und', 'noch'],
  es: ['o', 'y', 'ni', 'u', 'e'],
  it: ['o', 'e', 'ne', 'oppure'],
};

/**
 * Whether the words after a comma go on with a list ("…, new phones or cash handouts") rather
 * than start a clause of their own (", they create them", ", but…", ", and for one person…"):
 * a list ends with "or" or "and" before the next break, and does not open with a pronoun, a
 * clause opener or the coordinator itself.
 */
export function continuesList(
  text: string,
  tokens: readonly Token[],
  from: number,
  words: readonly string[],
  language: ReadingLanguage,
): boolean {
  if (text.slice(tokens[from - 1]!.end, tokens[from]!.start).trim() !== ',') return false;
  if (theyPronouns[language].matchAt(words, from) || speakerPronouns[language].matchAt(words, from)) return false;
  if (clauseOpeners[language].matchAt(words, from) || contrastWords[language].matchAt(words, from)) return false;
  if (listCoordinators[language].includes(words[from]!)) return false;
  for (let index = from + 1; index < tokens.length; index++) {
    if (listCoordinators[language].includes(words[index]!)) return true;
    if (index + 1 < tokens.length && breaksBetween(text, tokens[index]!, tokens[index + 1])) return false;
  }
  return false;
}
