// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, recordSighting } from '../../shared/db';
import type { CaptureProblem } from '../../shared/messages';
import { switchInterfaceLanguage } from '../i18n/load-catalogue';
import { button, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { OtherCountryTag } from './OtherCountryTag';
import type { PanelHost } from './panel-host';
import { ReplyPanel } from './ReplyPanel';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  // Other tests find controls by their English names.
  await switchInterfaceLanguage('en');
});

/** A browser around the panel, in French, whose capture problem the test reports. */
function frenchBrowser() {
  let report: (problem: CaptureProblem | undefined) => void = () => {};
  const host: PanelHost = {
    insertReply: async () => ({ ok: true, into: 'textarea' }),
    openEditor: () => {},
    readShortcut: async () => 'Alt+Shift+F',
    draftReplyMenuTitle: 'Rédiger une réponse en sandwich de faits',
    settingsUrl: 'options.html',
    watchCaptureProblem(onChange) {
      report = onChange;
      return () => {};
    },
  };
  return { host, reportProblem: (problem: CaptureProblem) => act(() => report(problem)) };
}

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;

describe('the side panel in French', () => {
  it('says how to start, a failed capture, the captured post, its matches and the decision; and switches back', async () => {
    await switchInterfaceLanguage('fr');
    const { host, reportProblem } = frenchBrowser();
    rendered = await renderWithDatabase(<ReplyPanel host={host} />);
    const { container } = rendered;

    await waitFor(() => text(container, '#start-heading') === 'Répondre à une publication', 'the start');
    // The menu item as the browser names it, the keys the browser has now.
    await waitFor(() => container.querySelectorAll('kbd').length === 3, 'the shortcut');
    expect(text(container, '#start-heading + p')).toBe(
      'Sélectionnez le texte d’une publication sur n’importe quelle page, puis faites un clic droit et choisissez Rédiger une réponse en sandwich de faits, ou appuyez sur Alt+Shift+F.',
    );
    expect(text(container, '#start-heading + p strong')).toBe('Rédiger une réponse en sandwich de faits');

    // The background sends a code; the panel words it.
    reportProblem({ problem: 'nothing-selected', at: new Date().toISOString() });
    expect(text(container, '[role="alert"]')).toBe('Aucune sélection\u00a0: surlignez le texte de la publication, puis réessayez.');

    const db = openDatabase();
    await recordSighting(
      db,
      { text: 'Asylum seekers in 4 star hotels with free iPhones', platform: 'web', capturedAt: new Date().toISOString() },
      [],
    );
    db.close();
    await waitFor(() => text(container, '#captured-heading') === 'Publication capturée', 'the captured post');
    expect(text(container, '[data-testid="captured-platform"]')).toBe('Page web');
    expect(container.querySelector('.captured-meta time')?.textContent).toBe('capturée à l’instant');
    await waitFor(() => text(container, '.match-section h2') === 'Infox reprises par cette publication', 'the matches');
    const matches = container.querySelector('ol.match-list')!;
    expect(matches.getAttribute('aria-label')).toBe('Fiches correspondantes');
    expect(text(container, '.match-confidence')).toMatch(/^fiable à \d+\u00a0%$/);
    expect(text(container, '.match-reasons')).toMatch(/^Mots retrouvés\u00a0: «\u00a0/);
    expect(button(container, 'Rédiger avec cette fiche')).toBeTruthy();
    expect(text(container, '.decision legend')).toBe('Décider');
    expect([...container.querySelectorAll('.decision strong')].map((label) => label.textContent)).toEqual([
      'Répondre maintenant',
      'Attendre',
      'Prébunking plus tard',
    ]);

    await act(() => switchInterfaceLanguage('en'));
    expect(text(container, '#captured-heading')).toBe('Captured post');
    expect(container.querySelector('.captured-meta time')?.textContent).toBe('captured just now');
    expect(text(container, '.match-confidence')).toMatch(/^\d+% sure$/);
  });

  it('names another country in French, the EU as a whole included', async () => {
    await switchInterfaceLanguage('fr');
    rendered = await renderWithDatabase(
      <>
        <OtherCountryTag country={['AT']} />
        <OtherCountryTag country={['EU']} />
      </>,
    );
    const { container } = rendered;
    const tags = await waitFor(() => {
      const found = [...container.querySelectorAll('[role="note"]')];
      return found.length === 2 && found;
    }, 'the tags');
    expect(tags.map((tag) => tag.textContent)).toEqual([
      'Concerne\u00a0: Autriche — un autre pays',
      'Concerne\u00a0: toute l’UE — un autre pays',
    ]);
    expect(tags[0]?.getAttribute('aria-label')).toBe('Concerne\u00a0: Autriche — un autre pays que celui de la publication');
  });
});
