import { z } from 'zod';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const listItem = /^[ \t]*(?:[-*•–]|\d+[.)])[ \t]+/gm;

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three", not "3", where a person would write the word. */
function numberWord(count: number): string {
  return numberWords[count] ?? String(count);
}

// `maxPoints` is a number the catalogue writes as a word where people would (`values.maxPoints`).
const messages = {
  tooManyPoints: ({ points, maxPoints }: { points: number; maxPoints: number }) =>
    `The explanation makes ${points} points: keep the strongest ${numberWord(maxPoints)}, because too many arguments make a correction less convincing.`,
  tooManyPointsForOne: ({ points }: { points: number }) =>
    `The explanation makes ${points} points: keep only the strongest one, because too many arguments make a correction less convincing.`,
};

export const overkill = defineRule({
  id: 'overkill',
  meta: {
    title: 'No more than three points',
    description: 'The explanation makes at most three supporting points: list items when it is a list, otherwise sentences.',
    rationale: 'Three arguments persuade better than twelve: keep the correction "lean, mean and easy to read".',
    source: methodSources.debunkingHandbook2011,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({ maxPoints: z.int().positive().default(3) }),
  check(document, { maxPoints }) {
    const explanation = document.sections.explanation;
    const items = [...explanation.text.matchAll(listItem)].map((match) => match.index);
    const points = items.length > 1 ? items : explanation.sentences.map((sentence) => sentence.start);
    if (points.length <= maxPoints) return [];
    return [
      {
        section: 'explanation',
        start: points[maxPoints]!,
        end: explanation.text.trimEnd().length,
        ...(maxPoints === 1
          ? report(messages, 'tooManyPointsForOne', { points: points.length })
          : report(messages, 'tooManyPoints', { points: points.length, maxPoints })),
      },
    ];
  },
});
