import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Charset, Encoder, Index } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { buildLibraryIndex, matchPost, type LibraryIndex } from '../../shared/match';
import { isAnyStopword, matchTerms } from '../../shared/match/match-terms';
import type { Entry } from '../../shared/schema/entry';
import { measure, reportComparison, type Measurement } from './measure';

/**
 * Matching a post against the library: our matcher (BM25 over myth wording with phrases, hashtag
 * splitting, stemming, typo correction, a confidence threshold) against the search libraries a
 * developer might reach for instead — FlexSearch, MiniSearch and Fuse.js — on the starter library
 * (34 entries) and on a generated 10,000-entry library. For each: index build time, heap used by
 * the index, query time for ~200-word posts, and, so that speed is not bought with worse answers,
 * the top-3 topic hit rate on the development posts. Goal: query p95 ≤ 1 ms at 10,000 entries.
 *
 * Fairness: every library gets the same text our index reads (statement, translated myths and
 * phrasings; not our topic keywords, which are our own design), accents and case folded, and the
 * same function-word lists of the five languages dropped (ours, so nobody matches on "the" or
 * "und"). None of them stems; none has a confidence threshold, so they answer every post that
 * shares one word with the library. Each is asked for the top 5, as the editor asks us.
 */
export function benchMatcher(): void {
  const started = performance.now();
  const assembled = assembleLibrary(readLibraryFolder('fact-library'));
  if (!assembled.ok) throw new Error('the starter library must be valid');
  const starter = assembled.bundle.entries;
  const devPosts = readDevPosts();
  const generated = generateLibrary(starter, 10_000, 20261130);
  const posts = composePosts(devPosts, 24, 200, 7);
  const averageWords = posts.reduce((sum, post) => sum + post.split(/\s+/).length, 0) / posts.length;
  console.log(
    `\nMatching posts: ${posts.length} different posts of ~${Math.round(averageWords)} words; generated library: ${generated.length} entries, ` +
      `${distinctWords(generated)} distinct words in its myth wording (starter: ${distinctWords(starter)}).`,
  );

  for (const [label, entries] of [
    ['starter library', starter],
    ['generated library', generated],
  ] as const) {
    const large = entries.length > 1000;
    const builds: { name: string; buildMs: number; builds: number; heapMb: number }[] = [];
    const queries: Measurement[] = [];
    let tokenising: Measurement | undefined;
    for (const implementation of implementations) {
      // One function call per implementation, so that its index is garbage once it returns.
      const result = benchImplementation(implementation, entries, posts);
      builds.push(result.build);
      queries.push(result.query);
      tokenising ??= result.tokenising;
    }
    reportComparison(
      `Matching a ~200-word post, ${label} (${entries.length} entries)${large ? ' (goal: ours p95 ≤ 1 ms)' : ''}`,
      queries[0]!,
      queries.slice(1),
    );
    if (tokenising) {
      console.log(`Of that, tokenising the post (matchTerms) takes ${tokenising.medianMs.toFixed(3)} ms median, ${tokenising.p95Ms.toFixed(3)} ms p95; the rest is matchPost's scoring and ranking.`);
    }
    const ours = builds[0]!;
    console.log(`Index build (median of up to ${large ? 3 : 5} builds, fewer if slow) and heap held by the index, ${label} (${entries.length} entries)`);
    console.table(
      builds.map((row) => ({
        implementation: row.name,
        'build ms': row.buildMs.toFixed(large ? 0 : 2),
        builds: row.builds,
        'build vs ours': `${(row.buildMs / ours.buildMs).toFixed(2)}×`,
        'heap MB': row.heapMb.toFixed(2),
        'heap vs ours': `${(row.heapMb / ours.heapMb).toFixed(2)}×`,
      })),
    );
  }

  reportQuality(starter, devPosts);
  console.log(`(matcher bench: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** Builds (time, heap) and queries one implementation on one library. */
function benchImplementation(
  implementation: Implementation,
  entries: readonly Entry[],
  posts: string[],
): { build: { name: string; buildMs: number; builds: number; heapMb: number }; query: Measurement; tokenising?: Measurement } {
  const large = entries.length > 1000;
  const { buildMs, builds, heapBytes, result } = measureBuilds(implementation, entries, large ? 3 : 5, (search) => timeQueries(implementation, entries, posts, search));
  return { build: { name: implementation.name, buildMs, builds, heapMb: heapBytes / 2 ** 20 }, ...result };
}

function timeQueries(implementation: Implementation, entries: readonly Entry[], posts: string[], search: Search): { query: Measurement; tokenising?: Measurement } {
  const large = entries.length > 1000;
  let next = 0; // a different post on every run: nothing a library caches helps it
  const query = (run: Search) => () => run(posts[next++ % posts.length]!, 5);
  if (implementation.slow && large) {
    // Fuse.js compares every query word with every record, a linear scan (timed in full
    // once: about 44 s a query at 10,000 entries, within 20% of the scaled figure), so at
    // this size it is timed on every 100th entry and scaled up by 100; its row says so.
    const slice = entries.filter((_, position) => position % 100 === 0);
    const scale = entries.length / slice.length;
    const measured = measureWithin(`${implementation.name}, ${slice.length} entries × ${scale}`, query(implementation.build(slice)), 2000);
    return { query: { ...measured, medianMs: measured.medianMs * scale, p95Ms: measured.p95Ms * scale } };
  }
  // A query slower than 2 ms gets runs within a time budget rather than measure()'s 20 warm-ups and 100–200 runs.
  const name = `${implementation.name}, ${entries.length} entries`;
  const probe = timed(query(search));
  const measured = probe > 2 ? measureWithin(name, query(search), 2000) : measure(name, query(search), large ? 100 : 200);
  const index = oursIndexes.get(search);
  if (!large || !index) return { query: measured };
  // Where our time goes: tokenising the post (folding, hashtag splitting, language detection,
  // stemming) against the whole matchPost (that plus typo correction, BM25 scoring of the myth
  // and fact sides, confidence, reasons).
  const tokenising = measure('matchTerms', () => matchTerms(posts[next++ % posts.length]!, (word) => index.words.has(word)), 100);
  return { query: measured, tokenising };
}

// ─── The implementations ─────────────────────────────────────────────────────────────────────

/** A built index's search: the post and how many answers, best first. */
type Search = (post: string, top: number) => Entry[];
/** Builds an index over the entries and returns its search (which holds the index). */
type Implementation = { name: string; slow?: boolean; build: (entries: readonly Entry[]) => Search };
/** Our index behind each search `ours` built, for the tokenising figure. */
const oursIndexes = new WeakMap<Search, LibraryIndex>();

/** The myth wording our index reads, given to every library too: statement, translated myths, phrasings. */
const wordingOf = (entry: Entry) => [
  ...Object.values(entry.translations).flatMap((translation) => (translation?.myth ? [translation.myth] : [])),
  ...entry.myth.phrasings,
];
/** Case and accents folded, as a developer would with `normalize('NFD')`. */
const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Function words of the five languages (our lists), and one-letter words, dropped. */
const isContentWord = (folded: string) => folded.length > 1 && !isAnyStopword(folded);

const ours: Implementation = {
  name: 'ours (matchPost)',
  build: (entries) => {
    const index = buildLibraryIndex(entries);
    const search: Search = (post, top) => matchPost(post, index, { top }).map((match) => match.entry);
    oursIndexes.set(search, index);
    return search;
  },
};

/**
 * FlexSearch 0.8, an `Index` over each entry's statement and wording joined (a Document index
 * would only split the same text into fields and merge the results again). Default `strict`
 * tokenizer (whole words: the posts are whole words) and resolution 9; the `Normalize` charset
 * (NFKD, accents stripped, lower case, no Latin-only phonetic rules: the library is in five
 * languages) plus our stop words as its filter. `suggest: true` is required: without it a query
 * returns only entries holding every query word, which for a 200-word post is none.
 */
const flexSearch: Implementation = {
  name: 'FlexSearch Index (suggest)',
  build: (entries) => {
    const index = new Index({ tokenize: 'strict', resolution: 9, encoder: new Encoder({ ...Charset.Normalize, filter: isContentWord }) });
    entries.forEach((entry, position) => index.add(position, [entry.myth.statement, ...wordingOf(entry)].join('\n')));
    return (post, top) => index.search(post, { limit: top, suggest: true }).map((position) => entries[position as number]!);
  },
};

/**
 * MiniSearch 7 (BM25+): fields `statement` and `phrasings` (the wording joined), its default
 * tokenizer (Unicode spaces and punctuation), `processTerm` folding case and accents and dropping
 * stop words; search combines words with OR (a post never holds every word of a myth), fuzzy and
 * prefix matching off (its defaults): a post's words are whole words, and with a 200-word query
 * every fuzzy or prefix word expands to many index terms.
 */
const miniSearch: Implementation = {
  name: 'MiniSearch (BM25+)',
  build: (entries) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const index = new MiniSearch<Entry>({
      fields: ['statement', 'phrasings'],
      extractField: (entry, field) => (field === 'id' ? entry.id : field === 'statement' ? entry.myth.statement : wordingOf(entry).join('\n')),
      processTerm: (term) => {
        const folded = fold(term);
        return isContentWord(folded) ? folded : null;
      },
      searchOptions: { combineWith: 'OR', fuzzy: false, prefix: false },
    });
    index.addAll(entries);
    return (post, top) =>
      index
        .search(post)
        .slice(0, top)
        .map((result) => byId.get(result.id as string)!);
  },
};

/**
 * Fuse.js 7 with token search (`useTokenSearch`, its mode for multi-word queries: each word
 * fuzzy-matched on its own, ranked by IDF), keys `statement` and `phrasings` (the wording as an
 * array), `ignoreDiacritics`, a tokenizer that drops our stop words, and `threshold: 0.3` instead
 * of the default 0.6, which lets a word match nearly any text (0.3 forgives about one typo in a
 * short word). Token search still compares every query word with every record: no inverted index
 * for lookups.
 */
const fuse: Implementation = {
  name: 'Fuse.js (token search)',
  slow: true,
  build: (entries) => {
    const index = new Fuse(entries as Entry[], {
      keys: [
        { name: 'statement', getFn: (entry: Entry) => entry.myth.statement },
        { name: 'phrasings', getFn: (entry: Entry) => wordingOf(entry) },
      ],
      useTokenSearch: true,
      ignoreDiacritics: true,
      tokenize: (text: string) => [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter(isContentWord),
      threshold: 0.3,
    });
    return (post, top) => index.search(post, { limit: top }).map((result) => result.item);
  },
};

const implementations = [ours, flexSearch, miniSearch, fuse];

// ─── Quality: top-3 topic hits on the development posts ──────────────────────────────────────

type DevPost = { id: string; post: string; topic: string };

function readDevPosts(): DevPost[] {
  const file = ['../shared/data/posts-dev.jsonl', 'tests/fixtures/posts-dev.jsonl'].find(existsSync)!;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DevPost);
}

/**
 * As `npm run eval:match` does: each post matched against the starter library without its own
 * wording (leave one out); a hit is a top-3 answer with the post's topic ("benefits/welfare" →
 * "benefits-welfare"); for "none" posts (true statements, other claims), how often anything is
 * returned. Ours also without its confidence threshold, to compare ranking alone.
 */
function reportQuality(starter: readonly Entry[], devPosts: DevPost[]): void {
  const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  const withoutPost = (post: string) =>
    starter.map((entry) => ({
      ...entry,
      myth: { ...entry.myth, phrasings: entry.myth.phrasings.filter((phrasing) => phrasing.length < 15 || !normalise(post).includes(normalise(phrasing))) },
    }));
  // The leave-one-out library of each post, built once per post and shared by the implementations.
  const libraries = devPosts.map(({ post }) => withoutPost(post));
  // Ours with and without its threshold share one index per post (building ours is the slow part).
  const oursIndexOf = new WeakMap<readonly Entry[], LibraryIndex>();
  const oursWith = (name: string, minConfidence?: number): Implementation => ({
    name,
    build: (entries) => {
      let index = oursIndexOf.get(entries);
      if (!index) oursIndexOf.set(entries, (index = buildLibraryIndex(entries)));
      return (post, top) => matchPost(post, index, { top, ...(minConfidence === undefined ? {} : { minConfidence }) }).map((match) => match.entry);
    },
  });
  const rows = [oursWith(ours.name), ...implementations.slice(1), oursWith('ours, no threshold (minConfidence 0)', 0)].map((implementation) => {
    let myths = 0;
    let hits = 0;
    let negatives = 0;
    let answered = 0;
    devPosts.forEach(({ post, topic }, number) => {
      const found = implementation.build(libraries[number]!)(post, 3);
      if (topic === 'none') {
        negatives++;
        if (found.length > 0) answered++;
      } else {
        myths++;
        if (found.some((entry) => (entry.topics as string[]).includes(topic.replace('/', '-')))) hits++;
      }
    });
    return { implementation: implementation.name, 'top-3 topic hits': `${hits}/${myths} = ${(hits / myths).toFixed(2)}`, '"none" posts answered': `${answered}/${negatives}` };
  });
  console.log(`Quality on the ${devPosts.length} development posts, starter library, leave one out (aim: top-3 ≥ 0.85, "none" answered ≤ 1 in 6)`);
  console.table(rows);
}

// ─── Measuring ───────────────────────────────────────────────────────────────────────────────

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
}

/** Median and p95 of `run` for slow implementations: one warm-up, then runs until `budgetMs` (at least 5). */
function measureWithin(name: string, run: () => unknown, budgetMs: number): Measurement {
  run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 60)) times.push(timed(run));
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!, runs: times.length };
}

const buildBudgetMs = 2500;

/**
 * Builds the index `runs` times (fewer when builds are slow) and hands the last one to `use` (the
 * query timings): the median build time, and the heap the index holds. Heap:
 * `process.memoryUsage().heapUsed` after full collections (repeated until the figure settles),
 * with the index alive, minus without it. V8 sometimes frees part of a dropped index only a
 * collection or two later, which makes one difference too small: each build counts the larger
 * of its growth over the heap before it and its drop when released, and the median is reported.
 * tsx does not pass `--expose-gc` to node, so the flag is set at run time and V8's `gc` is taken
 * from a fresh context, which has it (or `global.gc` when node was started with the flag).
 */
function measureBuilds<T>(implementation: Implementation, entries: readonly Entry[], runs: number, use: (search: Search) => T): { buildMs: number; builds: number; heapBytes: number; result: T } {
  const collect = garbageCollector();
  if (!collect) console.warn('(no gc available: heap figures include garbage)');
  const held: { search?: Search } = {};
  const settledHeap = () => {
    let last = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 4; round++) {
      collect?.();
      const now = process.memoryUsage().heapUsed;
      if (Math.abs(now - last) < 64 * 1024) return now;
      last = now;
    }
    return last;
  };
  const times: number[] = [];
  const sizes: number[] = [];
  let result: { value: T } | undefined;
  let before = settledHeap();
  for (let run = 0; run < runs && !result; run++) {
    const start = performance.now();
    held.search = implementation.build(entries);
    times.push(performance.now() - start);
    const after = settledHeap();
    // Fewer builds when they are slow, so the whole bench stays within a minute.
    if (run === runs - 1 || times.reduce((sum, time) => sum + time, 0) + times.at(-1)! > buildBudgetMs) result = { value: use(held.search) };
    held.search = undefined;
    const released = settledHeap();
    sizes.push(Math.max(after - before, after - released));
    before = released;
  }
  return { buildMs: median(times), builds: times.length, heapBytes: median(sizes), result: result!.value };
}

let gc: (() => void) | undefined;
function garbageCollector(): (() => void) | undefined {
  if (gc) return gc;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return (gc = exposed);
  setFlagsFromString('--expose_gc');
  const fromContext = runInNewContext('gc') as unknown;
  return typeof fromContext === 'function' ? (gc = fromContext as () => void) : undefined;
}

// ─── Generated library and posts ────────────────────────────────────────────────────────────

/** A small seeded PRNG (mulberry32): the same library and posts on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const wordPattern = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*/gu;
const places = ['Leeds', 'Bristol', 'Dover', 'Rotherham', 'Calais', 'Lampedusa', 'Malmö', 'Marseille', 'Köln', 'Valencia', 'Texas', 'Ohio', 'Chicago', 'Denver', 'Milano', 'Bruxelles', 'Sunderland', 'Hartlepool', 'Lille', 'Dresden'];
const suffixes = [
  (pick: () => number) => `in ${places[Math.floor(pick() * places.length)]}`,
  (pick: () => number) => `since ${2014 + Math.floor(pick() * 12)}`,
  (pick: () => number) => `#${places[Math.floor(pick() * places.length)]}Says${['No', 'Enough', 'WakeUp'][Math.floor(pick() * 3)]}`,
  () => 'share before they delete this',
  () => 'and nobody reports it',
  (pick: () => number) => `says a councillor in ${places[Math.floor(pick() * places.length)]}`,
  (pick: () => number) => `— ${Math.floor(pick() * 900 + 100)} a month!`,
];

/**
 * A library of `size` entries: the starter entries as they are, then variants of them, each
 * with its base's topics, statement, a third of its phrasings (and half its translated myths),
 * fact, angles and source quotes, a quarter of their words swapped for words of the whole starter
 * library's text (facts, explanations, sources, translations: several thousand words in five
 * languages, drawn more often the more frequent), and two in five myth wordings with a place,
 * year, hashtag or tag line added. Ids are the base's id and a serial number.
 */
function generateLibrary(starter: readonly Entry[], size: number, seed: number): Entry[] {
  const pick = random(seed);
  const counts = new Map<string, number>();
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
  for (const entry of starter) {
    for (const text of texts({ ...entry, sources: entry.sources.map((source) => [source.title, source.quote]) })) {
      for (const [word] of text.toLowerCase().matchAll(wordPattern)) if (word.length > 2 && !isAnyStopword(fold(word))) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const vocabulary = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  // pick()² leans towards the frequent words, as real text does, but reaches the rare ones too.
  const word = () => vocabulary[Math.floor(pick() ** 2 * vocabulary.length)]!;
  const swap = (text: string) => text.replace(wordPattern, (original) => (original.length > 2 && pick() < 0.25 ? word() : original));
  const vary = (text: string) => {
    const varied = swap(text);
    return pick() < 0.4 ? `${varied} ${suffixes[Math.floor(pick() * suffixes.length)]!(pick)}` : varied;
  };
  const entries: Entry[] = [...starter];
  for (let number = 0; entries.length < size; number++) {
    const base = starter[Math.floor(pick() * starter.length)]!;
    const phrasings = base.myth.phrasings.filter(() => pick() < 0.35).map(vary);
    const translations = Object.fromEntries(
      Object.entries(base.translations).map(([language, translation]) => [
        language,
        { ...translation, myth: translation?.myth && pick() < 0.5 ? vary(translation.myth) : undefined, fact: translation?.fact && swap(translation.fact) },
      ]),
    ) as Entry['translations'];
    entries.push({
      ...base,
      id: `${base.id}-${number.toString(36)}`,
      myth: { statement: vary(base.myth.statement), phrasings: phrasings.length > 0 ? phrasings : [vary(base.myth.phrasings[0]!)] },
      // The fact side varies too (our matcher indexes facts, angles and quotes as well).
      fact: swap(base.fact),
      audienceAngles: base.audienceAngles.map((angle) => ({ ...angle, angle: swap(angle.angle) })),
      sources: base.sources.map((source) => ({ ...source, quote: swap(source.quote) })),
      translations,
    });
  }
  return entries;
}

/** Distinct folded words in the myth wording of a library: how varied the generated text is. */
function distinctWords(entries: readonly Entry[]): number {
  const words = new Set<string>();
  for (const entry of entries) for (const text of [entry.myth.statement, ...wordingOf(entry)]) for (const [word] of text.matchAll(wordPattern)) words.add(fold(word));
  return words.size;
}

/** What people add around a myth in a long post: grievances, calls to share, other languages. */
const commentary = [
  'Nobody in Westminster ever asks ordinary working people what they think about any of this.',
  'My neighbour has been on the council housing list for nine years and is still waiting.',
  'The local paper will never print it but everyone round here knows exactly what is going on.',
  'Share this before it gets taken down, the mainstream media will never show you the real figures.',
  'I am not racist, my own grandparents came over in the fifties and worked every day of their lives.',
  'The schools in our town are full, the GP has a three week wait and the buses are packed every morning.',
  'When will the government finally listen to us and close the border properly?',
  'They keep telling us the economy needs them but wages round here have not moved in fifteen years.',
  'Every night there are more small boats on the news and the Home Office just shrugs.',
  'Look at what happened in Sweden and Germany, that is our future if we keep doing nothing.',
  'Pensioners are choosing between heating and eating while billions go on hotels.',
  'Wake up people, the numbers they give you are fiddled and they know it.',
  'My cousin works at the job centre and the stories she tells would make your blood boil.',
  'Both parties promised to bring the numbers down and both of them lied to our faces.',
  'It is not about race, it is about fairness and who pays for it all in the end.',
  'Our town used to be a community, now you walk down the high street and do not recognise it.',
  'On nous ment depuis des années sur les vrais chiffres de l’immigration.',
  'Die Politik schaut einfach weg, und am Ende zahlen die Bürger die Rechnung.',
  'Nadie en el gobierno explica a dónde va realmente nuestro dinero.',
  'In Italia nessuno ha il coraggio di dire la verità sugli sbarchi.',
  '#StopTheBoats #EnoughIsEnough',
  'Retweet if you agree, the silent majority has had enough.',
];

/**
 * Long posts of about `words` words, each different: one to three development posts (myths and
 * true statements) among commentary lines, shuffled by a seeded PRNG, cut at `words` words.
 */
function composePosts(devPosts: DevPost[], count: number, words: number, seed: number): string[] {
  const pick = random(seed);
  return Array.from({ length: count }, (_, number) => {
    const parts = [devPosts[number % devPosts.length]!.post];
    for (let extra = Math.floor(pick() * 3); extra > 0; extra--) parts.push(devPosts[Math.floor(pick() * devPosts.length)]!.post);
    while (parts.join(' ').split(/\s+/).length < words) parts.push(commentary[Math.floor(pick() * commentary.length)]!);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = Math.floor(pick() * (i + 1));
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    return parts.join(' ').split(/\s+/).slice(0, words).join(' ');
  });
}
