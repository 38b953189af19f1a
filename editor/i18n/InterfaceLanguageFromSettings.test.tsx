// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings, openDatabase } from '../../shared/db';
import { SettingsView } from '../settings/SettingsView';
import { choose, control, press, renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { InterfaceLanguageFromSettings } from './InterfaceLanguageFromSettings';
import { switchInterfaceLanguage } from './load-catalogue';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;

afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  // Other tests find controls by their English names.
  await switchInterfaceLanguage('en');
  localStorage.clear();
});

describe('the Interface language setting', () => {
  it('is stored, switches the page at once and sets <html lang>', async () => {
    rendered = await renderWithDatabase(
      <>
        <InterfaceLanguageFromSettings />
        <SettingsView keyStorage="site" />
      </>,
    );
    const { container } = rendered;
    await waitFor(() => container.querySelector('form'), 'the settings form');
    expect(control<HTMLSelectElement>(container, 'Interface language').value).toBe('auto');
    choose(control(container, 'Interface language'), 'fr');
    press(container, 'Save settings');
    await waitFor(() => container.querySelector('h1')?.textContent === 'Paramètres', 'the French heading');
    expect(document.documentElement.lang).toBe('fr');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Paramètres enregistrés.');
    // Remembered for the next page's first paint, before the database opens.
    expect(localStorage.getItem('fact-sandwich:interface-language')).toBe('fr');
    const db = openDatabase();
    expect((await getSettings(db)).interfaceLanguage).toBe('fr');
    db.close();
  });
});
