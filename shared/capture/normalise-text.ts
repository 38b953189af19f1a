// C0 and C1 controls except tab and newline, plus DEL. They are invisible, can hide text from the
// reviewer and break copy/paste into other channels. Bidirectional embeddings, overrides and
// isolates go too: a right-to-left override makes the panel show the text reversed, and nothing
// a post says needs one. The direction marks (LRM, RLM, ALM) are kept: RTL posts need them.
// Zero-width spaces and byte-order marks split words to slip past matching; the zero-width
// joiner stays, as emoji sequences are built with it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/g;

/**
 * Make captured text safe and tidy: drop control characters, turn \r and odd spaces into plain
 * ones, collapse runs of spaces within a line, and keep line breaks single — nested blocks in
 * post markup (div in div) would otherwise turn one paragraph break into several.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
