// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, expect, it } from 'vitest';
import { switchInterfaceLanguage } from '../i18n/load-catalogue';
import { button, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { DraftWorkspace } from './DraftWorkspace';
import { aDraft } from '../testing/a-draft';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  // Other tests find controls by their English names.
  await switchInterfaceLanguage('en');
});

// An English reply on X whose myth section is still empty: the checks have something to say.
const draft = aDraft({
  id: '6f1d1c3e-7a55-4c1e-9f0a-2b8e4d9c7a21',
  sections: { fact: 'People seeking asylum get £49.18 a week.', myth: '', explanation: '', factAgain: '' },
  entryId: 'asylum-luxury-support',
});

it('speaks French once French is chosen, and follows a switch back to English, section hints included', async () => {
  await switchInterfaceLanguage('fr');
  rendered = await renderWithDatabase(<DraftWorkspace initial={draft} />);
  const { container } = rendered;
  const fact = await waitFor(() => container.querySelector<HTMLElement>('[data-section="fact"]'), 'the editor');
  expect(fact.getAttribute('aria-description')).toBe('La vérité d’abord, en quelques mots clairs.');
  // The four sections are named in French, for the eye and for screen readers.
  expect(fact.getAttribute('aria-label')).toBe('Fait');
  expect(container.querySelector('[data-section="factAgain"]')?.getAttribute('data-label')).toBe('Fait répété');
  expect(container.querySelector('.compose-settings legend')?.textContent).toBe('Paramètres de la réponse');
  expect(button(container, 'Remplir depuis la fiche').disabled).toBe(false);
  expect(container.querySelector('.selected-entry')?.textContent).toMatch(/^Réponse à\u00a0: /);
  // Figures and typography as French readers write them.
  expect(container.querySelector('[data-testid="channel-count"]')?.textContent).toMatch(/^X\u00a0: \d+ \/ 280 caractères pondérés$/);
  expect(container.querySelector('#findings-heading')?.textContent).toBe('Remarques');
  expect(container.querySelector('.findings [role="status"]')?.textContent).toMatch(/^\d+ remarques?$/);
  expect(container.querySelector('.findings ul')?.getAttribute('aria-label')).toBe('À corriger');
  expect(container.querySelector('#export-heading')?.textContent).toBe('Copier');
  expect(button(container, 'Copier pour X')).toBeTruthy();

  await act(() => switchInterfaceLanguage('en'));
  expect(fact.getAttribute('aria-description')).toBe('The truth, first, in a few clear words.');
  expect(fact.getAttribute('aria-label')).toBe('Fact');
  expect(button(container, 'Fill from entry')).toBeTruthy();
  expect(container.querySelector('[data-testid="channel-count"]')?.textContent).toMatch(/^X: \d+ \/ 280 weighted characters$/);
});
