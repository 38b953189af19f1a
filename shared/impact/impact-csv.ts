import type { Reply } from '../schema/reply';
import type { ImpactData, ImpactFilter } from './impact-types';
import { impactScope, replyEntryIds, replyInScope, sightingInScope } from './impact-scope';
import { momentOf } from './iso-moment';
import { dateOfDay } from './zoned-calendar';

export type CsvOptions = {
  /**
   * Post authors' handles are personal data about people who are not the team's users: left
   * out unless asked for. The post's address and page title go with them, since on most
   * platforms both name the author (x.com/<handle>/status/…, "<Name> on X: …").
   */
  includeAuthors: boolean;
};

type Cell = string | number | undefined;

/** The sightings the filter selects, oldest first, one row each. */
export function sightingsCsv(data: ImpactData, filter: ImpactFilter, { includeAuthors }: CsvOptions = { includeAuthors: false }): string {
  const scope = impactScope(data.entries, filter);
  const titleOf = new Map(data.entries.map((entry) => [entry.id, entry.title]));
  const rows = data.sightings
    .map((sighting) => ({ sighting, ms: momentOf(sighting.post.capturedAt) }))
    .map((row) => ({ ...row, day: scope.calendar.dayOf(row.ms) }))
    .filter(({ sighting, day }) => sightingInScope(scope, sighting, day))
    .sort((a, b) => a.ms - b.ms);
  const header = [
    'id',
    'captured_at',
    'captured_date',
    'platform',
    ...(includeAuthors ? ['author', 'url', 'page_title'] : []),
    'text',
    'matched_entry_ids',
    'matched_entry_titles',
    'decision',
    'decided_at',
    'captured_by',
  ];
  return csv(
    header,
    rows.map(({ sighting, day }) => [
      sighting.id,
      sighting.post.capturedAt,
      dateOfDay(day),
      sighting.post.platform,
      ...(includeAuthors ? [sighting.post.author, sighting.post.permalink ?? sighting.post.url, sighting.post.pageTitle] : []),
      sighting.post.text,
      sighting.matchedEntryIds.join('; '),
      sighting.matchedEntryIds.map((id) => titleOf.get(id) ?? id).join('; '),
      sighting.decision,
      sighting.decidedAt,
      sighting.by,
    ]),
  );
}

/** The replies the filter selects, oldest first, with the time they took when they answer a captured post. */
export function repliesCsv(data: ImpactData, filter: ImpactFilter, { includeAuthors }: CsvOptions = { includeAuthors: false }): string {
  const scope = impactScope(data.entries, filter);
  const titleOf = new Map(data.entries.map((entry) => [entry.id, entry.title]));
  const audienceName = new Map(data.audiences.map((audience) => [audience.id, audience.name]));
  const spokespersonName = new Map(data.spokespeople.map((person) => [person.id, person.name]));
  const sightingById = new Map(data.sightings.map((sighting) => [sighting.id, sighting]));
  const rows = data.replies
    .map((reply) => {
      const ms = momentOf(reply.postedAt);
      const linked = reply.sightingId === undefined ? undefined : sightingById.get(reply.sightingId);
      return { reply, ms, day: scope.calendar.dayOf(ms), linked, entryIds: replyEntryIds(reply, linked) };
    })
    .filter(({ reply, entryIds, day }) => replyInScope(scope, reply, entryIds, day))
    .sort((a, b) => a.ms - b.ms);
  const header = [
    'id',
    'posted_at',
    'posted_date',
    'entry_ids',
    'entry_titles',
    'sighting_id',
    'minutes_to_reply',
    'post_platform',
    ...(includeAuthors ? ['post_author', 'post_url'] : []),
    'audiences',
    'spokesperson',
    'channel',
    'language',
    'posted_by',
  ];
  return csv(
    header,
    rows.map(({ reply, ms, day, linked, entryIds }) => [
      reply.id,
      reply.postedAt,
      dateOfDay(day),
      entryIds.join('; '),
      entryIds.map((id) => titleOf.get(id) ?? id).join('; '),
      reply.sightingId,
      linked ? minutesBetween(momentOf(linked.post.capturedAt), ms) : undefined,
      linked?.post.platform,
      ...(includeAuthors ? [linked?.post.author, linked?.post.permalink ?? linked?.post.url] : []),
      reply.audienceIds.map((id) => audienceName.get(id) ?? id).join('; '),
      spokespersonOf(reply, spokespersonName),
      reply.channel,
      reply.language,
      reply.by,
    ]),
  );
}

function spokespersonOf(reply: Reply, names: Map<string, string>): string | undefined {
  return reply.spokespersonId === undefined ? undefined : (names.get(reply.spokespersonId) ?? reply.spokespersonId);
}

/** Whole minutes, as computeImpact counts them (never negative). */
function minutesBetween(fromMs: number, toMs: number): number {
  return Math.round(Math.max(0, toMs - fromMs) / 60_000);
}

/** RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One field. Post text is written by strangers: a cell starting with = + - @ (or a tab or
 * carriage return) is a formula to Excel, LibreOffice and Google Sheets, and a formula can
 * fetch URLs or run commands (OWASP "CSV injection"). A leading apostrophe makes it text.
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
