/** A link in a draft, with its UTF-16 range. */
export type FoundUrl = { url: string; start: number; end: number };

// Full links, and bare domains with a common top-level domain ("gov.uk/asylum", "fullfact.org").
const urlPattern =
  /\bhttps?:\/\/[^\s<>"']+|\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|int|eu|uk|de|fr|es|it|at|ch|be|nl|ie|info|news|io|ly|app|social|be)\b(?:\/[^\s<>"']*)?/giu;
const trailingPunctuation = /[.,;:!?'"”’»)\]]+$/;

// Most drafts have no link at all: one cheap scan decides whether the full pattern must run.
const mayHaveUrl = /:\/\/|www\.|\.(?:com|org|net|gov|edu|int|eu|uk|de|fr|es|it|at|ch|be|nl|ie|info|news|io|ly|app|social)\b/i;

export function findUrls(text: string): FoundUrl[] {
  const urls: FoundUrl[] = [];
  if (!mayHaveUrl.test(text)) return urls;
  for (const match of text.matchAll(urlPattern)) {
    const url = trimClosingPunctuation(match[0]);
    urls.push({ url, start: match.index, end: match.index + url.length });
  }
  return urls;
}

/** "(see https://x.org/a)" ends the link before ")" unless the link itself opened a bracket. */
function trimClosingPunctuation(url: string): string {
  const trimmed = url.replace(trailingPunctuation, '');
  const opened = (url.match(/\(/g) ?? []).length;
  return opened > 0 && url.startsWith(trimmed) && url[trimmed.length] === ')' ? `${trimmed})` : trimmed;
}

/** Compares links the way a person would: no scheme, "www.", query, fragment or trailing slash. */
export function canonicalUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(?:www\.|mobile\.|m\.)/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^twitter\.com\//, 'x.com/');
}
