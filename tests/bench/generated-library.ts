import { isAnyStopword } from '../../shared/match/match-terms';
import type { Entry } from '../../shared/schema/entry';
import { fold, wordingOf } from './search-implementations';

/** A development post as the team's data set records it. */
export type DevPost = { id: string; post: string; topic: string };

// A large, realistic library and long posts for the matcher bench, generated deterministically.
/** A small seeded PRNG (mulberry32): the same library and posts on every run. */
export function random(seed: number): () => number {
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
const places = [
  'Leeds',
  'Bristol',
  'Dover',
  'Rotherham',
  'Calais',
  'Lampedusa',
  'Malmö',
  'Marseille',
  'Köln',
  'Valencia',
  'Texas',
  'Ohio',
  'Chicago',
  'Denver',
  'Milano',
  'Bruxelles',
  'Sunderland',
  'Hartlepool',
  'Lille',
  'Dresden',
];
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
 * with its base's topics, statement, a third of its phrasings, every translation's myth and fact
 * (a network's library is translated: the index reads every language version of the myth), its
 * fact, angles and source quotes, a quarter of their words swapped for words of the whole starter
 * library's text (facts, explanations, sources, translations: several thousand words in five
 * languages, drawn more often the more frequent), and two in five myth wordings with a place,
 * year, hashtag or tag line added. Ids are the base's id and a serial number.
 */
export function generateLibrary(starter: readonly Entry[], size: number, seed: number): Entry[] {
  const pick = random(seed);
  const counts = new Map<string, number>();
  const texts = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(texts)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(texts)
          : [];
  for (const entry of starter) {
    for (const text of texts({ ...entry, sources: entry.sources.map((source) => [source.title, source.quote]) })) {
      for (const [word] of text.toLowerCase().matchAll(wordPattern))
        if (word.length > 2 && !isAnyStopword(fold(word))) counts.set(word, (counts.get(word) ?? 0) + 1);
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
        {
          ...translation,
          myth: translation?.myth && vary(translation.myth),
          fact: translation?.fact && swap(translation.fact),
        },
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
export function distinctWords(entries: readonly Entry[]): number {
  const words = new Set<string>();
  for (const entry of entries)
    for (const text of [entry.myth.statement, ...wordingOf(entry)]) for (const [word] of text.matchAll(wordPattern)) words.add(fold(word));
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
export function composePosts(devPosts: DevPost[], count: number, words: number, seed: number): string[] {
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
