import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { buildLibraryIndex, matchPost } from '../match';

export const matchUsage = `  factsandwich match "<post text>" | --file post.txt [--top 5] [--library FOLDER] [--json]
                                                 which library myths a post repeats, and why`;

/** `match`: exit 0 with the ranked matches (an empty list is a valid answer), 2 for unusable input. */
export function runMatchCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { file: { type: 'string' }, top: { type: 'string' }, library: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (error) {
    return unusable((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.file && !existsSync(values.file)) return unusable(`cannot read the post file "${values.file}": it does not exist`);
  const post = values.file ? readFileSync(values.file, 'utf8') : positionals.join(' ');
  if (!post.trim()) return unusable(`no post text given\nUsage:\n${matchUsage}`);
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1) return unusable(`--top must be a whole number of at least 1, not "${values.top}"`);

  const folder = values.library ?? 'fact-library';
  const assembled = assembleLibrary(readLibraryFolder(folder));
  if (!assembled.ok) return unusable(`the library in ${folder} has problems; run "factsandwich library check ${folder}"`);
  const matches = matchPost(post, buildLibraryIndex(assembled.bundle.entries), { top });

  if (values.json) {
    const json = matches.map(({ entry, score, confidence, reasons }) => ({
      id: entry.id,
      score: Number(score.toFixed(3)),
      confidence: Number(confidence.toFixed(3)),
      myth: entry.myth.statement,
      topics: entry.topics,
      reasons,
    }));
    console.log(JSON.stringify({ matches: json }, null, 2));
  } else if (matches.length === 0) {
    console.log('No library entry matches this post.');
  } else {
    for (const [rank, { entry, confidence, reasons }] of matches.entries()) {
      console.log(`${rank + 1}. ${entry.id} (confidence ${confidence.toFixed(2)}): ${entry.myth.statement}`);
      console.log(`   matched because: ${reasons.terms.map((term) => `'${term}'`).join(', ')}`);
    }
  }
  return 0;
}

function unusable(message: string): number {
  console.error(`factsandwich match: ${message}`);
  return 2;
}
