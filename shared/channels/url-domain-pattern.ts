import { countryTopLevelDomains, genericTopLevelDomains } from './url-tlds';

// The pieces of twitter-text 3.1.0's link pattern that X and Mastodon share (dist/regexp/*.js; the
// Ruby gem Mastodon uses has the same definitions). Written as regex source that is valid both with
// and without the `u` flag: X's finder runs without it, as twitter-text does; Mastodon's with it.

/** twitter-text's `spacesGroup`: what ends a domain and what may stand before a link. */
export const spaceChars = '\\x09-\\x0D\\x20\\x85\\xA0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
/** The same spaces, for loops that test one UTF-16 code unit at a time. */
export function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const invalidChars = '\\uFFFE\\uFEFF\\uFFFF';
const directionalMarkers = '\\u202A-\\u202E\\u061C\\u200E\\u200F\\u2066-\\u2069';
const punctuation = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]\\^_{|}~$";

/** Any character that can be part of a domain label: not punctuation, space or a direction mark. */
const domainChar = `[^${punctuation}${spaceChars}${invalidChars}${directionalMarkers}]`;
const subdomain = `(?:(?:${domainChar}(?:[_-]|${domainChar})*)?${domainChar}\\.)`;
const domainName = `(?:(?:${domainChar}(?:-|${domainChar})*)?${domainChar}\\.)`;
// A TLD only counts when no letter, digit, @, + or - follows: "example.comedy" is not "example.com".
const tldEnd = '(?=[^0-9a-zA-Z@+-]|$)';
const topLevelDomain = `(?:(?:${genericTopLevelDomains})${tldEnd}|(?:${countryTopLevelDomains})${tldEnd}|xn--[\\-0-9a-z]+)`;

/** `validDomain`: labels, then a known TLD (or punycode). Unicode labels are allowed. */
export const domainPattern = `(?:${subdomain}*${domainName}${topLevelDomain})`;

/** `validUrlPrecedingChars`: a link never continues a word, an @handle, a $cashtag or a #hashtag. */
export const urlPrecedingPattern = `(?:[^A-Za-z0-9@＠$#＃${invalidChars}]|[${directionalMarkers}]|^)`;

/** `validAsciiDomain`: the ASCII-only domains X accepts without http(s)://, like bbc.co.uk. */
export const asciiDomainPattern =
  '(?:(?:[\\-a-z0-9\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B' +
  `\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF]+)\\.)+${topLevelDomain}`;
