import type { Sandwich } from '../schema/draft';
import type { Spokesperson } from '../schema/spokesperson';
import { citeSource, type ExportSource } from './export-markdown';
import { markdownText } from './markdown-text';

export type PressStatementOptions = {
  /** What the statement is about ("Asylum support rates"): the kicker above the headline. */
  title: string;
  organisation: string;
  /** The day of release, as an ISO date (2026-11-02) or a Date. */
  date: string | Date;
  spokesperson?: Pick<Spokesperson, 'name' | 'organisation'> | undefined;
  sources: readonly ExportSource[];
  /** For the dateline's date; British English by default, as the starter library is. */
  locale?: string;
};

export type PressStatement = { text: string; markdown: string };

/**
 * A press statement built as a sandwich: the fact is the headline and opens the first paragraph
 * after the dateline; the myth and the explanation are the body; the fact again is the
 * spokesperson's quote, so the last thing a journalist lifts is the fact, in a person's voice.
 * Without a spokesperson it closes the body unquoted. Then the sources and "ENDS".
 */
export function exportPressStatement(sandwich: Sandwich, options: PressStatementOptions): PressStatement {
  const fact = sandwich.fact.trim();
  const dateline = `${options.organisation.trim()}, ${formatDate(options.date, options.locale ?? 'en-GB')}`;
  const body = [sandwich.myth, sandwich.explanation].map((text) => text.trim()).filter(Boolean);
  const closing = sandwich.factAgain.trim();
  const quote =
    closing && options.spokesperson ? `“${closing}”, said ${options.spokesperson.name}, ${options.spokesperson.organisation}.` : closing;

  const text = [
    `PRESS STATEMENT: ${oneLine(options.title).toUpperCase()}`,
    ...(fact ? [oneLine(fact)] : []),
    fact ? `${dateline} — ${fact}` : dateline,
    ...body,
    ...(quote ? [quote] : []),
    ...(options.sources.length > 0 ? [`Sources\n${options.sources.map((source) => `- ${plainSource(source)}`).join('\n')}`] : []),
    'ENDS',
  ];
  const markdown = [
    `*Press statement: ${markdownText(oneLine(options.title))}*`,
    ...(fact ? [`# ${markdownText(oneLine(fact))}`] : []),
    fact ? `**${markdownText(dateline)}** — ${markdownText(fact)}` : `**${markdownText(dateline)}**`,
    ...body.map(markdownText),
    ...(quote ? [markdownText(quote)] : []),
    ...(options.sources.length > 0 ? [`## Sources\n\n${options.sources.map((source) => `- ${citeSource(source)}`).join('\n')}`] : []),
    '**ENDS**',
  ];
  return { text: `${text.join('\n\n')}\n`, markdown: `${markdown.join('\n\n')}\n` };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function formatDate(date: string | Date, locale: string): string {
  const day = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(day.getTime())) throw new RangeError(`not a date: ${String(date)}`);
  // UTC: an ISO date names a day, and must not become the day before west of Greenwich.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: typeof date === 'string' ? 'UTC' : undefined,
  }).format(day);
}

function plainSource(source: ExportSource): string {
  const details = [source.publisher, source.year].filter((detail) => detail !== undefined && detail !== '');
  return `${source.title}${details.length > 0 ? `, ${details.join(', ')}` : ''}: ${source.url}`;
}
