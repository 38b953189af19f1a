import { z } from 'zod';
import type { Entry } from '../../schema/entry';
import type { Finding } from '../../schema/diagnostic';
import { contractedNegation, negationWords } from '../../language/cues/negation-cues';
import { findFigures, isBackedBy, type Figure } from '../../language/figures';
import type { SectionText } from '../analysis/section-text';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report } from '../rule-messages';

const messages = {
  mythsFigure: ({ figure }: { figure: string }) =>
    `“${figure}” is the myth's own figure: outside the myth section, use the entry's sourced figures, or say plainly that this one is wrong.`,
  unsourcedFigure: ({ figure }: { figure: string }) =>
    `“${figure}” is not in the library entry or its sources: use only figures you can source, or add this one to the entry first.`,
};

export const unsupportedFigure = defineRule({
  id: 'unsupported-figure',
  meta: {
    title: 'Only figures the entry can back up',
    description:
      "Every number, percentage, amount or year in the draft appears in the library entry's (or, for the post's other claims, their entries') fact, explanation, caveats, audience angles or translations, or in its sources' quotes (rounding such as £49 for £49.18 is accepted). The myth's own figures (from the entry's myth wording or the captured post) are allowed in the myth section, and elsewhere only where they are denied (“They don't get £1,000 a week”). Runs only when the draft is linked to a library entry.",
    rationale:
      'A wrong number destroys the credibility of a correction, and a language model can invent one. Every figure must be traceable to a vetted source.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const entry = document.context.entry;
    if (!entry) return [];
    // The post's other claims, answered from their own entries, bring their own figures.
    const backed = [entry, ...(document.context.alsoAnswered ?? [])].flatMap(entryFigures);
    const mythFigures = valuesIn([entry.myth.statement, ...entry.myth.phrasings, document.context.post ?? '']);
    const findings: Finding[] = [];
    for (const section of Object.values(document.sections)) {
      for (const figure of section.figures) {
        if (isBackedBy(figure, backed)) continue;
        const theMyths = isBackedBy(figure, mythFigures);
        // The myth's own figure may be quoted to warn about it, or to deny it: "They don't get £1,000 a week".
        if (theMyths && (section.id === 'myth' || deniedBefore(section, figure))) continue;
        findings.push({
          section: section.id,
          start: figure.start,
          end: figure.end,
          ...report(messages, theMyths ? 'mythsFigure' : 'unsourcedFigure', { figure: figure.text }),
        });
      }
    }
    return findings;
  },
});

/** A negation earlier in the figure's sentence, a few words before it: "not £45", "no reciben 1.000 euros". */
function deniedBefore(section: SectionText, figure: Figure): boolean {
  const sentence = section.sentences.find((candidate) => candidate.start <= figure.start && figure.start < candidate.end);
  if (!sentence) return false;
  const words = section
    .tokensIn({ start: sentence.start, end: figure.start })
    .slice(-6)
    .map((token) => token.folded);
  const contracted = contractedNegation[section.language];
  return words.some((word, index) => negationWords[section.language].matchAt(words, index) > 0 || contracted?.test(word));
}

const cache = new WeakMap<Entry, number[]>();

/** Every value the entry and its sources state, computed once per entry. */
function entryFigures(entry: Entry): number[] {
  let values = cache.get(entry);
  if (!values) {
    const texts = [
      entry.fact,
      entry.explanation.text,
      // The caveats are vetted with the entry: "the figure is from 2007 survey data" backs a draft that says so.
      ...entry.caveats,
      ...entry.audienceAngles.map((angle) => angle.angle),
      ...Object.values(entry.translations).flatMap((translation) => [
        translation?.fact,
        translation?.explanation,
        ...(translation?.caveats ?? []),
      ]),
      ...entry.sources.flatMap((source) => [source.quote, String(source.year)]),
    ];
    cache.set(entry, (values = valuesIn(texts)));
  }
  return values;
}

function valuesIn(texts: (string | undefined)[]): number[] {
  return texts.flatMap((text) => (text ? findFigures(text).flatMap((figure) => figure.values) : []));
}
