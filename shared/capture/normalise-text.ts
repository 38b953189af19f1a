// C0 and C1 controls except tab and newline, plus DEL. They are invisible, can hide text from the
// reviewer and break copy/paste into other channels. Bidi marks are kept: RTL posts need them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

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
