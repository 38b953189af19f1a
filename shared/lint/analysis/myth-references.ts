import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import { splitSentences } from '../../language/sentences';
import { stemsOf } from './section-text';

/** Runs of this many consecutive content words shared with the myth count as an echo of it. */
export const shingleSize = 3;

export type WordingSet = ReadonlySet<string>;

/** What the library and the captured post say the myth is, ready for comparison. */
export type ExternalMyth = {
  /** Each wording of the myth as a set of stems: the statement, each phrasing, each post sentence. */
  wordings: WordingSet[];
  /** Consecutive-stem runs of those wordings, minus runs the fact itself uses. */
  shingles: ReadonlySet<string>;
  /** The entry's fact, as stems, for telling a fact-like sentence from a myth-like one. */
  factWordings: WordingSet[];
  /** Runs of words the entry's fact and explanation use: the topic's vocabulary, never an echo. */
  factShingles: ReadonlySet<string>;
};

const byEntry = new WeakMap<Entry, Map<string, ExternalMyth>>();
const byPost = new Map<string, ExternalMyth>();

/**
 * The myth's wording from the entry and the post, computed once per entry, post and language and
 * reused across keystrokes: only the draft changes while a person types.
 */
export function externalMyth(entry: Entry | undefined, post: string | undefined, language: Language): ExternalMyth {
  const fromEntry = entry ? entryMyth(entry, language) : undefined;
  const fromPost = post ? postMyth(post, language) : undefined;
  if (fromEntry && fromPost) {
    // Kept per entry and post, so the same object comes back on every keystroke and the analysis
    // keyed by it is reused.
    let merged = mergedByEntry.get(fromEntry)?.get(fromPost);
    if (!merged) {
      merged = {
        wordings: [...fromEntry.wordings, ...fromPost.wordings],
        shingles: new Set([...fromEntry.shingles, ...[...fromPost.shingles].filter((shingle) => !fromEntry.factShingles.has(shingle))]),
        factWordings: fromEntry.factWordings,
        factShingles: fromEntry.factShingles,
      };
      let byPostMyth = mergedByEntry.get(fromEntry);
      if (!byPostMyth) mergedByEntry.set(fromEntry, (byPostMyth = new WeakMap()));
      byPostMyth.set(fromPost, merged);
    }
    return merged;
  }
  return fromEntry ?? fromPost ?? noExternalMyth;
}

const mergedByEntry = new WeakMap<ExternalMyth, WeakMap<ExternalMyth, ExternalMyth>>();
const noExternalMyth: ExternalMyth = { wordings: [], shingles: new Set(), factWordings: [], factShingles: new Set() };

function entryMyth(entry: Entry, language: Language): ExternalMyth {
  let perLanguage = byEntry.get(entry);
  if (!perLanguage) byEntry.set(entry, (perLanguage = new Map()));
  let myth = perLanguage.get(language);
  if (!myth) {
    const translation = entry.translations[language];
    const mythTexts = [entry.myth.statement, translation?.myth, ...entry.myth.phrasings].filter(isText);
    const factTexts = [entry.fact, translation?.fact, entry.explanation.text, translation?.explanation].filter(isText);
    const fact = new Set(factTexts.flatMap((text) => shinglesOf(stemsOf(text, language))));
    const stems = mythTexts.map((text) => stemsOf(text, language));
    myth = {
      wordings: stems.map((words) => new Set(words)),
      shingles: new Set(stems.flatMap(shinglesOf).filter((shingle) => !fact.has(shingle))),
      factWordings: [entry.fact, translation?.fact].filter(isText).map((text) => new Set(stemsOf(text, language))),
      factShingles: fact,
    };
    perLanguage.set(language, myth);
  }
  return myth;
}

function postMyth(post: string, language: Language): ExternalMyth {
  const key = `${language}\u0000${post}`;
  let myth = byPost.get(key);
  if (!myth) {
    const stems = splitSentences(post).map((sentence) => stemsOf(sentence.text, language));
    myth = {
      wordings: stems.map((words) => new Set(words)),
      shingles: new Set(stems.flatMap(shinglesOf)),
      factWordings: [],
      factShingles: new Set(),
    };
    if (byPost.size > 16) byPost.clear(); // a handful of posts are in play at once
    byPost.set(key, myth);
  }
  return myth;
}

export function shinglesOf(stems: readonly string[]): string[] {
  const shingles: string[] = [];
  for (let index = 0; index + shingleSize <= stems.length; index++) {
    shingles.push(stems.slice(index, index + shingleSize).join(' '));
  }
  return shingles;
}

function isText(text: string | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}
