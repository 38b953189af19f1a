// Where a grapheme boundary is certain from two neighbouring UTF-16 units alone, whatever else
// surrounds them (UAX #29). count-graphemes.ts counts such places itself and leaves the rest to
// Intl.Segmenter. Wrongly saying "certain" would miscount; wrongly saying "not certain" only costs
// a segmenter call. So "plain" holds only characters known to behave plainly, and the classes of
// what joins a neighbour hold everything that might (for astral prepended marks, their whole block).

export const CR = 0x0d;
export const LF = 0x0a;

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Characters of grapheme class "Other" that two of a kind never join: letters, digits, punctuation
 * and symbols of Latin, Greek, Cyrillic, Hebrew, Arabic, Thai, CJK, kana and Hangul syllables.
 * Left out: combining marks, controls, jamo, prepended marks, and Indic letters (rule GB9c).
 */
function isPlain(code: number): boolean {
  if (code < 0x300) return code >= 0x20 && code !== 0x7f && (code < 0x80 || code >= 0xa0) && code !== 0xad;
  if (code < 0x1000) {
    return (
      (code >= 0x370 && code <= 0x482) ||
      (code >= 0x48a && code <= 0x52f) ||
      (code >= 0x5d0 && code <= 0x5f4) ||
      code === 0x60c ||
      code === 0x61b ||
      code === 0x61f ||
      (code >= 0x620 && code <= 0x64a) ||
      (code >= 0x660 && code <= 0x66f) ||
      (code >= 0x671 && code <= 0x6d5) ||
      (code >= 0xe01 && code <= 0xe30) ||
      code === 0xe32 ||
      (code >= 0xe3f && code <= 0xe46) ||
      (code >= 0xe4f && code <= 0xe5b)
    );
  }
  return (
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205f) ||
    (code >= 0x20a0 && code <= 0x20cf) ||
    (code >= 0x3000 && code <= 0x3029) ||
    (code >= 0x3030 && code <= 0x3096) ||
    (code >= 0x309b && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff01 && code <= 0xff9d)
  );
}

// What attaches to the character before it (rules GB9, GB9a, GB7–8 of UAX #29): marks, ZWNJ, ZWJ,
// the two Thai and Lao spacing vowels, halfwidth kana voicing marks, Hangul vowel and final jamo,
// emoji skin tones, tag characters (flags of England, Scotland, Wales).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each combining mark and joiner is listed on its own, to match one code point at a time
const joinsPrevious = /[\p{M}\u200C\u200D\u0E33\u0EB3\uFF9E\uFF9F\u1160-\u11FF\uD7B0-\uD7FB\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/uy;

// What attaches to the character after it, when that is a plain one (GB9b, GB11, GB6): prepended
// marks, ZWJ, Hangul leading jamo. Astral prepended marks all lie in U+11000–U+11FFF.
function joinsNextPlain(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code & 0xfc00) === 0xdc00) {
    const high = text.charCodeAt(index - 1);
    return high >= 0xd804 && high <= 0xd807;
  }
  return (
    (code >= 0x600 && code <= 0x605) ||
    code === 0x6dd ||
    code === 0x70f ||
    code === 0x890 ||
    code === 0x891 ||
    code === 0x8e2 ||
    code === 0xd4e ||
    code === 0x200d ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0xa960 && code <= 0xa97c)
  );
}

/** True only where a grapheme boundary lies before `text[index]` whatever surrounds the pair. */
export function isCertainBoundary(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  const code = text.charCodeAt(index);
  if (previous === CR) return code !== LF;
  if (isControl(previous) || isControl(code)) return true;
  if (isPlain(previous)) {
    if (isPlain(code)) return true;
    joinsPrevious.lastIndex = index;
    return !joinsPrevious.test(text);
  }
  return isPlain(code) && !joinsNextPlain(text, index - 1);
}
