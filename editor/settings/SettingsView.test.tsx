// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { getSettings, openDatabase, saveSettings } from '../../shared/db';
import { rules } from '../../shared/lint';
import { settingsSchema, type Settings } from '../../shared/schema';
import { SettingsView } from './SettingsView';
import { button, choose, control, fill, press, renderWithDatabase, waitFor } from './testing/render-with-database';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;

afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
});

async function open(stored?: Partial<Settings>, keyStorage: 'site' | 'extension' = 'site'): Promise<HTMLElement> {
  if (stored) {
    const db = openDatabase();
    await saveSettings(db, stored);
    db.close();
  }
  rendered = await renderWithDatabase(<SettingsView keyStorage={keyStorage} />);
  const { container } = rendered;
  await waitFor(() => container.querySelector('form .rule-settings'), 'the settings form with its rules');
  return container;
}

async function stored(): Promise<Settings> {
  const db = openDatabase();
  try {
    return await getSettings(db);
  } finally {
    db.close();
  }
}

async function save(container: HTMLElement): Promise<void> {
  press(container, 'Save settings');
  await waitFor(
    () => container.querySelector('[role="alert"]') || container.querySelector('[role="status"]')?.textContent === 'Settings saved.',
    'the save to finish',
  );
}

const errorOf = (input: HTMLElement) => input.ownerDocument.getElementById(`${input.id}-error`)?.textContent;

describe('SettingsView', () => {
  it('shows the stored settings', async () => {
    const container = await open({
      userName: 'Amira',
      defaultLanguage: 'fr',
      defaultChannel: 'mastodon',
      model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: 'sk-stored', embeddingModel: '' },
      lint: { rules: { readability: 'off' } },
    });
    expect(control(container, 'Your name').value).toBe('Amira');
    expect(control<HTMLSelectElement>(container, 'Language').value).toBe('fr');
    expect(control<HTMLSelectElement>(container, 'Channel').value).toBe('mastodon');
    expect(control(container, 'Server URL').value).toBe('http://127.0.0.1:11434/v1');
    expect(control(container, 'Model').value).toBe('llama3.1');
    expect(control(container, 'API key').value).toBe('sk-stored');
    const readability = rules.find((rule) => rule.id === 'readability')!;
    expect(control<HTMLSelectElement>(container, readability.meta.title).value).toBe('off');
  });

  it('puts a bad URL’s problem next to its field, focuses it, and saves nothing', async () => {
    const container = await open({ userName: 'Amira' });
    fill(control(container, 'Your name'), 'Ben');
    fill(control(container, 'Server URL'), 'javascript:alert(1)');
    await save(container);

    const baseUrl = control(container, 'Server URL');
    expect(errorOf(baseUrl)).toBe('must be a full http(s) URL, like https://api.openai.com/v1, or left empty');
    expect(baseUrl.getAttribute('aria-invalid')).toBe('true');
    expect(baseUrl.getAttribute('aria-describedby')).toContain(`${baseUrl.id}-error`);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Nothing was saved: one problem to fix.');
    expect(document.activeElement).toBe(baseUrl);
    expect((await stored()).userName).toBe('Amira');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('refuses a plain-http model server on another machine next to its field, keeping the stored key where it was', async () => {
    const container = await open({
      model: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-stored', embeddingModel: '' },
    });
    fill(control(container, 'Server URL'), 'http://gpu-box.lan:8000/v1');
    await save(container);

    const baseUrl = control(container, 'Server URL');
    expect(errorOf(baseUrl)).toBe(
      'must use https, so the API key is not sent in clear text (plain http only for localhost, 127.0.0.1 and [::1])',
    );
    expect(document.activeElement).toBe(baseUrl);
    expect((await stored()).model.baseUrl).toBe('https://api.openai.com/v1');
  });

  it('saves every field, trimmed, and says so', async () => {
    const container = await open();
    fill(control(container, 'Your name'), 'Amira');
    choose(control(container, 'Language'), 'de');
    choose(control(container, 'Channel'), 'bluesky');
    choose(control(container, 'Appearance'), 'dark');
    fill(control(container, 'Server URL'), ' https://api.openai.com/v1 ');
    fill(control(container, 'Model'), 'gpt-4o-mini');
    fill(control(container, 'API key'), 'sk-test-123\n');
    await save(container);

    expect(container.querySelector('[role="status"]')?.textContent).toBe('Settings saved.');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(await stored()).toEqual({
      userName: 'Amira',
      defaultLanguage: 'de',
      defaultChannel: 'bluesky',
      model: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-test-123', embeddingModel: '' },
      lint: { rules: {} },
      appearance: 'dark',
    });
    expect(control(container, 'Server URL').value).toBe('https://api.openai.com/v1');
    fill(control(container, 'Your name'), 'Amira B.');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('lists every rule at its default level, stores only changes, and resets', async () => {
    const container = await open();
    const rows = container.querySelectorAll('.rule-settings tbody tr');
    expect(rows).toHaveLength(rules.length);
    for (const rule of rules) {
      const select = control<HTMLSelectElement>(container, rule.meta.title);
      expect(select.value).toBe(rule.meta.defaultSeverity);
      expect(select.selectedOptions[0]!.textContent).toMatch(/ \(default\)$/);
      expect(container.ownerDocument.getElementById(`${select.id}-description`)?.textContent).toBe(rule.meta.description);
    }
    const [first, second] = rules;
    choose(control(container, first.meta.title), 'off');
    choose(control(container, second.meta.title), 'info');
    await save(container);
    expect((await stored()).lint).toEqual({ rules: { [first.id]: 'off', [second.id]: 'info' } });

    press(container, 'Reset to defaults');
    await waitFor(() => container.querySelector('[role="status"]')?.textContent?.startsWith('Every rule is back'), 'the reset notice');
    expect(control<HTMLSelectElement>(container, first.meta.title).value).toBe(first.meta.defaultSeverity);
    expect((await stored()).lint).toEqual({ rules: { [first.id]: 'off', [second.id]: 'info' } });
    await save(container);
    expect((await stored()).lint).toEqual({ rules: {} });
  });

  it('hides the API key until asked, and says where it is kept', async () => {
    const container = await open({ model: { baseUrl: '', model: '', apiKey: 'sk-secret', embeddingModel: '' } }, 'extension');
    const key = control(container, 'API key');
    expect(key.type).toBe('password');
    const toggle = button(container, 'Show API key');
    expect(toggle.getAttribute('aria-controls')).toBe(key.id);
    press(container, 'Show API key');
    expect(key.type).toBe('text');
    press(container, 'Hide API key');
    expect(key.type).toBe('password');
    expect(container.ownerDocument.getElementById(`${key.id}-hint`)?.textContent).toContain(
      "Stored only in this browser (the extension's own storage), sent only to the model server above.",
    );
  });

  it('says the key stays in the site’s storage on the web', async () => {
    const container = await open(undefined, 'site');
    const key = control(container, 'API key');
    expect(container.ownerDocument.getElementById(`${key.id}-hint`)?.textContent).toContain("this site's local storage");
  });

  it('labels every control', async () => {
    const container = await open();
    const controls = container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea');
    expect(controls.length).toBe(9 + rules.length); // name, appearance, interface language, two drafting defaults, four model fields, a level per rule
    for (const element of controls) expect(element.labels?.length, element.outerHTML).toBe(1);
  });

  it('starts from the defaults', async () => {
    await open();
    expect(await stored()).toEqual(settingsSchema.parse({}));
  });
});
