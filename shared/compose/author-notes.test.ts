import { describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { reviewerLanguageIn } from '../library/check-public-text';
import { readLibraryFolder } from '../library/read-library-folder';
import { splitSentences } from '../language/sentences';
import { channelIdSchema } from '../schema/channel';
import { sectionIds } from '../schema/draft';
import { entrySchema, type Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import { forYouNotForThePost } from './author-notes';
import { composeTemplateDraft } from './compose-template-draft';
import { draftableLanguages } from './draft-language';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries } = assembled.bundle;
const channels = channelIdSchema.options;

/** The caveats and guidance a draft in this language carries: the translation's own, else the entry's. */
function notesFor(entry: Entry, language: Language): string[] {
  const translation = language === entry.language ? undefined : entry.translations[language];
  return [...(translation?.caveats ?? entry.caveats), ...(translation?.guidance ?? entry.guidance)];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const combinations = entries.flatMap((entry) =>
  draftableLanguages(entry).flatMap((language) => channels.map((channel) => ({ entry, language, channel }))),
);

describe('caveats and guidance stay beside the draft', () => {
  it(`are never in a section, and always in the notes (${combinations.length} entry × language × channel drafts)`, () => {
    const problems: string[] = [];
    let notesChecked = 0;
    for (const { entry, language, channel } of combinations) {
      const draft = composeTemplateDraft({ entry, channel, language });
      const where = `${entry.id} (${language}, ${channel})`;
      for (const section of sectionIds) {
        const text = squash(draft.sections[section]);
        for (const note of notesFor(entry, language)) {
          for (const sentence of splitSentences(note)) {
            if (sentence.text.length > 15 && text.includes(squash(sentence.text).replace(/[.!]$/, '')))
              problems.push(`${where}: ${section} carries “${sentence.text}”`);
          }
        }
        const hedge = reviewerLanguageIn(draft.sections[section], draft.language);
        if (hedge) problems.push(`${where}: ${section} carries reviewer language “${hedge.cue}”`);
      }
      for (const note of notesFor(entry, language)) {
        notesChecked++;
        if (!draft.notes.some((line) => line.startsWith(forYouNotForThePost) && line.endsWith(note)))
          problems.push(`${where}: the notes lack “${note}”`);
      }
    }
    expect(problems).toEqual([]);
    // Most starter entries carry caveats or guidance: the check above is not vacuous.
    expect(notesChecked).toBeGreaterThan(combinations.length);
  });

  it('labels them for the writer, in the translation’s own words when it has them', () => {
    const taxes = entries.find((entry) => entry.id === 'us-undocumented-taxes')!;
    const english = composeTemplateDraft({ entry: taxes, channel: 'facebook' });
    expect(english.notes).toContain(
      'For you, not for the post — a limit of the evidence: The $96.7 billion is a model estimate by the Institute on Taxation and Economic Policy (ITEP), a left-leaning think tank, read here from a secondary summary.',
    );
    expect(english.notes).toContain('For you, not for the post — how to use this entry: Present the $96.7 billion as an estimate.');
    const spanish = composeTemplateDraft({ entry: taxes, channel: 'facebook', language: 'es' });
    expect(spanish.notes).toContain('For you, not for the post — how to use this entry: Presente la cifra como una estimación.');
  });

  it('keeps an old-style entry’s instructions to the writer out of the post too (the safety net)', () => {
    const asylum = entries.find((entry) => entry.id === 'asylum-luxury-support')!;
    const oldStyle = entrySchema.parse({
      ...asylum,
      caveats: [],
      guidance: [],
      explanation: {
        ...asylum.explanation,
        text: `${asylum.explanation.text} These rates were set in 2024; check the current Home Office figure before quoting them.`,
      },
    });
    const draft = composeTemplateDraft({ entry: oldStyle, channel: 'email' });
    expect(draft.sections.explanation).not.toContain('check the current');
    expect(draft.notes).toContain(
      'For you, not for the post — left out of the explanation, as guidance from the entry: “Check the current Home Office figure before quoting them”.',
    );
  });
});
