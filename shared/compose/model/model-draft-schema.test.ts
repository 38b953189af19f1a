import { describe, expect, it } from 'vitest';
import { modelDraftJsonSchema, modelResponseFormat, sectionForKey } from './model-draft-schema';

describe('the JSON schema sent to the server', () => {
  it('is strict: every section required, nothing else, only keywords strict mode accepts', () => {
    expect(modelDraftJsonSchema).toEqual({
      type: 'object',
      properties: {
        fact: { type: 'string', description: expect.any(String) },
        myth: { type: 'string', description: expect.any(String) },
        explanation: { type: 'string', description: expect.any(String) },
        factAgain: { type: 'string', description: expect.any(String) },
      },
      required: ['fact', 'myth', 'explanation', 'factAgain'],
      additionalProperties: false,
    });
    expect(modelResponseFormat).toEqual({
      type: 'json_schema',
      json_schema: { name: 'fact_sandwich', strict: true, schema: modelDraftJsonSchema },
    });
  });
});

describe('sectionForKey', () => {
  it.each([
    ['fact', 'fact'],
    ['factAgain', 'factAgain'],
    ['fact_again', 'factAgain'],
    ['Fact Again', 'factAgain'],
    ['FACT-AGAIN', 'factAgain'],
    ['Explanation', 'explanation'],
    ['notes', undefined],
    ['facts', undefined],
  ])('%s → %s', (key, section) => {
    expect(sectionForKey(key)).toBe(section);
  });
});
