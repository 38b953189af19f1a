import type { WindowLike } from 'dompurify';
import { markdownToSafeHtml } from '../export/markdown-to-safe-html';
import type { ImpactStats } from './impact-types';

export type ImpactReportOptions = {
  organisation: string;
  /** YYYY-MM-DD, as the filter had them; absent means open-ended. */
  from?: string;
  to?: string;
};

const topMyths = 10;
const gapsShown = 10;
const gapLength = 200;

/**
 * A report for managers and funders: headline figures, milestones, the myths seen most, time to
 * reply, what to research next and what to repeat. Markdown, so it pastes into a briefing as is.
 * Entry titles and post text come from other people (post text from anyone on the web), so each
 * goes in as literal text: no Markdown or HTML of theirs survives into the report.
 */
export function impactReportMarkdown(stats: ImpactStats, { organisation, from, to }: ImpactReportOptions): string {
  const { totals, timeToReply } = stats;
  const share = (decision: string) => stats.decisions.find((row) => row.decision === decision)?.count ?? 0;
  const blocks: string[] = [`# Impact report: ${literal(organisation)}`, literal(dateRange(from, to))];

  blocks.push(
    '## Headline figures',
    [
      `- **${number(totals.sightings)}** posts with myths captured`,
      `- **${number(totals.replies)}** replies posted`,
      `- **${number(totals.decided)}** posts decided (${percent(totals.decided, totals.sightings)}): ${number(share('reply'))} answered, ${number(share('hold'))} held back, ${number(share('prebunk'))} to prebunk`,
      `- **${number(totals.entriesUsed)}** library entries used in replies`,
    ].join('\n'),
  );

  if (stats.milestones.length > 0)
    blocks.push('## Milestones', stats.milestones.map((milestone) => `- ${literal(milestone.message)}`).join('\n'));

  const seen = stats.factVersusMyth.filter((row) => row.mythSeen > 0).slice(0, topMyths);
  if (seen.length > 0) {
    blocks.push(
      '## Myths seen most',
      [
        '| Myth | Times seen | Fact repeated |',
        '| --- | ---: | ---: |',
        ...seen.map((row) => `| ${literal(row.title)} | ${number(row.mythSeen)} | ${number(row.factRepeated)} |`),
      ].join('\n'),
    );
  }

  blocks.push(
    '## Time to reply',
    timeToReply.count === 0 || timeToReply.medianMinutes === undefined || timeToReply.p90Minutes === undefined
      ? 'No reply in this period answered a captured post.'
      : `Half the replies to captured posts went out within **${duration(timeToReply.medianMinutes)}**, and 90% within **${duration(timeToReply.p90Minutes)}** (${number(timeToReply.count)} ${timeToReply.count === 1 ? 'reply' : 'replies'}).`,
  );

  if (stats.gaps.length > 0) {
    blocks.push(
      '## Myths to research next',
      `${number(stats.gaps.length)} ${stats.gaps.length === 1 ? 'post matched' : 'posts matched'} no library entry. The most recent:`,
      stats.gaps
        .slice(0, gapsShown)
        .map((gap) => `- “${literal(clip(gap.text, gapLength))}” (${literal(gap.platform)}, ${gap.capturedAt.slice(0, 10)})`)
        .join('\n'),
    );
  }

  if (stats.cadence.length > 0) {
    blocks.push(
      '## Facts to repeat',
      stats.cadence
        .map(
          (reminder) =>
            `- **${literal(reminder.title)}**: every ${reminder.everyDays} days; ${reminder.overdue ? 'overdue since' : 'next due'} ${reminder.nextDueAt.slice(0, 10)}`,
        )
        .join('\n'),
    );
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The report as a standalone page to open and print (or save as PDF). Sanitised as exportHtml
 * sanitises exports, and a Content-Security-Policy that allows no script at all besides.
 */
export function impactReportHtml(stats: ImpactStats, options: ImpactReportOptions, window: WindowLike = globalThis.window): string {
  const body = markdownToSafeHtml(impactReportMarkdown(stats, options), window, 'impactReportHtml');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Impact report: ${escapeHtml(options.organisation)}</title>
<style>${printCss}</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}

// Readable on screen, and on paper: A4 margins, black text, tables and lists not split mid-row.
const printCss = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; margin: 0; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; }
th[align="right"], td[align="right"] { text-align: right; }
@page { size: A4; margin: 18mm; }
@media print {
  body { font-size: 11pt; color: #000; }
  main { margin: 0; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
}
`.trim();

/**
 * Text shown exactly as written, and still readable as Markdown: the marks that could start
 * emphasis, code, a link, a table cell, strikethrough, an HTML tag or an entity are
 * backslash-escaped, and so are the characters that make GFM turn a bare address into a link
 * (a report should not make a post's link clickable). Line breaks become spaces, so nothing can
 * start a block; the text never starts a line.
 */
function literal(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/(?=:\/\/)|(?<=\bwww)(?=\.)|(?=@)/gi, '\\');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function dateRange(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `From ${from}`;
  if (to) return `Up to ${to}`;
  return 'All dates';
}

function number(value: number): string {
  return value.toLocaleString('en-GB');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

/** "42 minutes", "3 h 5 min", "2 days 4 h": whole minutes, the two largest units. */
export function duration(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} ${total === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(total / 60);
  if (hours < 48) return `${hours} h${total % 60 ? ` ${total % 60} min` : ''}`;
  const days = Math.floor(hours / 24);
  return `${days} days${hours % 24 ? ` ${hours % 24} h` : ''}`;
}
