import { z } from 'zod';
import type { SentenceJudgement } from '../analysis/claims';
import { causalCues } from '../../language/cues/causal-cues';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const alternativeExplanation = defineRule({
  id: 'alternative-explanation',
  meta: {
    title: 'Fill the gap with an alternative explanation',
    description:
      'The explanation gives a cause or an alternative account ("because…", "in fact…", "parce que…", "weil…", "porque…", or "…, but newcomers also spend their wages"), or states what is true instead of the myth (its opposite, or the fact: "the sales, property and payroll taxes that everyone pays"), not only that the myth is false.',
    rationale:
      'When a myth is removed without a replacement, people fall back on it. A factual alternative, no more complex than the myth, fills the causal gap.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const explanation = document.sections.explanation;
    if (explanation.isBlank || explanation.hasCue(causalCues[explanation.language])) return [];
    const topic = document.topicTerms('explanation');
    if (document.judgement('explanation').some((judgement) => givesAlternative(judgement, topic))) return [];
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

/**
 * A sentence that says what is true instead of the myth (its opposite, or the fact), or gives an
 * account of its own: a clause that asserts (not a denial, not reporting the post, not about
 * checking or passing it on) two content words about what the myth and the fact are about —
 * "hotels are emergency housing", "newcomers spend their wages", "a small daily allowance" — or
 * three about how the belief arises ("the news shows what gets shared"). Naming the technique
 * (its words are read into no claim), "fact-checkers looked into it" or "don't pass it on" is
 * not an account of what is going on.
 */
function givesAlternative(judgement: SentenceJudgement, topic: ReadonlySet<string>): boolean {
  if (judgement.saysWhatIsTrue) return true;
  if (judgement.stance === 'myth' || judgement.reading.question) return false;
  return judgement.reading.clauses.some(
    (clause) =>
      !clause.reported &&
      !clause.comparand &&
      !clause.negated &&
      !clause.aboutMedia &&
      clause.terms.length >= 2 &&
      (clause.namesGroup || clause.terms.length >= 3 || clause.terms.some((term) => topic.has(term))),
  );
}
