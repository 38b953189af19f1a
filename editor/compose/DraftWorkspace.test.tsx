// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { localToday } from '../../shared/calendar/calendar-date';
import { sectionLabels } from '../../shared/language';
import type { Diagnostic } from '../../shared/lint';
import { audienceSchema, entrySchema, spokespersonSchema, type Draft } from '../../shared/schema';
import { press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { DraftWorkspace } from './DraftWorkspace';
import { draftVariant } from './model/draft-variants';
import { installModalDialog } from '../testing/modal-dialog-in-jsdom';
import { aDraft } from '../testing/a-draft';

installModalDialog();

const library = {
  entries: starter.entries.map((entry) => entrySchema.parse(entry)),
  audiences: starter.audiences.map((audience) => audienceSchema.parse(audience)),
  spokespeople: starter.spokespeople.map((person) => spokespersonSchema.parse(person)),
};
const audience = library.audiences[0]!;

// Drafted in French for X, from the translation's own short form: one post. (The editor judging a
// thread as a thread is checked in shared/compose/draft-context.test.ts, with the short form taken out.)
const draft = aDraft({
  id: '0b9c5a52-5f8e-4b43-9d5e-1f6f2b1f3c10',
  sections: { fact: '', myth: '', explanation: '', factAgain: '' },
  entryId: 'asylum-luxury-support',
  language: 'fr',
  capturedPost: {
    text: 'Ils ont tous une chambre gratuite dans un hôtel quatre étoiles !',
    url: 'https://x.com/rumourmill/status/1790000000000000001',
    platform: 'x',
    capturedAt: '2026-03-14T09:30:00.000Z',
  },
});

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

/** A finding as the person reads it in the Findings list: how serious, which section, what, and the fix offered. */
function asShown(finding: Diagnostic): string {
  const heading = { error: 'Must fix', warning: 'Should fix', info: 'Worth a look' }[finding.severity];
  const fix = finding.suggestion?.replacement === undefined ? '' : ` | Apply fix: ${finding.suggestion.description}`;
  return `${heading} | ${finding.ruleId} | ${sectionLabels[finding.section]}: ${finding.message}${fix}`;
}

function shownFindings(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLElement>('.findings li[data-rule]')].map((item) => {
    const heading = item.closest('ul')!.getAttribute('aria-label');
    const fix = [...item.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Apply fix: '));
    return `${heading} | ${item.dataset.rule} | ${item.querySelector('p')!.textContent}${fix ? ` | ${fix.textContent}` : ''}`;
  });
}

/** A select in the reply settings, by the words of its label. */
function setting(container: HTMLElement, label: string): HTMLSelectElement {
  const found = [...container.querySelectorAll('.compose-settings label')].find(
    (element) => element.firstChild?.textContent?.trim() === label,
  );
  return found!.querySelector('select')!;
}

describe('the editor and the variants panel', () => {
  it('give the same findings for the same draft: a French reply offered by the template composer', async () => {
    const variant = await draftVariant(
      { audience },
      {
        base: { draft, library, today: localToday(), lintConfig: { rules: {} } },
        model: undefined,
        signal: new AbortController().signal,
      },
    );
    expect(variant.draft?.format).toBe('reply');
    expect(variant.draft?.language).toBe('fr');
    expect(variant.findings.map((finding) => finding.ruleId)).not.toContain('channel-length');

    rendered = await renderWithDatabase(<DraftWorkspace initial={draft} />);
    const { container } = rendered;
    const box = await waitFor(
      () =>
        [...container.querySelectorAll<HTMLInputElement>('.variants input[type="checkbox"]')].find((input) =>
          input.parentElement?.textContent?.includes(audience.name),
        ),
      'the audience in the variants panel',
    );
    act(() => box.click());
    press(container, 'Draft 1 variant');
    await waitFor(
      () => [...container.querySelectorAll('button')].find((button) => button.textContent === 'Use this variant'),
      'the variant',
    );
    press(container, 'Use this variant');
    const fact = variant.draft!.sections.fact;
    await waitFor(() => container.querySelector('[contenteditable="true"]')?.textContent?.includes(fact), 'the variant in the editor');

    // Linting follows each keystroke: let the editor settle on the variant's text, then compare.
    const expected = variant.findings.map(asShown);
    await waitFor(() => JSON.stringify(shownFindings(container)) === JSON.stringify(expected), 'the same findings').catch(() => undefined);
    expect(shownFindings(container)).toEqual(expected);
    // The draft records what it became: one reply, for the variant's audience.
    expect(setting(container, 'Format').value).toBe('reply');
    expect(setting(container, 'Audience').value).toBe(audience.id);
  });

  it('judge the draft with the captured post’s address: a link straight to it is a finding', async () => {
    const url = draft.capturedPost!.url!;
    const explanation = `C'est du cherry-picking : voir ${url}`;
    const linking: Draft = { ...draft, language: 'fr', sections: { ...draft.sections, explanation } };
    rendered = await renderWithDatabase(<DraftWorkspace initial={linking} />);
    const { container } = rendered;
    const finding = await waitFor(() => container.querySelector('.findings li[data-rule="link-to-myth"]'), 'the link-to-myth finding');
    expect(finding.closest('ul')!.getAttribute('aria-label')).toBe('Must fix');
    expect(finding.textContent).toContain(
      'Explanation: This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.',
    );
    expect(finding.textContent).toContain('Apply fix: Link to an archived copy (web.archive.org) instead.');
  });
});

describe('citing a source from the list beside the draft', () => {
  it('writes the reference in the draft’s language, at the end of “Fact again”', async () => {
    const factAgain = 'Ils reçoivent 49,18 £ par semaine.';
    rendered = await renderWithDatabase(<DraftWorkspace initial={{ ...draft, sections: { ...draft.sections, factAgain } }} />);
    const { container } = rendered;
    const cite = await waitFor(
      () =>
        [...container.querySelectorAll<HTMLButtonElement>('.entry-sources button')].find((button) =>
          button.textContent?.startsWith('Cite'),
        ),
      'a Cite button',
    );
    act(() => cite.click());
    const section = () => container.querySelector('[data-section="factAgain"]')?.textContent ?? '';
    await waitFor(() => section().includes('(Source : '), 'the French reference').catch(() => undefined);
    expect(section()).toMatch(/^Ils reçoivent 49,18 £ par semaine\. \(Source : .+, https:\/\/.+\)$/);
  });
});

describe('the entry’s caveats and guidance', () => {
  it('are shown beside the draft, for the person posting, and never in it', async () => {
    const taxes = library.entries.find((entry) => entry.id === 'us-undocumented-taxes')!;
    const onFacebook: Draft = { ...draft, entryId: taxes.id, channel: 'facebook', language: 'en' };
    rendered = await renderWithDatabase(<DraftWorkspace initial={onFacebook} />);
    const { container } = rendered;
    await waitFor(() => container.querySelector('.sandwich-editor-input'), 'the editor');
    press(container, 'Fill from entry');
    const forYou = await waitFor(
      () => container.querySelector<HTMLElement>('section[aria-label="For you, not for the post"]'),
      'the notes for the person posting',
    );
    expect(forYou.querySelector('h3')!.textContent).toBe('For you, not for the post');
    expect([...forYou.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      `A limit of the evidence: ${taxes.caveats[0]}`,
      `How to use this entry: ${taxes.guidance[0]}`,
    ]);
    const posted = container.querySelector('.sandwich-editor-input')!.textContent!;
    expect(posted).toContain(taxes.fact);
    expect(posted).not.toContain('think tank');
    expect(posted).not.toContain('Present the $96.7 billion as an estimate');
  });
});

describe('Fill from entry', () => {
  const taxes = library.entries.find((entry) => entry.id === 'us-undocumented-taxes')!;
  const dialog = () => document.querySelector('dialog[role="alertdialog"][open]');

  it('asks before replacing words the person wrote, and keeps them unless told to replace', async () => {
    const written: Draft = {
      ...draft,
      entryId: taxes.id,
      channel: 'facebook',
      language: 'en',
      sections: { ...draft.sections, fact: 'My own opening.' },
    };
    rendered = await renderWithDatabase(<DraftWorkspace initial={written} />);
    const { container } = rendered;
    const editor = await waitFor(() => container.querySelector('.sandwich-editor-input'), 'the editor');
    press(container, 'Fill from entry');
    expect(dialog()?.querySelector('h2')?.textContent).toBe('Replace your text with the entry’s?');
    expect(document.activeElement?.textContent).toBe('Keep my text');
    press(container, 'Keep my text');
    expect(dialog()).toBeNull();
    expect(editor.textContent).toContain('My own opening.');
    press(container, 'Fill from entry');
    press(container, 'Replace my text');
    await waitFor(() => editor.textContent?.includes(taxes.fact), 'the entry’s text');
    expect(editor.textContent).not.toContain('My own opening.');
    // The text is now the entry's: filling again asks nothing.
    press(container, 'Fill from entry');
    expect(dialog()).toBeNull();
  });

  it('asks nothing when the sections are empty', async () => {
    rendered = await renderWithDatabase(<DraftWorkspace initial={{ ...draft, entryId: taxes.id, channel: 'facebook', language: 'en' }} />);
    const { container } = rendered;
    const editor = await waitFor(() => container.querySelector('.sandwich-editor-input'), 'the editor');
    press(container, 'Fill from entry');
    expect(dialog()).toBeNull();
    await waitFor(() => editor.textContent?.includes(taxes.fact), 'the entry’s text');
  });
});
