import { z } from 'zod';
import { warningPhrases } from '../../language/cues/warning-phrases';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

export const mythWarned = defineRule({
  id: 'myth-warned',
  meta: {
    title: 'Warn before stating the myth',
    description:
      'The myth section opens with an explicit warning in the draft\'s language ("A common myth claims…", "Une rumeur prétend que…", "Ein verbreiteter Mythos…", "Circula el bulo de que…") before the myth itself.',
    rationale: 'A warning puts readers on guard, so they read the myth sceptically instead of taking it in as news.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  options: z.object({}),
  check(document) {
    const myth = document.sections.myth;
    const first = myth.sentences[0];
    if (!first) return [];
    const warning = document.mythWarning;
    const echoBefore =
      document.external.shingles.size > 0 ? document.echoesIn('myth').find((echo) => !warning || echo.start < warning.start) : undefined;
    if (warning && warning.start < first.end && !echoBefore) return [];

    if (warning && echoBefore) {
      return [
        {
          section: 'myth',
          start: echoBefore.start,
          end: warning.end,
          message: 'The myth comes before the warning: put the warning first, so readers are on guard before they read the myth.',
        },
      ];
    }
    const phrase = warningPhrases[document.language];
    return [
      {
        section: 'myth',
        start: first.start,
        end: first.end,
        message: 'The myth is stated without a warning: say first that a false claim follows, so readers take it with suspicion.',
        suggestion: { description: `Start with “${phrase.trim()}”.`, replacement: phrase + lowerFirst(first.text, document.language) },
      },
    ];
  },
});

/** German nouns keep their capital; other languages lower-case the sentence's first letter. */
function lowerFirst(text: string, language: string): string {
  if (language === 'de' || /^(?:\p{Lu}{2}|I\b)/u.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
