import { z } from 'zod';
import { bestOverlap } from '../analysis/overlap';
import type { Finding } from '../../schema/diagnostic';
import { splitSentences } from '../../language/sentences';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

const otherSections = ['fact', 'explanation', 'factAgain'] as const;

export const mythOnce = defineRule({
  id: 'myth-once',
  meta: {
    title: 'State the myth once, in the myth section',
    description:
      "The myth is stated exactly once, in the myth section. Runs of the myth's wording elsewhere (from the library entry's statement and phrasings, the captured post, or the draft's own myth section) are flagged where they occur.",
    rationale:
      '"Repeat the misinformation, only once, directly prior to the correction": every extra repetition makes the myth more familiar, and familiar claims feel true.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  options: z.object({}),
  check(document) {
    const findings: Finding[] = [];
    const entry = document.context.entry;
    const fact = entry && firstSentence(entry.translations[document.language]?.fact ?? entry.fact);
    for (const section of otherSections) {
      for (const echo of document.echoesIn(section)) {
        const sentence = document.sections[section].sentences.find(
          (candidate) => candidate.start <= echo.start && echo.end <= candidate.end,
        );
        findings.push({
          section,
          ...echo,
          message: "This repeats the myth's wording outside the myth section: say the myth once, and use your own words here.",
          // The fix rewrites the whole sentence: removing the echoed words alone would leave a broken one.
          ...(fact && sentence && section !== 'explanation'
            ? {
                suggestion: { description: "Say the library's fact instead.", replacement: fact, start: sentence.start, end: sentence.end },
              }
            : {}),
        });
      }
    }
    findings.push(...repeatedWithinMythSection(document));
    return findings;
  },
});

function firstSentence(text: string): string {
  return splitSentences(text)[0]?.text ?? text;
}

/** A second sentence in the myth section that states the myth again (only knowable from an entry or post). */
function repeatedWithinMythSection(document: Parameters<typeof mythOnce.check>[0]): Finding[] {
  const { wordings, shingles } = document.external;
  if (wordings.length === 0) return [];
  const myth = document.sections.myth;
  const echoes = document.echoesIn('myth');
  const stating = myth.sentences.filter((sentence) => {
    const stems = myth.stemsIn(sentence);
    return (
      (shingles.size > 0 && echoes.some((echo) => echo.start < sentence.end && echo.end > sentence.start)) ||
      bestOverlap(stems, wordings) >= 0.5
    );
  });
  return stating.slice(1).map((sentence) => ({
    section: 'myth',
    start: sentence.start,
    end: sentence.end,
    message: 'The myth is stated again in the same section: once is enough to say what is being corrected.',
  }));
}
