import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings, InvalidRecordError, openDatabase, saveSettings, type FactSandwichDatabase } from '.';
import { settingsSchema, type Settings } from '../schema';

let indexedDB: IDBFactory;
let db: FactSandwichDatabase;
const open = () => openDatabase('test', { indexedDB, IDBKeyRange });
const defaults = settingsSchema.parse({});
const store = (value: unknown) => db.settings.put({ key: 'settings', value });

beforeEach(() => {
  indexedDB = new IDBFactory(); // a fresh, empty IndexedDB for every test
  db = open();
});

describe('settings repository', () => {
  it('gives the defaults before anything is saved', async () => {
    expect(await getSettings(db)).toEqual(defaults);
  });

  it('keeps every field through a save and a fresh read', async () => {
    const settings: Settings = {
      userName: 'Amira',
      defaultLanguage: 'de',
      defaultChannel: 'bluesky',
      model: {
        baseUrl: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        apiKey: 'sk-test-123',
        embeddingModel: 'text-embedding-3-small',
      },
      lint: { rules: { readability: 'off', 'myth-brief': { severity: 'error', options: { maxWords: 25 } } } },
      appearance: 'dark',
    };
    expect(await saveSettings(db, settings)).toEqual(settings);
    db.close();
    db = open();
    expect(await getSettings(db)).toEqual(settings);
  });

  it('changes only the fields given', async () => {
    await saveSettings(db, {
      userName: 'Amira',
      model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: '', embeddingModel: '' },
    });
    await saveSettings(db, { lint: { rules: { 'fact-first': 'warning' } } });
    expect(await getSettings(db)).toEqual({
      ...defaults,
      userName: 'Amira',
      model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: '', embeddingModel: '' },
      lint: { rules: { 'fact-first': 'warning' } },
    });
  });

  it('saves nothing when a field is invalid, and names it', async () => {
    await saveSettings(db, { userName: 'Amira' });
    const saving = saveSettings(db, {
      userName: 'Ben',
      model: { baseUrl: 'javascript:alert(1)', model: '', apiKey: '', embeddingModel: '' },
    });
    await expect(saving).rejects.toThrow(InvalidRecordError);
    await expect(saving).rejects.toThrow(/model\.baseUrl: must be a full http\(s\) URL/);
    expect(await getSettings(db)).toEqual({ ...defaults, userName: 'Amira' });
  });

  it('loads settings stored by the first version, before model, subscription and lint existed', async () => {
    await store({ userName: 'Amira', defaultLanguage: 'fr', defaultChannel: 'mastodon' });
    expect(await getSettings(db)).toEqual({ ...defaults, userName: 'Amira', defaultLanguage: 'fr', defaultChannel: 'mastodon' });
  });

  it('loads settings saved with the library bundle URL of earlier versions, keeping every other field', async () => {
    const earlier = { userName: 'Amira', defaultLanguage: 'de', subscriptionUrl: 'https://team.example/library.json' };
    await store(earlier);
    expect(await getSettings(db)).toEqual({ ...defaults, userName: 'Amira', defaultLanguage: 'de' });
  });

  it('drops only the field that no longer parses, keeping the rest', async () => {
    await store({
      userName: 'Amira',
      defaultLanguage: 'xx',
      model: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-kept' },
      lint: { rules: { 'a-rule-since-removed': 'off' } },
      aFieldFromANewerVersion: true,
    });
    expect(await getSettings(db)).toEqual({
      ...defaults,
      userName: 'Amira',
      model: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-kept', embeddingModel: '' },
    });
  });

  it.each([null, 'settings', 42, []])('falls back to the defaults when the stored value is %j', async (value) => {
    await store(value);
    expect(await getSettings(db)).toEqual(defaults);
  });
});
