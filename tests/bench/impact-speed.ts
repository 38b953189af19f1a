import { build } from 'esbuild';
import { chromium } from 'playwright';
import { computeImpact } from '../../shared/impact/compute-impact';
import type { ImpactData, ImpactFilter } from '../../shared/impact/impact-types';
import { generateHistory } from '../../shared/impact/testing/generate-history';
import { chromiumLaunchPath } from '../e2e/chromium-executable';
import { measure } from './measure';

const goalMs = 200;
const runs = 15;
const now = new Date('2027-01-04T12:00:00Z');
// What the impact page asks for: the whole history by week, and a narrower question by month.
const filters: [string, ImpactFilter][] = [
  ['all, by week', { timeZone: 'Europe/London', period: 'week' }],
  [
    'one topic and member, one year, by month',
    { timeZone: 'America/New_York', period: 'month', topic: 'crime', member: 'amira', from: '2026-01-01', to: '2026-12-31' },
  ],
];

/**
 * The impact figures for two years of a busy team (100,000 sightings, 20,000 replies), in Node and
 * in Chromium, where the editor computes them on every filter change. Goal: ≤ 200 ms in the
 * browser. The data crosses into the page once, as JSON, before the clock starts: the editor has
 * it in memory already (a live query).
 */
export async function benchImpact(): Promise<void> {
  // Shuffled, as a database may return them; then cloned, as reading from IndexedDB clones, so the
  // objects sit in memory in list order (the generator's own objects, shuffled, are scattered,
  // and cache misses then nearly double the Node figure).
  const data = structuredClone(
    generateHistory({
      sightings: 100_000,
      replies: 20_000,
      start: '2025-01-06T08:00:00.000Z',
      days: 730,
      members: ['amira', 'ben', 'chloe'],
      shuffleSeed: 2026,
    }),
  );
  console.log(
    `\nImpact figures: ${data.sightings.length.toLocaleString('en-GB')} sightings and ${data.replies.length.toLocaleString('en-GB')} replies over two years (goal: ≤ ${goalMs} ms in the browser)`,
  );
  const rows = filters.map(([label, filter]) => {
    const node = measure(label, () => computeImpact(data, filter, now), runs);
    return { filter: label, where: 'Node', 'median ms': node.medianMs.toFixed(1), 'p95 ms': node.p95Ms.toFixed(1), goal: '' };
  });
  const browser = await timeInChromium(data);
  if (browser) {
    for (const [index, [label]] of filters.entries()) {
      const { medianMs, maxMs } = browser[index]!;
      rows.push({
        filter: label,
        where: 'Chromium',
        'median ms': medianMs.toFixed(1),
        'p95 ms': `${maxMs.toFixed(1)} (max)`,
        goal: `≤ ${goalMs} ms ${medianMs <= goalMs ? '✓' : '✗'}`,
      });
    }
  }
  console.table(rows);
}

async function timeInChromium(data: ImpactData): Promise<{ medianMs: number; maxMs: number }[] | undefined> {
  const bundle = await build({
    entryPoints: ['shared/impact/compute-impact.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'impact',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
  });
  let browser;
  try {
    browser = await chromium.launch({ ...chromiumLaunchPath(), headless: true });
  } catch (error) {
    console.log(`  no Chromium to run in: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    await page.evaluate(
      (json) => ((globalThis as unknown as { benchData: ImpactData }).benchData = JSON.parse(json)),
      JSON.stringify(data),
    );
    return await page.evaluate(
      ({ filters, now, runs }) => {
        const { impact, benchData } = globalThis as unknown as { impact: { computeImpact: typeof computeImpact }; benchData: ImpactData };
        return filters.map((filter) => {
          for (let i = 0; i < 3; i++) impact.computeImpact(benchData, filter, new Date(now)); // warm the JIT
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            impact.computeImpact(benchData, filter, new Date(now));
            times.push(performance.now() - start);
          }
          times.sort((a, b) => a - b);
          return { medianMs: times[Math.floor(times.length / 2)]!, maxMs: times.at(-1)! };
        });
      },
      { filters: filters.map(([, filter]) => filter), now: now.toISOString(), runs },
    );
  } finally {
    await browser.close();
  }
}
