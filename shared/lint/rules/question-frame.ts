import { z } from 'zod';
import type { Language } from '../../schema/language';
import { capitalise } from '../../language/stands-alone';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  asksMyth: () => "The draft opens by asking the myth's question, which puts the myth up front: open with the answer, stated plainly.",
  opensWithQuestion: () => 'The draft opens with a question, which puts the myth up front: open with the answer, stated plainly.',
  asStatement: () => 'Say it as a statement.',
};

/**
 * "Did you know that X?" asks nothing: it is the statement X, which can be made plainly. German
 * is left out: "Wussten Sie, dass …" puts the verb last, so X is not a sentence on its own.
 */
const didYouKnow: Partial<Record<Language, RegExp>> = {
  en: /^(?:did you know|do you know)(?: that)?\s+(.+?)\s*\?$/iu,
  fr: /^(?:le saviez-vous|saviez-vous|savez-vous|tu savais|vous saviez)(?:\s*[:,]?\s*qu(?:e\s+|['’]))(.+?)\s*\?$/iu,
  es: /^¿?(?:sabías|sabía usted|sabían|sabíais)\s+que\s+(.+?)\s*\?$/iu,
  it: /^(?:lo sapevi|sapevi|sapevate|lo sapevate)\s+che\s+(.+?)\s*\?$/iu,
};

export const questionFrame = defineRule({
  id: 'question-frame',
  meta: {
    title: 'The opening is a statement, not a question',
    description:
      'The first sentence does not pose the claim as a question ("Do migrants take our jobs?"), nor open with any other question. When it asks the myth\'s claim (by the same claim judgement as fact-first), the finding says so; "Did you know that…?" is offered as the plain statement.',
    rationale:
      'A question puts the myth in the headline and leaves the answer for later; corrections should be as prominent as the misinformation, "in the headlines, not buried in questions".',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const fact = document.sections.fact;
    const judgement = document.judgement('fact')[0];
    if (!judgement?.reading.question) return [];
    const { sentence } = judgement;
    const asksMyth = judgement.stance === 'myth';
    const statement = asksMyth ? undefined : plainStatement(sentence.text, fact.language);
    return [
      {
        section: 'fact',
        start: sentence.start,
        end: sentence.end,
        ...report(messages, asksMyth ? 'asksMyth' : 'opensWithQuestion'),
        ...(statement ? { suggestion: { ...suggest(messages, 'asStatement'), replacement: statement } } : {}),
      },
    ];
  },
});

function plainStatement(question: string, language: Language): string | undefined {
  const statement = didYouKnow[language]?.exec(question)?.[1];
  return statement ? `${capitalise(statement)}.` : undefined;
}
