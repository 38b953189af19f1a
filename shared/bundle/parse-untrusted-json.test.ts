import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from './parse-untrusted-json';

const parse = (text: string, maxBytes?: number) => parseUntrustedJson(text, { subject: { what: 'file' }, maxBytes });

describe('parseUntrustedJson', () => {
  it('parses ordinary JSON, ignoring a byte-order mark', () => {
    expect(parse('\uFEFF{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('measures the limit in UTF-8 bytes', () => {
    expect(parse('"éé"', 6)).toMatchObject({ ok: true });
    expect(parse('"ééé"', 6)).toMatchObject({
      ok: false,
      problem: 'too-large',
      message: 'The file is larger than 6 bytes, so it was not read. Nothing was loaded.',
    });
    expect(parse('x'.repeat(6 * 1024 * 1024))).toMatchObject({
      problem: 'too-large',
      message: expect.stringContaining('larger than 5 MB'),
    });
  });

  it('says where bytes that were not UTF-8 are', () => {
    const text = new TextDecoder().decode(Uint8Array.of(0x7b, 0x0a, 0x22, 0x61, 0xff, 0x22, 0x3a, 0x31, 0x7d));
    expect(parse(text)).toMatchObject({ problem: 'not-utf8', message: expect.stringContaining('at line 2, column 3') });
  });

  it('refuses deep nesting before parsing, with the place it happens', () => {
    expect(parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toMatchObject({
      problem: 'too-deep',
      message: expect.stringContaining('more than 64 levels deep (at line 1, column 65)'),
    });
    // Brackets inside strings are text, not nesting.
    expect(parse(JSON.stringify({ text: '['.repeat(100) }))).toMatchObject({ ok: true });
  });

  it.each([
    ['{"__proto__":{"polluted":true}}', 'a field named "__proto__" at the top level'],
    ['{"a":[{"b":{"constructor":{"prototype":{}}}}]}', 'a field named "constructor" at a[0].b'],
    ['[{"prototype":1}]', 'a field named "prototype" at [0]'],
  ])('refuses prototype keys anywhere: %s', (text, where) => {
    const result = parse(text);
    expect(result).toMatchObject({ ok: false, problem: 'refused-key', message: expect.stringContaining(where) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows those words as text', () => expect(parse('{"note":"__proto__ constructor prototype"}')).toMatchObject({ ok: true }));

  it.each(['', '   \n', '{"a":', '{"a":1}}', "{'a':1}", '{"a":NaN}', '// comment\n{}'])('refuses %j as not JSON', (text) =>
    expect(parse(text)).toMatchObject({
      ok: false,
      problem: 'not-json',
      message: expect.stringMatching(/^The file is (empty|not valid JSON)/),
    }),
  );

  it('names the line and column of a syntax error', () =>
    expect(parse('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({
      ok: false,
      problem: 'not-json',
      message: 'The file is not valid JSON (line 3, column 7: expected ":" after the field name, found "2"). Nothing was loaded.',
    }));
});
