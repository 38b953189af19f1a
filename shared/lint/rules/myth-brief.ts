import { z } from 'zod';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const mythBrief = defineRule({
  id: 'myth-brief',
  meta: {
    title: 'Keep the myth brief',
    description: 'The myth section is short (by default one sentence of at most 35 words) and shorter than the fact.',
    rationale: 'The myth should be mentioned, not explained at length: the longer it is, the more of it people remember.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
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
        message: `The myth section has ${myth.sentences.length} sentences: state the myth in ${maxSentences === 1 ? 'one sentence' : `${maxSentences} sentences or fewer`} and move the rest to the explanation.`,
      });
    } else if (extraWord) {
      findings.push({
        section: 'myth',
        start: extraWord.start,
        end: myth.tokens.at(-1)!.end,
        message: `The myth takes ${myth.tokens.length} words: keep it to ${maxWords} or fewer, so the fact gets more attention than the myth.`,
      });
    }
    const factWords = document.sections.fact.tokens.length;
    if (findings.length === 0 && factWords > 0 && myth.tokens.length >= factWords) {
      findings.push({
        section: 'myth',
        start: myth.sentences[0]?.start ?? 0,
        end: myth.sentences.at(-1)?.end ?? 0,
        message: `The myth (${myth.tokens.length} words) is ${myth.tokens.length > factWords ? 'longer than' : 'as long as'} the fact (${factWords} words): make the fact the bigger part, so it gets more attention than the myth.`,
      });
    }
    return findings;
  },
});
