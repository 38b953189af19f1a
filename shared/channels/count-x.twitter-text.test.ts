import * as twitterTextModule from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { countX } from './count-x';

// X's own counting library, as the reference. It is CommonJS (its ESM build has only a default
// export), so at run time its functions hang off `default`, whatever its type declarations say.
const twitterText = (twitterTextModule as { default?: typeof twitterTextModule }).default ?? twitterTextModule;
const officialLength = (text: string) => twitterText.parseTweet(text).weightedLength;

const corpus = [
  '',
  'Migrants pay more in taxes than they receive in benefits.',
  'FACT: net migration added £2.5bn to revenue (OBR, March 2024). MYTH: “they drain welfare”. It counts costs, not taxes.',
  'José Müller, Zoë Ångström, Łódź, Ørsted, façade, naïve, Straße',
  'Decomposed: Jose\u0301, Zoe\u0308, A\u030Angstro\u0308m',
  'Vietnamese: Người nhập cư đóng thuế nhiều hơn',
  'Greek: Οι μετανάστες πληρώνουν φόρους',
  'Cyrillic: Мигранты платят налоги',
  'Arabic: المهاجرون يدفعون الضرائب',
  'Hebrew: מהגרים משלמים מסים',
  'Hindi: प्रवासी कर चुकाते हैं',
  'Thai: ผู้อพยพจ่ายภาษี',
  'Japanese: 移民は税金を払っています。',
  'Chinese: 移民缴纳的税款多于他们获得的福利',
  'Korean: 이민자들은 세금을 냅니다',
  'Hangul jamo: \u1112\u1161\u11AB\u1100\u1173\u11AF',
  'Emoji: 👍 😀 🎉 ❤️ ✅ ⚠️ 🔥',
  'Skin tones: 👍🏻 👍🏼 👍🏽 👍🏾 👍🏿 ✋🏽',
  'Family: 👨‍👩‍👧‍👦 and 👩‍👩‍👦 and 👨‍👨‍👧‍👧',
  'Professions: 👩🏽‍⚕️ 👨🏿‍🌾 👩‍🏫',
  'Flags: 🇺🇦 🇬🇧 🇩🇪 🇫🇷 🇪🇺 🏳️‍🌈 🏴‍☠️',
  'Subdivision flags: 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  'Keycaps: 1️⃣ 2️⃣ #️⃣ *️⃣ 1⃣',
  'Symbols: © ® ™ ©️ ®️ ™️ ↔ ↔️ ☺ ☺️ ‼ ⁉️',
  'Text and emoji presentation: ⌚ ⌚︎ ⌚️ ⚡️ ☕️ ⭐️ ©︎',
  'Punctuation: “quotes” ‘single’ — – … • ‰ ′ ″ € £ ¥',
  'Spaces:\u00A0no-break\u2009thin\u3000ideographic\ttab\nnewline\r\ncrlf',
  'See https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/internationalmigration for figures',
  'Two links: http://example.com and https://example.org/path?q=1&r=2#frag',
  'Bare domains: bbc.co.uk, fullfact.org and gov.uk/government/statistics.',
  'Not links: node.js, e.g. this, version 2.5.1, file.txt, a.b',
  'Country TLDs that look like files: README.md and setup.py',
  'Brackets: (see https://en.wikipedia.org/wiki/Foo_(bar)) and [example.com]',
  'Trailing punctuation: https://example.com/path. https://example.com/path, https://example.com/path!',
  'Ports and queries: https://example.com:8080/x?y=z and example.com:443',
  'IDN: https://慕田峪长城.网址/ and https://grå.org and bücher.de',
  'Punycode: https://xn--bcher-kva.de/',
  't.co: https://t.co/AbC123 and https://t.co/AbC123/extra/path',
  'Email-like: write to press@example.org or info@bbc.co.uk',
  'Handles mid-text: thanks @FullFact and @BBCVerify',
  '@NewsDesk @pundit leading handles count when not a reply',
  'Hashtags and cashtags: #immigration #EU $TSLA',
  'URL in text: visit example.com/report.pdf today',
  'Mixed: 移民 pay £2.5bn 👍🏽 see obr.uk — “net contributors”',
  'Lone surrogate: \uD83D end',
  'Zero-width: a\u200Bb\u200Cc\u200Dd\uFEFFe',
  'Directional marks: \u202Ahello\u202C \u200Eworld\u200F',
  'a'.repeat(280),
  '税'.repeat(141),
  `${'Migrants pay more in taxes than they receive. '.repeat(6)}https://obr.uk/efo/`,
];

describe('countX against twitter-text 3.1.0 (X’s official counting library)', () => {
  it('has a varied corpus of at least 40 texts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(corpus.map((text) => [text.length > 60 ? `${text.slice(0, 60)}…` : text, text]))('%j', (_, text) => {
    expect(countX(text)).toBe(officialLength(text));
  });

  // twitter-text counts every character of a reply; X does not count the handles a reply starts with.
  it('matches twitter-text on the rest of a reply, leaving out its leading handles', () => {
    expect(countX('@NewsDesk @pundit Migrants pay more 👍🏽', { isReply: true })).toBe(officialLength('Migrants pay more 👍🏽'));
  });

  // Where the two differ on purpose (see emoji-pattern.ts): twitter-text 3.1.0 knows emoji only up to
  // Unicode 12 and weighs the parts of newer sequences; these are one emoji each, so 2.
  it.each([
    ['🐦‍🔥', 5],
    ['❤️‍🔥', 5],
    ['🧑‍🎄', 5],
    ['🧑‍🏫', 5],
    ['🧑🏽‍🤝‍🧑🏻', 8],
    ['🫶🏽', 4],
  ])('counts the newer emoji %s as 2 (twitter-text 3.1.0: %i)', (emoji, official) => {
    expect(countX(emoji)).toBe(2);
    expect(officialLength(emoji)).toBe(official);
  });

  // Forms keyboards do not produce, which twitter-text's emoji list happens to treat otherwise.
  it.each([
    ['👁‍🗨 (no U+FE0F: not one emoji)', '👁‍🗨', 5, 2],
    ['🙂 + U+FE0F (one emoji)', '🙂\uFE0F', 2, 4],
    ['✅ + U+FE0F (one emoji)', '✅\uFE0F', 2, 4],
  ])('counts %s as %i (twitter-text 3.1.0: %i)', (_, text, ours, official) => {
    expect(countX(text)).toBe(ours);
    expect(officialLength(text)).toBe(official);
  });
});
