import { z } from 'zod';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

type Lengths = { mythWords: number; factWords: number };

const messages = {
  // `count` is the most sentences allowed: the catalogue's plural forms say "one sentence" or "N sentences or fewer".
  tooManySentences: ({ sentences, count }: { sentences: number; count: number }) =>
    `The myth section has ${sentences} sentences: state the myth in ${count === 1 ? 'one sentence' : `${count} sentences or fewer`} and move the rest to the explanation.`,
  tooManyWords: ({ words, maxWords }: { words: number; maxWords: number }) =>
    `The myth takes ${words} words: keep it to ${maxWords} or fewer, so the fact gets more attention than the myth.`,
  longerThanFact: ({ mythWords, factWords }: Lengths) =>
    `The myth (${mythWords} words) is longer than the fact (${factWords} words): make the fact the bigger part, so it gets more attention than the myth.`,
  asLongAsFact: ({ mythWords, factWords }: Lengths) =>
    `The myth (${mythWords} words) is as long as the fact (${factWords} words): make the fact the bigger part, so it gets more attention than the myth.`,
};

export const mythBrief = defineRule({
  id: 'myth-brief',
  meta: {
    title: 'Keep the myth brief',
    description: 'The myth section is short (by default one sentence of at most 35 words) and shorter than the fact.',
    rationale: 'The myth should be mentioned, not explained at length: the longer it is, the more of it people remember.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({
    maxSentences: z.int().positive().default(1),
    maxWords: z.int().positive().default(35),
  }),
  check(document, { maxSentences, maxWords }) {
    const myth = document.sections.myth;
    const findings: Finding[] = [];
    const extraSentence = myth.sentences[maxSentences];
    const extraWord = myth.tokens[maxWords];
    if (extraSentence) {
      findings.push({
        section: 'myth',
        start: extraSentence.start,
        end: myth.sentences.at(-1)!.end,
        ...report(messages, 'tooManySentences', { sentences: myth.sentences.length, count: maxSentences }),
      });
    } else if (extraWord) {
      findings.push({
        section: 'myth',
        start: extraWord.start,
        end: myth.tokens.at(-1)!.end,
        ...report(messages, 'tooManyWords', { words: myth.tokens.length, maxWords }),
      });
    }
    const factWords = document.sections.fact.tokens.length;
    if (findings.length === 0 && factWords > 0 && myth.tokens.length >= factWords) {
      findings.push({
        section: 'myth',
        start: myth.sentences[0]?.start ?? 0,
        end: myth.sentences.at(-1)?.end ?? 0,
        ...report(messages, myth.tokens.length > factWords ? 'longerThanFact' : 'asLongAsFact', {
          mythWords: myth.tokens.length,
          factWords,
        }),
      });
    }
    return findings;
  },
});
