import { z } from 'zod';
import { techniqueCues } from '../../language/cues/technique-cues';
import { techniqueLabels } from '../../schema/technique';
import { foldInPlace } from '../../language/fold-in-place';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const fallacyNamed = defineRule({
  id: 'fallacy-named',
  meta: {
    title: 'Name how the myth misleads',
    description:
      "The explanation names the misleading technique (FLICC: fake experts, logical fallacies, impossible expectations, cherry picking, conspiracy theories) or a specific fallacy, such as the library entry's own.",
    rationale: 'Explaining the trick behind a myth protects people against the next myth that uses the same trick, not just this one.',
    source: methodSources.cookFlicc,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const explanation = document.sections.explanation;
    if (explanation.isBlank || explanation.hasCue(techniqueCues[document.language])) return [];
    const technique = document.context.entry?.explanation;
    const named = [technique && techniqueLabels[technique.technique], technique?.fallacy].filter((name): name is string => !!name);
    if (named.some((name) => explanation.folded.includes(foldInPlace(name)))) return [];
    const first = explanation.sentences[0]!;
    return [
      {
        section: 'explanation',
        start: first.start,
        end: first.end,
        message:
          'The explanation says the myth is wrong but not how it misleads: name the trick (for example cherry-picking or a false comparison).',
        ...(technique && document.language === 'en'
          ? {
              suggestion: {
                description: `Name the technique: ${named.join(', ')}.`,
                replacement: `This is ${(technique.fallacy ?? techniqueLabels[technique.technique]).toLowerCase()}: ${first.text}`,
              },
            }
          : {}),
      },
    ];
  },
});
