import type { Audience } from '../schema/audience';
import type { Entry } from '../schema/entry';
import { splitSentences } from '../language/sentences';
import type { EntryWords } from './draft-language';
import { draftPhrases } from './draft-phrases';
import { keyClause } from './key-clause';
import { continueSentence } from './sentence-case';

/** A way of stating the fact, and where it comes from (for the notes); `short`: the entry's short form. */
export type FactWording = { text: string; kind: 'fact' | 'lead' | 'title' | 'angle' | 'key-clause' | 'short' };

/** The fact as the opening section can state it, longest first: all of it, its first sentence, the entry's title. */
export function openingWordings(entry: Entry, words: EntryWords): FactWording[] {
  const lead = leadSentence(words.fact);
  const wordings: FactWording[] = [{ text: words.fact.trim(), kind: 'fact' }];
  if (lead !== words.fact.trim()) wordings.push({ text: lead, kind: 'lead' });
  if (words.original) wordings.push({ text: asSentence(entry.title), kind: 'title' });
  return wordings;
}

/** The audience's angle on the fact, when the entry has one in the draft's language. */
export function audienceAngle(entry: Entry, words: EntryWords, audience: Audience | undefined): FactWording | undefined {
  const angle = audience && words.original ? entry.audienceAngles.find((candidate) => candidate.audience === audience.id) : undefined;
  return angle ? { text: angle.angle.trim(), kind: 'angle' } : undefined;
}

/**
 * The fact again, in other words, best first: the entry's title (a one-line statement of the
 * fact), the fact's key clause (its figure) after a short "Bottom line:", and, last, its whole
 * first sentence.
 */
export function restatements(entry: Entry, words: EntryWords): FactWording[] {
  const wordings: FactWording[] = [];
  if (words.original) wordings.push({ text: asSentence(entry.title), kind: 'title' });
  const recap = draftPhrases[words.language].restatementLead;
  const lead = leadSentence(words.fact);
  const clause = keyClause(lead, words.language);
  if (clause) wordings.push({ text: recap + continueSentence(clause, words.language, words.casingReference), kind: 'key-clause' });
  wordings.push({ text: recap + continueSentence(lead, words.language, words.casingReference), kind: 'lead' });
  return wordings;
}

/** German dates ("am 1. Januar") are not sentence ends. */
const germanMonth = /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

function leadSentence(text: string): string {
  const sentences = splitSentences(text);
  let lead = sentences[0]?.text ?? text.trim();
  for (let index = 1; index < sentences.length && /(?:^|\s)\d{1,2}\.$/u.test(lead) && germanMonth.test(sentences[index]!.text); index++) {
    lead = text.slice(sentences[0]!.start, sentences[index]!.end);
  }
  return lead;
}

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
