import type { CaptureCase } from './capture-cases';

/** Mastodon, Bluesky, Lemmy, Misskey: markup read from their front ends' source. */
export const openSourceCases: CaptureCase[] = [];
