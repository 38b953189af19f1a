// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { draftableLanguages } from '../../shared/compose';
import { entrySchema, type Draft } from '../../shared/schema';
import { ComposeSettings } from './ComposeSettings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entries = starter.entries.map((entry) => entrySchema.parse(entry));
const translated = entries.find((entry) => draftableLanguages(entry).length > 1)!;
const englishOnly = entries.find((entry) => draftableLanguages(entry).length === 1)!;

const draft = (entryId: string, language: Draft['language']): Draft => ({
  id: '7d7a4a1e-1d0c-4a52-9a53-0d2a5e9a1c11',
  title: '',
  sections: { fact: '', myth: '', explanation: '', factAgain: '' },
  entryId,
  audienceIds: [],
  channel: 'x',
  language,
  status: 'draft',
  createdAt: '2026-03-14T09:31:00.000Z',
  updatedAt: '2026-03-14T09:31:00.000Z',
});

let container: HTMLElement;
afterEach(() => container?.remove());

function languageSelect(current: Draft): HTMLSelectElement {
  container = document.body.appendChild(document.createElement('div'));
  act(() =>
    createRoot(container).render(
      <ComposeSettings draft={current} entries={entries} audiences={[]} spokespeople={[]} onChange={() => {}} />,
    ),
  );
  const label = [...container.querySelectorAll('label')].find((element) => element.firstChild?.textContent === 'Language')!;
  return label.querySelector('select')!;
}

const hintOf = (select: HTMLSelectElement) => select.ownerDocument.getElementById(select.getAttribute('aria-describedby')!)?.textContent;

it('says, next to the language, when the chosen entry has no translation, and which languages it has', () => {
  const select = languageSelect(draft(englishOnly.id, 'fr'));
  expect(hintOf(select)).toBe('Not translated into Français: drafts from this entry are written in English. It can be drafted in English.');
  const labels = [...select.options].map((option) => option.textContent);
  expect(labels).toEqual([
    'English',
    'Français (entry not translated)',
    'Deutsch (entry not translated)',
    'Español (entry not translated)',
    'Italiano (entry not translated)',
    'Nederlands (entry not translated)',
    'Polski (entry not translated)',
    'Svenska (entry not translated)',
    'Ελληνικά (entry not translated)',
    'Português (entry not translated)',
  ]);
});

it('lists the languages of a translated entry, and marks only the missing ones', () => {
  const select = languageSelect(draft(translated.id, 'en'));
  const names = draftableLanguages(translated);
  expect(names).toContain('fr');
  expect(hintOf(select)).toMatch(/^This entry can be drafted in English, Français/);
  expect([...select.options].find((option) => option.value === 'fr')?.textContent).toBe('Français');
});
