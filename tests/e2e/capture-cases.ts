import type { Platform } from '../../shared/schema/platform';
import { openSourceCases } from './capture-cases-open-source';
import { platformCases } from './capture-cases-platforms';

/**
 * What capture must read on each fixture page (tests/fixtures/pages, each noting where its markup
 * comes from): the post a highlight is in, its author, its own address, the post it quotes and
 * whether the platform showed it only in part. capture-platforms.spec.ts runs every case with the
 * real built extension in Chromium; the fixture server serves each page at its `url`.
 */
export type CaptureCase = {
  /** What the case shows: the test's title. */
  name: string;
  /** The fixture page (tests/fixtures/pages). */
  page: string;
  /** Where the page is served: an address of the platform's own shape (the host resolves to the test server). */
  url: string;
  /** What the person highlights: one phrase, or from one phrase to another (across posts). */
  select: string | { from: string; to: string };
  expected: {
    platform: Platform;
    /** The answered post's text, exactly as captured. */
    text: string;
    author?: string;
    /** The post's own address; absent when the page shows none. */
    permalink?: string;
    quoted?: { text: string; author?: string };
    selectionInQuote?: true;
    shownInPart?: true;
    /** A selection across posts: each post's author, in page order. */
    inSelection?: string[];
  };
};

/** Every case: open-source front ends (read from their source) and the other platforms (from their documented structure). */
export const captureCases: CaptureCase[] = [...platformCases, ...openSourceCases];
