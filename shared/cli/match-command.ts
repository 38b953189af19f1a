import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { matchesToOffer, offerPrebuiltIndex } from '../match';
import { matchesToShow } from '../review/offer-for-drafting';
import { countryName } from '../schema/country';

export const matchUsage = `  factsandwich match "<post text>" | --file post.txt [--top 5] [--unvetted] [--library FOLDER] [--json]
                                                 which library myths a post repeats, and why (vetted entries
                                                 only, as the side panel offers them; --unvetted adds drafts
                                                 and entries in review)`;

/** `match`: exit 0 with the ranked matches (an empty list is a valid answer), 2 for unusable input. */
export function runMatchCommand(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        file: { type: 'string' },
        top: { type: 'string' },
        unvetted: { type: 'boolean' },
        library: { type: 'string' },
        json: { type: 'boolean' },
      },
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
  // The index `library build` wrote, if any: used only if it was built from these very entries.
  const prebuilt = join(folder, 'dist', 'library.index.bin');
  offerPrebuiltIndex(existsSync(prebuilt) ? readFileSync(prebuilt) : undefined);
  const offered = matchesToOffer(post, assembled.bundle.entries, { top });
  const { shown: matches, hidden } = matchesToShow(offered, { includeUnvetted: values.unvetted ?? false });

  if (values.json) {
    const json = matches.map(({ entry, score, confidence, reasons, otherCountry }) => ({
      id: entry.id,
      status: entry.status,
      score: Number(score.toFixed(3)),
      confidence: Number(confidence.toFixed(3)),
      myth: entry.myth.statement,
      topics: entry.topics,
      reasons,
      ...(otherCountry ? { otherCountry: otherCountry.map(countryName).join(', ') } : {}),
    }));
    console.log(JSON.stringify({ matches: json }, null, 2));
    return 0;
  }
  if (matches.length === 0) console.log(hidden > 0 ? 'No vetted library entry matches this post.' : 'No library entry matches this post.');
  for (const [rank, { entry, confidence, reasons, otherCountry }] of matches.entries()) {
    const unvetted = entry.status === 'vetted' ? '' : ` [${entry.status}, not vetted]`;
    console.log(`${rank + 1}. ${entry.id}${unvetted} (confidence ${confidence.toFixed(2)}): ${entry.myth.statement}`);
    // As in the side panel and the picker: the entry's figures may not hold where the post is.
    if (otherCountry) console.log(`   about ${otherCountry.map(countryName).join(', ')} — another country than the post's`);
    console.log(`   matched because: ${reasons.terms.map((term) => `'${term}'`).join(', ')}`);
  }
  if (hidden > 0) {
    const them = hidden === 1 ? 'One entry that is not yet vetted matches' : `${hidden} entries that are not yet vetted match`;
    console.log(`${them}: add --unvetted to see ${hidden === 1 ? 'it' : 'them'}.`);
  }
  return 0;
}

function unusable(message: string): number {
  console.error(`factsandwich match: ${message}`);
  return 2;
}
