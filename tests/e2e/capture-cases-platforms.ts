import type { CaptureCase } from './capture-cases';

/** X, Facebook, Threads, Instagram, Reddit, YouTube, LinkedIn, TikTok: markup from their documented, widely scraped hooks. */
export const platformCases: CaptureCase[] = [
  {
    name: 'X: a post quoting another — the post itself, the quote apart',
    page: 'x.html',
    url: 'https://x.com/rumourmill/status/1790000000000000001',
    select: 'pensioners freeze',
    expected: {
      platform: 'x',
      text:
        'Asylum seekers are living in four-star hotels on our money while pensioners freeze at home.\n' +
        'Every single one gets a free room and £500 a week. #StopTheHotels',
      author: '@rumourmill',
      permalink: 'https://x.com/rumourmill/status/1790000000000000001',
      quoted: { text: 'Quoted post: this text belongs to another post.' },
    },
  },
  {
    name: 'X: a reply that quotes a post — selected in the reply, the reply is captured, not the quote or the post replied to',
    page: 'x-reply-quote.html',
    url: 'https://x.com/pat_reply/status/1800000000000000002',
    select: 'local families wait',
    expected: {
      platform: 'x',
      text: 'This is exactly what I said: migrants get the new flats first and local families wait.',
      author: '@pat_reply',
      permalink: 'https://x.com/pat_reply/status/1800000000000000002',
      quoted: {
        text: 'Last year 3% of new social lets went to people who arrived in the past five years.',
        author: '@numbers_check',
      },
    },
  },
  {
    name: 'X: a selection inside the quoted post — the quoting reply, marked as selected in the quote, with the quoted author',
    page: 'x-reply-quote.html',
    url: 'https://x.com/pat_reply/status/1800000000000000002',
    select: 'new social lets',
    expected: {
      platform: 'x',
      text: 'This is exactly what I said: migrants get the new flats first and local families wait.',
      author: '@pat_reply',
      permalink: 'https://x.com/pat_reply/status/1800000000000000002',
      quoted: {
        text: 'Last year 3% of new social lets went to people who arrived in the past five years.',
        author: '@numbers_check',
      },
      selectionInQuote: true,
    },
  },
  {
    name: 'X: a selection across two posts of a thread — both, in order; no font-size:0 or display:none text, no U+202E',
    page: 'x-thread.html',
    url: 'https://x.com/rumourmill/status/1810000000000000001',
    select: { from: 'young men', to: 'phone bills' },
    expected: {
      platform: 'x',
      text: '1/ The hotels are full of young men who arrived last month. Nobody checks who they are.',
      author: '@rumourmill',
      permalink: 'https://x.com/rumourmill/status/1810000000000000001',
      inSelection: ['@rumourmill', '@rumourmill'],
    },
  },
  {
    name: 'X: hidden text and a right-to-left override inside a post are left out',
    page: 'x-thread.html',
    url: 'https://x.com/rumourmill/status/1810000000000000002',
    select: 'council pays',
    expected: {
      platform: 'x',
      text: '2/ And the council pays their phone bills too.',
      author: '@rumourmill',
      permalink: 'https://x.com/rumourmill/status/1810000000000000002',
    },
  },
  {
    name: 'X: a long post cut with "Show more" — shown in part, emoji images as their characters',
    page: 'x-long-post.html',
    url: 'https://x.com/home',
    select: 'GP surgeries full',
    expected: {
      platform: 'x',
      text:
        'Every town is being changed without anyone asking us 😡\n' +
        'Schools full, GP surgeries full, and the new arrivals get priority for everything while our own kids wait years for a council flat. I have lived here for forty',
      author: '@flag_waver',
      permalink: 'https://x.com/flag_waver/status/1820000000000000001',
      shownInPart: true,
    },
  },
  {
    name: 'Facebook: a post cut with "See more" — shown in part, without "See more" or display:none text',
    page: 'facebook-see-more.html',
    url: 'https://www.facebook.com/',
    select: 'free car and a phone',
    expected: {
      platform: 'facebook',
      text:
        'Did you know that every asylum seeker gets a free car and a phone on arrival?\n' +
        'My neighbour works at the council and saw the paperwork herself. It is all paid for out of our council tax, ' +
        "while the library closes and the buses are cut. They don't want you to know how much it costs…",
      author: 'Concerned Residents Group',
      permalink: 'https://www.facebook.com/concernedresidents/posts/pfbid0rumour42',
      shownInPart: true,
    },
  },
  {
    name: 'Facebook: a comment — the comment, its author and its own address, not the post it is under',
    page: 'facebook-comment.html',
    url: 'https://www.facebook.com/localrumours/posts/pfbid0local7',
    select: 'priority on the housing list',
    expected: {
      platform: 'facebook',
      text: 'Exactly, and they get priority on the housing list too 😤 nobody will admit it.',
      author: 'Jo Lister',
      permalink: 'https://www.facebook.com/localrumours/posts/pfbid0local7?comment_id=1234567890123456',
    },
  },
  {
    name: 'Threads: a reply — the reply and its author, not the post above it',
    page: 'threads-reply.html',
    url: 'https://www.threads.com/@rumourwatch/post/DArumourRoot',
    select: 'turned away',
    expected: {
      platform: 'threads',
      text: 'My cousin tried to register and was turned away 🙄 because the list was full of new arrivals.',
      author: '@alex.local',
      permalink: 'https://www.threads.com/@alex.local/post/DAalexReply',
    },
  },
  {
    name: 'Instagram: a feed caption cut with "… more" — the caption, its author, shown in part',
    page: 'instagram-caption.html',
    url: 'https://www.instagram.com/',
    select: 'free driving lessons',
    expected: {
      platform: 'instagram',
      text: 'Migrants get free driving lessons and a car while our kids pay £2,000 to learn. Share before they delete this…',
      author: '@rumour.gram',
      permalink: 'https://www.instagram.com/p/DBrumourGram/',
      shownInPart: true,
    },
  },
  {
    name: 'Reddit: a selection from a comment into its reply — both, in order, the comment first',
    page: 'reddit-comment-reply.html',
    url: 'https://www.reddit.com/r/AskUK/comments/1abcpost/are_migrants_really_given_priority/',
    select: { from: 'straight to the top', to: 'Allocation is by need' },
    expected: {
      platform: 'reddit',
      text: 'Yes. They go straight to the top of the list, my sister has waited six years.',
      author: 'u/angry_taxpayer',
      permalink: 'https://www.reddit.com/r/AskUK/comments/1abcpost/comment/kx1parent/',
      inSelection: ['u/angry_taxpayer', 'u/housing_officer_ex'],
    },
  },
  {
    name: 'Old Reddit: a selection across two sibling comments — both, without "412 points", arrows or buttons',
    page: 'reddit-old-siblings.html',
    url: 'https://old.reddit.com/r/AskUK/comments/1abcpost/are_migrants_really_given_priority/',
    select: { from: 'within a week', to: 'same waiting list' },
    expected: {
      platform: 'reddit',
      text: 'They get a house within a week of landing, everyone knows someone it happened to.',
      author: 'u/pub_talk',
      permalink: 'https://old.reddit.com/r/AskUK/comments/1abcpost/are_migrants_really_given_priority/kx3first/',
      inSelection: ['u/pub_talk', 'u/dee_facts'],
    },
  },
  {
    name: 'YouTube: a comment cut with "Read more" — shown in part, with its own &lc= address',
    page: 'youtube-read-more.html',
    url: 'https://www.youtube.com/watch?v=budget42',
    select: 'hotels for migrants',
    expected: {
      platform: 'youtube',
      text:
        'Half of this budget goes on hotels for migrants, that is why the bins are collected every three weeks now.\n' +
        'They will never show you the real numbers.',
      author: '@taxpayer_truths',
      permalink: 'https://www.youtube.com/watch?v=budget42&lc=UgzBudgetRumour',
      shownInPart: true,
    },
  },
  {
    name: 'LinkedIn: a post clamped with "…more" — the name from its visible (aria-hidden) copy, no screen-reader duplicates',
    page: 'linkedin-more.html',
    url: 'https://www.linkedin.com/feed/',
    select: 'queue only gets longer',
    expected: {
      platform: 'linkedin',
      text:
        'Unpopular opinion: the housing crisis is caused by immigration and nothing else.\n' +
        'Build all you like, the queue only gets longer. Every new block in my town went to people who arrived in the last year while nurses and teachers commute two hours. #housing',
      author: 'Jordan Opinions',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/',
      shownInPart: true,
    },
  },
  {
    name: 'TikTok: a comment — its text without U+202E, the @handle from its link, not the reply under it',
    page: 'tiktok-comment.html',
    url: 'https://www.tiktok.com/@council.explained/video/7490000000000000001',
    select: "don't pay council tax",
    expected: {
      platform: 'tiktok',
      text: "Migrants don't pay council tax, we pay it for them. Look it up.",
      author: '@rumour.tok',
    },
  },
];
