import { describe, expect, it } from 'vitest';
import { countForChannel } from '../channels';
import { sandwichToText } from '../channels/sandwich-text';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { matchesToOffer, otherClaimsInPost } from '../match';
import { composeTemplateDraft } from './compose-template-draft';
import { buildDraftContext, lintDraft } from './draft-context';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const library = assembled.bundle;

/** The reply the side panel starts for a captured post: its best match, the post's other claims answered too. */
function replyTo(post: string, channel: 'facebook' | 'x' | 'email') {
  const [best] = matchesToOffer(post, library.entries, { top: 1 }).vetted;
  const context = buildDraftContext({
    draft: { entryId: best!.entry.id, audienceIds: [], channel },
    library,
    post: { text: post },
    today: '2026-12-07',
  });
  const draft = composeTemplateDraft(context.compose!, { context: context.lint });
  return { main: best!.entry, context, draft, findings: lintDraft(draft.sections, context) };
}

// Posts from issue 15: each makes two claims the library answers.
const taxesAndFreebies = "Undocumented immigrants don't pay a cent in taxes but get everything free";
const hotelsAndPensioners = 'Migrants in hotels get £45 a week plus free iPhones while our pensioners freeze';

describe('otherClaimsInPost', () => {
  it.each([
    [taxesAndFreebies, 'us-undocumented-taxes', ['us-undocumented-health-coverage']],
    [hotelsAndPensioners, 'asylum-luxury-support', ['uk-refugees-vs-pensioners']],
    // One claim, said twice or in one breath: nothing else to answer.
    ['Immigrants are taking our jobs and they are taking our jobs', 'us-immigrants-take-jobs', []],
    ['Asylum seekers live in luxury hotels', 'asylum-luxury-support', []],
  ])('"%s": besides %s, answers %j', (post, mainId, otherIds) => {
    const main = library.entries.find((entry) => entry.id === mainId)!;
    expect(otherClaimsInPost(post, library.entries, main).map((entry) => entry.id)).toEqual(otherIds);
  });
});

describe('a reply to a post with several claims', () => {
  it('answers the taxes claim and the "everything free" claim, each from its own entry', () => {
    const { main, draft, findings } = replyTo(taxesAndFreebies, 'facebook');
    expect(main.id).toBe('us-undocumented-taxes');
    // The health-coverage entry's fact: 41% of undocumented immigrants under 65 are uninsured.
    expect(draft.sections.explanation).toMatch(/As for the rest of the post: [^.]*41%/);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(draft.notes.join(' ')).toContain('besides the main one, the explanation answers');
  });

  it('answers the hotels post on the allowance and on the pensioners', () => {
    const { draft, findings } = replyTo(hotelsAndPensioners, 'facebook');
    // The pensioners entry's own fact, in its short form, answers "while our pensioners freeze".
    const pensioners = library.entries.find((entry) => entry.id === 'uk-refugees-vs-pensioners')!;
    const fact = pensioners.short!.fact;
    expect(draft.sections.explanation.toLowerCase()).toContain(`as for the rest of the post: ${fact.toLowerCase()}`);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('on X, stays one post for the main claim, and the notes give the other claim as a second reply', () => {
    const { draft } = replyTo(taxesAndFreebies, 'x');
    expect(draft.fitsChannel).toBe(true);
    expect(countForChannel(sandwichToText(draft.sections).text, 'x').over).toBe(false);
    const note = draft.notes.find((text) => text.startsWith('To fit one X post, this reply answers the post'))!;
    expect(note).toMatch(/post this as a second reply: “As for the rest of the post: [^”]*41%/);
    // The second reply fits X on its own.
    expect(countForChannel(/“(As for the rest[^”]*)”/.exec(note)![1]!, 'x').over).toBe(false);
  });

  it('on Facebook, where both fit, answers both in the one reply', () => {
    const { draft } = replyTo(taxesAndFreebies, 'facebook');
    expect(draft.fitsChannel).toBe(true);
    expect(draft.thread).toBeUndefined();
  });
});
