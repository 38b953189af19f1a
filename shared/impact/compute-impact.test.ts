import { describe, expect, it } from 'vitest';
import { replySchema } from '../schema/reply';
import { sightingSchema, type Sighting } from '../schema/sighting';
import type { Reply } from '../schema/reply';
import { computeImpact } from './compute-impact';
import type { ImpactData, ImpactFilter } from './impact-types';
import { audiences, entries, generateHistory, spokespeople, uuid } from './testing/generate-history';

/** The milestones' English: their reasons are checked with the catalogue (editor/i18n/reason-messages.test.ts). */
const messages = (milestones: readonly { message: string }[]) => milestones.map((milestone) => milestone.message);

// The generated history (see generate-history.ts for its rules): 60 sightings, one a day at noon
// UTC from Monday 5 January 2026, and 20 replies, reply j answering sighting 3j after j+1 minutes.
const history = generateHistory({ sightings: 60, replies: 20 });
const london: ImpactFilter = { timeZone: 'Europe/London', period: 'week' };
const march6 = new Date('2026-03-06T00:00:00Z');
const stats = computeImpact(history, london, march6);

const sighting = (n: number, capturedAt: string, fields: Partial<Sighting> = {}): Sighting => ({
  id: uuid(1, n),
  post: { text: `Post ${n}`, platform: 'x', capturedAt },
  matchedEntryIds: ['crime-a'],
  decision: 'undecided',
  ...fields,
});
const reply = (n: number, postedAt: string, fields: Partial<Reply> = {}): Reply => ({
  id: uuid(2, n),
  draftId: uuid(3, n),
  audienceIds: [],
  channel: 'x',
  language: 'en',
  postedAt,
  by: '',
  ...fields,
});
const dataWith = (sightings: Sighting[], replies: Reply[] = []): ImpactData => ({ sightings, replies, entries, audiences, spokespeople });

describe('computeImpact on the generated history', () => {
  it('generates schema-valid sightings and replies', () => {
    for (const item of history.sightings) sightingSchema.parse(item);
    for (const item of history.replies) replySchema.parse(item);
  });

  it('counts the totals', () => {
    // Decided: every sighting but the undecided quarter. Entries used: the four that are matched.
    expect(stats.totals).toEqual({ sightings: 60, replies: 20, decided: 45, entriesUsed: 4 });
  });

  it('counts sightings per ISO week, Monday to Sunday', () => {
    expect(stats.sightingsOverTime).toEqual([
      { period: '2026-W02', start: '2026-01-05', count: 7 },
      { period: '2026-W03', start: '2026-01-12', count: 7 },
      { period: '2026-W04', start: '2026-01-19', count: 7 },
      { period: '2026-W05', start: '2026-01-26', count: 7 },
      { period: '2026-W06', start: '2026-02-02', count: 7 },
      { period: '2026-W07', start: '2026-02-09', count: 7 },
      { period: '2026-W08', start: '2026-02-16', count: 7 },
      { period: '2026-W09', start: '2026-02-23', count: 7 },
      { period: '2026-W10', start: '2026-03-02', count: 4 },
    ]);
  });

  it('counts sightings per month', () => {
    expect(computeImpact(history, { ...london, period: 'month' }, march6).sightingsOverTime).toEqual([
      { period: '2026-01', start: '2026-01-01', count: 27 },
      { period: '2026-02', start: '2026-02-01', count: 28 },
      { period: '2026-03', start: '2026-03-01', count: 5 },
    ]);
  });

  it('counts sightings per entry, topic and platform, most first', () => {
    // crime-a: i mod 5 = 0 alone and 3 with mixed-d; a sighting counts once per topic even when
    // two of its entries share the topic.
    expect(stats.sightingsByEntry).toEqual([
      { entryId: 'crime-a', title: 'Crime myth A', count: 24 },
      { entryId: 'housing-c', title: 'Housing myth C', count: 12 },
      { entryId: 'jobs-b', title: 'Jobs myth B', count: 12 },
      { entryId: 'mixed-d', title: 'Mixed myth D', count: 12 },
    ]);
    expect(stats.sightingsByTopic).toEqual([
      { topic: 'crime', count: 24 },
      { topic: 'housing', count: 24 },
      { topic: 'jobs', count: 12 },
    ]);
    expect(stats.sightingsByPlatform).toEqual([
      { platform: 'facebook', count: 20 },
      { platform: 'web', count: 20 },
      { platform: 'x', count: 20 },
    ]);
  });

  it('gives every decision with its share', () => {
    expect(stats.decisions).toEqual([
      { decision: 'reply', count: 15, share: 0.25 },
      { decision: 'hold', count: 15, share: 0.25 },
      { decision: 'prebunk', count: 15, share: 0.25 },
      { decision: 'undecided', count: 15, share: 0.25 },
    ]);
  });

  it('takes nearest-rank median and 90th percentile of time to reply', () => {
    // 1, 2, …, 20 minutes: the 10th and the 18th smallest.
    expect(stats.timeToReply).toEqual({ count: 20, medianMinutes: 10, p90Minutes: 18 });
  });

  it('counts replies per audience and spokesperson', () => {
    expect(stats.repliesByAudience).toEqual([
      { audienceId: 'local-workers', name: 'Local workers', count: 7 },
      { audienceId: 'parents', name: 'Parents', count: 7 },
      { audienceId: 'older-residents', name: 'Older residents', count: 6 },
    ]);
    expect(stats.repliesBySpokesperson).toEqual([{ spokespersonId: 'council-leader', name: 'Council leader', count: 10 }]);
  });

  it('sets the fact repeated beside the myth seen', () => {
    expect(stats.factVersusMyth).toEqual([
      { entryId: 'crime-a', title: 'Crime myth A', factRepeated: 4, mythSeen: 24 },
      { entryId: 'housing-c', title: 'Housing myth C', factRepeated: 4, mythSeen: 12 },
      { entryId: 'jobs-b', title: 'Jobs myth B', factRepeated: 4, mythSeen: 12 },
      { entryId: 'mixed-d', title: 'Mixed myth D', factRepeated: 4, mythSeen: 12 },
    ]);
  });

  it('lists vetted entries never used, and not drafts', () => {
    expect(stats.unusedEntries).toEqual([{ entryId: 'health-e', title: 'Health myth E' }]);
  });

  it('lists the sightings that matched nothing, newest first', () => {
    expect(stats.gaps).toHaveLength(12);
    expect(stats.gaps[0]).toEqual({
      text: 'Post 59: they are all getting something for nothing',
      capturedAt: '2026-03-05T12:00:00.000Z',
      platform: 'web',
    });
    expect(stats.gaps.at(-1)?.capturedAt).toBe('2026-01-09T12:00:00.000Z');
  });

  it('reminds to repeat each fact whose myth keeps being seen, soonest first', () => {
    // Each entry was seen 3+ times in the last 14 days: every 7 days after its last reply.
    expect(stats.cadence).toEqual([
      {
        entryId: 'crime-a',
        title: 'Crime myth A',
        everyDays: 7,
        lastPostedAt: '2026-02-19T12:16:00.000Z',
        nextDueAt: '2026-02-26T12:16:00.000Z',
        overdue: true,
      },
      {
        entryId: 'mixed-d',
        title: 'Mixed myth D',
        everyDays: 7,
        lastPostedAt: '2026-02-22T12:17:00.000Z',
        nextDueAt: '2026-03-01T12:17:00.000Z',
        overdue: true,
      },
      {
        entryId: 'jobs-b',
        title: 'Jobs myth B',
        everyDays: 7,
        lastPostedAt: '2026-02-25T12:18:00.000Z',
        nextDueAt: '2026-03-04T12:18:00.000Z',
        overdue: true,
      },
      {
        entryId: 'housing-c',
        title: 'Housing myth C',
        everyDays: 7,
        lastPostedAt: '2026-03-03T12:20:00.000Z',
        nextDueAt: '2026-03-10T12:20:00.000Z',
        overdue: false,
      },
    ]);
    // Three weeks after the last sighting only the 30-day rule holds; in May nothing is circulating.
    expect(
      computeImpact(history, london, new Date('2026-03-25T00:00:00Z')).cadence.map((reminder) => [
        reminder.entryId,
        reminder.everyDays,
        reminder.overdue,
      ]),
    ).toEqual([
      ['crime-a', 14, true],
      ['mixed-d', 14, true],
      ['jobs-b', 14, true],
      ['housing-c', 14, true],
    ]);
    expect(computeImpact(history, london, new Date('2026-05-01T00:00:00Z')).cadence).toEqual([]);
  });

  it('celebrates milestones as of now', () => {
    expect(messages(stats.milestones)).toEqual(['10 replies this quarter (Q1 2026)']);
    // In April the quarter is new: the 20 replies count in all only.
    expect(messages(computeImpact(history, london, new Date('2026-04-02T00:00:00Z')).milestones)).toEqual(['10 replies posted in all']);
    // On the first day: one post, decided and answered, and the first reply.
    expect(messages(computeImpact(history, london, new Date('2026-01-06T00:00:00Z')).milestones)).toEqual([
      'The one myth seen this month was answered',
      'The one post captured this month has a decision',
      'First reply posted (2026-01-05)',
    ]);
  });

  it('gives the same figures whatever order the lists come in', () => {
    expect(computeImpact(generateHistory({ sightings: 60, replies: 20, shuffleSeed: 7 }), london, march6)).toEqual(stats);
  });
});

describe('computeImpact filters', () => {
  it.each([
    // [filter, sightings, replies, entries used]
    [{ topic: 'jobs' }, 12, 4, 1],
    // crime-a's 24 sightings (12 alone, 12 with mixed-d); replies with crime-a or mixed-d.
    [{ topic: 'crime' }, 24, 8, 2],
    [{ topic: 'healthcare' }, 0, 0, 0],
    [{ member: 'amira' }, 30, 10, 4],
    [{ member: 'nobody' }, 0, 0, 0],
    // February: days 27–54 after 5 January; replies to sightings 27…54, i.e. j = 9…18.
    [{ from: '2026-02-01', to: '2026-02-28' }, 28, 10, 4],
    [{ from: '2026-03-01' }, 5, 1, 1],
    [{ to: '2026-01-05' }, 1, 1, 1],
    [{ from: '2026-02-01', to: '2026-02-28', member: 'ben', topic: 'jobs' }, 3, 1, 1],
  ] as const)('%j: %i sightings, %i replies, %i entries used', (narrowing, sightings, replies, entriesUsed) => {
    const { totals } = computeImpact(history, { ...london, ...narrowing }, march6);
    expect([totals.sightings, totals.replies, totals.entriesUsed]).toEqual([sightings, replies, entriesUsed]);
  });

  it('counts by topic only what has the topic, and has no gaps under a topic', () => {
    const crime = computeImpact(history, { ...london, topic: 'crime' }, march6);
    expect(crime.sightingsByTopic).toEqual([
      { topic: 'crime', count: 24 },
      { topic: 'housing', count: 12 },
    ]);
    expect(crime.gaps).toEqual([]);
    expect(crime.unusedEntries).toEqual([]);
    expect(crime.cadence.map((reminder) => reminder.entryId)).toEqual(['crime-a', 'mixed-d']);
    expect(computeImpact(history, { ...london, topic: 'healthcare' }, march6).unusedEntries).toEqual([
      { entryId: 'health-e', title: 'Health myth E' },
    ]);
  });

  it('reads from and to as days in the filter’s time zone', () => {
    const data = dataWith([sighting(1, '2026-10-25T23:30:00Z')]); // Sunday 23:30 in London, Monday 00:30 in Berlin
    const count = (timeZone: string) => computeImpact(data, { timeZone, period: 'week', from: '2026-10-26' }, march6).totals.sightings;
    expect([count('Europe/London'), count('Europe/Berlin')]).toEqual([0, 1]);
  });

  it('shows every period of the filter’s range, empty ones too', () => {
    const data = dataWith([sighting(1, '2026-11-03T10:00:00Z'), sighting(2, '2026-11-24T10:00:00Z')]);
    expect(
      computeImpact(data, { timeZone: 'UTC', period: 'week', from: '2026-10-28', to: '2026-11-30' }, march6).sightingsOverTime,
    ).toEqual([
      { period: '2026-W44', start: '2026-10-26', count: 0 },
      { period: '2026-W45', start: '2026-11-02', count: 1 },
      { period: '2026-W46', start: '2026-11-09', count: 0 },
      { period: '2026-W47', start: '2026-11-16', count: 0 },
      { period: '2026-W48', start: '2026-11-23', count: 1 },
      { period: '2026-W49', start: '2026-11-30', count: 0 },
    ]);
  });

  it('puts sightings in the week and month of the filter’s time zone', () => {
    const data = dataWith([
      sighting(1, '2026-10-25T23:30:00Z'), // London: Sunday, W43; Tokyo: Monday, W44
      sighting(2, '2026-10-31T23:30:00Z'), // London: 31 October; Tokyo and Berlin: 1 November
      sighting(3, '2026-11-30T03:00:00Z'), // New York: Sunday 29 November, W48; London: Monday, W49
    ]);
    const periods = (timeZone: string, period: 'week' | 'month') =>
      computeImpact(data, { timeZone, period }, march6)
        .sightingsOverTime.filter((row) => row.count > 0)
        .map((row) => `${row.period}×${row.count}`);
    expect(periods('Europe/London', 'week')).toEqual(['2026-W43×1', '2026-W44×1', '2026-W49×1']);
    expect(periods('Asia/Tokyo', 'week')).toEqual(['2026-W44×2', '2026-W49×1']);
    expect(periods('America/New_York', 'week')).toEqual(['2026-W43×1', '2026-W44×1', '2026-W48×1']);
    expect(periods('Europe/London', 'month')).toEqual(['2026-10×2', '2026-11×1']);
    expect(periods('Europe/Berlin', 'month')).toEqual(['2026-10×1', '2026-11×2']);
  });
});

describe('computeImpact edge cases', () => {
  it('copes with an empty history: zeros, no NaN, no percentiles', () => {
    const empty = computeImpact(dataWith([]), london, march6);
    expect(empty.totals).toEqual({ sightings: 0, replies: 0, decided: 0, entriesUsed: 0 });
    expect(empty.decisions.map((row) => row.share)).toEqual([0, 0, 0, 0]);
    expect(empty.timeToReply).toEqual({ count: 0 });
    expect(empty.sightingsOverTime).toEqual([]);
    expect(empty.gaps).toEqual([]);
    expect(empty.cadence).toEqual([]);
    expect(empty.milestones).toEqual([]);
    expect(empty.unusedEntries).toHaveLength(5);
    expect(JSON.stringify(empty)).not.toMatch(/null|NaN|Infinity/);
  });

  it('counts a single sighting and its reply', () => {
    const one = computeImpact(
      dataWith(
        [sighting(1, '2026-03-02T09:00:00Z', { decision: 'reply', by: 'amira' })],
        [reply(1, '2026-03-02T10:30:00Z', { sightingId: uuid(1, 1), entryId: 'crime-a', audienceIds: ['parents'], by: 'amira' })],
      ),
      london,
      march6,
    );
    expect(one.totals).toEqual({ sightings: 1, replies: 1, decided: 1, entriesUsed: 1 });
    expect(one.timeToReply).toEqual({ count: 1, medianMinutes: 90, p90Minutes: 90 });
    expect(one.decisions[0]).toEqual({ decision: 'reply', count: 1, share: 1 });
    expect(one.sightingsOverTime).toEqual([{ period: '2026-W10', start: '2026-03-02', count: 1 }]);
    expect(messages(one.milestones)).toEqual([
      'The one myth seen this month was answered',
      'The one post captured this month has a decision',
      'First reply posted (2026-03-02)',
    ]);
  });

  it('times replies to posts captured before the period, and not replies with no post', () => {
    const data = dataWith(
      [sighting(1, '2026-02-27T23:00:00Z')],
      [reply(1, '2026-03-01T01:00:00Z', { sightingId: uuid(1, 1) }), reply(2, '2026-03-02T00:00:00Z', { entryId: 'jobs-b' })],
    );
    const march = computeImpact(data, { ...london, from: '2026-03-01' }, march6);
    expect(march.totals).toMatchObject({ sightings: 0, replies: 2 });
    expect(march.timeToReply).toEqual({ count: 1, medianMinutes: 26 * 60, p90Minutes: 26 * 60 });
  });

  it('uses the post’s entries for a reply saved without one', () => {
    const data = dataWith(
      [sighting(1, '2026-03-01T10:00:00Z', { matchedEntryIds: ['jobs-b'] })],
      [reply(1, '2026-03-01T11:00:00Z', { sightingId: uuid(1, 1) })],
    );
    expect(computeImpact(data, { ...london, topic: 'jobs' }, march6).factVersusMyth).toEqual([
      { entryId: 'jobs-b', title: 'Jobs myth B', factRepeated: 1, mythSeen: 1 },
    ]);
  });

  it('counts a reply stamped before its post (clocks out between devices) as immediate', () => {
    const data = dataWith([sighting(1, '2026-03-01T10:00:00Z')], [reply(1, '2026-03-01T09:58:00Z', { sightingId: uuid(1, 1) })]);
    expect(computeImpact(data, london, march6).timeToReply).toEqual({ count: 1, medianMinutes: 0, p90Minutes: 0 });
  });

  it('names an entry missing from the library by its id', () => {
    const data = dataWith([sighting(1, '2026-03-01T10:00:00Z', { matchedEntryIds: ['removed-entry'] })]);
    expect(computeImpact(data, london, march6).sightingsByEntry).toEqual([{ entryId: 'removed-entry', title: 'removed-entry', count: 1 }]);
  });

  it('leaves what happens after now out of the reminders and milestones', () => {
    const data = dataWith([sighting(1, '2026-03-05T10:00:00Z')], [reply(1, '2026-03-07T10:00:00Z', { entryId: 'crime-a' })]);
    const before = computeImpact(data, london, march6);
    expect(before.totals.replies).toBe(1);
    expect(before.milestones).toEqual([]);
    expect(before.cadence).toEqual([
      { entryId: 'crime-a', title: 'Crime myth A', everyDays: 14, nextDueAt: '2026-03-06T00:00:00.000Z', overdue: true },
    ]);
  });
});
