import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import { correctionWords } from '../../language/cues/contrast-cues';
import { splitSentences, type Sentence } from '../../language/sentences';
import { capitalise, standsAlone } from '../../language/stands-alone';
import type { SectionText } from './section-text';

/** What a feed shows before "see more": a fact offered as a fix must fit in it. */
const previewLength = 125;

/**
 * The entry's fact as one short sentence in a language, for a fix: its short line in that
 * language (the entry's own or its translation's, written for X), else the first sentence of
 * the fact (or of its translation) when it fits the feed preview, else that sentence up to its first colon when that part is a
 * sentence of its own ("… paid an estimated $96.7 billion in taxes in 2022: …"). Undefined when
 * none of these is short enough: a finding then gives guidance, not a replacement.
 */
export function shortFact(entry: Entry | undefined, language: Language): string | undefined {
  if (!entry) return undefined;
  const own = entry.language === language;
  const short = own ? entry.short : entry.translations[language]?.short;
  if (short) return short.fact;
  const fact = own ? entry.fact : entry.translations[language]?.fact;
  if (!fact) return undefined;
  const first = splitSentences(fact)[0]?.text ?? fact;
  if (first.length <= previewLength) return first;
  const head = /^(.+?)\s?[:;]\s/u.exec(first)?.[1];
  if (head && head.length < previewLength && head.split(/\s+/).length >= 5 && standsAlone(head, language)) return `${head}.`;
  return undefined;
}

/**
 * A later sentence of the section written so it can open the text: without a leading "In fact,"
 * or "Actually," when a comma sets it off ("The truth is £49.18" keeps its words, or it would
 * lose its verb; German keeps its word order, so there the sentence must stand alone as it is),
 * and not leaning on a pronoun or a connector for what came before.
 */
export function asOpening(section: SectionText, sentence: Sentence): string | undefined {
  const tokens = section.tokensIn(sentence);
  const connector = correctionWords[section.language].matchAt(
    tokens.map((token) => token.folded),
    0,
  );
  let text = sentence.text;
  const after = connector > 0 ? tokens[connector - 1]!.end : sentence.start;
  if (connector > 0 && section.language !== 'de' && /^\s*,/.test(section.text.slice(after))) {
    text = capitalise(section.text.slice(after, sentence.end).replace(/^\s*,\s*/, ''));
  }
  return standsAlone(text, section.language) ? text : undefined;
}
