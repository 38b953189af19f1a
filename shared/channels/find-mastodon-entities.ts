import { asciiLabelLength } from './punycode-length';
import { domainPattern, urlPrecedingPattern } from './url-domain-pattern';

// The links and mentions Mastodon's StatusLengthValidator shortens before counting: links found by
// the twitter-text gem's extract_urls_with_indices(extract_url_without_protocol: false) with the
// patterns Mastodon overrides in config/initializers/twitter_regex.rb (a protocol is required, and a
// path may hold almost anything), and mentions matched by Account::MENTION_RE (app/models/account.rb)
// through app/lib/extractor.rb. Overlaps are resolved as Extractor.remove_overlapping_entities does.

export const mastodonUrlWeight = 23;

const pathChar = '[^\\p{White_Space}<>()?]';
const balancedParens = `\\((?:${pathChar}+|(?:${pathChar}*\\(${pathChar}+\\)${pathChar}*))\\)`;
const pathEnding = `(?:[^\\p{White_Space}()?!*"'「」<>;:=,.$%\\[\\]~&|@]|${balancedParens})`;
const path = `(?:(?:${pathChar}*(?:${balancedParens}${pathChar}*)*${pathEnding})|(?:${pathChar}+\\/))`;
// The gem's UCHARS (its per-plane noncharacters not left out: they cannot be typed anyway).
const wideChars = '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{E000}-\\u{F8FF}\\u{10000}-\\u{DFFFD}\\u{E1000}-\\u{10FFFD}';
const query = `\\?[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^${wideChars}]*[a-z0-9_&=#/\\-${wideChars}]`;
// Groups: 1 link, 2 domain. Sticky, like the mention pattern: tried only where a match can start.
const urlPattern = new RegExp(
  `${urlPrecedingPattern}((?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini):\\/\\/(${domainPattern})(?::[0-9]+)?(?:\\/${path}*)?(?:${query})?)`,
  'iuy',
);
const tcoUrl = new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:${query})?`, 'iu');

// Ruby's [[:word:]] is letters, marks, decimal digits and connector punctuation.
const word = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';
// Group 1: the username, which is all a mention counts as.
const mentionPattern = new RegExp(
  `(?<![=/\\p{L}\\p{M}\\p{Nd}\\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@${word}+(?:[.-]+${word}+)*)?`,
  'iuy',
);
// twitter-text's end_mention_match: not a mention if an @, a Latin accent or "://" follows.
const endMentionMatch =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: twitter-text's own class, copied as is: combining accents are matched alone
  /(?:[@＠\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF]|:\/\/)/y;

/** One shortened stretch of text: UTF-16 `start`–`end` in the post, and the characters it counts as. */
export type MastodonEntity = { start: number; end: number; weight: number };

export function findMastodonEntities(text: string): MastodonEntity[] {
  const entities = [...findUrls(text), ...findMentions(text)].sort((a, b) => a.start - b.start);
  const kept: MastodonEntity[] = [];
  for (const entity of entities) if (entity.start >= (kept.at(-1)?.end ?? 0)) kept.push(entity);
  return kept;
}

// A match starts with the character before the protocol (or at the text's start), and protocols
// have 3 to 6 letters: so only the positions 7 to 3 before each "://" are tried, in order, which
// finds what scanning the whole text (as Ruby's String#scan does) would find.
function findUrls(text: string): MastodonEntity[] {
  const urls: MastodonEntity[] = [];
  let searchFrom = 0;
  for (let colon = text.indexOf('://'); colon >= 0; colon = text.indexOf('://', Math.max(colon + 1, searchFrom))) {
    for (let position = Math.max(searchFrom, colon - 7, 0); position <= colon - 3; position++) {
      urlPattern.lastIndex = position;
      const match = urlPattern.exec(text);
      if (!match) continue;
      searchFrom = urlPattern.lastIndex;
      const url = match[1]!;
      const start = searchFrom - url.length;
      const tco = tcoUrl.exec(url);
      const end = tco ? start + tco[0].length : searchFrom;
      if (!(tco && tco[1]!.length > 40) && isValidDomain(end - start, match[2]!)) {
        urls.push({ start, end, weight: mastodonUrlWeight });
      }
      break;
    }
  }
  return urls;
}

// The gem's is_valid_domain: the domain converts to ASCII (labels of 1–63 characters) and the link,
// with the domain in its ASCII form, is at most 4,096 characters.
function isValidDomain(urlLength: number, domain: string): boolean {
  let asciiLength = -1;
  for (const label of domain.split('.')) {
    const length = asciiLabelLength(label);
    if (length < 1 || length > 63) return false;
    asciiLength += length + 1;
  }
  return urlLength + Math.max(0, asciiLength - domain.length) <= 4096;
}

// `@user@example.social` counts as `@user`; a local `@user` counts as written.
function findMentions(text: string): MastodonEntity[] {
  const mentions: MastodonEntity[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    mentionPattern.lastIndex = at;
    const match = mentionPattern.exec(text);
    if (!match) continue;
    const end = mentionPattern.lastIndex;
    endMentionMatch.lastIndex = end;
    if (!endMentionMatch.test(text)) mentions.push({ start: at, end, weight: 1 + match[1]!.length });
    at = end - 1;
  }
  return mentions;
}
