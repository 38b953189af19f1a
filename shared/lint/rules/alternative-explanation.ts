import { z } from 'zod';
import { causalCues } from '../../language/cues/causal-cues';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const alternativeExplanation = defineRule({
  id: 'alternative-explanation',
  meta: {
    title: 'Fill the gap with an alternative explanation',
    description:
      'The explanation gives a cause or an alternative account ("because…", "in fact…", "parce que…", "weil…", "porque…"), not only a statement that the myth is false.',
    rationale:
      'When a myth is removed without a replacement, people fall back on it. A factual alternative, no more complex than the myth, fills the causal gap.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const explanation = document.sections.explanation;
    if (explanation.isBlank || explanation.hasCue(causalCues[document.language])) return [];
    const first = explanation.sentences[0]!;
    return [
      {
        section: 'explanation',
        start: first.start,
        end: explanation.sentences.at(-1)!.end,
        message:
          'The explanation does not say what is really going on: give the cause or the real story ("because…"), so the myth leaves no gap.',
      },
    ];
  },
});
