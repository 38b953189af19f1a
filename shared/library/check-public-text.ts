import { evidenceCaveatCues } from '../language/cues/evidence-caveat-cues';
import { writerInstructionCues } from '../language/cues/writer-instruction-cues';
import { foldInPlace } from '../language/fold-in-place';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import type { LibraryProblem } from './library-problem';
import { problemAt, type LocatedFile } from './parse-library-file';

/** One field of an entry that a reply may post, with the language it is written in. */
export type PublicText = { path: (string | number)[]; text: string; language: Language };

/**
 * Every field a draft may copy into a reply: the fact, the myth statement, the explanation, the
 * short forms and audience angles, and each translation's own. Phrasings are left out (they are
 * the myth's circulating words, never posted), and so are the caveats, guidance and notes.
 */
export function publicTexts(entry: Entry): PublicText[] {
  const own = entry.language;
  const texts: PublicText[] = [
    { path: ['fact'], text: entry.fact, language: own },
    { path: ['myth', 'statement'], text: entry.myth.statement, language: own },
    { path: ['explanation', 'text'], text: entry.explanation.text, language: own },
    ...shortTexts(['short'], entry.short, own),
    ...entry.audienceAngles.map((angle, index) => ({ path: ['audienceAngles', index, 'angle'], text: angle.angle, language: own })),
  ];
  for (const [language, translation] of Object.entries(entry.translations) as [Language, Record<string, unknown>][]) {
    for (const field of ['fact', 'myth', 'explanation', 'warning'] as const) {
      const text = translation[field];
      if (typeof text === 'string') texts.push({ path: ['translations', language, field], text, language });
    }
    texts.push(...shortTexts(['translations', language, 'short'], translation.short, language));
  }
  return texts;
}

/** A short form's parts (the entry's own, or a translation's when it has one). */
function shortTexts(path: (string | number)[], short: unknown, language: Language): PublicText[] {
  if (!short || typeof short !== 'object') return [];
  return Object.entries(short).flatMap(([part, text]) => (typeof text === 'string' ? [{ path: [...path, part], text, language }] : []));
}

/**
 * Reviewer language in a public field: a caveat about the evidence ("read here from a secondary
 * summary", "a left-leaning think tank") or an instruction to the writer ("present it as an
 * estimate"). Each would be posted under the council's name; the message says where it goes.
 */
export function reviewerLanguageIn(text: string, language: Language): { cue: string; moveTo: 'caveats' | 'guidance' } | undefined {
  const folded = foldInPlace(text);
  for (const [cues, moveTo] of [
    [evidenceCaveatCues, 'caveats'],
    [writerInstructionCues, 'guidance'],
  ] as const) {
    const pattern = cues[language];
    pattern.lastIndex = 0;
    const match = pattern.exec(folded);
    pattern.lastIndex = 0;
    if (match) return { cue: text.slice(match.index, match.index + match[0].length), moveTo };
  }
  return undefined;
}

const whatGoesWhere = {
  caveats: '`caveats` (limits of the evidence, for the writer)',
  guidance: '`guidance` (instructions to the writer)',
};

/** Problems for every public field of an entry that carries reviewer language, at the field's line. */
export function publicTextProblems(entry: Entry, located: LocatedFile): LibraryProblem[] {
  return publicTexts(entry).flatMap(({ path, text, language }) => {
    const found = reviewerLanguageIn(text, language);
    if (!found) return [];
    return [
      problemAt(
        located,
        path,
        `“${found.cue}” is a note for the writer, not text to post: move that sentence or clause to ${whatGoesWhere[found.moveTo]} and keep what remains a complete sentence a reader can take as it stands`,
      ),
    ];
  });
}
