import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error';

describe('locateJsonError', () => {
  it.each(['{}', '[]', ' {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null]} ', '"text"', '0'])('finds nothing wrong in %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonError(text)).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 8, 'expected a field name in double quotes, found "}"'],
    ['[1 2]', 3, 'expected "," or "]", found "2"'],
    ['{"a" 1}', 5, 'expected ":" after the field name, found "1"'],
    ['{"a": tru}', 6, 'unexpected "t"'],
    ['{"a": "x', 8, 'the text ends before the JSON is complete (was it cut short?)'],
    ['{"a": "line\nbreak"}', 11, 'a line break or control character inside a string must be written as an escape such as \\n'],
    ['["\\x"]', 2, 'a backslash in a string must start an escape such as \\n, \\" or \\u00e9'],
    ['{} {}', 3, 'unexpected "{" after the end of the JSON value'],
    ['01', 1, 'unexpected "1" after the end of the JSON value'],
    ['', 0, 'the text ends before the JSON is complete (was it cut short?)'],
    ["{'a': 1}", 1, 'expected a field name in double quotes, found a single quote (JSON uses double quotes)'],
    ['[\u0001]', 1, 'unexpected the control character U+0001'],
  ])('%j goes wrong at %i: %s', (text, index, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ index, reason });
  });
});
