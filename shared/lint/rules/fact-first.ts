import { z } from 'zod';
import { asOpening, shortFact } from '../analysis/fact-sentences';
import type { LintDocument } from '../analysis/lint-document';
import { firstCue } from '../../language/cues/compile-cues';
import { warningCues } from '../../language/cues/warning-cues';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  opensWithWarning: () => 'The draft opens with the myth warning: open with the fact, and keep the myth for the second section.',
  opensWithEcho: () =>
    "The opening repeats the myth-spreaders' words: lead with the fact, because the first thing people read is what they remember.",
  opensWithMyth: () => 'The opening states the myth: lead with the fact, because the first thing people read is what they remember.',
  ownFactFirst: () => 'Open with your own statement of the fact, and keep the myth for the myth section.',
  entryFactFirst: () => "Open with the library entry's fact, in a short sentence.",
};

export const factFirst = defineRule({
  id: 'fact-first',
  meta: {
    title: 'Lead with the fact, not the myth',
    description:
      "The opening sentence states the fact. An opening that asserts the myth's claim (as the library entry, the captured post or the draft's own myth section states it, in any words, reported or not), repeats the spreaders' wording, or opens with the myth warning, is flagged, whether or not the myth is stated again later. A fact that names the myth's subject (\"Undocumented immigrants pay billions in taxes\") is the fact, not the myth. An opening question is left to question-frame. In Dutch, Polish, Swedish, Greek and Portuguese, which the claim reader does not read yet, an opening made mostly of the myth's own words, with no \"not\", is the myth.",
    rationale:
      'The first frame gets the advantage: readers remember what they read first, and many read nothing else. "You lead with your talking points, not someone else\'s."',
    source: methodSources.lakoffTruthSandwich,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const fact = document.sections.fact;
    const opening = fact.sentences[0];
    if (!opening) return [];
    const judgement = document.judgement('fact')[0]!;
    const warned = firstCue(warningCues[fact.language], fact.folded.slice(0, opening.end)) !== undefined;
    const statesMyth = judgement.stance === 'myth' && !judgement.reading.question;
    if (!warned && !statesMyth) return [];

    const finding: Finding = {
      section: 'fact',
      start: opening.start,
      end: opening.end,
      ...report(messages, warned ? 'opensWithWarning' : judgement.how === 'echoes' ? 'opensWithEcho' : 'opensWithMyth'),
    };
    return [{ ...finding, ...openingFix(document, opening) }];
  },
});

/**
 * Lead with the draft's own statement of the fact when a later sentence of the section makes
 * one that can stand first; otherwise with the library's fact in a short sentence (put in place
 * of the myth and of a restatement right after it, so the fact is not said twice); otherwise no
 * replacement: the message says what to do.
 */
function openingFix(document: LintDocument, opening: { start: number; end: number }): Pick<Finding, 'suggestion'> {
  const fact = document.sections.fact;
  const judgements = document.judgement('fact');
  const next = judgements[1];
  const ownFact = next?.saysWhatIsTrue ? next : undefined;
  const lead = ownFact && asOpening(fact, ownFact.sentence);
  if (ownFact && lead) {
    return {
      suggestion: {
        ...suggest(messages, 'ownFactFirst'),
        replacement: lead,
        start: opening.start,
        end: ownFact.sentence.end,
      },
    };
  }
  const short = shortFact(document.context.entry, fact.language);
  if (!short) return {};
  return {
    suggestion: {
      ...suggest(messages, 'entryFactFirst'),
      replacement: short,
      start: opening.start,
      end: ownFact ? ownFact.sentence.end : opening.end,
    },
  };
}
