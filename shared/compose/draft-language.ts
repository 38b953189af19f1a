import type { Entry } from '../schema/entry';
import { languageNames, type Language } from '../schema/language';
import type { CasingReference } from './sentence-case';

/** The entry's vetted words in the language the draft is written in. */
export type EntryWords = {
  language: Language;
  /** Whether these are the entry's own words (audience angles and the title exist only in those). */
  original: boolean;
  fact: string;
  myth: string;
  explanation: string;
  /** The translation's reviewed warning opening, if it has one ("Une rumeur prétend que"). */
  warning?: string;
  /** The reviewed short form in this language (the entry's own, or its translation's), if there is one. */
  short?: NonNullable<Entry['short']>;
  /**
   * The entry's notes for the writer, never posted: the translation's own when it has them,
   * otherwise the original's (a caveat in another language beats none).
   */
  caveats: string[];
  guidance: string[];
  /** The entry's texts, for telling names from ordinary words. */
  casingReference: CasingReference;
};

/**
 * Picks the language of the draft: the one asked for when the entry has a translation with its
 * fact, myth and explanation (a draft never mixes languages), otherwise the entry's own, with a
 * note saying so.
 */
export function entryWordsFor(entry: Entry, requested: Language | undefined, notes: string[]): EntryWords {
  let perLanguage = known.get(entry);
  if (!perLanguage) known.set(entry, (perLanguage = new Map()));
  const key = requested ?? entry.language;
  let found = perLanguage.get(key);
  if (!found) perLanguage.set(key, (found = wordsFor(entry, requested)));
  notes.push(...found.notes);
  return found.words;
}

// Defined with the library (the coverage table counts it too); drafting keeps offering it from here.
export { draftableLanguages } from '../library/draftable-languages';

/** Worked out once per entry and language: the composer drafts many times from the same entry. */
const known = new WeakMap<Entry, Map<Language, { words: EntryWords; notes: string[] }>>();

function wordsFor(entry: Entry, requested: Language | undefined): { words: EntryWords; notes: string[] } {
  // Names are learnt from texts in the draft's language only: German capitalises every noun.
  const ownTexts = [
    entry.title,
    entry.fact,
    entry.myth.statement,
    entry.explanation.text,
    ...entry.audienceAngles.map((angle) => angle.angle),
  ];
  const casingReference = { vetted: ownTexts, circulating: entry.myth.phrasings };
  const own: EntryWords = {
    language: entry.language,
    original: true,
    fact: entry.fact,
    myth: entry.myth.statement,
    explanation: entry.explanation.text,
    ...(entry.short ? { short: entry.short } : {}),
    caveats: entry.caveats,
    guidance: entry.guidance,
    casingReference,
  };
  if (!requested || requested === entry.language) return { words: own, notes: [] };

  const translation = entry.translations[requested];
  if (translation?.fact && translation.myth && translation.explanation) {
    const words: EntryWords = {
      language: requested,
      original: false,
      fact: translation.fact,
      myth: translation.myth,
      explanation: translation.explanation,
      ...(translation.warning ? { warning: translation.warning } : {}),
      ...(translation.short ? { short: translation.short } : {}),
      caveats: translation.caveats ?? entry.caveats,
      guidance: translation.guidance ?? entry.guidance,
      casingReference: {
        vetted: [translation.fact, translation.myth, translation.explanation],
        circulating: [...ownTexts, ...entry.myth.phrasings],
      },
    };
    return { words, notes: [] };
  }
  const wanted = `${languageNames[requested]} (${requested})`;
  const written = `${languageNames[entry.language]} (${entry.language})`;
  const note = translation
    ? `The ${wanted} translation of this entry is incomplete (it needs the fact, the myth and the explanation), so the draft is in ${written}, the entry's own language.`
    : `This entry has no ${wanted} translation yet, so the draft is in ${written}, the entry's own language.`;
  return { words: own, notes: [note] };
}
