import { z } from 'zod';
import { sourceCues } from '../../language/cues/source-cues';
import { foldInPlace } from '../../language/fold-in-place';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const sourced = defineRule({
  id: 'sourced',
  meta: {
    title: 'Cite a source',
    description:
      'At least one source is cited or linked: a link, an attribution ("according to…", "selon…", "laut…", "según…"), or the name of one of the library entry\'s publishers.',
    rationale: 'Corrections that cite a trusted source change more minds than corrections that do not.',
    source: methodSources.vragaBode2017,
    defaultSeverity: 'warning',
  },
  options: z.object({}),
  check(document) {
    const sections = Object.values(document.sections);
    if (sections.every((section) => section.isBlank)) return [];
    const publishers = document.context.entry?.sources.map((source) => foldInPlace(source.publisher)) ?? [];
    const cited = sections.some(
      (section) =>
        section.urls.length > 0 ||
        section.hasCue(sourceCues[document.language]) ||
        publishers.some((publisher) => section.folded.includes(publisher)),
    );
    if (cited) return [];
    const again = document.sections.factAgain;
    const source = document.context.entry?.sources[0];
    return [
      {
        section: 'factAgain',
        start: again.text.trimEnd().length,
        end: again.text.trimEnd().length,
        message: 'No source is cited: name or link where the fact comes from, because a sourced correction is more convincing.',
        ...(source
          ? { suggestion: { description: `Cite ${source.publisher}.`, replacement: ` (Source: ${source.publisher}, ${source.url})` } }
          : {}),
      },
    ];
  },
});
