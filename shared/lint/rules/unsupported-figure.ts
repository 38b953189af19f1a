import { z } from 'zod';
import type { Entry } from '../../schema/entry';
import type { Finding } from '../../schema/diagnostic';
import { findFigures, isBackedBy } from '../../language/figures';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const unsupportedFigure = defineRule({
  id: 'unsupported-figure',
  meta: {
    title: 'Only figures the entry can back up',
    description:
      "Every number, percentage, amount or year in the draft appears in the library entry's fact, explanation, audience angles or translations, or in its sources' quotes (rounding such as £49 for £49.18 is accepted). In the myth section, the myth's own figures (from the entry's myth wording or the captured post) are allowed too. Runs only when the draft is linked to a library entry.",
    rationale:
      'A wrong number destroys the credibility of a correction, and a language model can invent one. Every figure must be traceable to a vetted source.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  options: z.object({}),
  check(document) {
    const entry = document.context.entry;
    if (!entry) return [];
    const backed = entryFigures(entry);
    const mythFigures = [...backed, ...valuesIn([entry.myth.statement, ...entry.myth.phrasings, document.context.post ?? ''])];
    const findings: Finding[] = [];
    for (const section of Object.values(document.sections)) {
      const known = section.id === 'myth' ? mythFigures : backed;
      for (const figure of section.figures) {
        if (isBackedBy(figure, known)) continue;
        findings.push({
          section: section.id,
          start: figure.start,
          end: figure.end,
          message: `“${figure.text}” is not in the library entry or its sources: use only figures you can source, or add this one to the entry first.`,
        });
      }
    }
    return findings;
  },
});

const cache = new WeakMap<Entry, number[]>();

/** Every value the entry and its sources state, computed once per entry. */
function entryFigures(entry: Entry): number[] {
  let values = cache.get(entry);
  if (!values) {
    const texts = [
      entry.fact,
      entry.explanation.text,
      ...entry.audienceAngles.map((angle) => angle.angle),
      ...Object.values(entry.translations).flatMap((translation) => [translation?.fact, translation?.explanation]),
      ...entry.sources.flatMap((source) => [source.quote, String(source.year)]),
    ];
    cache.set(entry, (values = valuesIn(texts)));
  }
  return values;
}

function valuesIn(texts: (string | undefined)[]): number[] {
  return texts.flatMap((text) => (text ? findFigures(text).flatMap((figure) => figure.values) : []));
}
