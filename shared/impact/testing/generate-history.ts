import { exampleEntry } from '../../lint/testing/example-entry';
import type { Audience } from '../../schema/audience';
import type { Entry, EntryStatus } from '../../schema/entry';
import type { Platform } from '../../schema/platform';
import type { Reply } from '../../schema/reply';
import type { Decision, Sighting } from '../../schema/sighting';
import type { Spokesperson } from '../../schema/spokesperson';
import type { Topic } from '../../schema/topic';
import type { ImpactData } from '../impact-types';

export type HistoryOptions = {
  sightings: number;
  replies: number;
  /** When the first post is captured; a Monday noon by default. */
  start?: string;
  /** The span the sightings are spread evenly over; one a day by default. */
  days?: number;
  members?: readonly string[];
  /** Shuffles the order of the lists (not what they hold), as a database might return them. */
  shuffleSeed?: number;
};

const DAY_MS = 86_400_000;

/**
 * A team's history built by rule, so every figure can be worked out by hand:
 *
 * - sighting i is captured at start + i·(days/sightings) days, on platform x, facebook, web by
 *   i mod 3, with decision reply, hold, prebunk, undecided by i mod 4, by members[i mod m];
 * - it matches by i mod 5: [crime-a], [jobs-b], [housing-c], [mixed-d, crime-a], or nothing
 *   (a gap);
 * - reply j answers sighting ⌊j·sightings/replies⌋, (j+1) minutes after its capture, with that
 *   sighting's first entry (none for a gap), for audience local-workers, parents,
 *   older-residents by j mod 3, spokesperson council-leader when j is even, by members[j mod m];
 * - entries: crime-a (crime), jobs-b (jobs), housing-c (housing), mixed-d (crime and housing),
 *   health-e (healthcare, never seen or used) vetted; wages-f (wages) a draft.
 */
export function generateHistory({
  sightings: sightingCount,
  replies: replyCount,
  start = '2026-01-05T12:00:00.000Z',
  days = sightingCount,
  members = ['amira', 'ben'],
  shuffleSeed,
}: HistoryOptions): ImpactData {
  const startMs = Date.parse(start);
  const sightings: Sighting[] = [];
  for (let i = 0; i < sightingCount; i++) {
    sightings.push({
      id: uuid(1, i),
      post: {
        text: `Post ${i}: they are all getting something for nothing`,
        url: `https://example.social/@author${i}/${i}`,
        platform: platforms[i % 3]!,
        author: `@author${i}`,
        capturedAt: new Date(startMs + Math.floor((i * days * DAY_MS) / sightingCount)).toISOString(),
      },
      matchedEntryIds: matches[i % 5]!,
      decision: decisions[i % 4]!,
      by: members[i % members.length]!,
    });
  }
  const replies: Reply[] = [];
  for (let j = 0; j < replyCount; j++) {
    const sighting = sightings[Math.floor((j * sightingCount) / replyCount)]!;
    const entryId = sighting.matchedEntryIds[0];
    replies.push({
      id: uuid(2, j),
      draftId: uuid(3, j),
      sightingId: sighting.id,
      ...(entryId ? { entryId } : {}),
      audienceIds: [audiences[j % 3]!.id],
      ...(j % 2 === 0 ? { spokespersonId: 'council-leader' } : {}),
      channel: j % 2 === 0 ? 'x' : 'facebook',
      language: 'en',
      postedAt: new Date(Date.parse(sighting.post.capturedAt) + (j + 1) * 60_000).toISOString(),
      by: members[j % members.length]!,
    });
  }
  if (shuffleSeed !== undefined) {
    const random = mulberry32(shuffleSeed);
    shuffle(sightings, random);
    shuffle(replies, random);
  }
  return { sightings, replies, entries, audiences, spokespeople };
}

const platforms: readonly Platform[] = ['x', 'facebook', 'web'];
const decisions: readonly Decision[] = ['reply', 'hold', 'prebunk', 'undecided'];
const matches: readonly string[][] = [['crime-a'], ['jobs-b'], ['housing-c'], ['mixed-d', 'crime-a'], []];

const entry = (id: string, title: string, topics: Topic[], status: EntryStatus = 'vetted'): Entry => ({
  ...exampleEntry,
  id,
  title,
  topics,
  status,
});
export const entries: Entry[] = [
  entry('crime-a', 'Crime myth A', ['crime']),
  entry('jobs-b', 'Jobs myth B', ['jobs']),
  entry('housing-c', 'Housing myth C', ['housing']),
  entry('mixed-d', 'Mixed myth D', ['crime', 'housing']),
  entry('health-e', 'Health myth E', ['healthcare']),
  entry('wages-f', 'Wages myth F', ['wages'], 'draft'),
];

const audience = (id: string, name: string): Audience => ({
  id,
  name,
  description: name,
  values: ['fairness'],
  concerns: ['cost'],
  tone: 'warm',
  readingLevel: 'plain',
  notes: '',
});
export const audiences: Audience[] = [
  audience('local-workers', 'Local workers'),
  audience('parents', 'Parents'),
  audience('older-residents', 'Older residents'),
];

const spokesperson = (id: string, name: string): Spokesperson => ({
  id,
  name,
  organisation: 'City council',
  trustedBy: ['parents'],
  voice: 'plain',
  signOff: name,
  notes: '',
});
export const spokespeople: Spokesperson[] = [
  spokesperson('council-leader', 'Council leader'),
  spokesperson('public-health', 'Public health officer'),
];

/** A valid version-4 UUID from a kind (sighting, reply, draft) and a number, so ids never collide. */
export function uuid(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [items[i], items[k]] = [items[k]!, items[i]!];
  }
}
