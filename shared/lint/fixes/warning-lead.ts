import { warningCues } from '../../language/cues/warning-cues';
import { warningJoins } from '../../language/cues/warning-phrases';
import { firstCue } from '../../language/cues/compile-cues';
import { detectLanguage } from '../../language/detect-language';
import { tokenize } from '../../language/tokenize';
import { languageSchema, type Language } from '../../schema/language';

/** A warning that opens a myth sentence, in the language it is written in: "A common myth:". */
export type Lead = {
  start: number;
  /** Where the myth itself starts, after the warning and its "that", colon or comma. */
  end: number;
  language: Language;
  /** A foreign warning whose myth is in the same language: the whole sentence is in that language. */
  wholeSentence?: boolean;
};

/**
 * A warning in another language that opens the sentence at `from` ("A common myth:" before a
 * French myth), joined to the myth by a colon, a comma or "that"; `wholeSentence` when the myth
 * after it is in that language too. Undefined when the words only look like a warning there.
 */
export function foreignWarningLead(folded: string, from: number, to: number, language: Language): Lead | undefined {
  for (const other of languageSchema.options) {
    if (other === language) continue;
    const cue = firstCue(warningCues[other], folded, from);
    if (!cue || cue.start >= to || tokenize(folded.slice(from, cue.start)).length > 2) continue;
    const lead = leadEndingAt(folded, from, cue.end, other);
    if (!lead) continue;
    const leadWords = tokenize(folded.slice(from, lead.end)).map((token) => token.folded);
    const mythWords = tokenize(folded.slice(lead.end, to)).map((token) => token.folded);
    if (detectLanguage(leadWords, other) !== other) continue;
    return detectLanguage(mythWords, language) === other ? { ...lead, wholeSentence: true } : lead;
  }
  return undefined;
}

/** The language of a sentence, by its function words, or `fallback` when they do not say. */
export function sentenceLanguage(folded: string, fallback: Language): Language {
  return detectLanguage(
    tokenize(folded).map((token) => token.folded),
    fallback,
  );
}

function leadEndingAt(folded: string, from: number, cueEnd: number, language: Language): Lead | undefined {
  const join = warningJoins[language];
  join.lastIndex = cueEnd;
  const joined = join.exec(folded);
  join.lastIndex = 0;
  if (!joined) return undefined;
  return { start: from, end: cueEnd + joined[0].length, language };
}
