/**
 * Only http(s) links leave this tool in an export. A draft is typed text, so a writer (or a
 * pasted post, or a model) can put `[read more](javascript:…)` or a `data:` page in it; the
 * reader's Markdown renderer would make that a live link on someone else's site (issue 19).
 * Anything else — javascript:, data:, vbscript:, file:, relative paths, entity-encoded schemes —
 * keeps its words and loses the link.
 */
export function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(url.trim());
}

// [text](destination "title"), ![alt](…) too: text may hold escaped brackets, the destination
// may be in angle brackets or hold one level of balanced parentheses, as CommonMark allows.
const inlineLink = /!?\[((?:\\.|[^\]\\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;

// "[id]: destination" at a line's start defines a reference link that "[text][id]" would use.
const referenceDefinition = /^( {0,3})\[((?:\\.|[^\]\\])+)\]:/gm;

// "](" not followed by an http(s) address: a link the pattern above could not read (deeper
// brackets or parentheses). Escaping its "]" makes it plain text, which reads the same.
const unreadLink = /\](?=\(\s*(?!<?https?:\/\/))/gi;

/** The Markdown text with every link that is not http(s) turned into its words. */
export function keepWebLinks(markdown: string): string {
  return markdown
    .replace(inlineLink, (link, text: string, destination: string) => (isWebLink(destination.replace(/^<|>$/g, '')) ? link : text))
    .replace(unreadLink, '\\]')
    .replace(referenceDefinition, '$1\\[$2]:');
}
