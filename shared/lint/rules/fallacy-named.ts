import { z } from 'zod';
import { techniqueCues, techniqueSentences } from '../../language/cues/technique-cues';
import { claimDoings, techniqueDescriptions } from '../../language/cues/technique-descriptions';
import type { SectionText } from '../analysis/section-text';
import { techniqueLabels } from '../../schema/technique';
import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import { foldInPlace } from '../../language/fold-in-place';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  noTechnique: () =>
    'The explanation does not say how the myth misleads: name the trick (for example cherry-picking or a false comparison), so readers can spot it next time.',
  nameTrickWith: ({ opening }: { opening: string }) => `Name the trick: start with “${opening}”`,
  nameTrick: () => 'Name the trick the myth uses, such as cherry-picking, fake experts or a false comparison.',
};

export const fallacyNamed = defineRule({
  id: 'fallacy-named',
  meta: {
    title: 'Name how the myth misleads',
    description:
      "The explanation names the misleading technique (FLICC: fake experts, logical fallacies, impossible expectations, cherry-picking, conspiracy theories) or a specific fallacy, such as the library entry's own.",
    rationale: 'Explaining the trick behind a myth protects people against the next myth that uses the same trick, not just this one.',
    source: methodSources.cookFlicc,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const explanation = document.sections.explanation;
    if (explanation.isBlank || namesOrDescribesTechnique(explanation)) return [];
    const technique = document.context.entry?.explanation;
    const named = [technique && techniqueLabels[technique.technique], technique?.fallacy].filter((name): name is string => !!name);
    if (named.some((name) => explanation.folded.includes(foldInPlace(name)))) return [];
    const first = explanation.sentences[0]!;
    const opening = technique && openingSentence(technique, explanation.language);
    return [
      {
        section: 'explanation',
        start: first.start,
        end: first.end,
        ...report(messages, 'noTechnique'),
        suggestion: opening
          ? { ...suggest(messages, 'nameTrickWith', { opening }), replacement: `${opening} ${first.text}` }
          : suggest(messages, 'nameTrick'),
      },
    ];
  },
});

/**
 * Whether the explanation names the trick ("cherry-picking", "un sophisme") or says what the
 * claim does to mislead: "only counts the arrivals we see", "compara peras con manzanas", "Der
 * Beitrag pickt Hotels heraus", "Ce récit transforme…".
 */
function namesOrDescribesTechnique(explanation: SectionText): boolean {
  const { language } = explanation;
  return (
    explanation.hasCue(techniqueCues[language]) ||
    explanation.hasCue(techniqueDescriptions[language]) ||
    explanation.hasCue(claimDoings[language])
  );
}

/**
 * The sentence that names the entry's technique in the section's language. An English entry's
 * own fallacy is used when it is a fallacy's name ("the lump of labour fallacy"): any other
 * wording of it ("anecdote as data") does not make a sentence by itself.
 */
function openingSentence(explanation: Entry['explanation'], language: Language): string {
  const fallacy = explanation.fallacy?.replace(/\s*\(.*\)\s*$/, '').trim();
  if (language === 'en' && fallacy && /\bfallacy$/i.test(fallacy)) return `This is the ${fallacy.toLowerCase()}.`;
  return techniqueSentences[language][explanation.technique];
}
