import { afterAll, describe, expect, it } from 'vitest';
import { countForChannel } from '../../shared/channels';
import { sandwichToText } from '../../shared/channels/sandwich-text';
import { composeTemplateDraft } from '../../shared/compose/compose-template-draft';
import { draftableLanguages } from '../../shared/compose/draft-language';
import type { ComposedDraft } from '../../shared/compose/composer';
import { decideLanguage, languageVotes } from '../../shared/language/detect-language';
import { reviewerLanguageIn } from '../../shared/library/check-public-text';
import { tokenize } from '../../shared/language/tokenize';
import { findUrls } from '../../shared/language/urls';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { lintSandwich } from '../../shared/lint/lint-sandwich';
import type { Audience } from '../../shared/schema/audience';
import { channelIdSchema } from '../../shared/schema/channel';
import { sectionIds } from '../../shared/schema/draft';
import type { Entry } from '../../shared/schema/entry';
import type { Language } from '../../shared/schema/language';

/**
 * Issue 15's reading test: every starter entry × channel × language it has × audience (and no
 * audience), drafted from the templates as a person would get it, must be ready to post: no
 * error-level finding (a thread judged post by post), fitting the channel, no caveat or
 * guidance for the author in the text, every section in the chosen language. Audience angles
 * are written in the entry's own language, so translated drafts are read once, without one.
 */
const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, audiences } = assembled.bundle;
const channels = channelIdSchema.options;

type Combination = { entry: Entry; language: Language; audience?: Audience };
const combinations: Combination[] = entries.flatMap((entry) => [
  ...[undefined, ...audiences].map((audience) => ({ entry, language: entry.language, ...(audience ? { audience } : {}) })),
  // Complete translations only: one of the myth alone (issue 17) is for matching, not drafting.
  ...draftableLanguages(entry)
    .filter((language) => language !== entry.language)
    .map((language) => ({ entry, language })),
]);
let checked = 0;

/** Everything in a draft that would stop a communications officer from posting it. */
function problemsWith(draft: ComposedDraft, { entry, language, audience }: Combination, channel: (typeof channels)[number]): string[] {
  const problems: string[] = [];
  const context = { entry, channel, language, format: draft.fitsChannel ? 'reply' : 'thread', ...(audience ? { audience } : {}) } as const;
  for (const finding of lintSandwich(draft.sections, context)) {
    if (finding.severity === 'error') problems.push(`${finding.ruleId} in ${finding.section}: ${finding.message}`);
  }
  const posts = draft.fitsChannel ? [sandwichToText(draft.sections).text] : (draft.thread ?? []);
  for (const post of posts) if (countForChannel(post, channel).over) problems.push(`too long for ${channel}: ${post.slice(0, 50)}…`);
  // Notes for the author never reach the text, in whatever words they were written.
  const notes = [
    ...entry.caveats,
    ...entry.guidance,
    ...(entry.translations[language]?.caveats ?? []),
    ...(entry.translations[language]?.guidance ?? []),
  ];
  for (const id of sectionIds) {
    const text = draft.sections[id];
    for (const note of notes)
      if (text.includes(note.trim().replace(/[.!]$/, ''))) problems.push(`the ${id} section carries the note “${note}”`);
    const flagged = reviewerLanguageIn(text, language);
    if (flagged) problems.push(`the ${id} section has reviewer language: “${flagged.cue}”`);
    // Words inside a link (a source's slug in another language) say nothing about the section's language.
    const links = findUrls(text);
    const words = tokenize(text).filter((token) => !links.some((link) => token.start >= link.start && token.start < link.end));
    const found = decideLanguage(languageVotes(words.map((token) => token.folded)), language);
    if (found !== language) problems.push(`the ${id} section reads as ${found}, not ${language}`);
  }
  return problems;
}

describe('the reading test: every template draft is ready to post', () => {
  it.each(
    combinations.map(
      (combination) => [`${combination.entry.id} (${combination.language}, ${combination.audience?.id ?? 'anyone'})`, combination] as const,
    ),
  )('%s, on every channel', (_name, combination) => {
    const problems = channels.flatMap((channel) => {
      checked++;
      const draft = composeTemplateDraft({
        entry: combination.entry,
        channel,
        language: combination.language,
        ...(combination.audience ? { audience: combination.audience } : {}),
      });
      return problemsWith(draft, combination, channel).map((problem) => `${channel}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  afterAll(() => {
    // The figure quoted in the README.
    console.log(
      `reading test: ${checked} drafts checked (${combinations.length} entry × language × audience combinations × ${channels.length} channels)`,
    );
    expect(checked).toBe(combinations.length * channels.length);
  });
});
