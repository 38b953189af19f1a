import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { computeImpact } from './compute-impact';
import { duration, impactReportHtml, impactReportMarkdown } from './impact-report';
import type { ImpactFilter } from './impact-types';
import { generateHistory } from './testing/generate-history';

// DOMPurify needs a DOM; Node has none, so the tests lend it jsdom's.
const { window } = new JSDOM('');
const purifyWindow = window as unknown as Parameters<typeof impactReportHtml>[2];
const london: ImpactFilter = { timeZone: 'Europe/London', period: 'week' };
const march6 = new Date('2026-03-06T00:00:00Z');

const hostile =
  '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) | ## heading <a href="javascript:alert(4)">x</a> see https://evil.example, www.evil.example, me@evil.example &amp; ~~gone~~ `code`';
const history = generateHistory({ sightings: 60, replies: 20 });
history.sightings[59]!.post.text = hostile; // the newest gap
history.entries = history.entries.map((entry) =>
  entry.id === 'crime-a' ? { ...entry, title: `Crime *myth* <b onmouseover="alert(5)">A</b> | x` } : entry,
);
const stats = computeImpact(history, london, march6);

/** Everything that could run script, found by parsing the page as a browser would. */
function dangers(html: string): string[] {
  const document = new JSDOM(html).window.document;
  const found: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'FORM', 'SVG'].includes(element.tagName.toUpperCase())) found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  return found;
}

describe('impactReportMarkdown', () => {
  const markdown = impactReportMarkdown(stats, { organisation: 'Leeds City Council', from: '2026-01-01', to: '2026-03-05' });

  it.each([
    '# Impact report: Leeds City Council',
    '\n\n2026-01-01 to 2026-03-05\n\n',
    '- **60** posts with myths captured',
    '- **20** replies posted',
    '- **45** posts decided (75%): 15 answered, 15 held back, 15 to prebunk',
    '- **4** library entries used in replies',
    '## Milestones\n\n- 10 replies this quarter (Q1 2026)',
    '| Jobs myth B | 12 | 4 |',
    'within **10 minutes**, and 90% within **18 minutes** (20 replies)',
    '12 posts matched no library entry',
    '- **Housing myth C**: every 7 days; next due 2026-03-10',
    '- **Jobs myth B**: every 7 days; overdue since 2026-03-04',
  ])('holds %j', (expected) => {
    expect(markdown).toContain(expected);
  });

  it('says so when nothing was answered, with no NaN or undefined', () => {
    const empty = impactReportMarkdown(computeImpact({ ...history, sightings: [], replies: [] }, london, march6), { organisation: 'Team' });
    expect(empty).toContain('No reply in this period answered a captured post.');
    expect(empty).toContain('All dates');
    expect(empty).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('impactReportHtml', () => {
  const html = impactReportHtml(stats, { organisation: 'Leeds <script>alert(6)</script> Council', from: '2026-01-01' }, purifyWindow);
  const page = new JSDOM(html).window.document;

  it('is a standalone, printable page', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(page.querySelector('style')?.textContent).toContain('@media print');
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(page.title).toBe('Impact report: Leeds <script>alert(6)</script> Council');
  });

  it('holds the figures', () => {
    expect(page.querySelector('h1')?.textContent).toBe('Impact report: Leeds <script>alert(6)</script> Council');
    expect([...page.querySelectorAll('li strong')].slice(0, 4).map((node) => node.textContent)).toEqual(['60', '20', '45', '4']);
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['Crime *myth* <b onmouseover="alert(5)">A</b> | x', '24', '4']);
    expect(page.body.textContent).toContain('90% within 18 minutes');
  });

  it('shows hostile post text and titles as text, running nothing', () => {
    // Only our own style element and no script-bearing element or attribute.
    expect(dangers(html)).toEqual([]);
    expect(page.querySelectorAll('script, a, b, h2 + h2')).toHaveLength(0);
    // Clipped to 200 characters, but otherwise exactly as posted.
    expect(page.body.textContent).toContain(`“${hostile.slice(0, 199)}…”`);
    expect(hostile.length).toBeGreaterThan(200);
  });
});

describe('duration', () => {
  it.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [42.4, '42 minutes'],
    [60, '1 h'],
    [185, '3 h 5 min'],
    [47 * 60 + 59, '47 h 59 min'],
    [48 * 60, '2 days'],
    [52 * 60 + 30, '2 days 4 h'],
  ])('%d minutes reads %j', (minutes, expected) => {
    expect(duration(minutes)).toBe(expected);
  });
});
