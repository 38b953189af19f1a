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
];
