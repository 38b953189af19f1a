import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { buildLibraryIndex, matchPost } from '../../shared/match';

/**
 * `npm run eval:match`: how well the matcher finds the myth in real posts that circulated.
 * Reads the team's development posts (../shared/data/posts-dev.jsonl, or --posts FILE): for myth
 * posts, whether the top 1 / top 3 matches share the post's topic; for `none` posts (true
 * statements, other disinformation), how often anything matches at all.
 */
const { values } = parseArgs({
  options: { posts: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, seen: { type: 'boolean' } },
});
const file = values.posts ?? ['../shared/data/posts-dev.jsonl', 'tests/fixtures/posts-dev.jsonl'].find(existsSync)!;
type Post = { id: string; post: string; topic: string; lang?: string };
const posts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Post);

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library has problems: run npm run library:check');
const { entries } = assembled.bundle;
const topicOf = (topic: string) => topic.replace('/', '-');

let top1 = 0;
let top3 = 0;
let myths = 0;
let falseMatches = 0;
let negatives = 0;
// The starter library lists these very posts among its phrasings. Unless --seen is given, each post is
// matched against a library without its own wording (leave one out), as an unseen post would be.
const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const withoutPost = (post: string) =>
  entries.map((entry) => ({
    ...entry,
    myth: {
      ...entry.myth,
      phrasings: entry.myth.phrasings.filter((phrasing) => phrasing.length < 15 || !normalise(post).includes(normalise(phrasing))),
    },
  }));
const seenIndex = buildLibraryIndex(entries);

for (const { id, post, topic } of posts) {
  const index = values.seen ? seenIndex : buildLibraryIndex(withoutPost(post));
  const matches = matchPost(post, index, { top: 3 });
  const hits = matches.map((match) => (match.entry.topics as string[]).includes(topicOf(topic)));
  if (topic === 'none') {
    negatives++;
    if (matches.length > 0) falseMatches++;
  } else {
    myths++;
    if (hits[0]) top1++;
    if (hits.some(Boolean)) top3++;
  }
  const verdict =
    topic === 'none' ? (matches.length > 0 ? 'FALSE MATCH' : 'ok (no match)') : hits[0] ? 'top-1' : hits.some(Boolean) ? 'top-3' : 'MISS';
  if (values.verbose || verdict === 'MISS' || verdict === 'FALSE MATCH') {
    console.log(`${id} [${topic}] ${verdict}: ${post.slice(0, 80).replace(/\s+/g, ' ')}`);
    for (const match of matches) console.log(`    ${match.confidence.toFixed(2)} ${match.entry.id} — ${match.reasons.terms.join(', ')}`);
  }
}
const rate = (count: number, total: number) => `${count}/${total} = ${total ? (count / total).toFixed(2) : 'n/a'}`;
console.log(
  `\nPosts: ${file} (${values.seen ? 'matched with their own wording in the library' : 'each matched without its own wording in the library (leave one out); --seen to include it'})`,
);
console.log(`Top-1 topic hit rate (myth posts): ${rate(top1, myths)}`);
console.log(`Top-3 topic hit rate (myth posts): ${rate(top3, myths)}   (aim ≥ 0.85)`);
console.log(`False-match rate ("none" posts):   ${rate(falseMatches, negatives)}   (aim ≤ 1 in 6 = 0.17)`);
