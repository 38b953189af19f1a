import * as twitterTextModule from 'twitter-text';
import { countForChannel, countX } from '../../shared/channels';
import { measure, reportComparison } from './measure';

// twitter-text is CommonJS (its ESM build has only a default export): at run time its functions hang
// off `default`, whatever its type declarations say.
const twitterText = (twitterTextModule as { default?: typeof twitterTextModule }).default ?? twitterTextModule;

// A reply as the editor drafts it: fact, myth, fallacy, fact, with a link, a handle, curly quotes,
// an accented name and an emoji — the things that make counting more than `text.length`.
const reply =
  '@NewsDesk Migrants pay more in taxes than they take in benefits: the OBR’s March 2024 outlook says so. ' +
  'The claim that they “drain” welfare picks one year and ignores age. Economists like Jonathan Portes agree 👍 ' +
  'https://obr.uk/efo/economic-and-fiscal-outlook-march-2024/ Every year.';

// About 5,000 words: a long article-style draft, the most the editor is expected to hold.
const paragraph =
  'Over the last decade, studies by the OBR, the Migration Advisory Committee and the OECD have ' +
  'found that recent migrants are, on average, net contributors to public finances — see bbc.co.uk/news ' +
  'and https://www.oecd.org/migration/ for the figures. The “burden” claim (as repeated by @pundit) ' +
  'rests on counting costs without counting taxes paid; José, a nurse, pays more than he receives. 🇬🇧\n\n';
const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;
const longText = paragraph.repeat(Math.ceil(5000 / wordCount(paragraph)));

/** Our X counter against X's own library, and the time our Bluesky and Mastodon counters take. */
export function benchChannelCounting(): void {
  // A reply takes microseconds: time 100 calls at once, so the timer's resolution does not decide.
  const texts = [
    { name: `a ${reply.length}-character reply`, text: reply, calls: 100 },
    { name: `a ${wordCount(longText)}-word text (${longText.length} UTF-16 units)`, text: longText, calls: 1 },
  ];
  const repeat = (calls: number, run: () => unknown) => () => {
    for (let i = 0; i < calls; i++) run();
  };
  for (const { name, text, calls } of texts) {
    if (countX(text) !== twitterText.parseTweet(text).weightedLength) {
      throw new Error(`countX and twitter-text disagree on ${name}: the comparison would be unfair`);
    }
    const label = calls > 1 ? ` × ${calls} calls` : '';
    const ours = measure(
      `countX${label}`,
      repeat(calls, () => countX(text)),
    );
    const official = measure(
      `twitter-text parseTweet${label}`,
      repeat(calls, () => twitterText.parseTweet(text)),
    );
    reportComparison(`X weighted length of ${name} (lower is better)`, ours, [official]);
  }

  console.log('\nOur other counters (countForChannel, median per call, overflow offset included):');
  for (const channel of ['bluesky', 'mastodon'] as const) {
    for (const { name, text, calls } of texts) {
      const median =
        measure(
          channel,
          repeat(calls, () => countForChannel(text, channel)),
        ).medianMs / calls;
      console.log(`  ${channel}, ${name}: ${median.toFixed(4)} ms`);
    }
  }
}
