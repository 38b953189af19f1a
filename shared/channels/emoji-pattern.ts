// One emoji, however many code points it takes: X weighs it 2, and it is always one grapheme.
// Built from Unicode properties as UTS #51 builds emoji, not from the list of all emoji
// (\p{RGI_Emoji}), which V8 tries ~20 times slower: 1.5 µs per position, too slow per keystroke.
// Every part after the first attaches to the one before (rules GB9, GB11, GB12 of UAX #29), so a
// match never spans two graphemes. An emoji starts fully qualified — emoji presentation, a skin
// tone or U+FE0F — as twitter-text requires (🏳‍🌈 without U+FE0F is not one emoji for X). A U+FE0F
// after an emoji is part of it (⚡️ weighs 2, as in twitter-text; it also weighs 🙂️ 4, as an accident
// of its emoji list, which keyboards do not produce).
const emojiSequence = new RegExp(
  [
    '[#*0-9]\\uFE0F?\\u20E3', // keycaps; twitter-text accepts them without U+FE0F too
    '\\p{RGI_Emoji_Flag_Sequence}', // 🇺🇦: only real flags; a pair like 🇺🇺 is two emoji
    '\\p{RGI_Emoji_Tag_Sequence}', // 🏴󠁧󠁢󠁳󠁣󠁴󠁿
    '(?:(?:\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}|[\\p{Emoji_Presentation}&&\\p{Extended_Pictographic}])\\uFE0F?|\\p{Extended_Pictographic}\\uFE0F)' +
      '(?:\\u200D\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\uFE0F)?)*', // 👍🏽 ❤️ 👨‍👩‍👧 🐦‍🔥
    '\\p{Emoji_Presentation}', // a lone skin tone or regional indicator
  ].join('|'),
  'vy',
);

/** Where an emoji may start: keycap characters before U+FE0F or U+20E3, © ®, U+203C–U+2BFF, 〰 〽 ㊗ ㊙, astral. */
function mayStartEmoji(text: string, index: number, code: number): boolean {
  if (code < 0x80) {
    if (code !== 0x23 && code !== 0x2a && (code < 0x30 || code > 0x39)) return false;
    const next = text.charCodeAt(index + 1);
    return next === 0xfe0f || next === 0x20e3;
  }
  return (
    (code >= 0xd83c && code <= 0xd83e) ||
    (code >= 0x203c && code <= 0x2bff) ||
    code === 0xa9 ||
    code === 0xae ||
    code === 0x3030 ||
    code === 0x303d ||
    code === 0x3297 ||
    code === 0x3299
  );
}

/** UTF-16 length of the emoji starting at `index`, or 0. The regex runs only where one may start. */
export function emojiLengthAt(text: string, index: number): number {
  if (!mayStartEmoji(text, index, text.charCodeAt(index))) return 0;
  emojiSequence.lastIndex = index;
  return emojiSequence.test(text) ? emojiSequence.lastIndex - index : 0;
}
