import { describe, expect, it } from 'vitest';
import { describeZodError } from './describe-issues';
import { modelSettingsSchema } from './model-settings';
import { lintConfigSchema } from '../lint/lint-config';
import { settingsSchema } from './settings';

const defaults = {
  userName: '',
  defaultLanguage: 'en',
  defaultChannel: 'x',
  model: { baseUrl: '', model: '', apiKey: '', embeddingModel: '' },
  lint: { rules: {} },
  appearance: 'system',
};

const problemsOf = (value: unknown) => {
  const result = settingsSchema.safeParse(value);
  return result.success ? '' : describeZodError(result.error);
};

describe('settings', () => {
  it('fills in every default from nothing', () => {
    expect(settingsSchema.parse({})).toEqual(defaults);
  });

  it('loads settings stored before the model, subscription and lint fields existed', () => {
    expect(settingsSchema.parse({ userName: 'Amira', defaultLanguage: 'fr', defaultChannel: 'bluesky' })).toEqual({
      ...defaults,
      userName: 'Amira',
      defaultLanguage: 'fr',
      defaultChannel: 'bluesky',
    });
  });

  it('fills in model fields missing from a partly stored model', () => {
    expect(settingsSchema.parse({ model: { baseUrl: 'http://127.0.0.1:11434/v1' } }).model).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: '',
      apiKey: '',
      embeddingModel: '',
    });
  });

  it('trims pasted URLs and keys', () => {
    const parsed = settingsSchema.parse({
      model: {
        baseUrl: ' https://api.openai.com/v1 ',
        model: ' gpt-4o-mini ',
        apiKey: 'sk-test\n',
        embeddingModel: ' text-embedding-3-small ',
      },
    });
    expect(parsed.model).toEqual({
      baseUrl: 'https://api.openai.com/v1',
      model: 'gpt-4o-mini',
      apiKey: 'sk-test',
      embeddingModel: 'text-embedding-3-small',
    });
  });
});

describe('model server URL', () => {
  it.each([
    '',
    'https://api.openai.com/v1',
    'http://127.0.0.1:11434/v1',
    'http://localhost:8080/v1',
    'http://[::1]:11434/v1',
    'https://my-resource.openai.azure.com/openai/v1',
    'https://gpu-box.lan:8000/v1',
  ])('accepts %j', (baseUrl) => {
    expect(modelSettingsSchema.safeParse({ baseUrl }).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://models.example/v1', 'api.openai.com/v1', 'not a url', 'https://'])(
    'rejects %j, naming the field',
    (baseUrl) => {
      expect(problemsOf({ model: { baseUrl } })).toBe(
        'model.baseUrl: must be a full http(s) URL, like https://api.openai.com/v1, or left empty',
      );
    },
  );

  it.each([
    'http://gpu-box.lan:8000/v1',
    'http://api.openai.com/v1',
    'http://192.168.1.20:11434/v1',
    'http://localhost.attacker.example/v1',
    'http://127.0.0.1.nip.io/v1',
  ])('refuses plain http to %j, a host off this machine, so the API key never travels in clear text', (baseUrl) => {
    expect(problemsOf({ model: { baseUrl, apiKey: 'sk-secret' } })).toBe(
      'model.baseUrl: must use https, so the API key is not sent in clear text (plain http only for localhost, 127.0.0.1 and [::1])',
    );
  });

  it.each([
    [{ model: 'm'.repeat(201) }, 'model.model: keep the model name to 200 characters'],
    [{ apiKey: 'k'.repeat(501) }, 'model.apiKey: keep the API key to 500 characters'],
    [{ embeddingModel: 'e'.repeat(201) }, 'model.embeddingModel: keep the embedding model name to 200 characters'],
    [{ temperature: 2 }, 'model: unknown field "temperature"'],
  ])('rejects %j', (model, message) => {
    expect(problemsOf({ model })).toBe(message);
  });
});

it('drops the library bundle URL that earlier versions kept in settings (teams follow libraries as subscriptions)', () => {
  const stored = settingsSchema.safeParse({ userName: 'Amira', subscriptionUrl: 'https://team.example/library.json' });
  expect(stored.success).toBe(false);
});

describe('lint rules', () => {
  it.each([
    [{ rules: {} }],
    [{ rules: { readability: 'off', 'myth-brief': 'error' } }],
    [{ rules: { 'myth-brief': { severity: 'warning', options: { maxWords: 25 } } } }],
  ])('accepts %j', (lint) => {
    expect(problemsOf({ lint })).toBe('');
  });

  it.each([
    [{ rules: { 'no-such-rule': 'off' } }, 'lint.rules.no-such-rule: unknown rule "no-such-rule"'],
    [{ rules: { readability: 'loud' } }, 'lint.rules.readability:'],
    [{ rules: {}, extends: 'recommended' }, 'lint: unknown field "extends"'],
  ])('rejects %j, naming the rule', (lint, message) => {
    expect(problemsOf({ lint })).toContain(message);
  });

  // Settings name rules without loading them; a rule's own options are checked where the rules
  // are, by lintConfigSchema, which the compose view applies before linting (useLintConfig).
  it('leaves rule options to the lint engine, which names the rule and the option', () => {
    const lint = { rules: { overkill: { options: { maxPoints: 0 } } } };
    expect(problemsOf({ lint })).toBe('');
    const checked = lintConfigSchema.safeParse(lint);
    expect(checked.success ? '' : describeZodError(checked.error)).toContain('rules.overkill.options.maxPoints:');
  });
});
