import { isWebLink, keepWebLinks } from './keep-web-links';

/**
 * Writers type plain text, so it goes into Markdown with its inline marks (*, _, links) kept but
 * nothing that would change the page's structure: no headings, lists, quotes, rules, tables or
 * code blocks started by a line's first characters, and no raw HTML tags. A line break the
 * writer typed (before a sign-off) stays a line break (a trailing backslash, CommonMark's hard
 * break, which editors do not strip as they strip trailing spaces).
 */
export function markdownText(text: string): string {
  return keepWebLinks(text.trim())
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.split('\n').map(keepOutOfBlockSyntax).join('\\\n'))
    .join('\n\n');
}

function keepOutOfBlockSyntax(line: string): string {
  return line
    .trim()
    .replace(/^(\d+)([.)])/, '$1\\$2') // "2023. " would start a numbered list; only punctuation can be escaped
    .replace(/^(#{1,6}(?=\s|$)|[-+*](?=\s|$)|([-*_=])(?=(\s*\2)+\s*$)|[>|]|```|~~~)/, '\\$1');
}

/** A link Markdown cannot misread: brackets in the title escaped, the address in angle brackets. */
export function markdownLink(title: string, url: string): string {
  const safeTitle = title
    .replace(/[\\[\]]/g, '\\$&')
    .replace(/\s+/g, ' ')
    .trim();
  if (!isWebLink(url)) return safeTitle;
  return `[${safeTitle}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}
