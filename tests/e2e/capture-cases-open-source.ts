import type { CaptureCase } from './capture-cases';

const mastodonQuote = {
  text: 'From Saturday 12 December the housing advice desk also opens on Saturday mornings, for everyone on the list. Details: city.example/housing/saturday',
  author: '@housing@city.example',
};
const blueskyQuote = {
  text:
    'Council: the 120 new social homes at Mill Lane are prioritised for households already on the waiting list, ' +
    'including new arrivals who qualify under the same rules.',
  author: '@citynews.example.com',
};
const misskeyQuote = {
  text: 'Evening language classes start in January. They are free for anyone on a low income and for newly arrived residents in their first year.',
  author: '@adulted@city.example',
};

/** Mastodon, Bluesky, Lemmy, Misskey: markup read from their front ends' source. */
export const openSourceCases: CaptureCase[] = [
  {
    name: 'Mastodon: a timeline post quoting another — the post itself, the quote apart',
    page: 'mastodon-quote.html',
    url: 'https://mastodon.example/home',
    select: 'jump the housing queue',
    expected: {
      platform: 'mastodon',
      text: 'See? Saturday opening just so newcomers can jump the housing queue while the rest of us wait 🙄\n#housing',
      author: '@rumours',
      permalink: 'https://mastodon.example/@rumours/113400000000000002',
      quoted: mastodonQuote,
    },
  },
  {
    name: 'Mastodon: a selection in the quoted post — the quoting post, marked as selected in its quote',
    page: 'mastodon-quote.html',
    url: 'https://mastodon.example/home',
    select: 'Saturday mornings',
    expected: {
      platform: 'mastodon',
      text: 'See? Saturday opening just so newcomers can jump the housing queue while the rest of us wait 🙄\n#housing',
      author: '@rumours',
      permalink: 'https://mastodon.example/@rumours/113400000000000002',
      quoted: mastodonQuote,
      selectionInQuote: true,
    },
  },
  {
    name: "Mastodon: a post's own page (div.detailed-status alone) — author, date link, no RLO, no hidden link parts",
    page: 'mastodon-detailed.html',
    url: 'https://mastodon.example/@rumours/113500000000000001',
    select: 'Riverside scheme',
    expected: {
      platform: 'mastodon',
      text: "Every new flat in the Riverside scheme goes to newcomers first, ask @housing if you don't believe me.\nProof: rumours.example/riverside-allo",
      author: '@rumours@mastodon.example',
      permalink: 'https://mastodon.example/@rumours/113500000000000001',
    },
  },
  {
    name: 'Mastodon: a post behind a content warning — the warning, shown in part',
    page: 'mastodon-cw.html',
    url: 'https://mastodon.example/public/local',
    select: 'station attacks',
    expected: {
      platform: 'mastodon',
      text: "Crime figures they won't show you: migrants and the station attacks",
      author: '@streetwise',
      permalink: 'https://mastodon.example/@streetwise/113600000000000001',
      shownInPart: true,
    },
  },
  {
    name: 'Mastodon: a long post collapsed behind "Read more" — shown in part',
    page: 'mastodon-cw.html',
    url: 'https://mastodon.example/public/local',
    select: 'losing school places',
    expected: {
      platform: 'mastodon',
      text: 'Local children are losing school places to families who arrived last year.',
      author: '@longreads',
      permalink: 'https://mastodon.example/@longreads/113600000000000002',
      shownInPart: true,
    },
  },
  {
    name: 'Bluesky: a feed post quoting another — the post itself, the quote apart with its handle',
    page: 'bluesky-quote.html',
    url: 'https://bsky.app/',
    select: "Families who've waited",
    expected: {
      platform: 'bluesky',
      text: 'They admit it themselves: the new homes are "prioritised for new arrivals". Families who\'ve waited years get nothing. #housing',
      author: '@rumours.bsky.social',
      permalink: 'https://bsky.app/profile/rumours.bsky.social/post/3lrumourquote',
      quoted: blueskyQuote,
    },
  },
  {
    name: 'Bluesky: a selection across two replies in a thread — both, in order; the first answered',
    page: 'bluesky-thread.html',
    url: 'https://bsky.app/profile/rumours.bsky.social/post/3lthreadroot',
    select: { from: 'The council pays for nobody', to: 'keep coming from?' },
    expected: {
      platform: 'bluesky',
      text: "I teach in this town. The council pays for nobody's lessons, refugees pay the same rates as everyone.",
      author: '@driving.example.org',
      permalink: 'https://bsky.app/profile/driving.example.org/post/3lreplyone',
      inSelection: ['@driving.example.org', '@skeptic.bsky.social'],
    },
  },
  {
    name: 'Lemmy: a post — title and body, author from its /u/ link',
    page: 'lemmy-post.html',
    url: 'https://lemmy.example/post/4242',
    select: 'every refugee family',
    expected: {
      platform: 'lemmy',
      text:
        'Refugees get council tax waived, we pay double\n' +
        'My bill went up again this year. Meanwhile every refugee family on our street pays nothing.\n' +
        'Look it up.',
      author: '@rumour_poster',
    },
  },
  {
    name: 'Lemmy: a selection from a comment into its reply — both, in order, the comment with its link',
    page: 'lemmy-post.html',
    url: 'https://lemmy.example/post/4242',
    select: { from: 'Council tax is charged', to: 'zero to pay' },
    expected: {
      platform: 'lemmy',
      text: 'Council tax is charged on the home, not on who lives there. Refugee families in rented homes pay it like any other tenant.',
      author: '@taxclerk@lemmy.other.example',
      permalink: 'https://lemmy.example/post/4242/9001#comment-9001',
      inSelection: ['@taxclerk@lemmy.other.example', '@rumour_poster'],
    },
  },
  {
    name: 'Misskey: a quote renote — the note itself with its emoji, the renoted note apart',
    page: 'misskey-quote.html',
    url: 'https://misskey.example/',
    select: 'free for migrants only',
    expected: {
      platform: 'misskey',
      text: 'Read it properly: the language classes are free for migrants only. Everyone else pays 💸\n#integration',
      author: '@rumours',
      permalink: 'https://misskey.example/notes/9zrumour01',
      quoted: misskeyQuote,
    },
  },
  {
    name: 'Misskey: a selection in the renoted note — the quoting note, marked as selected in its quote',
    page: 'misskey-quote.html',
    url: 'https://misskey.example/',
    select: 'low income and for newly arrived',
    expected: {
      platform: 'misskey',
      text: 'Read it properly: the language classes are free for migrants only. Everyone else pays 💸\n#integration',
      author: '@rumours',
      permalink: 'https://misskey.example/notes/9zrumour01',
      quoted: misskeyQuote,
      selectionInQuote: true,
    },
  },
  {
    name: "Misskey: a user's page at /@name, an address shaped like Mastodon's — still Misskey, by its markup",
    page: 'misskey-quote.html',
    url: 'https://misskey.example/@rumours',
    select: 'Half my class',
    expected: {
      platform: 'misskey',
      text: 'Low income counts too. Half my class were born here.',
      author: '@teacher',
      permalink: 'https://misskey.example/notes/9zteacher01',
    },
  },
  {
    name: "Misskey: a note's own page — the note, its address from the footer's date link",
    page: 'misskey-thread.html',
    url: 'https://misskey.example/notes/9zthread01',
    select: 'school repairs budget',
    expected: {
      platform: 'misskey',
      text: 'The new mosque is being paid for out of the school repairs budget. Ask the council where the money went.',
      author: '@rumours',
      permalink: 'https://misskey.example/notes/9zthread01',
    },
  },
  {
    name: 'Misskey: a selection from a reply into the reply nested in it — both, in order',
    page: 'misskey-thread.html',
    url: 'https://misskey.example/notes/9zthread01',
    select: { from: 'No council money', to: 'community facilities' },
    expected: {
      platform: 'misskey',
      text: 'No council money goes to any place of worship. School repairs are fully funded; the line is in the published budget, page 14.',
      author: '@budget@city.example',
      permalink: 'https://misskey.example/notes/9zreply01',
      inSelection: ['@budget@city.example', '@rumours'],
    },
  },
  {
    name: 'Bluesky: a long post clamped with "Show more" — shown in part',
    page: 'bluesky-quote.html',
    url: 'https://bsky.app/',
    select: 'counted the appointments',
    expected: {
      platform: 'bluesky',
      text: 'Thread on the GP waiting lists. Everyone says it is the new arrivals, so I counted the appointments at my surgery for a month.',
      author: '@longposts.bsky.social',
      permalink: 'https://bsky.app/profile/longposts.bsky.social/post/3llongpost',
      shownInPart: true,
    },
  },
  {
    name: "Mastodon: a selection from a post's own page into the reply below — both, in order",
    page: 'mastodon-detailed.html',
    url: 'https://mastodon.example/@rumours/113500000000000001',
    select: { from: 'Riverside scheme', to: 'points system' },
    expected: {
      platform: 'mastodon',
      text: "Every new flat in the Riverside scheme goes to newcomers first, ask @housing if you don't believe me.\nProof: rumours.example/riverside-allo",
      author: '@rumours@mastodon.example',
      permalink: 'https://mastodon.example/@rumours/113500000000000001',
      inSelection: ['@rumours@mastodon.example', '@housing@city.example'],
    },
  },
  {
    name: 'Lemmy: the front page in list mode — the title as the post, its link as the address',
    page: 'lemmy-front.html',
    url: 'https://lemmy.example/',
    select: 'free car',
    expected: {
      platform: 'lemmy',
      text: 'Migrants get a free car when they arrive, my cousin saw the paperwork',
      author: '@cartalk@lemmy.other.example',
      permalink: 'https://lemmy.example/post/4243',
    },
  },
];
