/**
 * Where JSON text first goes wrong, and how, in words a person editing the file understands.
 * JSON.parse says "Unexpected token" without a position in some engines and versions, so the
 * reader runs this small grammar check after a failed parse. Nesting is already bounded by the
 * caller (see parse-untrusted-json), so the recursion here is shallow.
 */
export type JsonError = { index: number; reason: string };

class Stop {
  constructor(readonly error: JsonError) {}
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function locateJsonError(text: string): JsonError | undefined {
  let index = 0;
  const fail = (reason: string): never => {
    throw new Stop({ index, reason: index >= text.length ? 'the text ends before the JSON is complete (was it cut short?)' : reason });
  };
  const skipSpace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };

  const readString = () => {
    index++; // the opening quote
    for (;;) {
      const char = text[index];
      if (char === undefined) fail('');
      if (char === '"') return void index++;
      if (char === '\\') {
        const escaped = text[index + 1];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) index += 6;
        else if (escaped !== undefined && escapes.has(escaped)) index += 2;
        else fail('a backslash in a string must start an escape such as \\n, \\" or \\u00e9');
      } else if (char! < ' ') fail('a line break or control character inside a string must be written as an escape such as \\n');
      else index++;
    }
  };

  const readValue = (): void => {
    skipSpace();
    const char = text[index];
    if (char === '{') {
      readList('}', () => {
        if (text[index] !== '"') fail(`expected a field name in double quotes, found ${describeChar(text[index])}`);
        readString();
        skipSpace();
        if (text[index] !== ':') fail(`expected ":" after the field name, found ${describeChar(text[index])}`);
        index++;
        readValue();
      });
      return;
    }
    if (char === '[') {
      readList(']', readValue);
      return;
    }
    if (char === '"') {
      readString();
      return;
    }
    numberPattern.lastIndex = index;
    if (numberPattern.test(text)) {
      index = numberPattern.lastIndex;
      return;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
    if (literal) {
      index += literal.length;
      return;
    }
    fail(`unexpected ${describeChar(char)}`);
  };

  const readList = (close: string, readItem: () => void) => {
    index++; // the opening bracket
    skipSpace();
    if (text[index] === close) return void index++;
    for (;;) {
      skipSpace();
      readItem();
      skipSpace();
      if (text[index] === ',') index++;
      else if (text[index] === close) return void index++;
      else fail(`expected "," or "${close}", found ${describeChar(text[index])}`);
    }
  };

  try {
    readValue();
    skipSpace();
    if (index < text.length) fail(`unexpected ${describeChar(text[index])} after the end of the JSON value`);
    return undefined;
  } catch (stop) {
    if (stop instanceof Stop) return stop.error;
    throw stop;
  }
}

function describeChar(char: string | undefined): string {
  if (char === undefined) return 'the end of the text';
  if (char === "'") return 'a single quote (JSON uses double quotes)';
  if (char === '/') return '"/" (JSON has no comments)';
  const code = char.codePointAt(0)!;
  return code < 0x20 || code === 0x7f ? `the control character U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `"${char}"`;
}
