import { describe, expect, it } from 'vitest';
import { causalCues } from '../language/cues/causal-cues';
import { firstCue } from '../language/cues/compile-cues';
import { techniqueCues, techniqueSentences } from '../language/cues/technique-cues';
import { warningCues } from '../language/cues/warning-cues';
import { foldInPlace } from '../language/fold-in-place';
import { lintSandwich } from '../lint/lint-sandwich';
import { bareMythIn, goodSandwichIn } from '../lint/testing/sandwiches-by-language';
import { languageSchema } from '../schema/language';
import { techniqueSchema } from '../schema/technique';
import { draftPhrases } from './draft-phrases';

const carries = (pattern: RegExp, text: string) => firstCue(pattern, foldInPlace(text)) !== undefined;

/** The template's words carry the cues the linter looks for, in every language a draft can be written in. */
describe.each(languageSchema.options)('the template phrases in %s', (language) => {
  const phrases = draftPhrases[language];

  it('warn of the myth, in full and as a label', () => {
    expect(carries(warningCues[language], phrases.warning)).toBe(true);
    expect(carries(warningCues[language], phrases.mythLabel)).toBe(true);
    const labelled = { ...goodSandwichIn[language], myth: `${phrases.mythLabel}${bareMythIn[language]}` };
    expect(lintSandwich(labelled, { language }).filter((finding) => finding.ruleId === 'myth-warned')).toEqual([]);
  });

  it.each(techniqueSchema.options)('name %s in the words the linter knows', (technique) => {
    expect(carries(techniqueCues[language], phrases.techniques[technique])).toBe(true);
    expect(carries(techniqueCues[language], techniqueSentences[language][technique])).toBe(true);
  });

  it('mark the alternative explanation with a causal cue', () => {
    expect(carries(causalCues[language], phrases.alternativeMarker.text)).toBe(true);
  });
});
