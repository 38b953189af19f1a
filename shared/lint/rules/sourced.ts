import { z } from 'zod';
import type { Language } from '../../schema/language';
import { citesSource } from '../citations/cites-source';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  noSource: () => 'No source is cited: name or link where the fact comes from, because a sourced correction is more convincing.',
  citePublisher: ({ publisher }: { publisher: string }) => `Cite ${publisher}.`,
  nameSource: () => 'Name the organisation the fact comes from, or add a link to it.',
};

/** "Source:" in each language, with French spacing before the colon. */
const sourceLabels: Record<Language, string> = {
  en: 'Source: ',
  fr: 'Source : ',
  de: 'Quelle: ',
  es: 'Fuente: ',
  it: 'Fonte: ',
  nl: 'Bron: ',
  pl: 'Źródło: ',
  sv: 'Källa: ',
  el: 'Πηγή: ',
  pt: 'Fonte: ',
};

export const sourced = defineRule({
  id: 'sourced',
  meta: {
    title: 'Cite a source',
    description:
      'At least one source is cited or linked: a link, an attribution ("according to…", "selon…", "laut…", "según…", "says the ONS", "(KFF)"), a well-known statistics or health body, or one of the library entry\'s publishers by any of its names.',
    rationale: 'Corrections that cite a trusted source change more minds than corrections that do not.',
    source: methodSources.vragaBode2017,
    defaultSeverity: 'warning',
  },
  messages,
  options: z.object({}),
  check(document) {
    const sections = Object.values(document.sections);
    if (sections.every((section) => section.isBlank)) return [];
    if (sections.some((section) => citesSource(section, document.context.entry))) return [];
    const again = document.sections.factAgain;
    const end = again.text.trimEnd().length;
    const source = document.context.entry?.sources[0];
    return [
      {
        section: 'factAgain',
        start: end,
        end,
        ...report(messages, 'noSource'),
        suggestion: source
          ? {
              ...suggest(messages, 'citePublisher', { publisher: source.publisher }),
              replacement: `${end > 0 ? ' ' : ''}(${sourceLabels[again.language]}${source.publisher}, ${source.url})`,
            }
          : suggest(messages, 'nameSource'),
      },
    ];
  },
});
