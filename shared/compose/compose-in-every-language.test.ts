import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countForChannel } from '../channels';
import { sandwichToText } from '../channels/sandwich-text';
import { decideLanguage, languageVotes } from '../language/detect-language';
import { tokenize } from '../language/tokenize';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { lintSandwich } from '../lint/lint-sandwich';
import { channelIdSchema } from '../schema/channel';
import { sectionIds } from '../schema/draft';
import { entrySchema, type Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import { composeTemplateDraft } from './compose-template-draft';
import { draftPhrases } from './draft-phrases';
import { buildPressStatement } from './press-statement';
import { pressStatementPhrases } from './press-statement-phrases';
import { newLanguageTranslations, withNewLanguageTranslations } from './testing/new-language-translations';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, spokespeople } = assembled.bundle;
const asylum = entries.find((entry) => entry.id === 'asylum-luxury-support')!;
const councilTeam = spokespeople.find((person) => person.id === 'city-communications')!;

const translations = newLanguageTranslations;
const newLanguages = Object.keys(translations) as (keyof typeof translations)[];
const translated = withNewLanguageTranslations(asylum);

/** The same entry as a Polish team would write it: Polish first, English as its translation. */
const writtenInPolish = entrySchema.parse({
  ...asylum,
  id: 'asylum-luxury-support-pl',
  language: 'pl',
  myth: { statement: translations.pl.myth, phrasings: ['azylanci w hotelach z nowymi telefonami za nasze pieniądze'] },
  fact: translations.pl.fact,
  explanation: { ...asylum.explanation, text: translations.pl.explanation },
  short: translations.pl.short,
  audienceAngles: [],
  translations: { en: { myth: asylum.myth.statement, fact: asylum.fact, explanation: asylum.explanation.text, short: asylum.short } },
});

function problemsWith(subject: Entry, language: Language, spokesperson: boolean): string[] {
  return channelIdSchema.options.flatMap((channel) => {
    const draft = composeTemplateDraft({ entry: subject, channel, language, ...(spokesperson ? { spokesperson: councilTeam } : {}) });
    const problems: string[] = [];
    if (draft.language !== language) problems.push(`drafted in ${draft.language}`);
    const context = { entry: subject, channel, language, format: draft.fitsChannel ? 'reply' : 'thread' } as const;
    for (const finding of lintSandwich(draft.sections, context)) {
      if (finding.ruleId === 'fact-truncation') continue;
      problems.push(`${finding.ruleId} (${finding.severity}) in ${finding.section}: ${finding.message}`);
    }
    const posts = draft.fitsChannel ? [sandwichToText(draft.sections).text] : (draft.thread ?? []);
    for (const post of posts) if (countForChannel(post, channel).over) problems.push(`too long: ${post.slice(0, 40)}…`);
    for (const id of sectionIds) {
      const found = decideLanguage(languageVotes(tokenize(draft.sections[id]).map((token) => token.folded)), language);
      if (found !== language) problems.push(`the ${id} section reads as ${found}`);
    }
    return problems.map((problem) => `${channel}: ${problem}`);
  });
}

describe('drafting in the languages the claim reader does not read', () => {
  it.each(newLanguages)('%s: lint-clean on every channel, in that language, with and without a spokesperson', (language) => {
    expect(problemsWith(translated, language, false)).toEqual([]);
    expect(problemsWith(translated, language, true)).toEqual([]);
  });

  it.each(newLanguages)('%s: the template’s own words, and the warning and short form of the translation', (language) => {
    const phrases = draftPhrases[language];
    const full = composeTemplateDraft({ entry: translated, channel: 'email', language });
    expect(full.sections.myth.startsWith(translations[language].warning)).toBe(true);
    expect(full.sections.factAgain).toContain(phrases.sourceLabel.trim());
    const short = composeTemplateDraft({ entry: translated, channel: 'x', language });
    expect(short.sections.fact).toBe(translations[language].short.fact);
    expect(short.sections.myth.startsWith(phrases.mythLabel)).toBe(true);
  });

  it('an entry written in Polish drafts in Polish and in its English translation', () => {
    expect(problemsWith(writtenInPolish, 'pl', true)).toEqual([]);
    expect(problemsWith(writtenInPolish, 'en', false)).toEqual([]);
  });

  it.each(newLanguages)('%s: a press statement in that language, the myth warned of in the council’s voice', (language) => {
    const draft = composeTemplateDraft({ entry: translated, channel: 'email', language, spokesperson: councilTeam });
    const statement = buildPressStatement(
      { sandwich: draft.sections, channel: 'email', entry: translated, spokesperson: councilTeam, language, date: '2026-11-02' },
      new JSDOM('').window,
    );
    const phrases = pressStatementPhrases[language];
    const paragraphs = statement.text.trim().split('\n\n');
    expect(paragraphs[0]!.startsWith(phrases.kind.toLocaleUpperCase(phrases.locale))).toBe(true);
    const quote = paragraphs[3]!;
    expect(
      [phrases.warning.organisation.clause, phrases.warning.organisation.colon].some((lead) => quote.startsWith(`${phrases.open}${lead}`)),
    ).toBe(true);
    expect(quote).toContain(`${phrases.said} ${phrases.nameToFill}`);
    expect(statement.text.trimEnd().endsWith(phrases.ends)).toBe(true);
  });
});
