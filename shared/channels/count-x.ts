import { emojiLengthAt } from './emoji-pattern';
import { findXUrls } from './find-x-urls';
import { mapNfcOffset } from './map-nfc-offset';
import { spaceChars } from './url-domain-pattern';

// X's published counting rules: twitter-text 3.1.0's parseTweet with the v3 configuration.
export const xUrlWeight = 23;
const emojiWeight = 2;

/** The code points that weigh 1 (Latin, most scripts, general punctuation); everything else weighs 2. */
function codePointWeight(code: number): number {
  return code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247) ? 1 : 2;
}

// In a reply, X shows the @handles the reply starts with as "Replying to …" and does not count them:
// the run of handles (each followed by a space or the end) at the very start, with their spaces.
const space = `[${spaceChars}]`;
const leadingMentions = new RegExp(`^(?:${space}*[@＠][A-Za-z0-9_]{1,20}(?=${space}|$))+${space}*`);

// Only text with a character from U+0300 up can change under NFC; most English text skips it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: a range from U+0000, not a control character
const mayChangeUnderNfc = /[^\u0000-\u02FF]/;

export type XMeasure = { length: number; overflowOffset: number | undefined };

/**
 * X's weighted length of `text`, and where (UTF-16 offset into `text`) the first unit that does not
 * fit within `limit` starts: a code point, an emoji or a link. `isReply` drops the leading @handles.
 */
export function measureX(text: string, limit = Infinity, isReply = false): XMeasure {
  const normal = mayChangeUnderNfc.test(text) ? text.normalize('NFC') : text;
  const urls = findXUrls(normal);
  let index = isReply ? (leadingMentions.exec(normal)?.[0].length ?? 0) : 0;
  let url = 0;
  let length = 0;
  let overflow = -1;
  while (index < normal.length) {
    const unitStart = index;
    while (url < urls.length && urls[url]! < index) url += 2;
    if (urls[url] === index) {
      length += xUrlWeight;
      index = urls[url + 1]!;
    } else {
      const emojiLength = emojiLengthAt(normal, index);
      const code = normal.charCodeAt(index);
      const isPair = (code & 0xfc00) === 0xd800 && (normal.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
      length += emojiLength > 0 ? emojiWeight : isPair ? 2 : codePointWeight(code);
      index += emojiLength > 0 ? emojiLength : isPair ? 2 : 1;
    }
    if (overflow < 0 && length > limit) overflow = unitStart;
  }
  const overflowOffset = overflow < 0 ? undefined : normal === text ? overflow : mapNfcOffset(text, normal, overflow);
  return { length, overflowOffset };
}

/** X's weighted length: what X's composer counts against 280. */
export function countX(text: string, options: { isReply?: boolean } = {}): number {
  return measureX(text, Infinity, options.isReply ?? false).length;
}
