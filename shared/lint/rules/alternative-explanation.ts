import { z } from 'zod';
import type { SentenceJudgement } from '../analysis/claims';
import type { Range } from '../analysis/lint-document';
import { causalCues } from '../../language/cues/causal-cues';
import { isReadingLanguage } from '../../schema/language';
import type { SectionText } from '../analysis/section-text';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  noAccount: () =>
    'The explanation does not say what is really going on: give the cause or the real story ("because…"), so the myth leaves no gap.',
};

export const alternativeExplanation = defineRule({
  id: 'alternative-explanation',
  meta: {
    title: 'Fill the gap with an alternative explanation',
    description:
      'The explanation gives a cause or an alternative account ("because the housing ran out", "parce que…", "weil…", "porque…", "…, but newcomers also spend their wages", "most do not flee far: the journey costs too much"), or states what is true instead of the myth (its opposite, or the fact: "the sales, property and payroll taxes that everyone pays"), not only that the myth is false, how it is shared or what the trick is called. A "because" or an "in fact" with nothing said after it is not a cause. In Dutch, Polish, Swedish, Greek and Portuguese, which the claim reader does not read yet, a causal word with two content words after it ("omdat er te weinig woningen zijn") is the account.',
    rationale:
      'When a myth is removed without a replacement, people fall back on it. A factual alternative, no more complex than the myth, fills the causal gap.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const explanation = document.sections.explanation;
    if (explanation.isBlank) return [];
    const topic = document.topicTerms('explanation');
    const causes = explanation.cueMatches(causalCues[explanation.language]);
    if (document.judgement('explanation').some((judgement) => givesAlternative(judgement, topic, causes))) return [];
    if (!isReadingLanguage(explanation.language) && causes.some((cause) => saysWhyAfter(explanation, cause))) return [];
    const first = explanation.sentences[0]!;
    return [
      {
        section: 'explanation',
        start: first.start,
        end: explanation.sentences.at(-1)!.end,
        ...report(messages, 'noAccount'),
      },
    ];
  },
});

/**
 * A sentence that says what is true instead of the myth (its opposite, or the fact), or gives
 * an account of its own in one of its clauses: a clause that asserts (not a denial, not the
 * myth, not reporting the post, not about the post, its photos or passing it on, not "it" just
 * after the technique's name) two content words about what the myth and the fact are about
 * ("hotels are emergency housing", "newcomers spend their wages"), three about anything ("the
 * outbreaks start with any traveller"), or two that a cause introduces ("because the journey
 * costs too much", "weil Wohnungen fehlen") or that follow a denial in the same sentence ("most
 * do not flee far, the journey is too expensive"). A "because" or an "in fact" with nothing
 * after it ("In fact, this is false"), naming the technique (its words are read into no claim),
 * "a few photos blown up", "it singles out one group" or "don't pass it on" is not an account
 * of what is going on.
 */
/**
 * Where the claim reader does not read the language, an account is known by its words: a causal
 * cue ("omdat", "ponieważ", "eftersom", "επειδή", "porque") with two content words after it in its
 * sentence ("omdat er te weinig woningen zijn"), not a bare "in feite" or "because" at the end.
 */
function saysWhyAfter(explanation: SectionText, cause: Range): boolean {
  const sentence = explanation.sentences.find((candidate) => candidate.start <= cause.start && cause.end <= candidate.end);
  return sentence !== undefined && explanation.contentTokensIn({ start: cause.end, end: sentence.end }).length >= 2;
}

function givesAlternative(judgement: SentenceJudgement, topic: ReadonlySet<string>, causes: readonly Range[]): boolean {
  if (judgement.saysWhatIsTrue) return true;
  if (judgement.reading.question) return false;
  const { sentence } = judgement;
  const causeAt = causes.find((cause) => cause.start >= sentence.start && cause.end <= sentence.end)?.start;
  let denied = false;
  for (const clause of judgement.reading.clauses) {
    const counts =
      clause !== judgement.clause &&
      !clause.reported &&
      !clause.comparand &&
      !clause.negated &&
      !clause.aboutMedia &&
      !clause.topic &&
      !clause.hypothetical &&
      clause.terms.length >= 2;
    if (
      counts &&
      (clause.namesGroup ||
        clause.aboutThem ||
        clause.terms.length >= 3 ||
        clause.terms.some((term) => topic.has(term)) ||
        (causeAt !== undefined && clause.end > causeAt) ||
        denied)
    ) {
      return true;
    }
    denied ||= clause.negated && !clause.reported;
  }
  return false;
}
