import { parseArgs } from 'node:util';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { buildLibraryIndex, defaultMinConfidence, matchPost, type Match } from '../../shared/match';
import { readEvalPosts, type EvalPost } from './eval-posts';

/**
 * `npm run eval:match`: how well the matcher finds the myth in real posts that circulated
 * (tests/eval/eval-posts.ts), per part and per language. For posts whose myth the library
 * covers: whether the first match, or one of the three the side panel shows, is of the post's
 * topic (and, stricter, the very entry). For harmless posts: how often anything is offered at
 * all. And a reliability table: of the matches shown at each confidence, how many were right.
 * Misses are listed for the development part only (-v): the validation part is read as figures.
 */
const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v' } } });
const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library has problems: run npm run library:check');
const entries = assembled.bundle.entries.filter((entry) => entry.status !== 'retired');
const index = buildLibraryIndex(entries);
const shown = 3;

type Outcome = { post: EvalPost; matches: Match[]; topic1: boolean; topic3: boolean; entry1: boolean; entry3: boolean };
const outcomes: Outcome[] = readEvalPosts().map((post) => {
  const matches = matchPost(post.post, index, { top: shown });
  const rightTopic = (match: Match) => (match.entry.topics as string[]).includes(post.topic);
  const rightEntry = (match: Match) => post.entries.includes(match.entry.id);
  return {
    post,
    matches,
    topic1: !!matches[0] && rightTopic(matches[0]),
    topic3: matches.some(rightTopic),
    entry1: !!matches[0] && rightEntry(matches[0]),
    entry3: matches.some(rightEntry),
  };
});

const rate = (hits: number, total: number) => (total ? `${(hits / total).toFixed(2)} (${hits}/${total})` : 'n/a');
const count = (list: Outcome[], test: (outcome: Outcome) => boolean) => list.filter(test).length;

function figures(label: string, list: Outcome[]) {
  const covered = list.filter((outcome) => outcome.post.covered);
  const withEntries = covered.filter((outcome) => outcome.post.entries.length > 0);
  const uncovered = list.filter((outcome) => outcome.post.topic !== 'none' && !outcome.post.covered);
  const harmless = list.filter((outcome) => outcome.post.topic === 'none');
  return {
    part: label,
    'covered myths': covered.length,
    'top-1 topic': rate(
      count(covered, (o) => o.topic1),
      covered.length,
    ),
    'top-3 topic': rate(
      count(covered, (o) => o.topic3),
      covered.length,
    ),
    'top-3 entry': rate(
      count(withEntries, (o) => o.entry3),
      withEntries.length,
    ),
    'false matches': rate(
      count(harmless, (o) => o.matches.length > 0),
      harmless.length,
    ),
    'uncovered: top-3 topic': rate(
      count(uncovered, (o) => o.topic3),
      uncovered.length,
    ),
    'uncovered: nothing': rate(
      count(uncovered, (o) => o.matches.length === 0),
      uncovered.length,
    ),
  };
}

for (const part of ['development', 'validation'] as const) {
  const inPart = outcomes.filter((outcome) => outcome.post.part === part);
  console.log(`\n${part} part: ${inPart.length} posts`);
  const languages = [...new Set(inPart.map((outcome) => outcome.post.lang))].sort();
  console.table([
    figures('all', inPart),
    ...languages.map((language) =>
      figures(
        language,
        inPart.filter((o) => o.post.lang === language),
      ),
    ),
  ]);
  console.log(`Reliability (${part}): of the matches shown (top ${shown}) at each confidence, how many are of the post's topic`);
  console.table(reliability(inPart));
}

if (values.verbose) {
  console.log('\nDevelopment misses (covered myths without the topic in the top 3) and false matches:');
  for (const outcome of outcomes.filter((o) => o.post.part === 'development')) {
    const miss = outcome.post.covered && !outcome.topic3;
    const falseMatch = outcome.post.topic === 'none' && outcome.matches.length > 0;
    if (!miss && !falseMatch) continue;
    console.log(
      `${outcome.post.id} [${outcome.post.topic}${outcome.post.entries.length ? `: ${outcome.post.entries.join(' ')}` : ''}] ${miss ? 'MISS' : 'FALSE MATCH'}: ${outcome.post.post.slice(0, 110).replace(/\s+/g, ' ')}`,
    );
    for (const match of outcome.matches)
      console.log(`    ${match.confidence.toFixed(2)} ${match.entry.id} — ${match.reasons.terms.join(', ')}`);
  }
}

function reliability(list: Outcome[]) {
  const bins = [defaultMinConfidence, 0.6, 0.7, 0.8, 0.9, 1.0001];
  return bins.slice(0, -1).map((low, bin) => {
    const high = bins[bin + 1]!;
    let total = 0;
    let right = 0;
    for (const { post, matches } of list) {
      for (const match of matches) {
        if (match.confidence < low || match.confidence >= high) continue;
        total++;
        if ((match.entry.topics as string[]).includes(post.topic)) right++;
      }
    }
    return {
      confidence: `${Math.round(low * 100)}–${Math.min(100, Math.round(high * 100))}%`,
      'matches shown': total,
      'right topic': rate(right, total),
    };
  });
}
