import { asciiLabelLength } from './punycode-length';
import { asciiDomainPattern, domainPattern, isSpace, urlPrecedingPattern } from './url-domain-pattern';

// The links X counts as 23: twitter-text 3.1.0's extractUrlsWithIndices with its defaults (links
// without http(s):// included), rebuilt here so the editor does not ship twitter-text and core-js.
// The patterns are compiled without the `u` flag, as twitter-text's are, so they match the same text.

const latinAccents =
  '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268' +
  '\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF';
const pathChar = `[a-z\\u0400-\\u04FF0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${latinAccents}]`;
const balancedParens = `\\((?:${pathChar}+|(?:${pathChar}*\\(${pathChar}+\\)${pathChar}*))\\)`;
const pathEnding = `(?:[+\\-a-z\\u0400-\\u04FF0-9=_#/${latinAccents}]|${balancedParens})`;
const path = `(?:(?:${pathChar}*(?:${balancedParens}${pathChar}*)*${pathEnding})|(?:@${pathChar}+/))`;
const queryChar = "[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]";
const queryEnding = '[a-z0-9\\-_&=#/]';
const query = `\\?${queryChar}*${queryEnding}`;

// Groups: 1 preceding character, 2 link, 3 protocol, 4 domain, 5 port, 6 path, 7 query. Sticky: it
// is tried only where a link can start (see findXUrls), not at every position of a long text.
const urlPattern = new RegExp(`(${urlPrecedingPattern})((https?:\\/\\/)?(${domainPattern})(?::([0-9]+))?(\\/${path}*)?(${query})?)`, 'iy');
const asciiDomains = new RegExp(asciiDomainPattern, 'gi');
const tcoUrl = new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:${query})?`, 'i');
const invalidBeforeBareDomain = /[-_./]$/;

const maxUrlLength = 4096;
const maxTcoSlugLength = 40;
const maxLabelLength = 63;

/**
 * Start and end offsets of each link, flattened (`[start0, end0, start1, end1, …]`) to spare an
 * object per link on every keystroke. Offsets are UTF-16 offsets into `text`.
 */
export function findXUrls(text: string): number[] {
  const ranges: number[] = [];
  let searchFrom = 0; // where twitter-text's global search would resume
  let tried = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', Math.max(dot + 1, searchFrom))) {
    const match = leftmostMatchBefore(text, dot, Math.max(searchFrom, tried + 1));
    tried = dot - 1;
    if (!match) continue;
    searchFrom = urlPattern.lastIndex;
    tried = searchFrom - 1;
    pushUrl(ranges, match, searchFrom);
  }
  return ranges;
}

// A link has no spaces and its domain has a dot, so the match a global search would find next holds
// a dot in the same run of non-space characters as its start, and starts (with the character
// before the link) between that run's start, less one, and the dot. Trying those positions in
// order, dot after dot, finds the same leftmost matches as scanning the whole text, far faster.
function leftmostMatchBefore(text: string, dot: number, from: number): RegExpExecArray | null {
  let runStart = dot;
  while (runStart > from && !isSpace(text.charCodeAt(runStart - 1))) runStart--;
  for (let position = Math.max(from, runStart - 1); position <= dot - 1; position++) {
    urlPattern.lastIndex = position;
    const match = urlPattern.exec(text);
    if (match) return match;
  }
  return null;
}

function pushUrl(ranges: number[], match: RegExpExecArray, end: number) {
  const [, before = '', url = '', protocol, domain = '', , path] = match;
  const start = end - url.length;
  if (!isValidUrl(url, protocol ?? 'https://', domain)) return;
  if (protocol) {
    const tco = tcoUrl.exec(url);
    if (tco && tco[1]!.length > maxTcoSlugLength) return;
    // A t.co link ends with its slug (and query): a path after it is text.
    ranges.push(start, tco ? start + tco[0].length : end);
  } else if (!invalidBeforeBareDomain.test(before)) {
    pushBareDomains(ranges, url, domain, path, start);
  }
}

// Without http(s)://, twitter-text takes only the ASCII domains inside the match ("日本example.com"
// links "example.com"), and gives the path to the last one. Like twitter-text's parseTweet, the link
// is as long as its text with the domain swapped for that ASCII domain.
function pushBareDomains(ranges: number[], url: string, domain: string, path: string | undefined, start: number) {
  let searchFrom = 0;
  let last = '';
  asciiDomains.lastIndex = 0;
  for (let match = asciiDomains.exec(domain); match; match = asciiDomains.exec(domain)) {
    const asciiStart = domain.indexOf(match[0], searchFrom);
    searchFrom = asciiStart + match[0].length;
    last = match[0];
    ranges.push(start + asciiStart, start + searchFrom);
  }
  if (last && path) ranges[ranges.length - 1] = ranges[ranges.length - 2]! + url.replace(domain, last).length;
}

// twitter-text's isValidUrl: every label fits DNS once converted to ASCII, and the link is not
// absurdly long. (Its punycode step returns the domain unchanged, so only the label check bites.)
function isValidUrl(url: string, protocol: string, domain: string): boolean {
  if (domain.startsWith('xn--') && !domain.match(asciiDomains)) return false;
  for (const label of domain.split('.')) {
    const length = asciiLabelLength(label);
    if (length < 1 || length > maxLabelLength) return false;
  }
  return protocol.length + url.length <= maxUrlLength;
}
