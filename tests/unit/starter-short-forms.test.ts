import { describe, expect, it } from 'vitest';
import { countForChannel } from '../../shared/channels';
import { sandwichToText } from '../../shared/channels/sandwich-text';
import { composeTemplateDraft } from '../../shared/compose/compose-template-draft';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { lintSandwich } from '../../shared/lint/lint-sandwich';
import type { Audience } from '../../shared/schema/audience';
import type { Sandwich } from '../../shared/schema/draft';
import type { Entry } from '../../shared/schema/entry';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, audiences, spokespeople } = assembled.bundle;
const councilTeam = spokespeople.find((person) => person.id === 'city-communications')!;
const spokespersonFor = (audience?: Audience) =>
  spokespeople.find((person) => audience && person.trustedBy.includes(audience.id)) ?? councilTeam;
const shortChannels = ['x', 'bluesky'] as const;

/**
 * Warnings a short form must not have either: without a real story in the explanation the myth
 * leaves a gap, and without the fact at the end the reader takes the myth away (issue 15).
 */
const requiredWarnings = new Set(['alternative-explanation', 'fact-repeated']);

/** Everything the linter holds against a short draft: errors, and the warnings above. */
function findings(sections: Sandwich, entry: Entry, channel: (typeof shortChannels)[number], audience?: Audience): string[] {
  return lintSandwich(sections, { entry, channel, language: entry.language, format: 'reply', ...(audience ? { audience } : {}) })
    .filter((diagnostic) => diagnostic.severity === 'error' || requiredWarnings.has(diagnostic.ruleId))
    .map((diagnostic) => `${diagnostic.ruleId} in ${diagnostic.section}: ${diagnostic.message}`);
}

/**
 * Openings that show a part is a note rather than a sentence a council could post: a bare verb
 * with no subject ("Leaves out sales tax…"), a technique label before a colon ("Cherry-picking:
 * hotels are…"), or a lower-case start ("they don't pay taxes.").
 */
const bareVerbs = [
  'Leaves',
  'Ignores',
  'Mixes',
  'Misses',
  'Confuses',
  'Conflates',
  'Omits',
  'Overlooks',
  'Forgets',
  'Compares',
  'Counts',
  'Picks',
  'Treats',
  'Takes',
  'Blames',
  'Assumes',
  'Projects',
  'Misrepresents',
  'Exaggerates',
  'Inflates',
  'Generalises',
  'Generalizes',
];
const fragmentOpenings: [string, RegExp][] = [
  ['starts with a bare verb, with no subject', new RegExp(`^(?:${bareVerbs.join('|')})\\b`)],
  // "Cherry-picking:", "False cause:", "Anecdotes as data:": a technique's name, then a colon.
  [
    'starts with a label before a colon',
    /^(?!(?:The|This|That|These|Those|It|Its|They|We)\b)[\p{L}' -]{0,30}(?:picking|cause|comparison|fallacy|theory|data|anecdotes?|premise|statistics|generali[sz]ing|conflation|exaggerated|outdated|misrepresents):\s/u,
  ],
  ['starts in lower case', /^\p{Ll}/u],
];

/** Acronyms readers of a council's post may not know: spelled out, or a description instead. */
const unexplainedAcronyms = ['ITEP', 'ONS', 'MAC', 'KFF', 'ACA', 'EEA', 'EAL', 'CDC', 'WHO', 'UNHCR', 'ASPA', 'TB', 'GDP', 'NYC'];

function sentenceProblems(text: string): string[] {
  const problems = fragmentOpenings.filter(([, pattern]) => pattern.test(text)).map(([problem]) => problem);
  if (!/[.!?]$/.test(text)) problems.push('does not end a sentence');
  for (const acronym of unexplainedAcronyms) if (new RegExp(`\\b${acronym}\\b`).test(text)) problems.push(`uses the acronym ${acronym}`);
  return problems;
}

describe('sentenceProblems', () => {
  it.each([
    ['Leaves out sales and property taxes, because everyone pays them.', ['starts with a bare verb, with no subject']],
    ['Cherry-picking: hotels are emergency housing.', ['starts with a label before a colon']],
    ['Lump of labour fallacy: jobs grow too.', ['starts with a label before a colon']],
    ['The claim blames the wrong cause: demand follows births.', []],
    ["they don't pay taxes.", ['starts in lower case']],
    ['$96.7bn in 2022, according to an ITEP estimate.', ['uses the acronym ITEP']],
    ['Births drive school demand, according to the ONS (2019)', ['does not end a sentence', 'uses the acronym ONS']],
    ['The myth leaves out the sales and property taxes everyone pays.', []],
    ['They paid $96.7bn, according to a tax research institute.', []],
  ])('%s', (text, expected) => {
    expect(sentenceProblems(text)).toEqual(expected);
  });
});

const withShortForm = entries.filter((entry) => entry.short).map((entry) => [entry.id, entry] as const);

describe("each starter entry's short form", () => {
  it('exists for every starter entry', () => {
    expect(entries.filter((entry) => !entry.short).map((entry) => entry.id)).toEqual([]);
  });

  it.each(withShortForm)('%s: every part is a complete sentence a reader can take as it stands', (_id, entry) => {
    const short = entry.short!;
    const problems = Object.entries(short).flatMap(([part, text]) =>
      sentenceProblems(text.trim()).map((problem) => `${part} ${problem}: “${text}”`),
    );
    expect(problems).toEqual([]);
  });

  it.each(withShortForm)('%s: one clean post on X and Bluesky, for every audience', (_id, entry) => {
    for (const channel of shortChannels) {
      // Without an audience the draft is the short form itself: it is judged for every audience too.
      const plain = composeTemplateDraft({ entry, channel, spokesperson: councilTeam });
      expect(plain.sections.fact, channel).toBe(entry.short!.fact.trim());
      expect(plain.sections.explanation, channel).toBe(entry.short!.explanation.trim());
      for (const audience of [undefined, ...audiences]) {
        const label = `${audience?.id ?? 'no audience'} on ${channel}`;
        expect(findings(plain.sections, entry, channel, audience), `short form, ${label}`).toEqual([]);
        const draft = composeTemplateDraft({ entry, channel, spokesperson: spokespersonFor(audience), ...(audience ? { audience } : {}) });
        expect(draft.fitsChannel, label).toBe(true);
        expect(countForChannel(sandwichToText(draft.sections).text, channel).over, label).toBe(false);
        expect(findings(draft.sections, entry, channel, audience), `draft, ${label}`).toEqual([]);
      }
    }
  });
});
