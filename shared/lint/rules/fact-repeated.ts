import { z } from 'zod';
import { sectionRestatesFact } from '../analysis/fact-restatement';
import type { LintDocument } from '../analysis/lint-document';
import type { SectionText } from '../analysis/section-text';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

/**
 * A sentence that names two of the fact's own words ("Laut IAB zahlen sie Steuern" after "Geflüchtete
 * zahlen Steuern…") returns to the fact, however short or reworded; a call to action, an invitation
 * or a sign-off shares one at most.
 */
function sharesFactWords(document: LintDocument, again: SectionText): boolean {
  const factStems = new Set(document.factWordings.flatMap((wording) => [...wording]));
  return again.sentences.some((sentence) => new Set(again.stemsIn(sentence).filter((stem) => factStems.has(stem))).size >= 2);
}

export const factRepeated = defineRule({
  id: 'fact-repeated',
  meta: {
    title: 'End by repeating the fact',
    description:
      "The last section restates the fact: it shares enough of the fact's words (from the first section or the library entry), or its figure, rather than making a new claim.",
    rationale: '"Repeat the fact multiple times if possible": the last thing people read is what they take away.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const again = document.sections.factAgain;
    if (again.isBlank || (document.sections.fact.isBlank && document.external.factWordings.length === 0)) return [];
    if (sectionRestatesFact(document, again) || sharesFactWords(document, again)) return [];
    return [
      {
        section: 'factAgain',
        start: again.sentences[0]?.start ?? 0,
        end: again.sentences.at(-1)?.end ?? again.text.length,
        message:
          'The last section does not repeat the fact: end with the fact, in other words if you like, because the last thing people read is what they remember.',
      },
    ];
  },
});
