import { z } from 'zod';
import type { SentenceJudgement } from '../analysis/claims';
import { shortFact } from '../analysis/fact-sentences';
import type { LintDocument } from '../analysis/lint-document';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  echoes: () => "This repeats the myth-spreaders' wording outside the myth section: say the myth once, and use your own words here.",
  asksMyth: () =>
    'This asks the myth as a question outside the myth section: say the myth once, in the myth section, and state the fact here.',
  statesMyth: () => 'This states the myth again outside the myth section: say it once, in the myth section, and state the fact here.',
  againInMythSection: () => 'The myth is stated again in the same section: once is enough to say what is being corrected.',
  entryFactInstead: () => "Say the library entry's fact instead.",
};

const otherSections = ['fact', 'explanation', 'factAgain'] as const;

export const mythOnce = defineRule({
  id: 'myth-once',
  meta: {
    title: 'State the myth once, in the myth section',
    description:
      "The myth is stated exactly once, in the myth section. Elsewhere, a sentence that asserts the myth's claim (in any words, as a question, or reported: \"some say…\"), that the next sentence corrects (\"… In reality, …\"), or that repeats the spreaders' own wording is flagged where it occurs; a sentence that states the fact is not, whatever words it shares with the myth. The explanation may refer to the myth to say how it misleads, but not state it again in full. The myth's claim comes from the library entry's statement and phrasings, the captured post and the draft's own myth section; an opening question is left to question-frame. In Dutch, Polish, Swedish, Greek and Portuguese, which the claim reader does not read yet, only the spreaders' wording and, where the fact is stated, a sentence made mostly of the myth's own words with no \"not\" are found.",
    rationale:
      '"Repeat the misinformation, only once, directly prior to the correction": every extra repetition makes the myth more familiar, and familiar claims feel true.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const findings: Finding[] = [];
    for (const section of otherSections) {
      const judgements = document.judgement(section);
      for (const [index, judgement] of judgements.entries()) {
        if (judgement.stance !== 'myth') continue;
        // An opening question is question-frame's finding: one sentence, one error.
        if (section === 'fact' && index === 0 && judgement.reading.question) continue;
        findings.push({
          section,
          ...judgement.range,
          ...report(messages, messageFor(judgement)),
          ...(section === 'explanation' ? {} : factInstead(document, section, judgement, judgements[index + 1])),
        });
      }
    }
    findings.push(...repeatedWithinMythSection(document));
    return findings;
  },
});

function messageFor(judgement: SentenceJudgement) {
  if (judgement.how === 'echoes') return 'echoes';
  return judgement.reading.question ? 'asksMyth' : 'statesMyth';
}

/**
 * The fix puts the library's fact, in a short sentence, in place of the whole sentence
 * (removing only the myth's words would leave a broken one), together with a bare answer that
 * follows a question ("Not really."), which would make no sense after the fact. The
 * explanation is the writer's own argument: there the finding only says what to do.
 */
function factInstead(
  document: LintDocument,
  section: 'fact' | 'factAgain',
  judgement: SentenceJudgement,
  next: SentenceJudgement | undefined,
): Pick<Finding, 'suggestion'> {
  const fact = shortFact(document.context.entry, document.sections[section].language);
  if (!fact) return {};
  const answered = judgement.reading.question && next?.reading.denial && next.reading.clauses.length === 0;
  return {
    suggestion: {
      ...suggest(messages, 'entryFactInstead'),
      replacement: fact,
      start: judgement.sentence.start,
      end: answered ? next.sentence.end : judgement.sentence.end,
    },
  };
}

/** A second sentence in the myth section that states the myth again (only knowable from an entry or a post). */
function repeatedWithinMythSection(document: LintDocument): Finding[] {
  if (document.mythClaimsFor('myth').claims.length === 0) return [];
  const stating = document.judgement('myth').filter((judgement) => judgement.stance === 'myth');
  return stating.slice(1).map(({ sentence }) => ({
    section: 'myth',
    start: sentence.start,
    end: sentence.end,
    ...report(messages, 'againInMythSection'),
  }));
}
