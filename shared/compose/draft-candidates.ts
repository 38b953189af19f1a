import type { Audience } from '../schema/audience';
import type { Sandwich } from '../schema/draft';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import type { Spokesperson } from '../schema/spokesperson';
import type { EntryWords } from './draft-language';
import { draftPhrases } from './draft-phrases';
import { explanationSection, type ExplanationForm } from './explanation-section';
import { audienceAngle, openingWordings, restatements, type FactWording } from './fact-wordings';
import { mythLine } from './myth-line';
import { sourceReference, type SourceForm } from './source-reference';

/** How long a draft is: each size keeps all four parts, in order, with less in each. */
export type DraftSize = 'full' | 'medium' | 'compact' | 'minimal';
export const draftSizes: readonly DraftSize[] = ['full', 'medium', 'compact', 'minimal'];

const sizes: Record<
  DraftSize,
  { opening: FactWording['kind'][]; myths: ('full' | 'compact')[]; explanation: ExplanationForm; sources: SourceForm[]; humour: boolean }
> = {
  full: { opening: ['fact'], myths: ['full', 'compact'], explanation: 'three-points', sources: ['with-link', 'publisher'], humour: true },
  medium: { opening: ['fact'], myths: ['full', 'compact'], explanation: 'two-points', sources: ['publisher', 'short'], humour: true },
  compact: { opening: ['lead', 'fact'], myths: ['compact'], explanation: 'one-point', sources: ['short'], humour: false },
  minimal: { opening: ['title', 'lead', 'fact'], myths: ['compact'], explanation: 'one-point', sources: ['short'], humour: false },
};

/** One way of writing the draft, with what the person should know about it. */
export type Candidate = {
  /** One of the four sizes, or the entry's reviewed short form (shortSandwichCandidates). */
  size: DraftSize | 'short';
  sections: Sandwich;
  opening: FactWording;
  restatement: FactWording;
  humour: boolean;
  explanation: { guidance: string[]; pointsKept: number; pointsAvailable: number };
  /** The spokesperson's sign-off, when it was left out so that the draft fits one post. */
  signOffLeftOut?: string;
  /** The spokesperson's sign-off, when it is written in another language than the draft and was left out. */
  signOffInOtherLanguage?: { signOff: string; language: Language; draftLanguage: Language };
};

export type CandidateInput = {
  entry: Entry;
  words: EntryWords;
  audience?: Audience;
  spokesperson?: Spokesperson;
  humour: boolean;
};

/**
 * Every draft of one size worth trying, best first. With an audience angle: the fact, closed
 * with the angle; then the angle, closed with the fact (the fact's figure and source end the
 * sandwich). Without one, or when neither works: the fact, closed with its title, its key clause
 * or, last, its first sentence again after "Bottom line:" (the only way for a one-sentence fact
 * with no title in the draft's language). Each with the fuller source first, and the light line first
 * when humour is asked for.
 */
export function draftCandidates(input: CandidateInput, size: DraftSize): Candidate[] {
  const { entry, words, audience, spokesperson, humour } = input;
  const shape = sizes[size];
  const available = openingWordings(entry, words);
  const opening = shape.opening.map((kind) => available.find((wording) => wording.kind === kind)).find((wording) => wording !== undefined)!;
  const angle = audienceAngle(entry, words, audience);
  const closings = restatements(entry, words);
  // After the angle, the fact's first sentence (its figure and scope) closes the sandwich best.
  const factLead = available.find((wording) => wording.kind === 'lead') ?? available[0]!;
  const afterAngle = [factLead, ...closings.filter((closing) => closing.kind !== 'lead')];
  const pairs: (readonly [FactWording, FactWording])[] = [
    ...(angle ? [[opening, angle] as const, ...afterAngle.map((closing) => [angle, closing] as const)] : []),
    ...closings.map((closing) => [opening, closing] as const),
  ].filter(([first, last]) => last.text !== first.text);

  const explanation = explanationSection(entry, words, shape.explanation);
  const candidates: Candidate[] = [];
  for (const [lead, restatement] of pairs) {
    for (const myth of shape.myths.map((form) => mythLine(words, form))) {
      for (const source of shape.sources) {
        for (const withHumour of humour && shape.humour ? [true, false] : [false]) {
          // The spokesperson's own voice where there is room: "As head teacher…, I want you to
          // have the facts." for a person, "We want everyone…" for an organisation.
          for (const voiced of spokesperson && (size === 'full' || size === 'medium') ? [true, false] : [false]) {
            const closing = `${restatement.text} ${sourceReference(entry, words.language, source)}`;
            const lines = [
              ...(withHumour ? [humourLine(entry, words)] : []),
              voiced ? `${voiceLine(spokesperson!, words.language)} ${closing}` : closing,
              ...(spokesperson && speaksDraftLanguage(spokesperson, words.language) ? [spokesperson.signOff.trim()] : []),
            ];
            candidates.push({
              size,
              sections: { fact: lead.text, myth, explanation: explanation.text, factAgain: lines.join('\n') },
              opening: lead,
              restatement,
              humour: withHumour,
              explanation,
              ...signOffNote(spokesperson, words.language),
            });
          }
        }
      }
    }
  }
  return candidates;
}

/** One of the language's light lines, always the same one for an entry. */
function humourLine(entry: Entry, words: EntryWords): string {
  const lines = draftPhrases[words.language].humour;
  let hash = 0;
  for (const character of entry.id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return lines[hash % lines.length]!;
}

/** Whether the profile's own words (role, sign-off) are in the draft's language: a draft never mixes languages. */
export function speaksDraftLanguage(spokesperson: Spokesperson, language: Language): boolean {
  return (spokesperson.language ?? 'en') === language;
}

/** The note a draft carries when the spokesperson's sign-off was left out for its language. */
export function signOffNote(spokesperson: Spokesperson | undefined, language: Language): Pick<Candidate, 'signOffInOtherLanguage'> {
  if (!spokesperson || speaksDraftLanguage(spokesperson, language)) return {};
  return {
    signOffInOtherLanguage: { signOff: spokesperson.signOff.trim(), language: spokesperson.language ?? 'en', draftLanguage: language },
  };
}

/** The spokesperson speaking for themselves (first person) or for their organisation ("we"). */
function voiceLine(spokesperson: Spokesperson, language: Language): string {
  const voice = draftPhrases[language].voice;
  if (spokesperson.speaksAs === 'organisation') return voice.organisation;
  // A profile written in another language: the draft keeps the voice and leaves the role out.
  if (!speaksDraftLanguage(spokesperson, language)) return voice.person();
  const role = (spokesperson.role ?? spokesperson.name).trim();
  return voice.person(role.charAt(0).toLocaleLowerCase(language) + role.slice(1));
}
