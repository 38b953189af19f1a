import { describe, expect, it } from 'vitest';
import { describeZodError } from './format-issues';
import { modelSettingsSchema } from './model-settings';
import { lintConfigSchema } from '../lint/lint-config';
import { settingsSchema } from './settings';

const defaults = {
  userName: '',
  defaultLanguage: 'en',
  defaultChannel: 'x',
  model: { baseUrl: '', model: '', apiKey: '' },
  subscriptionUrl: '',
  lint: { rules: {} },
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
    });
  });

  it('trims pasted URLs and keys', () => {
    const parsed = settingsSchema.parse({
      model: { baseUrl: ' https://api.openai.com/v1 ', model: ' gpt-4o-mini ', apiKey: 'sk-test\n' },
      subscriptionUrl: ' https://team.example/library.json ',
    });
    expect(parsed.model).toEqual({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-test' });
    expect(parsed.subscriptionUrl).toBe('https://team.example/library.json');
  });
});

describe('model server URL', () => {
  it.each([
    '',
    'https://api.openai.com/v1',
    'http://127.0.0.1:11434/v1',
    'http://localhost:8080/v1',
    'https://my-resource.openai.azure.com/openai/v1',
    'http://gpu-box.lan:8000/v1',
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
    [{ model: 'm'.repeat(201) }, 'model.model: keep the model name to 200 characters'],
    [{ apiKey: 'k'.repeat(501) }, 'model.apiKey: keep the API key to 500 characters'],
    [{ temperature: 2 }, 'model: Unrecognized key: "temperature"'],
  ])('rejects %j', (model, message) => {
    expect(problemsOf({ model })).toBe(message);
  });
});

describe('subscription URL', () => {
  it.each([
    '',
    'https://team.example/library.json',
    'https://raw.githubusercontent.com/team/library/main/library.json',
    'http://localhost:8080/library.json',
    'http://127.0.0.1/library.json',
  ])('accepts %j', (subscriptionUrl) => {
    expect(problemsOf({ subscriptionUrl })).toBe('');
  });

  it.each([
    ['http://team.example/library.json', 'subscriptionUrl: must use https: plain http is allowed only for localhost and 127.0.0.1'],
    [
      'http://localhost.team.example/library.json',
      'subscriptionUrl: must use https: plain http is allowed only for localhost and 127.0.0.1',
    ],
    ['javascript:alert(1)', 'subscriptionUrl: must be a full https URL, or left empty'],
    ['data:application/json,{}', 'subscriptionUrl: must be a full https URL, or left empty'],
    ['team.example/library.json', 'subscriptionUrl: must be a full https URL, or left empty'],
  ])('rejects %j', (subscriptionUrl, message) => {
    expect(problemsOf({ subscriptionUrl })).toBe(message);
  });
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
    [{ rules: {}, extends: 'recommended' }, 'lint: Unrecognized key: "extends"'],
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
