import { z } from 'zod';
import { retractionCues } from '../../language/cues/retraction-cues';
import type { Finding } from '../../schema/diagnostic';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  bareRetraction: () => 'A bare denial repeats the myth without replacing it: say what is true instead.',
  onlyDenies: () =>
    "This sentence only denies the myth: people remember the myth's words and forget the “not”, so state what is true instead.",
};

const checkedSections = ['fact', 'explanation', 'factAgain'] as const;

export const bareNegation = defineRule({
  id: 'bare-negation',
  meta: {
    title: 'Say what is true, not only what is false',
    description:
      'Flags bare retractions ("This is not true", "C\'est faux", "Das stimmt nicht", "Es falso", a lone "No.") and sentences that only deny the myth\'s claim ("Immigrants don\'t take jobs") outside the myth section. A denial followed in the same sentence by what is true ("They don\'t get £1,000 a week: they get £49.18") is fine.',
    rationale:
      '"Do not rely on a simple retraction": a denial repeats the myth\'s picture and leaves a gap; people remember the picture and forget the "not". State the alternative instead.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const findings: Finding[] = [];
    for (const id of checkedSections) {
      const section = document.sections[id];
      const retractions = section.matchesOf(retractionCues[section.language]);
      for (const judgement of document.judgement(id)) {
        const { sentence, reading } = judgement;
        const retraction = cueWithin(retractions, sentence) ?? (reading.clauses.length === 0 ? reading.denial : undefined);
        if (retraction) {
          findings.push({
            section: id,
            ...retraction,
            ...report(messages, 'bareRetraction'),
          });
        } else if (judgement.bareDenial) {
          findings.push({
            section: id,
            start: sentence.start,
            end: sentence.end,
            ...report(messages, 'onlyDenies'),
          });
        }
      }
    }
    return findings;
  },
});

/** The first cue that starts and ends inside the sentence (cues are in text order: binary search). */
function cueWithin(cues: RegExpExecArray[], sentence: { start: number; end: number }) {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cues[middle]!.index < sentence.start) low = middle + 1;
    else high = middle;
  }
  const cue = cues[low];
  return cue && cue.index + cue[0].length <= sentence.end ? { start: cue.index, end: cue.index + cue[0].length } : undefined;
}
